// Choosing one's community with buttons: district → street → community, eight to a page.
import { communityPath, listCommunities, listDistricts, listStreets, type Page } from "../db/queries/places.js";
import type { Button, Reply } from "./types.js";
import { encodeChoice, type Choice } from "./choices.js";
import type { FlowContext } from "./context.js";
import { pageNavigation } from "./paging.js";

export const PAGE_SIZE = 8;

type Named = { id: number; nameZh: string; nameEn: string };

export function placeName(ctx: FlowContext, place: { nameZh: string; nameEn: string }): string {
  return ctx.lang === "zh" ? place.nameZh : place.nameEn;
}

function pageButtons<T extends Named>(
  ctx: FlowContext,
  list: Page<T>,
  onItem: (item: T) => Choice,
  onPage: (page: number) => Choice,
  back?: Choice,
): Button[][] {
  const rows: Button[][] = [];
  for (let i = 0; i < list.items.length; i += 2) {
    rows.push(list.items.slice(i, i + 2).map((item) => ({ label: placeName(ctx, item), data: encodeChoice(onItem(item)) })));
  }
  const nav = pageNavigation(ctx, list.page, list.pages, onPage);
  if (nav.length) rows.push(nav);
  if (back) rows.push([{ label: ctx.t("button-back"), data: encodeChoice(back) }]);
  return rows;
}

export async function districtsStep(ctx: FlowContext, page: number, intro = "pick-district"): Promise<Reply> {
  const list = await listDistricts(ctx.deps.db.orm, page, PAGE_SIZE);
  if (list.items.length === 0) return { kind: "text", text: ctx.t("no-places-yet") };
  return {
    kind: "text",
    text: ctx.t(intro),
    buttons: pageButtons(ctx, list, (d) => ({ action: "pk.s", id: d.id, page: 0 }), (p) => ({ action: "pk.d", page: p })),
  };
}

export async function streetsStep(ctx: FlowContext, districtId: number, page: number): Promise<Reply | null> {
  const list = await listStreets(ctx.deps.db.orm, districtId, page, PAGE_SIZE);
  if (list.items.length === 0) return null;
  return {
    kind: "text",
    text: ctx.t("pick-street"),
    buttons: pageButtons(
      ctx,
      list,
      (s) => ({ action: "pk.c", id: s.id, page: 0 }),
      (p) => ({ action: "pk.s", id: districtId, page: p }),
      { action: "pk.d", page: 0 },
    ),
  };
}

export async function communitiesStep(ctx: FlowContext, streetId: number, page: number): Promise<Reply | null> {
  const list = await listCommunities(ctx.deps.db.orm, streetId, page, PAGE_SIZE);
  if (list.items.length === 0) return null;
  const path = await communityPath(ctx.deps.db.orm, list.items[0]!.id);
  return {
    kind: "text",
    text: ctx.t("pick-community"),
    buttons: pageButtons(
      ctx,
      list,
      (c) => ({ action: "pk.pick", id: c.id }),
      (p) => ({ action: "pk.c", id: streetId, page: p }),
      path ? { action: "pk.s", id: path.district.id, page: 0 } : { action: "pk.d", page: 0 },
    ),
  };
}

/** "江汉区 · 民族街道 · 花楼水塔社区" */
export async function describeCommunity(ctx: FlowContext, communityId: number): Promise<string> {
  const path = await communityPath(ctx.deps.db.orm, communityId);
  if (!path) return ctx.t("community-none");
  return [path.district, path.street, path.community].map((p) => placeName(ctx, p)).join(" · ");
}

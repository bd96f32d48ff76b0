// Choosing one's community with buttons: district → street → community, eight to a page.
import { findStreet, listCommunities, listDistricts, listStreets, type CommunityPath, type Page } from "../db/queries/places.js";
import { button, type Choice } from "./choices.js";
import { localName, type FlowContext } from "./context.js";
import { pageNavigation } from "./paging.js";
import type { Button, Reply } from "./types.js";

export const PAGE_SIZE = 8;

type Named = { id: number; nameZh: string; nameEn: string };

function pageButtons<T extends Named>(
  ctx: FlowContext,
  list: Page<T>,
  onItem: (item: T) => Choice,
  onPage: (page: number) => Choice,
  back?: Choice,
): Button[][] {
  const rows: Button[][] = [];
  for (let i = 0; i < list.items.length; i += 2) {
    rows.push(list.items.slice(i, i + 2).map((item) => button(localName(ctx, item), onItem(item))));
  }
  const nav = pageNavigation(ctx, list.page, list.pages, onPage);
  if (nav.length) rows.push(nav);
  if (back) rows.push([button(ctx.t("button-back"), back)]);
  return rows;
}

export async function districtsStep(ctx: FlowContext, page: number): Promise<Reply> {
  const list = await listDistricts(ctx.deps.directory.orm, page, PAGE_SIZE);
  if (list.items.length === 0) return { kind: "text", text: ctx.t("no-places-yet") };
  return {
    kind: "text",
    text: ctx.t("pick-district"),
    buttons: pageButtons(ctx, list, (d) => ({ action: "pk.s", id: d.id, page: 0 }), (p) => ({ action: "pk.d", page: p })),
  };
}

export async function streetsStep(ctx: FlowContext, districtId: number, page: number): Promise<Reply | null> {
  const list = await listStreets(ctx.deps.directory.orm, districtId, page, PAGE_SIZE);
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
  const orm = ctx.deps.directory.orm;
  const [street, list] = await Promise.all([findStreet(orm, streetId), listCommunities(orm, streetId, page, PAGE_SIZE)]);
  if (!street || list.items.length === 0) return null;
  return {
    kind: "text",
    text: ctx.t("pick-community"),
    buttons: pageButtons(
      ctx,
      list,
      (c) => ({ action: "pk.pick", id: c.id }),
      (p) => ({ action: "pk.c", id: streetId, page: p }),
      { action: "pk.s", id: street.districtId, page: 0 },
    ),
  };
}

/** "江汉区 · 民族街道 · 花楼水塔社区" */
export function pathName(ctx: FlowContext, path: CommunityPath): string {
  return [path.district, path.street, path.community].map((p) => localName(ctx, p)).join(" · ");
}

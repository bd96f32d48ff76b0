// The service guide in chat: browse groups → services, search in one's own words, and the item card that
// says what to bring, where to go, whether it is open now, and what the resident's community does.
import { findGroup, findService, listGroups, servicesOfGroup } from "../db/queries/catalog.js";
import { serviceCard, type ServiceCard } from "../domain/catalog/guide.js";
import { weeklySummary } from "../domain/catalog/hours.js";
import { rememberMiss, searchServices } from "../domain/catalog/search.js";
import { button } from "./choices.js";
import { localName, say, type FlowContext, type Outcome } from "./context.js";
import { pageNavigation } from "./paging.js";
import type { Button, Reply } from "./types.js";

const PAGE_SIZE = 8;
/** How far ahead the best match must be to be shown without asking. */
const DECISIVE = 2;
const homeButton = (ctx: FlowContext) => button(ctx.t("guide-all-groups"), { action: "g.home", page: 0 });

function paged<T>(items: T[], page: number) {
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  return { slice: items.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE), page: current, pages };
}

function pairs(buttons: Button[]): Button[][] {
  const rows: Button[][] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  return rows;
}

export async function guideHome(ctx: FlowContext, page = 0): Promise<Outcome> {
  const groups = await listGroups(ctx.deps.directory.orm, null);
  if (groups.length === 0) return say([{ kind: "text", text: ctx.t("guide-empty") }]);
  const { slice, page: current, pages } = paged(groups, page);
  const rows = pairs(slice.map((g) => button(localName(ctx, g), { action: "g.grp", id: g.id, page: 0 })));
  const nav = pageNavigation(ctx, current, pages, (p) => ({ action: "g.home", page: p }));
  if (nav.length) rows.push(nav);
  return say([{ kind: "text", text: ctx.t("guide-intro"), buttons: rows }]);
}

export async function groupView(ctx: FlowContext, groupId: number, page: number): Promise<Outcome | null> {
  const orm = ctx.deps.directory.orm;
  const group = await findGroup(orm, groupId);
  if (!group) return null;
  const [subgroups, direct] = await Promise.all([listGroups(orm, group.id), servicesOfGroup(orm, group.id)]);
  const entries: Button[] = [
    ...subgroups.map((g) => button(`📂 ${localName(ctx, g)}`, { action: "g.grp", id: g.id, page: 0 })),
    ...direct.map((s) => button(ctx.lang === "zh" ? s.titleZh : s.titleEn, { action: "g.svc", id: s.id })),
  ];
  const { slice, page: current, pages } = paged(entries, page);
  const rows = slice.map((b) => [b]);
  const nav = pageNavigation(ctx, current, pages, (p) => ({ action: "g.grp", id: group.id, page: p }));
  if (nav.length) rows.push(nav);
  rows.push([group.parentId ? button(ctx.t("button-back"), { action: "g.grp", id: group.parentId, page: 0 }) : homeButton(ctx)]);
  return say([{ kind: "text", text: ctx.t("guide-group", { group: localName(ctx, group) }), buttons: rows }]);
}

export async function showService(ctx: FlowContext, serviceId: number): Promise<Outcome | null> {
  const service = await findService(ctx.deps.directory.orm, serviceId);
  if (!service) return null;
  const card = await serviceCard(ctx.deps, service, ctx.resident.communityId);
  return say(renderCard(ctx, card));
}

/** A question in the person's own words. */
export async function answerQuestion(ctx: FlowContext, question: string): Promise<Outcome> {
  const hits = await searchServices(ctx.deps, question, 5);
  if (hits.length === 0) {
    await rememberMiss(ctx.deps, question, ctx.lang, ctx.resident.communityId);
    return say([{ kind: "text", text: ctx.t("guide-nothing-found"), buttons: [[homeButton(ctx)]] }]);
  }
  const [best, second] = hits;
  // One clear answer gets its card at once; close ones are offered to choose from.
  if (!second || best!.score >= DECISIVE * second.score) {
    const card = await serviceCard(ctx.deps, best!.service, ctx.resident.communityId);
    return say(renderCard(ctx, card));
  }
  const rows = hits.map((h) => [button(ctx.lang === "zh" ? h.service.titleZh : h.service.titleEn, { action: "g.svc", id: h.service.id })]);
  rows.push([homeButton(ctx)]);
  return say([{ kind: "text", text: ctx.t("guide-found"), buttons: rows }]);
}

function hoursText(ctx: FlowContext, card: ServiceCard): string {
  const week = weeklySummary(card.agency.hours)
    .map(({ from, to, ranges }) => {
      const days = from === to ? ctx.t(`weekday-${from}`) : ctx.t("weekday-span", { from: ctx.t(`weekday-${from}`), to: ctx.t(`weekday-${to}`) });
      return `${days} ${ranges.join(", ")}`;
    })
    .join(ctx.t("list-separator"));
  const { opening } = card;
  const now = opening.open
    ? ctx.t("hours-open-now")
    : opening.next
      ? ctx.t("hours-closed-now", { day: ctx.t(`weekday-${opening.next.weekday}`), time: opening.next.time })
      : ctx.t("hours-closed");
  const exception = opening.exception?.note ? ` ${ctx.lang === "zh" ? opening.exception.note.zh : opening.exception.note.en}` : "";
  return ctx.t("hours-with-state", { week: week || ctx.t("hours-unknown"), state: `${now}${exception}` });
}

function accessText(ctx: FlowContext, card: ServiceCard): string {
  const agency = ctx.lang === "zh" ? card.agency.nameZh : card.agency.nameEn;
  const c = card.community;
  const note = card.accessNote ? ` ${(ctx.lang === "zh" ? card.accessNote.zh : card.accessNote.en) ?? ""}`.trimEnd() : "";
  if (!c) return ctx.t(`access-${card.access}-generic`, { agency }) + note;
  const station = {
    community: localName(ctx, c),
    agency,
    address: (ctx.lang === "zh" ? c.stationAddressZh : c.stationAddressEn) ?? "—",
    hours: (ctx.lang === "zh" ? c.stationHoursZh : c.stationHoursEn) ?? "—",
    phone: c.stationPhone ?? "—",
  };
  return ctx.t(`access-${card.access}`, station) + note;
}

export function renderCard(ctx: FlowContext, card: ServiceCard): Reply[] {
  const s = card.service;
  const zh = ctx.lang === "zh";
  const a = card.agency;
  const lines = [
    `📄 ${zh ? s.titleZh : s.titleEn}`,
    zh ? s.summaryZh : s.summaryEn,
    "",
    ctx.t("card-eligibility", { text: zh ? s.eligibilityZh : s.eligibilityEn }),
    ctx.t("card-materials"),
    ...(zh ? s.materials.zh : s.materials.en).map((m) => `☐ ${m}`),
    ctx.t("card-steps"),
    ...(zh ? s.steps.zh : s.steps.en).map((step, i) => `${i + 1}. ${step}`),
    "",
    ctx.t("card-office", { office: zh ? a.nameZh : a.nameEn }),
    ctx.t("card-address", { address: zh ? a.addressZh : a.addressEn }),
    ctx.t("card-hours", { hours: hoursText(ctx, card) }),
    ...(a.phone ? [ctx.t("card-phone", { phone: a.phone })] : []),
    ...(a.complaintPhone ? [ctx.t("card-complaint-phone", { phone: a.complaintPhone })] : []),
    ...(a.website ? [ctx.t("card-website", { url: a.website })] : []),
    ctx.t("card-fee", { fee: zh ? s.feeZh : s.feeEn }),
    ctx.t("card-time-limit", { limit: zh ? s.timeLimitZh : s.timeLimitEn }),
    "",
    `🏘 ${accessText(ctx, card)}`,
    ...(s.proxy ? [ctx.t("card-proxy")] : []),
    ...(s.certificate && card.access !== "not_here" ? [ctx.t("card-certificate")] : []),
  ];
  const back: Button[] = [];
  if (card.group) back.push(button(ctx.t("button-back"), { action: "g.grp", id: card.group.id, page: 0 }));
  back.push(homeButton(ctx));
  const replies: Reply[] = [{ kind: "text", text: lines.join("\n"), buttons: [back] }];
  if (a.latitude !== null && a.longitude !== null) {
    replies.push({ kind: "venue", latitude: a.latitude, longitude: a.longitude, title: zh ? a.nameZh : a.nameEn, address: zh ? a.addressZh : a.addressEn });
  }
  return replies;
}

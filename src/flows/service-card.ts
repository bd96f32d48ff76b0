// A service's card in words, answer first (GOV.UK: one thing at a time). The first message says what it
// is, where the resident goes first — their own community's station when it handles or takes the
// application, the agency when it does not — when that place is open, and what to bring, in at most
// CARD_LIMIT characters. Who can apply, the steps, the office that decides, fees, time limits, the
// website and the complaint line are parts of their own behind buttons (src/flows/guide.ts draws them).
// One card says one thing about where to go: the station accepts, the agency decides.
import type { ServiceCard } from "../domain/catalog/guide.js";
import { weeklySummary } from "../domain/catalog/hours.js";
import { local } from "../i18n/index.js";
import type { FlowContext } from "./context.js";
import type { Reply } from "./types.js";

/** A phone screen's worth: the first message of a card never says more. */
export const CARD_LIMIT = 300;

export const cardParts = ["bring", "steps", "who", "more"] as const;
export type CardPart = (typeof cardParts)[number];

/** "江滨区民政局（社会救助和养老服务窗口）" → "江滨区民政局": the window's name waits for "more". */
const withoutAside = (text: string) => text.replace(/\s*[（(][^）)]*[）)]/g, "").trim();

/** What it is, in one line: the catalogue's brief, else the summary's first sentence. */
function brief(ctx: FlowContext, card: ServiceCard): string {
  const given = local(card.service, "brief", ctx.lang);
  if (given) return given;
  const summary = local(card.service, "summary", ctx.lang);
  return (/^[^。.!?！？]*[。.!?！？]?/.exec(summary)?.[0] ?? summary).trim();
}

/** The agency's week and whether it is open now: "周一至周五 09:00-12:00（现在正在办公）". */
export function agencyHours(ctx: FlowContext, card: ServiceCard): string {
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
  const exception = opening.exception?.note ? ` ${opening.exception.note[ctx.lang]}` : "";
  return ctx.t("hours-with-state", { week: week || ctx.t("hours-unknown"), state: `${now}${exception}` });
}

/** The lines that say where the resident goes first: the station (with its community) or the agency. */
interface Where {
  /** Who accepts it and who decides: always said. */
  access: string;
  address?: string;
  hours?: string;
  /** Always said when known: the one thing an old person can always do is call. */
  phone?: string;
}

function whereToGo(ctx: FlowContext, card: ServiceCard): Where {
  const agency = withoutAside(local(card.agency, "name", ctx.lang));
  const note = card.accessNote?.[ctx.lang] ?? "";
  const withNote = (line: string) => (note ? `${line} ${note}` : line);
  const c = card.community;
  if (card.access === "not_here") {
    const a = card.agency;
    return {
      access: withNote(ctx.t("card-access-not_here", { agency })),
      address: ctx.t("card-address", { address: local(a, "address", ctx.lang) }),
      ...(Object.keys(a.hours).length ? { hours: ctx.t("card-hours", { hours: agencyHours(ctx, card) }) } : {}),
      ...(a.phone ? { phone: ctx.t("card-phone", { phone: a.phone }) } : {}),
    };
  }
  if (!c) return { access: `${ctx.t(`card-access-${card.access}-generic`, { agency })}\n${ctx.t("card-choose-community")}` };
  const address = local(c, "stationAddress", ctx.lang);
  const hours = local(c, "stationHours", ctx.lang);
  return {
    access: withNote(ctx.t(`card-access-${card.access}`, { community: local(c, "name", ctx.lang), agency })),
    ...(address ? { address: ctx.t("card-address", { address }) } : {}),
    ...(hours ? { hours: ctx.t("card-hours", { hours }) } : {}),
    ...(c.stationPhone ? { phone: ctx.t("card-phone", { phone: c.stationPhone }) } : {}),
  };
}

/** As many of the materials as fit, plainly ("户口簿、身份证等 6 样"). */
function bringLine(ctx: FlowContext, card: ServiceCard, room: number): string | null {
  const all = card.service.materials[ctx.lang].map(withoutAside).filter(Boolean);
  if (all.length === 0) return null;
  for (let shown = Math.min(all.length, 3); shown >= 1; shown--) {
    const items = all.slice(0, shown).join(ctx.t("list-comma"));
    const line = shown === all.length ? ctx.t("card-bring", { items }) : ctx.t("card-bring-more", { items, count: all.length });
    if (line.length <= room) return line;
  }
  return null;
}

/**
 * The card's first message, within CARD_LIMIT characters. Always: the title, who accepts it and who
 * decides, and the phone. Then, while there is room, in this order: the address, the hours, what to
 * bring, what it is in one line, and whether someone can do it for the resident. Lines are whole or
 * left out (in Chinese everything fits; long English office names can leave the brief to the buttons).
 */
export function cardSummary(ctx: FlowContext, card: ServiceCard): string {
  const where = whereToGo(ctx, card);
  const chosen = new Map<string, string>([["title", `📄 ${local(card.service, "title", ctx.lang)}`], ["access", where.access]]);
  if (where.phone) chosen.set("phone", where.phone);
  const order = ["title", "brief", "access", "address", "hours", "phone", "bring", "extra"];
  const text = () => order.flatMap((k) => (chosen.has(k) ? [chosen.get(k)!] : [])).join("\n");
  const room = () => CARD_LIMIT - text().length - 1;
  const offer = (key: string, line: string | null | undefined) => {
    if (line && line.length <= room()) chosen.set(key, line);
  };
  offer("address", where.address);
  offer("hours", where.hours);
  offer("bring", bringLine(ctx, card, room()));
  offer("brief", brief(ctx, card));
  offer("extra", card.service.proxy ? ctx.t("card-proxy") : card.service.certificate && card.access !== "not_here" ? ctx.t("card-certificate") : null);
  return text().length <= CARD_LIMIT ? text() : `${text().slice(0, CARD_LIMIT - 1)}…`;
}

/** Where the first message sends the resident, on a map: the station, or the agency's office. */
export function cardPlace(ctx: FlowContext, card: ServiceCard): Extract<Reply, { kind: "place" }> | null {
  const c = card.community;
  if (card.access !== "not_here") {
    if (!c || c.latitude === null || c.longitude === null) return null;
    const address = local(c, "stationAddress", ctx.lang);
    return { kind: "place", latitude: c.latitude, longitude: c.longitude, title: ctx.t("card-station", { community: local(c, "name", ctx.lang) }), address: address ?? "" };
  }
  const a = card.agency;
  if (a.latitude === null || a.longitude === null) return null;
  return { kind: "place", latitude: a.latitude, longitude: a.longitude, title: local(a, "name", ctx.lang), address: local(a, "address", ctx.lang) };
}

/** One part behind the card's buttons. */
export function cardPart(ctx: FlowContext, card: ServiceCard, part: CardPart): string {
  const s = card.service;
  const a = card.agency;
  const lang = ctx.lang;
  const heading = ctx.t(`part-${part}`, { title: local(s, "title", lang) });
  switch (part) {
    case "bring":
      return [heading, ...s.materials[lang].map((m) => `☐ ${m}`)].join("\n");
    case "steps":
      return [
        heading,
        ...s.steps[lang].map((step, i) => `${i + 1}. ${step}`),
        ctx.t("card-time-limit", { limit: local(s, "timeLimit", lang) }),
        ctx.t("card-fee", { fee: local(s, "fee", lang) }),
      ].join("\n");
    case "who":
      return [heading, local(s, "eligibility", lang), "", local(s, "summary", lang)].join("\n");
    case "more":
      return [
        heading,
        ctx.t(`more-office-${card.access}`, { agency: local(a, "name", lang) }),
        ctx.t("more-address", { address: local(a, "address", lang) }),
        ...(Object.keys(a.hours).length ? [ctx.t("more-hours", { hours: agencyHours(ctx, card) })] : []),
        ...(a.phone ? [ctx.t("more-phone", { phone: a.phone })] : []),
        ctx.t("card-fee", { fee: local(s, "fee", lang) }),
        ctx.t("card-time-limit", { limit: local(s, "timeLimit", lang) }),
        ...(a.website ? [ctx.t("more-website", { url: a.website })] : []),
        ...(a.complaintPhone ? [ctx.t("more-complaint-phone", { phone: a.complaintPhone })] : []),
        ...(s.proxy ? [ctx.t("card-proxy")] : []),
      ].join("\n");
  }
}

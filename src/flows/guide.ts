// The service guide in chat: browse groups → services, search in one's own words, and the item card that
// says what to bring, where to go, whether it is open now, and what the resident's community does.
// Anything typed that no other module claims is a question for the guide: this module is asked last.
import { groupContents, serviceById, topGroups } from "../domain/catalog/browse.js";
import { serviceCard, type ServiceCard } from "../domain/catalog/guide.js";
import { weeklySummary } from "../domain/catalog/hours.js";
import { rememberMiss, searchServices } from "../domain/catalog/search.js";
import { pageOf } from "../domain/paging.js";
import { local } from "../i18n/index.js";
import { buttonCodec, field } from "./buttons.js";
import { say, type FlowContext, type Outcome } from "./context.js";
import { flowModule } from "./module.js";
import { pageNavigation, pairs } from "./paging.js";
import type { Button, Reply } from "./types.js";

const PAGE_SIZE = 8;
/** How far ahead the best match must be to be shown without asking. */
const DECISIVE = 2;

export const guideButtons = buttonCodec("g", {
  /** All groups, a page of them. */
  home: [field.page],
  /** One group's subgroups and services. */
  grp: [field.id, field.page],
  /** One service's card. */
  svc: [field.id],
});

const homeButton = (ctx: FlowContext) => guideButtons.button(ctx.t("guide-all-groups"), "home", 0);
const stale = (ctx: FlowContext) => say([{ kind: "text", text: ctx.t("stale-button"), menu: ctx.menu() }]);

async function guideHome(ctx: FlowContext, page = 0): Promise<Outcome> {
  const groups = await topGroups(ctx.deps);
  if (groups.length === 0) return say([{ kind: "text", text: ctx.t("guide-empty") }]);
  const shown = pageOf(groups, page, PAGE_SIZE);
  const rows = pairs(shown.items.map((g) => guideButtons.button(local(g, "name", ctx.lang), "grp", g.id, 0)));
  const nav = pageNavigation(ctx, shown.page, shown.pages, (p) => guideButtons.encode("home", p));
  if (nav.length) rows.push(nav);
  return say([{ kind: "text", text: ctx.t("guide-intro"), buttons: rows }]);
}

async function groupView(ctx: FlowContext, groupId: number, page: number): Promise<Outcome> {
  const found = await groupContents(ctx.deps, groupId);
  if (!found) return stale(ctx);
  const { group, subgroups, services } = found;
  const entries: Button[] = [
    ...subgroups.map((g) => guideButtons.button(`📂 ${local(g, "name", ctx.lang)}`, "grp", g.id, 0)),
    ...services.map((s) => guideButtons.button(local(s, "title", ctx.lang), "svc", s.id)),
  ];
  const shown = pageOf(entries, page, PAGE_SIZE);
  const rows = shown.items.map((b) => [b]);
  const nav = pageNavigation(ctx, shown.page, shown.pages, (p) => guideButtons.encode("grp", group.id, p));
  if (nav.length) rows.push(nav);
  rows.push([group.parentId ? guideButtons.button(ctx.t("button-back"), "grp", group.parentId, 0) : homeButton(ctx)]);
  return say([{ kind: "text", text: ctx.t("guide-group", { group: local(group, "name", ctx.lang) }), buttons: rows }]);
}

async function showService(ctx: FlowContext, serviceId: number): Promise<Outcome> {
  const service = await serviceById(ctx.deps, serviceId);
  if (!service) return stale(ctx);
  return say(renderCard(ctx, await serviceCard(ctx.deps, service, ctx.resident.communityId)));
}

/** A question in the person's own words. */
async function answerQuestion(ctx: FlowContext, question: string): Promise<Outcome> {
  const hits = await searchServices(ctx.deps, question, 5);
  if (hits.length === 0) {
    return {
      replies: [{ kind: "text", text: ctx.t("guide-nothing-found"), buttons: [[homeButton(ctx)], ...ctx.registry.offers(ctx, "not-found", {}).map((b) => [b])] }],
      writes: rememberMiss(ctx.deps, question, ctx.lang, ctx.resident.communityId),
    };
  }
  const [best, second] = hits;
  // One clear answer gets its card at once; close ones are offered to choose from.
  if (!second || best!.score >= DECISIVE * second.score) {
    return say(renderCard(ctx, await serviceCard(ctx.deps, best!.service, ctx.resident.communityId)));
  }
  const rows = hits.map((h) => [guideButtons.button(local(h.service, "title", ctx.lang), "svc", h.service.id)]);
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
  const exception = opening.exception?.note ? ` ${opening.exception.note[ctx.lang]}` : "";
  return ctx.t("hours-with-state", { week: week || ctx.t("hours-unknown"), state: `${now}${exception}` });
}

function accessText(ctx: FlowContext, card: ServiceCard): string {
  const agency = local(card.agency, "name", ctx.lang);
  const c = card.community;
  const note = card.accessNote ? ` ${card.accessNote[ctx.lang] ?? ""}`.trimEnd() : "";
  if (!c) return ctx.t(`access-${card.access}-generic`, { agency }) + note;
  const station = {
    community: local(c, "name", ctx.lang),
    agency,
    address: local(c, "stationAddress", ctx.lang) ?? "—",
    hours: local(c, "stationHours", ctx.lang) ?? "—",
    phone: c.stationPhone ?? "—",
  };
  return ctx.t(`access-${card.access}`, station) + note;
}

function renderCard(ctx: FlowContext, card: ServiceCard): Reply[] {
  const s = card.service;
  const a = card.agency;
  const lang = ctx.lang;
  const lines = [
    `📄 ${local(s, "title", lang)}`,
    local(s, "summary", lang),
    "",
    ctx.t("card-eligibility", { text: local(s, "eligibility", lang) }),
    ctx.t("card-materials"),
    ...s.materials[lang].map((m) => `☐ ${m}`),
    ctx.t("card-steps"),
    ...s.steps[lang].map((step, i) => `${i + 1}. ${step}`),
    "",
    ctx.t("card-office", { office: local(a, "name", lang) }),
    ctx.t("card-address", { address: local(a, "address", lang) }),
    ctx.t("card-hours", { hours: hoursText(ctx, card) }),
    ...(a.phone ? [ctx.t("card-phone", { phone: a.phone })] : []),
    ...(a.complaintPhone ? [ctx.t("card-complaint-phone", { phone: a.complaintPhone })] : []),
    ...(a.website ? [ctx.t("card-website", { url: a.website })] : []),
    ctx.t("card-fee", { fee: local(s, "fee", lang) }),
    ctx.t("card-time-limit", { limit: local(s, "timeLimit", lang) }),
    "",
    `🏘 ${accessText(ctx, card)}`,
    ...(s.proxy ? [ctx.t("card-proxy")] : []),
    ...(s.certificate && card.access !== "not_here" ? [ctx.t("card-certificate")] : []),
  ];
  const back: Button[] = [];
  if (card.group) back.push(guideButtons.button(ctx.t("button-back"), "grp", card.group.id, 0));
  back.push(homeButton(ctx));
  const offered = ctx.registry.offers(ctx, "service-card", { serviceId: s.id }).map((b) => [b]);
  const replies: Reply[] = [{ kind: "text", text: lines.join("\n"), buttons: [back, ...offered] }];
  if (a.latitude !== null && a.longitude !== null) {
    replies.push({ kind: "place", latitude: a.latitude, longitude: a.longitude, title: local(a, "name", lang), address: local(a, "address", lang) });
  }
  return replies;
}

export const guide = flowModule({
  name: "guide",
  commands: { guide: { run: (ctx) => guideHome(ctx), listed: true } },
  menu: { label: "menu-guide", position: 10, open: (ctx) => guideHome(ctx) },
  buttons: {
    codec: guideButtons,
    press(ctx, pressed) {
      switch (pressed.action) {
        case "home":
          return guideHome(ctx, pressed.values[0]);
        case "grp":
          return groupView(ctx, ...pressed.values);
        case "svc":
          return showService(ctx, pressed.values[0]);
      }
    },
  },
  claim: (ctx, input) => (input.kind === "text" ? answerQuestion(ctx, input.text) : null),
});

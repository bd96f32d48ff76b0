// The service guide in chat: browse groups → services, search in one's own words, and the item card —
// answer first (src/flows/service-card.ts), the rest behind buttons. Anything typed that no other module
// claims is a question for the guide: this module is asked last. A voice note gets a plain answer here.
import { groupContents, topGroups } from "../domain/catalog/browse.js";
import { serviceCardById } from "../domain/catalog/guide.js";
import { rememberMiss, searchServices, type SearchHit } from "../domain/catalog/search.js";
import { choicesFor, sensitiveTopic, type SensitiveTopic } from "../domain/catalog/sensitive.js";
import { pageOf } from "../domain/paging.js";
import { local } from "../i18n/index.js";
import { buttonCodec, field } from "./buttons.js";
import { say, type FlowContext, type Outcome } from "./context.js";
import { backToMenu } from "./menu.js";
import { flowModule } from "./module.js";
import { pageNavigation, pairs, withPageCounter } from "./paging.js";
import { personButton, stationLine } from "./reach-a-person.js";
import { cardPart, cardParts, cardPlace, cardSummary, type CardPart } from "./service-card.js";
import type { Button, Reply } from "./types.js";

const PAGE_SIZE = 8;
/** How far ahead the best match must be to be shown without asking. */
const DECISIVE = 2;

export const guideButtons = buttonCodec("g", {
  /** All groups, a page of them. */
  home: [field.page],
  /** One group's subgroups and services. */
  grp: [field.id, field.page],
  /** One service's card, with where to go on a map. */
  svc: [field.id],
  /** The card's first message again (back from one of its parts). */
  top: [field.id],
  /** One part of a card: what to bring, the steps, who can apply, more. */
  part: [field.id, field.oneOf(cardParts)],
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
  rows.push([backToMenu(ctx)]);
  return say([{ kind: "text", text: withPageCounter(ctx, ctx.t("guide-intro"), shown.page, shown.pages), buttons: rows }]);
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
  rows.push([group.parentId ? guideButtons.button(ctx.t("button-back"), "grp", group.parentId, 0) : guideButtons.button(ctx.t("button-back"), "home", 0)]);
  const text = withPageCounter(ctx, ctx.t("guide-group", { group: local(group, "name", ctx.lang) }), shown.page, shown.pages);
  return say([{ kind: "text", text, buttons: rows }]);
}

/** The buttons under a card or one of its parts: the other parts, and the way back. */
function cardButtons(ctx: FlowContext, serviceId: number, groupId: number | undefined, shown: CardPart | null): Button[][] {
  const parts = cardParts.filter((p) => p !== shown).map((p) => guideButtons.button(ctx.t(`button-card-${p}`), "part", serviceId, p));
  const back = shown
    ? guideButtons.button(ctx.t("button-back"), "top", serviceId)
    : groupId
      ? guideButtons.button(ctx.t("button-back"), "grp", groupId, 0)
      : guideButtons.button(ctx.t("button-back"), "home", 0);
  // Other jobs' buttons for this service (🙋 ask staff about it), under the card's first answer.
  const offered = shown ? [] : ctx.registry.offers(ctx, "service-card", { serviceId }).map((b) => [b]);
  return [...pairs(parts), ...offered, shown ? [back] : [back, homeButton(ctx)]];
}

async function showService(ctx: FlowContext, serviceId: number, withPlace: boolean): Promise<Outcome> {
  const card = await serviceCardById(ctx.deps, serviceId, ctx.resident.communityId);
  if (!card) return stale(ctx);
  const { service } = card;
  const replies: Reply[] = [{ kind: "text", text: cardSummary(ctx, card), buttons: cardButtons(ctx, service.id, card.group?.id, null) }];
  const place = withPlace ? cardPlace(ctx, card) : null;
  if (place) replies.push(place);
  return say(replies);
}

async function showPart(ctx: FlowContext, serviceId: number, part: CardPart): Promise<Outcome> {
  const card = await serviceCardById(ctx.deps, serviceId, ctx.resident.communityId);
  if (!card) return stale(ctx);
  const { service } = card;
  return say([{ kind: "text", text: cardPart(ctx, card, part), buttons: cardButtons(ctx, service.id, card.group?.id, part) }]);
}

/** The ways on when the guide cannot answer: the groups, and a person (the station's phone for now). */
function wayOn(ctx: FlowContext): Button[][] {
  const person = personButton(ctx);
  return [[homeButton(ctx), backToMenu(ctx)], ...(person ? [[person]] : [])];
}

/** A question in the person's own words. */
async function answerQuestion(ctx: FlowContext, question: string): Promise<Outcome> {
  const [hits, topic] = await Promise.all([searchServices(ctx.deps, question, 5), sensitiveTopic(question)]);
  if (topic) return kindAnswer(ctx, question, topic, hits);
  if (hits.length === 0) {
    return {
      replies: [{ kind: "text", text: [ctx.t("guide-nothing-found"), await stationLine(ctx)].join("\n"), buttons: wayOn(ctx) }],
      writes: rememberMiss(ctx.deps, question, ctx.lang, ctx.resident.communityId),
    };
  }
  const [best, second] = hits;
  // One clear answer gets its card at once; close ones are offered to choose from.
  if (!second || best!.score >= DECISIVE * second.score) return showService(ctx, best!.service.id, true);
  return say([{ kind: "text", text: ctx.t("guide-found"), buttons: choices(ctx, hits) }]);
}

function choices(ctx: FlowContext, hits: SearchHit[]): Button[][] {
  return [...hits.map((h) => [guideButtons.button(local(h.service, "title", ctx.lang), "svc", h.service.id)]), [homeButton(ctx), backToMenu(ctx)]];
}

/** Death, serious illness, disability, violence: a kind word and the likely choices, never one card at once. */
async function kindAnswer(ctx: FlowContext, question: string, topic: SensitiveTopic, found: SearchHit[]): Promise<Outcome> {
  const hits = choicesFor(topic, found);
  const text = [ctx.t(`guide-sensitive-${topic}`), hits.length ? ctx.t("guide-sensitive-choose") : ctx.t("guide-sensitive-none"), await stationLine(ctx)].join("\n");
  const person = personButton(ctx);
  const buttons = hits.length ? [...choices(ctx, hits), ...(person ? [[person]] : [])] : wayOn(ctx);
  return {
    replies: [{ kind: "text", text, buttons }],
    ...(hits.length ? {} : { writes: rememberMiss(ctx.deps, question, ctx.lang, ctx.resident.communityId) }),
  };
}

/** A voice note: not understood yet, said plainly, with the ways on. */
async function voiceNote(ctx: FlowContext): Promise<Outcome> {
  return say([{ kind: "text", text: [ctx.t("guide-voice"), await stationLine(ctx)].join("\n"), buttons: wayOn(ctx) }]);
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
          return showService(ctx, pressed.values[0], true);
        case "top":
          return showService(ctx, pressed.values[0], false);
        case "part":
          return showPart(ctx, ...pressed.values);
      }
    },
  },
  claim: (ctx, input) => (input.kind === "text" ? answerQuestion(ctx, input.text) : input.kind === "voice" ? voiceNote(ctx) : null),
});

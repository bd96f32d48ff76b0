// A resident arriving: greeting, community (from a QR poster link or picked with buttons), the privacy
// notice with consent, and where the channel can vouch for it an optional phone number. The community
// picker and the consent buttons are this module's; settings reuses them. The main menu is there from the
// first message, every step has a way back, and someone who types a question before setup is finished
// gets their answer first, then one button to carry on.
import { z } from "zod";
import { together, type Change } from "../domain/change.js";
import {
  chooseCommunity,
  declineConsent,
  giveConsent,
  maskPhone,
  ResidentRuleError,
  sharePhone,
  type Resident,
} from "../domain/residents.js";
import { communitiesPage, communityByCode, districtsPage, streetsPage, type CommunityPath } from "../domain/places.js";
import type { Page } from "../domain/paging.js";
import { local } from "../i18n/index.js";
import { buttonCodec, field } from "./buttons.js";
import { idle, say, type FlowContext, type FlowState, type Outcome } from "./context.js";
import { meaningOf } from "./conversation-words.js";
import { menuButton } from "./menu.js";
import { flowModule } from "./module.js";
import { pageNavigation, pairs, withPageCounter } from "./paging.js";
import type { Button, Input, Reply } from "./types.js";

export const PAGE_SIZE = 8;

export const onboardingButtons = buttonCodec("o", {
  /** The districts, a page of them. */
  d: [field.page],
  /** The streets of a district. */
  s: [field.id, field.page],
  /** The communities of a street. */
  c: [field.id, field.page],
  /** This community is mine. */
  pick: [field.id],
  /** The answer to the privacy notice. */
  consent: [field.oneOf(["yes", "no"])],
  /** Carry on with setup where it stopped. */
  go: [],
  /** Not now: leave the community picker for the menu. */
  later: [],
});

const steps = ["community", "consent", "phone"] as const;
const onboarding = (step: (typeof steps)[number]): FlowState => ({ flow: "onboarding", step, data: {} });

// ── the community picker ───────────────────────────────────────────────────────────────────────

type Named = { id: number; nameZh: string; nameEn: string };

function pageButtons<T extends Named>(ctx: FlowContext, list: Page<T>, onItem: (item: T) => Button["data"], onPage: (page: number) => Button["data"], back: Button): Button[][] {
  const rows = pairs(list.items.map((item) => ({ label: local(item, "name", ctx.lang), data: onItem(item) })));
  const nav = pageNavigation(ctx, list.page, list.pages, onPage);
  if (nav.length) rows.push(nav);
  rows.push([back]);
  return rows;
}

/** Out of the picker's first level: back to settings when it was opened there, else "not now". */
function leavePicker(ctx: FlowContext): Button {
  return ctx.state.flow === "settings" ? menuButton(ctx.t("button-back"), "settings") : onboardingButtons.button(ctx.t("button-later"), "later");
}

export async function districtsStep(ctx: FlowContext, page: number): Promise<Reply> {
  const list = await districtsPage(ctx.deps, page, PAGE_SIZE);
  if (list.items.length === 0) return { kind: "text", text: ctx.t("no-places-yet") };
  return {
    kind: "text",
    text: withPageCounter(ctx, ctx.t("pick-district"), list.page, list.pages),
    buttons: pageButtons(ctx, list, (d) => onboardingButtons.encode("s", d.id, 0), (p) => onboardingButtons.encode("d", p), leavePicker(ctx)),
  };
}

async function streetsStep(ctx: FlowContext, districtId: number, page: number): Promise<Reply | null> {
  const list = await streetsPage(ctx.deps, districtId, page, PAGE_SIZE);
  if (list.items.length === 0) return null;
  return {
    kind: "text",
    text: withPageCounter(ctx, ctx.t("pick-street"), list.page, list.pages),
    buttons: pageButtons(ctx, list, (s) => onboardingButtons.encode("c", s.id, 0), (p) => onboardingButtons.encode("s", districtId, p), onboardingButtons.button(ctx.t("button-back"), "d", 0)),
  };
}

async function communitiesStep(ctx: FlowContext, streetId: number, page: number): Promise<Reply | null> {
  const found = await communitiesPage(ctx.deps, streetId, page, PAGE_SIZE);
  if (!found || found.list.items.length === 0) return null;
  return {
    kind: "text",
    text: withPageCounter(ctx, ctx.t("pick-community"), found.list.page, found.list.pages),
    buttons: pageButtons(
      ctx,
      found.list,
      (c) => onboardingButtons.encode("pick", c.id),
      (p) => onboardingButtons.encode("c", streetId, p),
      onboardingButtons.button(ctx.t("button-back"), "s", found.street.districtId, 0),
    ),
  };
}

/** "江汉区 · 民族街道 · 花楼水塔社区" */
export function pathName(ctx: FlowContext, path: CommunityPath): string {
  return [path.district, path.street, path.community].map((p) => local(p, "name", ctx.lang)).join(" · ");
}

// ── arriving ───────────────────────────────────────────────────────────────────────────────────

/** `/start`, or `/start c-<community code>` from a QR poster. */
async function start(ctx: FlowContext, payload: string): Promise<Outcome> {
  const replies: Reply[] = [];
  const link = /^([a-z])-([A-Za-z0-9_-]{1,62})$/.exec(payload.trim());
  if (link && link[1] !== "c") {
    // Another module's link (a staff invitation, …); one nobody opens is a plain start.
    const open = ctx.registry.deepLink(link[1]!);
    if (open) return open(ctx, link[2]!);
  }
  const code = link?.[1] === "c" && /^[a-z0-9-]{1,24}$/.test(link[2]!) ? link[2] : undefined;
  if (link?.[1] === "c") {
    const community = code ? await communityByCode(ctx.deps, code) : undefined;
    if (community) {
      const { path, change } = await chooseCommunity(ctx.deps, ctx.resident, community.id);
      // The main menu is there from the very first message, also during setup.
      replies.push({ kind: "text", text: ctx.t("welcome-community", { community: pathName(ctx, path) }), menu: ctx.menu() });
      return next(ctx, replies, { communityId: community.id }, change);
    }
    replies.push({ kind: "text", text: ctx.t("welcome-unknown-code") });
  }
  const returning = ctx.resident.communityId !== null && ctx.resident.consent !== null;
  replies.unshift({ kind: "text", text: ctx.t(returning ? "welcome-back" : "welcome") });
  return next(ctx, replies);
}

/** Whether the person still has something to set up. */
const unfinished = (r: Pick<Resident, "communityId" | "consent">) => r.communityId === null || r.consent === null;

/** Asks for whatever is still missing, in order: community, consent; then the menu. */
async function next(ctx: FlowContext, replies: Reply[], now: Partial<Resident> = {}, writes?: Change): Promise<Outcome> {
  const resident = { ...ctx.resident, ...now };
  // The first message of a visit carries the main menu (a channel keeps it on screen from then on).
  const first = replies[0];
  if (first?.kind === "text" && !first.buttons && !first.menu) replies[0] = { ...first, menu: ctx.menu() };
  if (resident.communityId === null) {
    replies.push(await districtsStep(ctx, 0));
    return { replies, state: onboarding("community"), writes };
  }
  if (resident.consent === null) {
    replies.push(privacyNotice(ctx, onboardingButtons.button(ctx.t("button-back"), "d", 0)));
    return { replies, state: onboarding("consent"), writes };
  }
  replies.push({ kind: "text", text: ctx.t("menu-intro"), menu: ctx.menu() });
  return { replies, state: idle, writes };
}

/** The privacy notice with its two answers and a way back (by default to settings, where it is changed later). */
export function privacyNotice(ctx: FlowContext, back: Button = menuButton(ctx.t("button-back"), "settings")): Reply {
  return {
    kind: "text",
    text: ctx.t("privacy-notice"),
    buttons: [[onboardingButtons.button(ctx.t("button-consent-yes"), "consent", "yes"), onboardingButtons.button(ctx.t("button-consent-no"), "consent", "no")], [back]],
  };
}

/** A community was picked; during onboarding the next question follows, elsewhere we confirm it. */
async function communityPicked(ctx: FlowContext, communityId: number): Promise<Outcome> {
  let chosen;
  try {
    chosen = await chooseCommunity(ctx.deps, ctx.resident, communityId);
  } catch (error) {
    if (error instanceof ResidentRuleError) return say([{ kind: "text", text: ctx.t("stale-button"), menu: ctx.menu() }]);
    throw error;
  }
  const confirmation: Reply = { kind: "text", text: ctx.t("community-set", { community: pathName(ctx, chosen.path) }) };
  if (ctx.state.flow === "onboarding") return next(ctx, [confirmation], { communityId }, chosen.change);
  // Another flow asked for the community first (to open a case there): it goes on from here.
  const waiting = ctx.registry.hooksOf(ctx.state.flow)?.afterCommunity;
  if (waiting) {
    const then = await waiting({ ...ctx, resident: { ...ctx.resident, communityId } }, communityId);
    return { ...then, replies: [confirmation, ...then.replies], writes: together(chosen.change, then.writes) };
  }
  return { replies: [{ ...confirmation, menu: ctx.menu() }], state: idle, writes: chosen.change };
}

export async function consentAnswered(ctx: FlowContext, answer: "yes" | "no"): Promise<Outcome> {
  if (answer === "no") {
    return { replies: [{ kind: "text", text: ctx.t("consent-declined"), menu: ctx.menu() }], state: idle, writes: declineConsent(ctx.deps, ctx.resident) };
  }
  const writes = giveConsent(ctx.deps, ctx.resident);
  // Another flow asked for consent first (to pass the person's words to staff): it goes on from here.
  const waiting = ctx.state.flow !== "onboarding" ? ctx.registry.hooksOf(ctx.state.flow)?.afterConsent : undefined;
  if (waiting) {
    const then = await waiting({ ...ctx, resident: { ...ctx.resident, consent: "given" } });
    return { ...then, replies: [{ kind: "text", text: ctx.t("consent-given") }, ...then.replies], writes: together(writes, then.writes) };
  }
  if (ctx.can.verifiedPhone && ctx.resident.phone === null) {
    const state = ctx.state.flow === "onboarding" ? onboarding("phone") : { flow: "settings", step: "phone", data: {} };
    return { replies: [askPhone(ctx, ctx.t("consent-given"))], state, writes };
  }
  return { replies: [{ kind: "text", text: ctx.t("consent-given"), menu: ctx.menu() }], state: idle, writes };
}

// ── the phone number ───────────────────────────────────────────────────────────────────────────

/** The phone question; `lead` (what was just done or refused) goes on its first line: one message, not two. */
export function askPhone(ctx: FlowContext, lead?: string): Reply {
  const question = ctx.t("ask-phone");
  return { kind: "ask", asking: "contact", text: lead ? `${lead}\n${question}` : question, button: ctx.t("button-share-phone"), cancel: ctx.t("button-skip") };
}

/** The "skip" under the phone question, typed or tapped (the keyboard sends its label as text). */
export function phoneSkipped(ctx: FlowContext, input: Input): Outcome | null {
  if (input.kind !== "text" || input.text.trim() !== ctx.t("button-skip")) return null;
  return say([{ kind: "text", text: ctx.t("phone-skipped"), menu: ctx.menu() }], idle);
}

function phoneShared(ctx: FlowContext, phone: string, isOwn: boolean): Outcome {
  try {
    const shared = sharePhone(ctx.resident, phone, isOwn);
    return { replies: [{ kind: "text", text: ctx.t("phone-saved", { phone: maskPhone(shared.phone) }), menu: ctx.menu() }], state: idle, writes: shared.change };
  } catch (error) {
    if (!(error instanceof ResidentRuleError)) throw error;
    if (error.reason === "no-consent") return say([{ kind: "text", text: ctx.t("phone-needs-consent") }, privacyNotice(ctx)]);
    return say([askPhone(ctx, ctx.t(error.reason === "not-own-contact" ? "phone-not-own" : "phone-invalid"))]);
  }
}

// ── the module ─────────────────────────────────────────────────────────────────────────────────

/** "同意" or "不同意" typed under the privacy notice is its answer. */
function consentTyped(ctx: FlowContext, input: Input): Promise<Outcome> | null {
  if (input.kind !== "text") return null;
  const meaning = meaningOf(input.text);
  return meaning === "agree" || meaning === "disagree" ? consentAnswered(ctx, meaning === "agree" ? "yes" : "no") : null;
}

/**
 * Someone who has not finished setting up and types (or speaks) something: whoever understands it
 * answers first, then one button carries on with setup where it stopped.
 */
async function answerThenNudge(ctx: FlowContext, input: Input): Promise<Outcome | null> {
  if (!unfinished(ctx.resident) || (input.kind !== "text" && input.kind !== "voice")) return null;
  const answered = await ctx.claimAfter("onboarding", input);
  if (!answered) return null;
  // A job that goes on in steps of its own (🙋 asks for the community or the consent it needs) needs no nudge.
  if (answered.state?.flow) return answered;
  const missing = ctx.resident.communityId === null ? "nudge-community" : "nudge-consent";
  const nudge: Reply = { kind: "text", text: ctx.t(missing), buttons: [[onboardingButtons.button(ctx.t("button-carry-on"), "go")]] };
  return { ...answered, replies: [...answered.replies, nudge] };
}

export const onboardingModule = flowModule({
  name: "onboarding",
  commands: { start: { run: start, listed: true } },
  buttons: {
    codec: onboardingButtons,
    async press(ctx, pressed) {
      const stale = () => say([{ kind: "text", text: ctx.t("stale-button"), menu: ctx.menu() }]);
      switch (pressed.action) {
        case "d":
          return say([await districtsStep(ctx, pressed.values[0])]);
        case "s": {
          const reply = await streetsStep(ctx, ...pressed.values);
          return reply ? say([reply]) : stale();
        }
        case "c": {
          const reply = await communitiesStep(ctx, ...pressed.values);
          return reply ? say([reply]) : stale();
        }
        case "pick":
          return communityPicked(ctx, pressed.values[0]);
        case "consent":
          return consentAnswered(ctx, pressed.values[0]);
        case "go":
          return next(ctx, []);
        case "later":
          return say([{ kind: "text", text: ctx.t("community-later"), menu: ctx.menu() }], idle);
      }
    },
  },
  state: z.object({ step: z.enum(steps), data: z.object({}) }),
  resume: (ctx, input) => (ctx.state.step === "phone" ? phoneSkipped(ctx, input) : ctx.state.step === "consent" ? consentTyped(ctx, input) : null),
  /** A contact is a phone number offered, wherever the person is; anything typed during setup is answered, then setup carries on. */
  claim: (ctx, input) => (input.kind === "contact" ? phoneShared(ctx, input.phone, input.isOwn) : answerThenNudge(ctx, input)),
});

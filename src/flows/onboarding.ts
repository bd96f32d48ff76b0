// A resident arriving: greeting, community (from a QR poster link or picked with buttons), the privacy
// notice with consent, and on Telegram an optional verified phone number.
import { findCommunityByCode } from "../db/queries/places.js";
import {
  chooseCommunity,
  declineConsent,
  giveConsent,
  maskPhone,
  ResidentRuleError,
  sharePhone,
} from "../domain/residents.js";
import { button } from "./choices.js";
import { idle, say, type FlowContext, type FlowState, type Outcome } from "./context.js";
import { menuKeyboard } from "./menu.js";
import { districtsStep, pathName } from "./picker.js";
import type { Reply } from "./types.js";

const onboarding = (step: "community" | "consent" | "phone"): FlowState => ({ flow: "onboarding", step, data: {} });

/** `/start`, or `/start c-<community code>` from a QR poster. */
export async function start(ctx: FlowContext, payload: string): Promise<Outcome> {
  const replies: Reply[] = [];
  const code = /^c-([a-z0-9-]{1,24})$/.exec(payload.trim())?.[1];
  if (code) {
    const community = await findCommunityByCode(ctx.deps.directory.orm, code);
    if (community) {
      const path = await chooseCommunity(ctx.deps, ctx.resident, community.id);
      replies.push({ kind: "text", text: ctx.t("welcome-community", { community: pathName(ctx, path) }) });
      return next(ctx, replies);
    }
    replies.push({ kind: "text", text: ctx.t("welcome-unknown-code") });
  }
  const returning = ctx.resident.communityId !== null && ctx.resident.consent !== null;
  replies.unshift({ kind: "text", text: ctx.t(returning ? "welcome-back" : "welcome") });
  return next(ctx, replies);
}

/** Asks for whatever is still missing, in order: community, consent; then the menu. */
async function next(ctx: FlowContext, replies: Reply[]): Promise<Outcome> {
  if (ctx.resident.communityId === null) {
    replies.push(await districtsStep(ctx, 0));
    return say(replies, onboarding("community"));
  }
  if (ctx.resident.consent === null) {
    replies.push(privacyNotice(ctx));
    return say(replies, onboarding("consent"));
  }
  replies.push({ kind: "text", text: ctx.t("menu-intro"), menu: menuKeyboard(ctx) });
  return say(replies, idle);
}

export function privacyNotice(ctx: FlowContext): Reply {
  return {
    kind: "text",
    text: ctx.t("privacy-notice"),
    buttons: [
      [
        button(ctx.t("button-consent-yes"), { action: "consent", answer: "yes" }),
        button(ctx.t("button-consent-no"), { action: "consent", answer: "no" }),
      ],
    ],
  };
}

/** A community was picked; during onboarding the next question follows, elsewhere we confirm it. */
export async function communityPicked(ctx: FlowContext, communityId: number): Promise<Outcome> {
  let path;
  try {
    path = await chooseCommunity(ctx.deps, ctx.resident, communityId);
  } catch (error) {
    if (error instanceof ResidentRuleError) return say([{ kind: "text", text: ctx.t("stale-button") }]);
    throw error;
  }
  const confirmation: Reply = { kind: "text", text: ctx.t("community-set", { community: pathName(ctx, path) }) };
  if (ctx.state.flow === "onboarding") return next(ctx, [confirmation]);
  return say([{ ...confirmation, menu: menuKeyboard(ctx) }], idle);
}

export async function consentAnswered(ctx: FlowContext, answer: "yes" | "no"): Promise<Outcome> {
  const onboardingNow = ctx.state.flow === "onboarding";
  if (answer === "no") {
    await declineConsent(ctx.deps, ctx.resident);
    return say([{ kind: "text", text: ctx.t("consent-declined"), menu: menuKeyboard(ctx) }], idle);
  }
  await giveConsent(ctx.deps, ctx.resident);
  ctx.resident.consent = "given";
  if (ctx.who.channel === "telegram" && ctx.resident.phone === null) {
    return say([{ kind: "text", text: ctx.t("consent-given") }, askPhone(ctx)], onboardingNow ? onboarding("phone") : { flow: "settings", step: "phone", data: {} });
  }
  return say([{ kind: "text", text: ctx.t("consent-given"), menu: menuKeyboard(ctx) }], idle);
}

export function askPhone(ctx: FlowContext): Reply {
  return { kind: "request_contact", text: ctx.t("ask-phone"), button: ctx.t("button-share-phone"), cancel: ctx.t("button-skip") };
}

/** The "skip" label of the phone keyboard, typed or tapped. */
export function isSkip(ctx: FlowContext, text: string): boolean {
  return text.trim() === ctx.t("button-skip");
}

export async function phoneShared(ctx: FlowContext, phone: string, isOwn: boolean): Promise<Outcome> {
  try {
    const stored = await sharePhone(ctx.deps, ctx.resident, phone, isOwn);
    return say([{ kind: "text", text: ctx.t("phone-saved", { phone: maskPhone(stored) }), menu: menuKeyboard(ctx) }], idle);
  } catch (error) {
    if (!(error instanceof ResidentRuleError)) throw error;
    if (error.reason === "no-consent") return say([{ kind: "text", text: ctx.t("phone-needs-consent") }, privacyNotice(ctx)]);
    if (error.reason === "not-own-contact") return say([{ kind: "text", text: ctx.t("phone-not-own") }, askPhone(ctx)]);
    return say([{ kind: "text", text: ctx.t("phone-invalid") }, askPhone(ctx)]);
  }
}

export function phoneSkipped(ctx: FlowContext): Outcome {
  return say([{ kind: "text", text: ctx.t("phone-skipped"), menu: menuKeyboard(ctx) }], idle);
}

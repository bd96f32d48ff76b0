// What is stored about a person (/mydata) and deleting it (/forget).
import { z } from "zod";
import { pointsAbout } from "../domain/points/accounts.js";
import { forget, maskPhone, storedAbout } from "../domain/residents.js";
import { buttonCodec, field } from "./buttons.js";
import { idle, say, type FlowContext, type Outcome } from "./context.js";
import { meaningOf } from "./conversation-words.js";
import { backToMenu } from "./menu.js";
import { flowModule } from "./module.js";
import type { Input } from "./types.js";
import { pathName } from "./onboarding.js";
import { formatMoment } from "../intl.js";

export const privacyButtons = buttonCodec("p", {
  /** Asking to delete, then the answer to "are you sure?". */
  forget: [field.oneOf(["ask", "yes", "no"])],
});

/** A moment in the reader's language and their community's time zone. */
function formatDate(ctx: FlowContext, epochMs: number, timeZone: string): string {
  return formatMoment(ctx.lang, epochMs, { dateStyle: "medium", timeStyle: "short", timeZone });
}

async function myData(ctx: FlowContext): Promise<Outcome> {
  const [{ resident: r, place, conversation, cases, following }, points] = await Promise.all([storedAbout(ctx.deps, ctx.resident), pointsAbout(ctx.deps, ctx.resident)]);
  const timeZone = place?.community.timeZone ?? ctx.deps.defaultTimeZone;
  const lines = [
    ctx.t("mydata-intro"),
    // The web chat's id is its session secret, and means nothing to a person: it is not shown.
    r.channel === "web" ? ctx.t("mydata-identity-web") : ctx.t("mydata-identity", { channel: ctx.t(`channel-${r.channel}`), id: r.externalId }),
    ctx.t("mydata-language", { language: ctx.t(`language-${r.language}`) }),
    ctx.t("mydata-community", { community: place ? pathName(ctx, place) : ctx.t("community-none") }),
    ctx.t("mydata-phone", { phone: r.phone ? maskPhone(r.phone) : ctx.t("phone-none") }),
    ctx.t("mydata-consent", {
      consent: ctx.t(`consent-state-${r.consent ?? "unasked"}`),
      when: r.consentAt ? formatDate(ctx, r.consentAt, timeZone) : "—",
    }),
    ctx.t("mydata-text-size", { size: ctx.t(`text-size-${r.textSize}`) }),
    ctx.t("mydata-map", { map: ctx.t(`map-app-${r.mapApp}`) }),
    ctx.t("mydata-since", { when: formatDate(ctx, r.createdAt, timeZone) }),
    ctx.t(conversation?.flow ? "mydata-conversation-saved" : "mydata-conversation-idle"),
    ...(points ? [ctx.t("mydata-points", { code: points.code, points: points.balance, household: points.household ?? ctx.t("mydata-points-no-household") })] : []),
    ...(cases.length
      ? [
          ctx.t("mydata-cases", { count: cases.length }),
          ...cases.slice(0, 10).map((c) => ctx.t("mydata-case", { ref: c.ref, status: ctx.t(`case-status-${c.status}`), when: formatDate(ctx, c.openedAt, timeZone) })),
        ]
      : []),
    ...(following.length
      ? [
          ctx.t("mydata-complaints", { count: following.length }),
          ...following.slice(0, 10).map((c) => ctx.t("mydata-case", { ref: c.ref, status: ctx.t(`case-status-${c.status}`), when: formatDate(ctx, c.openedAt, timeZone) })),
        ]
      : []),
    ctx.t("mydata-footer"),
  ];
  return say([{ kind: "text", text: lines.join("\n"), buttons: [[privacyButtons.button(ctx.t("button-forget"), "forget", "ask")], [backToMenu(ctx)]] }]);
}

/** "Are you sure?" — or, after a typed yes, "tap the button to delete": deleting always takes the button. */
function askForget(ctx: FlowContext, textKey = "forget-confirm"): Outcome {
  const buttons = [[privacyButtons.button(ctx.t("button-forget-yes"), "forget", "yes"), privacyButtons.button(ctx.t("button-forget-no"), "forget", "no")]];
  return say([{ kind: "text", text: ctx.t(textKey), buttons }], { flow: "privacy", step: "confirm", data: {} });
}

function forgetAnswered(ctx: FlowContext, answer: "yes" | "no"): Outcome {
  // Only a confirmation given right after asking counts; an old "yes" button does nothing.
  if (ctx.state.flow !== "privacy" || ctx.state.step !== "confirm") return say([{ kind: "text", text: ctx.t("stale-button"), menu: ctx.menu() }]);
  if (answer === "no") return say([{ kind: "text", text: ctx.t("forget-cancelled"), menu: ctx.menu() }], idle);
  // The menu stays: whoever taps it next is welcomed as someone new.
  return { replies: [{ kind: "text", text: ctx.t("forget-done"), menu: ctx.menu() }], writes: forget(ctx.resident), forgotten: true };
}

/** Typed under "are you sure?": "no" or "back" keeps everything; a typed "yes" still needs the button. */
function confirmTyped(ctx: FlowContext, input: Input): Outcome | null {
  if (ctx.state.step !== "confirm" || input.kind !== "text") return null;
  const meaning = meaningOf(input.text);
  if (meaning === "no" || meaning === "back" || meaning === "disagree") return forgetAnswered(ctx, "no");
  if (meaning === "yes" || meaning === "agree") return askForget(ctx, "forget-tap-to-confirm");
  return null;
}

export const privacy = flowModule({
  name: "privacy",
  commands: { mydata: { run: myData, listed: true }, forget: { run: (ctx) => askForget(ctx), listed: true } },
  menu: { label: "menu-mydata", position: 70, open: myData },
  buttons: {
    codec: privacyButtons,
    press: (ctx, pressed) => (pressed.values[0] === "ask" ? askForget(ctx) : forgetAnswered(ctx, pressed.values[0])),
  },
  state: z.object({ step: z.literal("confirm"), data: z.object({}) }),
  resume: confirmTyped,
});

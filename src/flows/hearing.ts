// Hearings (听证会), as residents meet them: the invitation (with Yes / No), the reminder the day before
// and the outcome come from the outbox as this module's notices, rendered when delivered in the
// resident's language and their community's time; pressing Yes or No records the answer (the console
// shows who comes). Scheduling is staff's (src/domain/complaints/hearings.ts, the console).
import { answerHearing, HEARING_MODULE, hearingForNotice, HearingAnswerError } from "../domain/complaints/hearings.js";
import { local } from "../i18n/index.js";
import { buttonCodec, field } from "./buttons.js";
import { say, type FlowContext, type Outcome } from "./context.js";
import { flowModule } from "./module.js";
import { formatMoment } from "../intl.js";

export const hearingButtons = buttonCodec("hr", {
  /** An answer to the invitation: the hearing, and whether they come. */
  rsvp: [field.id, field.oneOf(["yes", "no"])],
});

function when(ctx: FlowContext, epochMs: number, timeZone: string): string {
  return formatMoment(ctx.lang, epochMs, { dateStyle: "full", timeStyle: "short", timeZone });
}

async function details(ctx: FlowContext, args: Record<string, unknown>) {
  const found = await hearingForNotice(ctx.deps, Number(args.hearingId), ctx.resident.id);
  if (!found) return undefined;
  const h = found.hearing;
  return {
    found,
    words: {
      community: found.community ? local(found.community, "name", ctx.lang) : "",
      category: found.category ? local(found.category, "name", ctx.lang) : "",
      when: when(ctx, h.startsAt, found.timeZone),
      place: local(h, "place", ctx.lang),
      topic: local(h, "topic", ctx.lang),
    },
  };
}

const rsvpButtons = (ctx: FlowContext, hearingId: number) => [
  [hearingButtons.button(ctx.t("button-hearing-yes"), "rsvp", hearingId, "yes"), hearingButtons.button(ctx.t("button-hearing-no"), "rsvp", hearingId, "no")],
];

async function rsvp(ctx: FlowContext, hearingId: number, answer: "yes" | "no"): Promise<Outcome> {
  try {
    const { change } = await answerHearing(ctx.deps, ctx.resident, hearingId, answer === "yes");
    const over = say([{ kind: "text", text: ctx.t("hearing-answer-over"), menu: ctx.menu() }]);
    return { replies: [{ kind: "text", text: ctx.t(answer === "yes" ? "hearing-answer-yes" : "hearing-answer-no"), menu: ctx.menu() }], writes: change, refused: () => over };
  } catch (error) {
    if (!(error instanceof HearingAnswerError)) throw error;
    return say([{ kind: "text", text: ctx.t(error.reason === "over" ? "hearing-answer-over" : "hearing-answer-unknown"), menu: ctx.menu() }]);
  }
}

export const hearing = flowModule({
  name: HEARING_MODULE,
  buttons: {
    codec: hearingButtons,
    press: (ctx, pressed) => rsvp(ctx, ...pressed.values),
  },
  notices: {
    async invite(ctx, args) {
      const d = await details(ctx, args);
      if (!d) return [];
      return [{ kind: "text", text: ctx.t("hearing-invite", d.words), buttons: rsvpButtons(ctx, d.found.hearing.id) }];
    },
    async remind(ctx, args) {
      const d = await details(ctx, args);
      if (!d || d.found.hearing.state !== "scheduled") return [];
      return [{ kind: "text", text: ctx.t("hearing-remind", d.words) }];
    },
    async outcome(ctx, args) {
      const d = await details(ctx, args);
      if (!d || !d.found.hearing.outcomeZh) return [];
      return [{ kind: "text", text: ctx.t("hearing-outcome", { ...d.words, outcome: local(d.found.hearing, "outcome", ctx.lang) ?? d.found.hearing.outcomeZh }) }];
    },
  },
});

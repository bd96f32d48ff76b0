// Talking to a person (转人工): the resident's side. From the menu, /human, words that ask for it, or
// "ask a person about this" under a service card, a case opens in their community; while it is open,
// whatever they send goes to it (one short receipt, not one per message), and staff replies come back as
// notices through the outbox. The menu and commands still work: they leave the conversation, not the case.
import { z } from "zod";
import { commented, rated, CaseRuleError, type Content } from "../domain/cases/cases.js";
import { endedByResident, openCasesOfResident, ownCase, residentFollowedUp, talkToPerson, whenAnswered } from "../domain/cases/conversation.js";
import { serviceById } from "../domain/catalog/browse.js";
import { staffDisplayName } from "../domain/cases/staff.js";
import { placeOf } from "../domain/places.js";
import { local } from "../i18n/index.js";
import { buttonCodec, field } from "./buttons.js";
import { idle, say, type FlowContext, type FlowState, type Outcome } from "./context.js";
import { flowModule } from "./module.js";
import { districtsStep, privacyNotice } from "./onboarding.js";
import type { Attachment, Input, Reply } from "./types.js";

export const humanButtons = buttonCodec("h", {
  /** Ask a person about a service of the guide. */
  ask: [field.id],
  /** Go back to one of my open cases. */
  go: [field.id],
  /** End this conversation. */
  end: [field.id],
  /** Rate a closed conversation 1–5. */
  rate: [field.id, z.string().regex(/^[1-5]$/).transform(Number)],
  /** No comment after the rating. */
  skip: [field.id],
});

const talking = (caseId: number, receipt = false): FlowState => ({ flow: "human", step: "talking", data: { caseId, receipt } });

/** Words that ask for a person, in both languages. */
function endButton(ctx: FlowContext, caseId: number) {
  return humanButtons.button(ctx.t("button-human-end"), "end", caseId);
}

/** What the resident sent, as something a case keeps. */
function contentOf(input: Input): Content | null {
  switch (input.kind) {
    case "text":
      return { text: input.text };
    case "photo":
      return { attachment: { kind: "photo", ...(input.stored ? { mediaKey: input.ref } : { telegramFileId: input.ref }) }, ...(input.caption ? { text: input.caption } : {}) };
    case "voice":
      return { attachment: { kind: "voice", telegramFileId: input.ref } };
    case "document":
      return { attachment: { kind: "document", telegramFileId: input.ref, ...(input.name ? { fileName: input.name } : {}) }, ...(input.caption ? { text: input.caption } : {}) };
    case "location":
      return { attachment: { kind: "location", latitude: input.latitude, longitude: input.longitude } };
    default:
      return null;
  }
}

/** Opens (or goes back to) the resident's conversation with their community's staff. */
async function talk(ctx: FlowContext, first: Content, serviceId: number | null): Promise<Outcome> {
  const communityId = ctx.resident.communityId;
  if (communityId === null) {
    return say([{ kind: "text", text: ctx.t("human-choose-community") }, await districtsStep(ctx, 0)], {
      flow: "human",
      step: "community",
      data: { ...(first.text ? { text: first.text } : {}), ...(serviceId ? { serviceId } : {}) },
    });
  }
  // What they write will be kept in the case and read by staff: that needs their consent.
  if (ctx.resident.consent !== "given") {
    return say([{ kind: "text", text: ctx.t("human-needs-consent") }, privacyNotice(ctx)], {
      flow: "human",
      step: "consent",
      data: { ...(first.text ? { text: first.text } : {}), ...(serviceId ? { serviceId } : {}) },
    });
  }
  const service = serviceId ? await serviceById(ctx.deps, serviceId) : undefined;
  const fallback = service ? ctx.t("human-summary-service", { service: local(service, "title", ctx.lang) }) : ctx.t("human-summary-none");
  const talk = await talkToPerson(ctx.deps, ctx.resident, communityId, first, service?.id ?? null, fallback, ctx.who.displayName);
  if (talk.how === "too-many") return say([{ kind: "text", text: ctx.t("too-many-created"), menu: ctx.menu() }], idle);
  const place = await placeOf(ctx.deps, communityId);
  const community = place ? local(place.community, "name", ctx.lang) : "";
  if (talk.how === "open") {
    return {
      replies: [{ kind: "text", text: ctx.t("human-already", { community, ref: talk.case.ref }), buttons: [[endButton(ctx, talk.case.id)]] }],
      state: talking(talk.case.id),
      writes: first.text || first.attachment ? await residentFollowedUp(ctx.deps, talk.case, first) : undefined,
    };
  }
  const opened = async (ref: string, caseId: number): Promise<Reply[]> => {
    const office = place ? whenAnswered(ctx.deps, place.community) : undefined;
    const text = office?.open
      ? ctx.t("human-opened-now", { community, ref })
      : office?.next
        ? ctx.t("human-opened-later", { community, ref, day: ctx.t(`weekday-${office.next.weekday}`), time: office.next.time })
        : ctx.t("human-opened-unknown", { community, ref });
    return [{ kind: "text", text, buttons: [[endButton(ctx, caseId)]] }];
  };
  if (talk.how === "reopened") {
    return { replies: await opened(talk.case.ref, talk.case.id), state: talking(talk.case.id), writes: talk.change };
  }
  // A new case: its reference exists once it is written.
  return {
    replies: [],
    // The state names the case once it is known: the flow answers a new input by reading the open case.
    state: { flow: "human", step: "talking", data: { caseId: 0, receipt: false } },
    writes: talk.change,
    afterCommit: async () => {
      const [made] = await openCasesOfResident(ctx.deps, ctx.resident, "conversation");
      return made ? opened(made.ref, made.id) : [];
    },
  };
}

/** The case this conversation is about: the one in the state, or (just opened) the resident's open one. */
async function currentCase(ctx: FlowContext) {
  const id = Number(ctx.state.data.caseId ?? 0);
  if (id > 0) return ownCase(ctx.deps, ctx.resident, id);
  return (await openCasesOfResident(ctx.deps, ctx.resident, "conversation"))[0];
}

async function whileTalking(ctx: FlowContext, input: Input): Promise<Outcome | null> {
  const content = contentOf(input);
  if (!content) return null;
  const c = await currentCase(ctx);
  // The case was closed meanwhile (by staff): writing again reopens it, or starts a new one.
  if (!c || c.status === "closed") return talk(ctx, content, null);
  const receipt = ctx.state.data.receipt === true;
  return {
    replies: receipt ? [] : [{ kind: "text", text: ctx.t("human-receipt"), buttons: [[endButton(ctx, c.id)]] }],
    state: talking(c.id, true),
    writes: await residentFollowedUp(ctx.deps, c, content),
  };
}

/** Goes on with what the person asked before the community or the consent was asked for. */
function talkAsAsked(ctx: FlowContext): Promise<Outcome> {
  const text = typeof ctx.state.data.text === "string" ? ctx.state.data.text : undefined;
  const serviceId = typeof ctx.state.data.serviceId === "number" ? ctx.state.data.serviceId : null;
  return talk(ctx, text ? { text } : {}, serviceId);
}

async function myCases(ctx: FlowContext): Promise<Outcome> {
  const open = await openCasesOfResident(ctx.deps, ctx.resident);
  if (open.length === 0) return say([{ kind: "text", text: ctx.t("human-nothing-open"), menu: ctx.menu() }], idle);
  const rows = open.map((c) => [humanButtons.button(ctx.t("human-case-line", { ref: c.ref, summary: c.summary }), "go", c.id)]);
  return say([{ kind: "text", text: ctx.t("human-open-list"), buttons: rows }], idle);
}

async function ended(ctx: FlowContext, caseId: number): Promise<Outcome> {
  const c = await ownCase(ctx.deps, ctx.resident, caseId);
  if (!c || c.status === "closed") return say([{ kind: "text", text: ctx.t("stale-button"), menu: ctx.menu() }], idle);
  return { replies: [{ kind: "text", text: ctx.t("human-ended"), menu: ctx.menu() }], state: idle, writes: endedByResident(ctx.deps, c, ctx.resident) };
}

async function rating(ctx: FlowContext, caseId: number, stars: number): Promise<Outcome> {
  const c = await ownCase(ctx.deps, ctx.resident, caseId);
  if (!c) return say([{ kind: "text", text: ctx.t("stale-button"), menu: ctx.menu() }]);
  try {
    return {
      replies: [{ kind: "text", text: ctx.t("human-rated"), buttons: [[humanButtons.button(ctx.t("button-rate-skip"), "skip", c.id)]] }],
      state: { flow: "human", step: "comment", data: { caseId: c.id } },
      writes: rated(ctx.deps, c, stars),
    };
  } catch (error) {
    if (error instanceof CaseRuleError) return say([{ kind: "text", text: ctx.t("human-rated-once"), menu: ctx.menu() }]);
    throw error;
  }
}

function ratingButtons(ctx: FlowContext, caseId: number) {
  return [
    ([1, 2, 3, 4, 5] as const).map((n) => humanButtons.button(ctx.t(`button-rate-${n}`), "rate", caseId, n)),
  ];
}

function mediaReply(attachment: Attachment): Reply {
  return { kind: "media", attachment };
}

export const human = flowModule({
  name: "human",
  commands: {
    human: { run: (ctx) => talk(ctx, {}, null), listed: true },
    mycases: { run: myCases, listed: true },
  },
  menu: { label: "menu-human", position: 30, open: (ctx) => talk(ctx, {}, null) },
  buttons: {
    codec: humanButtons,
    async press(ctx, pressed) {
      switch (pressed.action) {
        case "ask":
          return talk(ctx, {}, pressed.values[0]);
        case "go": {
          const c = await ownCase(ctx.deps, ctx.resident, pressed.values[0]);
          if (!c || c.status === "closed") return say([{ kind: "text", text: ctx.t("stale-button"), menu: ctx.menu() }]);
          if (c.kind !== "conversation") return say([{ kind: "text", text: ctx.t("human-case-line", { ref: c.ref, summary: c.summary }) }]);
          return say([{ kind: "text", text: ctx.t("human-back", { ref: c.ref }), buttons: [[endButton(ctx, c.id)]] }], talking(c.id));
        }
        case "end":
          return ended(ctx, pressed.values[0]);
        case "rate":
          return rating(ctx, ...pressed.values);
        case "skip":
          return say([{ kind: "text", text: ctx.t("human-comment-thanks"), menu: ctx.menu() }], idle);
      }
    },
  },
  state: z.object({
    step: z.enum(["community", "consent", "talking", "comment"]),
    data: z.object({ caseId: z.number().int().nonnegative().optional(), receipt: z.boolean().optional(), text: z.string().optional(), serviceId: z.number().int().optional() }),
  }),
  async resume(ctx, input) {
    if (ctx.state.step === "talking") return whileTalking(ctx, input);
    if (ctx.state.step === "comment") {
      const c = await ownCase(ctx.deps, ctx.resident, Number(ctx.state.data.caseId));
      if (!c) return null;
      // Staff reopened the case while the resident was asked for a comment: what they write goes to staff.
      if (c.status !== "closed") return whileTalking({ ...ctx, state: talking(c.id) }, input);
      if (input.kind !== "text") return null;
      return { replies: [{ kind: "text", text: ctx.t("human-comment-thanks"), menu: ctx.menu() }], state: idle, writes: commented(ctx.deps, c, input.text) };
    }
    return null;
  },
  async leave(ctx) {
    const c = ctx.state.step === "talking" ? await currentCase(ctx) : undefined;
    return c && c.status !== "closed" ? ended(ctx, c.id) : say([{ kind: "text", text: ctx.t("cancelled"), menu: ctx.menu() }], idle);
  },
  afterCommunity: (ctx) => talkAsAsked(ctx),
  afterConsent: (ctx) => talkAsAsked(ctx),
  offers: {
    "service-card": (ctx, args) => (typeof args.serviceId === "number" ? humanButtons.button(ctx.t("button-human-ask"), "ask", args.serviceId) : null),
  },
  notices: {
    async reply(ctx, args) {
      // Named in the reader's language: 「网格员 李娟」 / "Grid worker Li Juan".
      const staff = typeof args.staffId === "number" ? await staffDisplayName(ctx.deps, args.staffId, ctx.lang) : String(args.staffName ?? "");
      const replies: Reply[] = [];
      const attachment = args.attachment as Attachment | undefined;
      if (typeof args.text === "string") replies.push({ kind: "text", text: ctx.t("human-reply", { staff, text: args.text }) });
      else if (attachment) replies.push({ kind: "text", text: ctx.t("human-reply-media", { staff }) });
      if (attachment) replies.push(mediaReply(attachment));
      return replies;
    },
    rate(ctx, args) {
      return [{ kind: "text", text: ctx.t("human-rate", { ref: String(args.ref ?? "") }), buttons: ratingButtons(ctx, Number(args.caseId)) }];
    },
  },
});

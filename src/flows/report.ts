// Reporting a problem (民情诉求), the resident's side. From the menu (📣), /report, or words that clearly
// describe a problem (offered, never filed silently). Steps, each with a way back and skippable where it
// can be: what happened (words typed first are kept), the kind (likeliest first), where (a shared
// location, "at my building", words), complaints nearby of the same kind ("me too" follows one instead),
// photos (up to 5), then a summary with Submit / hide my name / Edit / Cancel. One sentence and one photo
// take at most 5 taps. Also: my reports with their timelines, the notices of every status change, and the
// verdict on "fixed" (fixed / partly / not fixed, 1–5, a comment).
import { z } from "zod";
import { eventsOf } from "../db/queries/cases.js";
import { complaintsOfResident, findCategory, findComplaint } from "../db/queries/complaints.js";
import { categoriesFor, categoryName, categoryOf, elsewhereOf, rankCategories, soundsLikeComplaint, type ComplaintCategory } from "../domain/complaints/categories.js";
import { ComplaintRuleError, filedComplaint, followComplaint, MAX_DESCRIPTION, MAX_PHOTOS, nearbyComplaints, prepareComplaint } from "../domain/complaints/file.js";
import { commentVerdict, giveVerdict, rateVerdict, VerdictError } from "../domain/complaints/handling.js";
import { buildingIn, locationProblem } from "../domain/complaints/place.js";
import { staffDisplayName } from "../domain/cases/staff.js";
import { uniqueKey } from "../domain/outbox.js";
import { placeOf } from "../domain/places.js";
import { verdicts, type Attachment } from "../vocabulary.js";
import { buttonCodec, field } from "./buttons.js";
import { idle, say, type FlowContext, type FlowState, type Outcome } from "./context.js";
import { meaningOf } from "./conversation-words.js";
import { backToMenu } from "./menu.js";
import { flowModule } from "./module.js";
import { districtsStep, privacyNotice } from "./onboarding.js";
import type { Button, Input, Reply } from "./types.js";
import { formatMoment } from "../intl.js";

export const reportButtons = buttonCodec("r", {
  /** The offer under words that sound like a problem: file it, or it was a question after all. */
  offer: [field.oneOf(["yes", "no"])],
  cat: [field.id],
  /** "At my building": the one named in the resident's last report. */
  home: [],
  skip: [field.oneOf(["place", "photos"])],
  /** "Me too" on a complaint nearby. */
  same: [field.id],
  /** None of those: a new one. */
  fresh: [],
  submit: [],
  anon: [field.oneOf(["on", "off"])],
  edit: [field.oneOf(["menu", "text", "category", "place", "photos"])],
  cancel: [],
  back: [],
  mine: [],
  view: [field.id],
  /** The verdict on "fixed": case, round, answer. */
  v: [field.id, z.string().regex(/^\d{1,2}$/).transform(Number), field.oneOf(verdicts)],
  rate: [field.id, z.string().regex(/^\d{1,2}$/).transform(Number), z.string().regex(/^[1-5]$/).transform(Number)],
  nocomment: [],
});

const photoSchema = z.object({ kind: z.literal("photo"), telegramFileId: z.string().max(256).optional(), mediaKey: z.string().max(64).optional() });

const dataSchema = z.object({
  text: z.string().max(MAX_DESCRIPTION).optional(),
  categoryId: z.number().int().positive().optional(),
  latitude: z.number().optional(),
  longitude: z.number().optional(),
  placeText: z.string().max(200).optional(),
  building: z.string().max(32).optional(),
  placeDone: z.boolean().optional(),
  sameDone: z.boolean().optional(),
  photos: z.array(photoSchema).max(MAX_PHOTOS).optional(),
  photosDone: z.boolean().optional(),
  anonymous: z.boolean().optional(),
  /** Editing from the summary: back to it once the field is given. */
  editing: z.boolean().optional(),
  /** The verdict's comment: which case and round. */
  caseId: z.number().int().optional(),
  round: z.number().int().optional(),
});
type Draft = z.infer<typeof dataSchema>;

const steps = ["community", "consent", "offer", "text", "category", "place", "same", "photos", "summary", "comment"] as const;
type Step = (typeof steps)[number];

const at = (step: Step, data: Draft): FlowState => ({ flow: "report", step, data: data as Record<string, unknown> });
const draftOf = (ctx: FlowContext): Draft => {
  const parsed = dataSchema.safeParse(ctx.state.flow === "report" ? ctx.state.data : {});
  return parsed.success ? parsed.data : {};
};

const backButton = (ctx: FlowContext): Button => reportButtons.button(ctx.t("button-back"), "back");
const cancelButton = (ctx: FlowContext): Button => reportButtons.button(ctx.t("button-report-cancel"), "cancel");
const stale = (ctx: FlowContext): Outcome => say([{ kind: "text", text: ctx.t("stale-button"), menu: ctx.menu() }]);

function photoOf(input: Extract<Input, { kind: "photo" }>): Attachment & { kind: "photo" } {
  return input.stored ? { kind: "photo", mediaKey: input.ref } : { kind: "photo", telegramFileId: input.ref };
}

/** The words of a text, within the limit. */
function described(text: string): string {
  return text.trim().slice(0, MAX_DESCRIPTION);
}

// ── starting ───────────────────────────────────────────────────────────────────────────────────

/** Starts a report (with what was typed first, if anything): the community and the consent first where missing. */
function start(ctx: FlowContext, draft: Draft): Promise<Outcome> | Outcome {
  if (ctx.resident.communityId === null) {
    return (async () => say([{ kind: "text", text: ctx.t("report-choose-community") }, await districtsStep(ctx, 0)], at("community", draft)))();
  }
  if (ctx.resident.consent !== "given") return say([{ kind: "text", text: ctx.t("report-needs-consent") }, privacyNotice(ctx, backToMenu(ctx))], at("consent", draft));
  return next(ctx, draft);
}

/** Asks for what the draft still lacks, in order; the summary once it has everything. */
async function next(ctx: FlowContext, draft: Draft, before: Reply[] = []): Promise<Outcome> {
  const communityId = ctx.resident.communityId!;
  if (!draft.text) return say([...before, { kind: "text", text: ctx.t("report-ask-text"), buttons: [[cancelButton(ctx)]] }], at("text", draft));
  const category = draft.categoryId ? await categoryOf(ctx.deps, communityId, draft.categoryId) : undefined;
  if (!category) return askCategory(ctx, { ...draft, categoryId: undefined }, before);
  // Not the community's: told at once where it goes, and recorded so that it counts.
  if (category.access === "not_here") return fileIt(ctx, draft, before);
  if (!draft.placeDone) return askPlace(ctx, draft, before);
  if (!draft.sameDone) {
    const near = await nearbyComplaints(ctx.deps, { communityId, categoryId: category.id, place: placeOfDraft(draft) });
    if (near.length) {
      const rows = near.map((f) => [reportButtons.button(ctx.t("report-same-line", { summary: f.case.summary }), "same", f.case.id)]);
      return say([...before, { kind: "text", text: ctx.t("report-same-intro"), buttons: [...rows, [reportButtons.button(ctx.t("button-report-new"), "fresh")], [backButton(ctx)]] }], at("same", draft));
    }
    draft = { ...draft, sameDone: true };
  }
  if (!draft.photosDone) {
    return say(
      [...before, { kind: "text", text: ctx.t("report-ask-photos"), buttons: [[reportButtons.button(ctx.t("button-report-skip"), "skip", "photos")], [backButton(ctx), cancelButton(ctx)]] }],
      at("photos", draft),
    );
  }
  return summary(ctx, draft, category, before);
}

async function askCategory(ctx: FlowContext, draft: Draft, before: Reply[]): Promise<Outcome> {
  const ranked = rankCategories(await categoriesFor(ctx.deps, ctx.resident.communityId!), draft.text ?? "");
  const rows: Button[][] = [];
  for (let i = 0; i < ranked.length; i += 2) rows.push(ranked.slice(i, i + 2).map((c) => reportButtons.button(categoryName(c, ctx.lang), "cat", c.id)));
  return say([...before, { kind: "text", text: ctx.t("report-ask-category"), buttons: [...rows, [backButton(ctx), cancelButton(ctx)]] }], at("category", draft));
}

/** The building of the resident's last report, for "at my building". */
async function homeBuilding(ctx: FlowContext): Promise<string | undefined> {
  const mine = await complaintsOfResident(ctx.deps.db.orm, ctx.resident.id, 5);
  return mine.find((m) => m.c.residentId === ctx.resident.id && m.complaint.building)?.complaint.building ?? undefined;
}

async function askPlace(ctx: FlowContext, draft: Draft, before: Reply[]): Promise<Outcome> {
  const home = await homeBuilding(ctx);
  const buttons: Button[][] = [
    ...(home ? [[reportButtons.button(ctx.t("button-report-my-building", { building: home }), "home")]] : []),
    [reportButtons.button(ctx.t("button-report-skip"), "skip", "place")],
    [backButton(ctx), cancelButton(ctx)],
  ];
  // The device's "share location" first, then the question with its buttons (the last message keeps them at hand).
  const replies: Reply[] = [...before];
  if (ctx.can.shareLocation) replies.push({ kind: "ask", asking: "location", text: ctx.t("report-ask-location"), button: ctx.t("button-report-location"), cancel: ctx.t("button-report-skip") });
  replies.push({ kind: "text", text: ctx.t(ctx.can.shareLocation ? "report-ask-place" : "report-ask-place-words"), buttons });
  return say(replies, at("place", draft));
}

/** The place as noted, with the main menu back in place of the location keyboard. */
function placeNoted(ctx: FlowContext, draft: Draft): Reply[] {
  return [{ kind: "text", text: ctx.t("report-place-noted", { place: placeWords(ctx, draft) }), menu: ctx.menu() }];
}

/** The place is given (or skipped): noted, and on to the next step. */
function placeGiven(ctx: FlowContext, draft: Draft): Promise<Outcome> {
  const done = { ...draft, placeDone: true };
  return next(ctx, done, placeNoted(ctx, done));
}

function placeOfDraft(draft: Draft) {
  return { latitude: draft.latitude ?? null, longitude: draft.longitude ?? null, building: draft.building ?? null, text: draft.placeText ?? null };
}

function placeWords(ctx: FlowContext, draft: Draft): string {
  const words = draft.placeText ?? draft.building;
  const located = draft.latitude !== undefined;
  if (words && located) return ctx.t("report-place-both", { place: words });
  if (words) return words;
  return located ? ctx.t("report-place-location") : ctx.t("report-place-none");
}

function summary(ctx: FlowContext, draft: Draft, category: ComplaintCategory, before: Reply[] = []): Outcome {
  const text = ctx.t("report-summary", {
    category: categoryName(category, ctx.lang),
    text: draft.text ?? "",
    place: placeWords(ctx, draft),
    photos: draft.photos?.length ?? 0,
    name: ctx.t(draft.anonymous ? "report-summary-name-hidden" : "report-summary-name-shown"),
  });
  const buttons: Button[][] = [
    [reportButtons.button(ctx.t("button-report-submit"), "submit")],
    [draft.anonymous ? reportButtons.button(ctx.t("button-report-show-name"), "anon", "off") : reportButtons.button(ctx.t("button-report-hide-name"), "anon", "on")],
    [reportButtons.button(ctx.t("button-report-edit"), "edit", "menu"), cancelButton(ctx)],
  ];
  return say([...before, { kind: "text", text, buttons }], at("summary", { ...draft, editing: false }));
}

// ── filing ─────────────────────────────────────────────────────────────────────────────────────

function when(ctx: FlowContext, ms: number, timeZone: string): string {
  return formatMoment(ctx.lang, ms, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone });
}

async function fileIt(ctx: FlowContext, draft: Draft, before: Reply[] = []): Promise<Outcome> {
  let filing;
  try {
    filing = await prepareComplaint(ctx.deps, {
      resident: ctx.resident,
      ...(ctx.who.displayName ? { residentName: ctx.who.displayName } : {}),
      communityId: ctx.resident.communityId!,
      categoryId: draft.categoryId!,
      description: draft.text ?? "",
      place: placeOfDraft(draft),
      photos: draft.photos ?? [],
      anonymous: draft.anonymous === true,
      key: uniqueKey("chat"),
    });
  } catch (error) {
    if (!(error instanceof ComplaintRuleError)) throw error;
    if (error.reason === "category") return askCategory(ctx, { ...draft, categoryId: undefined }, [{ kind: "text", text: ctx.t("report-bad-category") }]);
    if (error.reason === "description") return say([{ kind: "text", text: ctx.t("report-too-long") }], at("text", { ...draft, text: undefined }));
    if (error.reason === "location-zero" || error.reason === "location-range") return askPlace(ctx, { ...draft, latitude: undefined, longitude: undefined }, [{ kind: "text", text: ctx.t(error.reason === "location-zero" ? "report-place-zero" : "report-place-range") }]);
    return stale(ctx);
  }
  const timeZone = filing.community.timeZone || ctx.deps.defaultTimeZone;
  const mine: Button[][] = [[reportButtons.button(ctx.t("button-report-mine"), "mine")]];
  return {
    replies: before,
    state: idle,
    writes: filing.change,
    afterCommit: async () => {
      const filed = await filedComplaint(ctx.deps, filing.key);
      if (!filed) return [];
      const ref = filed.case.ref;
      if (filing.notHere) {
        const where = elsewhereOf(filing.category, ctx.lang);
        const phone = filing.category.elsewherePhone;
        return [{ kind: "text", text: [ctx.t("report-not-here", { where, ref }), ...(phone ? [ctx.t("report-not-here-call", { phone })] : [])].join("\n"), buttons: mine, menu: ctx.menu() }];
      }
      const handler = filing.assignee ? await staffDisplayName(ctx.deps, filing.assignee.id, ctx.lang) : ctx.t("report-handler-community");
      const text =
        filing.acknowledgeDueAt !== null && filing.resolveDueAt !== null
          ? ctx.t("report-filed", { ref, handler, acknowledge: when(ctx, filing.acknowledgeDueAt, timeZone), resolve: when(ctx, filing.resolveDueAt, timeZone) })
          : ctx.t("report-filed-no-deadline", { ref, handler });
      return [{ kind: "text", text, buttons: mine, menu: ctx.menu() }];
    },
  };
}

async function meToo(ctx: FlowContext, caseId: number): Promise<Outcome> {
  try {
    const followed = await followComplaint(ctx.deps, ctx.resident, caseId);
    const key = followed.already ? "report-followed-already" : "report-followed";
    return { replies: [{ kind: "text", text: ctx.t(key, { ref: followed.case.ref }), buttons: [[reportButtons.button(ctx.t("button-report-mine"), "mine")]], menu: ctx.menu() }], state: idle, writes: followed.change };
  } catch (error) {
    if (!(error instanceof ComplaintRuleError)) throw error;
    return say([{ kind: "text", text: ctx.t(error.reason === "own" ? "report-follow-own" : "report-follow-refused"), menu: ctx.menu() }], ctx.state.flow === "report" && ctx.state.step === "same" ? at("same", draftOf(ctx)) : idle);
  }
}

// ── my reports ─────────────────────────────────────────────────────────────────────────────────

async function myReports(ctx: FlowContext): Promise<Outcome> {
  const mine = await complaintsOfResident(ctx.deps.db.orm, ctx.resident.id, 10);
  if (!mine.length) return say([{ kind: "text", text: ctx.t("report-mine-none"), menu: ctx.menu() }], idle);
  const rows = mine.map(({ c }) => [reportButtons.button(ctx.t("report-mine-line", { status: ctx.t(`complaint-status-${c.status}`), ref: c.ref, summary: c.summary }).slice(0, 60), "view", c.id)]);
  return say([{ kind: "text", text: ctx.t("report-mine-intro"), buttons: [...rows, [backToMenu(ctx)]] }], idle);
}

async function timeline(ctx: FlowContext, caseId: number): Promise<Outcome> {
  const mine = await complaintsOfResident(ctx.deps.db.orm, ctx.resident.id, 50);
  const found = mine.find((m) => m.c.id === caseId);
  if (!found) return stale(ctx);
  const { c, complaint } = found;
  const [events, category, place] = await Promise.all([eventsOf(ctx.deps.db.orm, c.id), findCategory(ctx.deps.directory.orm, complaint.categoryId), placeOf(ctx.deps, c.communityId)]);
  const timeZone = place?.community.timeZone || ctx.deps.defaultTimeZone;
  const lines = [ctx.t("report-timeline-head", { ref: c.ref, category: category ? categoryName(category, ctx.lang) : "", status: ctx.t(`complaint-status-${c.status}`) })];
  const seen = new Set<string>();
  for (const e of events) {
    let what: string | null = null;
    if (e.kind === "message_in" && !seen.has("opened")) {
      seen.add("opened");
      what = ctx.t("report-event-opened");
    } else if (e.kind === "status" && typeof e.detail?.to === "string") what = ctx.t("report-event-status", { status: ctx.t(`complaint-status-${e.detail.to}`) });
    else if (e.kind === "message_out" && e.body) what = ctx.t("report-event-reply", { text: e.body.length > 60 ? `${e.body.slice(0, 59)}…` : e.body });
    else if (e.kind === "follow") what = ctx.t("report-event-follow");
    else if (e.kind === "verdict" && typeof e.detail?.verdict === "string") what = ctx.t("report-event-verdict", { verdict: ctx.t(`verdict-${e.detail.verdict}`) });
    else if (e.kind === "escalation") what = ctx.t("report-event-escalation");
    if (what) lines.push(ctx.t("report-timeline-line", { when: when(ctx, e.at, timeZone), what }));
  }
  // A phone screen: the head and the latest steps.
  const shown = lines.length > 9 ? [lines[0]!, "…", ...lines.slice(-8)] : lines;
  return say([{ kind: "text", text: shown.join("\n"), buttons: [[reportButtons.button(ctx.t("button-back"), "mine")]] }], idle);
}

// ── the verdict on "fixed" ─────────────────────────────────────────────────────────────────────

function verdictButtons(ctx: FlowContext, caseId: number, round: number): Button[][] {
  return [verdicts.map((v) => reportButtons.button(ctx.t(`button-verdict-${v}`), "v", caseId, round, v))];
}

async function verdictGiven(ctx: FlowContext, caseId: number, round: number, verdict: (typeof verdicts)[number]): Promise<Outcome> {
  try {
    const given = await giveVerdict(ctx.deps, ctx.resident, caseId, round, verdict);
    const rate: Button[][] = [([1, 2, 3, 4, 5] as const).map((n) => reportButtons.button(ctx.t(`button-rate-${n}`), "rate", caseId, round, n))];
    const said: Reply[] =
      given.outcome === "reopened"
        ? [{ kind: "text", text: ctx.t("report-verdict-reopened") }]
        : given.outcome === "escalated"
          ? [{ kind: "text", text: ctx.t("report-verdict-escalated") }]
          : [];
    return { replies: [...said, { kind: "text", text: ctx.t("report-verdict-rate"), buttons: rate }], state: idle, writes: given.change, refused: () => say([{ kind: "text", text: ctx.t("report-verdict-not-asked"), menu: ctx.menu() }]) };
  } catch (error) {
    if (!(error instanceof VerdictError)) throw error;
    return say([{ kind: "text", text: ctx.t(error.reason === "already" ? "report-verdict-once" : "report-verdict-not-asked"), menu: ctx.menu() }]);
  }
}

async function rated(ctx: FlowContext, caseId: number, round: number, rating: number): Promise<Outcome> {
  try {
    const writes = await rateVerdict(ctx.deps, ctx.resident, caseId, round, rating);
    return { replies: [{ kind: "text", text: ctx.t("report-verdict-thanks"), buttons: [[reportButtons.button(ctx.t("button-rate-skip"), "nocomment")]] }], state: at("comment", { caseId, round }), writes };
  } catch (error) {
    if (!(error instanceof VerdictError)) throw error;
    return say([{ kind: "text", text: ctx.t(error.reason === "already" ? "report-verdict-once" : "report-verdict-not-asked"), menu: ctx.menu() }]);
  }
}

// ── answers while reporting ────────────────────────────────────────────────────────────────────

/** The step before this one, with what it asked cleared. */
function back(ctx: FlowContext): Promise<Outcome> | Outcome {
  const draft = draftOf(ctx);
  switch (ctx.state.step as Step) {
    case "category":
      return say([{ kind: "text", text: ctx.t("report-ask-text"), buttons: [[cancelButton(ctx)]] }], at("text", { ...draft, text: undefined }));
    case "place":
      return next(ctx, { ...draft, categoryId: undefined, placeDone: false });
    case "same":
    case "photos":
      return next(ctx, { ...draft, placeDone: false, sameDone: false, latitude: undefined, longitude: undefined, placeText: undefined, building: undefined });
    case "summary":
      return next(ctx, { ...draft, photosDone: false });
    default:
      return say([{ kind: "text", text: ctx.t("report-cancelled"), menu: ctx.menu() }], idle);
  }
}

/** A photo joins the draft (at most 5); the first one at the photos step goes straight on to the summary. */
function photoAdded(ctx: FlowContext, draft: Draft, input: Extract<Input, { kind: "photo" }>): Promise<Outcome> | Outcome {
  const photos = draft.photos ?? [];
  if (photos.length >= MAX_PHOTOS) return say([{ kind: "text", text: ctx.t("report-photo-too-many") }]);
  const more: Draft = { ...draft, photos: [...photos, photoOf(input)] };
  if (!more.text && input.caption?.trim()) more.text = described(input.caption);
  const got: Reply = { kind: "text", text: ctx.t("report-photo-got", { count: more.photos!.length }) };
  const step = ctx.state.step as Step;
  if (step === "photos" || step === "summary") return next(ctx, { ...more, photosDone: true }, [got]);
  // Sent earlier (with the first words, or while asked where): kept, and the step goes on.
  return next(ctx, more, [got]);
}

async function answered(ctx: FlowContext, input: Input): Promise<Outcome | null> {
  const draft = draftOf(ctx);
  const step = ctx.state.step as Step;
  if (step === "comment") {
    if (input.kind !== "text" || !draft.caseId || draft.round === undefined) return null;
    try {
      const writes = await commentVerdict(ctx.deps, ctx.resident, draft.caseId, draft.round, input.text);
      return { replies: [{ kind: "text", text: ctx.t("report-verdict-comment-thanks"), menu: ctx.menu() }], state: idle, writes };
    } catch (error) {
      if (error instanceof VerdictError) return null;
      throw error;
    }
  }
  if (step === "offer") {
    // 「好的」「要」 to the offer files it; 「不用」 hands the words to the guide; anything else is a new input.
    const meaning = input.kind === "text" ? meaningOf(input.text) : null;
    if (draft.text && (meaning === "yes" || meaning === "agree")) return start(ctx, { text: draft.text });
    if (draft.text && (meaning === "no" || meaning === "disagree")) return (await ctx.claimAfter("report", { kind: "text", text: draft.text })) ?? say([{ kind: "text", text: ctx.t("menu-intro"), menu: ctx.menu() }], idle);
    return null;
  }
  if (step === "community" || step === "consent") return null;
  if (input.kind === "text" && ["back", "no", "disagree"].includes(meaningOf(input.text) ?? "")) return back(ctx);
  if (input.kind === "photo") return photoAdded(ctx, draft, input);
  if (input.kind === "document") return say([{ kind: "text", text: ctx.t("report-photo-as-file") }]);
  switch (step) {
    case "text":
      if (input.kind !== "text") return say([{ kind: "text", text: ctx.t("report-photo-wanted") }]);
      if (input.text.length > MAX_DESCRIPTION) return say([{ kind: "text", text: ctx.t("report-too-long") }]);
      return next(ctx, { ...draft, text: described(input.text) });
    case "place":
      if (input.kind === "location") {
        const community = (await placeOf(ctx.deps, ctx.resident.communityId!))?.community;
        const problem = community ? locationProblem(community, input.latitude, input.longitude) : "range";
        if (problem) return askPlace(ctx, draft, [{ kind: "text", text: ctx.t(problem === "zero" ? "report-place-zero" : "report-place-range") }]);
        return placeGiven(ctx, { ...draft, latitude: input.latitude, longitude: input.longitude });
      }
      if (input.kind === "text") {
        // The location keyboard's way out comes back as its label.
        if (input.text.trim() === ctx.t("button-report-skip")) return placeGiven(ctx, draft);
        const words = input.text.trim().slice(0, 200);
        return placeGiven(ctx, { ...draft, placeText: words, ...(buildingIn(words) ? { building: buildingIn(words)! } : {}) });
      }
      return say([{ kind: "text", text: ctx.t("report-photo-wanted") }]);
    case "summary":
      // More words: they add to what happened.
      if (input.kind === "text") return next(ctx, { ...draft, text: described(`${draft.text ?? ""}\n${input.text}`) });
      return null;
    case "category":
    case "same":
    case "photos":
      // More words: they add to what happened (and may change which kind is likeliest), and the step is asked again.
      if (input.kind === "text") return next(ctx, { ...draft, text: described(`${draft.text ?? ""}\n${input.text}`) });
      return say([{ kind: "text", text: ctx.t("report-photo-wanted") }]);
  }
  return null;
}

// ── free text that sounds like a problem ───────────────────────────────────────────────────────

/** A question (for the guide) rather than a report: asked how, where, what to bring. */
const question = /[?？]|怎么|怎样|如何|哪里|哪儿|在哪|去哪|找谁|哪个部门|办理|申请|需要什么|要带|材料|多少钱|电话是|几点|能不能|可不可以|是否|吗$|\b(how|where|what|when|which|who|can i|do i|apply)\b/i;

async function offered(ctx: FlowContext, input: Input): Promise<Outcome | null> {
  if (input.kind !== "text" || ctx.state.flow === "report") return null;
  const text = input.text.trim();
  if (text.length < 4 || text.length > 300 || text.startsWith("/") || question.test(text) || meaningOf(text) !== null) return null;
  const categories = await categoriesFor(ctx.deps, ctx.resident.communityId ?? 0);
  if (!soundsLikeComplaint(categories, text)) return null;
  return say(
    [{ kind: "text", text: ctx.t("report-offer", { text }), buttons: [[reportButtons.button(ctx.t("button-report-offer-yes"), "offer", "yes")], [reportButtons.button(ctx.t("button-report-offer-no"), "offer", "no")]] }],
    at("offer", { text: described(text) }),
  );
}

export const report = flowModule({
  name: "report",
  commands: {
    report: { run: (ctx) => start(ctx, {}), listed: true },
    myreports: { run: myReports, listed: true },
  },
  menu: { label: "menu-report", position: 20, open: (ctx) => start(ctx, {}) },
  buttons: {
    codec: reportButtons,
    async press(ctx, pressed) {
      const draft = draftOf(ctx);
      const inReport = ctx.state.flow === "report";
      switch (pressed.action) {
        case "offer": {
          const text = ctx.state.step === "offer" ? draft.text : undefined;
          if (!text) return stale(ctx);
          if (pressed.values[0] === "yes") return start(ctx, { text });
          // A question after all: the modules after this one answer it (the guide).
          return (await ctx.claimAfter("report", { kind: "text", text })) ?? say([{ kind: "text", text: ctx.t("menu-intro"), menu: ctx.menu() }], idle);
        }
        case "mine":
          return myReports(ctx);
        case "view":
          return timeline(ctx, pressed.values[0]);
        case "same":
          return meToo(ctx, pressed.values[0]);
        case "v":
          return verdictGiven(ctx, ...pressed.values);
        case "rate":
          return rated(ctx, ...pressed.values);
        case "nocomment":
          return say([{ kind: "text", text: ctx.t("report-verdict-comment-thanks"), menu: ctx.menu() }], idle);
        case "cancel":
          return say([{ kind: "text", text: ctx.t("report-cancelled"), menu: ctx.menu() }], idle);
      }
      // The rest act on the draft under way.
      if (!inReport || !ctx.resident.communityId) return stale(ctx);
      switch (pressed.action) {
        case "cat":
          if (ctx.state.step !== "category" && !draft.editing) return stale(ctx);
          if (!(await categoryOf(ctx.deps, ctx.resident.communityId, pressed.values[0]))) return askCategory(ctx, draft, [{ kind: "text", text: ctx.t("report-bad-category") }]);
          return next(ctx, { ...draft, categoryId: pressed.values[0], sameDone: false });
        case "home": {
          const building = await homeBuilding(ctx);
          return building ? placeGiven(ctx, { ...draft, building, placeText: building }) : askPlace(ctx, draft, []);
        }
        case "skip":
          return pressed.values[0] === "place" ? placeGiven(ctx, draft) : next(ctx, { ...draft, photosDone: true });
        case "fresh":
          return next(ctx, { ...draft, sameDone: true });
        case "submit":
          if (ctx.state.step !== "summary" || !draft.text || !draft.categoryId) return stale(ctx);
          return fileIt(ctx, draft);
        case "anon": {
          const category = draft.categoryId ? await categoryOf(ctx.deps, ctx.resident.communityId, draft.categoryId) : undefined;
          return category ? summary(ctx, { ...draft, anonymous: pressed.values[0] === "on" }, category) : next(ctx, draft);
        }
        case "edit": {
          const what = pressed.values[0];
          if (what === "menu") {
            const row = (["text", "category", "place", "photos"] as const).map((w) => reportButtons.button(ctx.t(`button-report-edit-${w}`), "edit", w));
            return say([{ kind: "text", text: ctx.t("report-edit-what"), buttons: [row.slice(0, 2), row.slice(2), [backButton(ctx)]] }], at("summary", draft));
          }
          const editing = { ...draft, editing: true };
          if (what === "text") return say([{ kind: "text", text: ctx.t("report-ask-text"), buttons: [[backButton(ctx)]] }], at("text", { ...editing, text: undefined }));
          if (what === "category") return askCategory(ctx, editing, []);
          if (what === "place") return next(ctx, { ...editing, placeDone: false, latitude: undefined, longitude: undefined, placeText: undefined, building: undefined });
          return next(ctx, { ...editing, photos: [], photosDone: false });
        }
        case "back":
          return back(ctx);
      }
      return stale(ctx);
    },
  },
  state: z.object({ step: z.enum(steps), data: dataSchema }),
  resume: answered,
  claim: offered,
  leave: (ctx) => say([{ kind: "text", text: ctx.t("report-cancelled"), menu: ctx.menu() }], idle),
  afterCommunity: (ctx) => start(ctx, draftOf(ctx)),
  afterConsent: (ctx) => start(ctx, draftOf(ctx)),
  notices: {
    async status(ctx, args) {
      const ref = String(args.ref ?? "");
      const status = String(args.status ?? "");
      const lines = [ctx.t("report-notice-status", { ref, status: ctx.t(`complaint-status-${status}`) })];
      if (typeof args.note === "string") lines.push(ctx.t("report-notice-note", { note: args.note }));
      const where = ctx.lang === "en" ? args.elsewhereEn : args.elsewhereZh;
      if (typeof where === "string") lines.push(ctx.t("report-notice-elsewhere", { where }));
      if (typeof args.original === "string") lines.push(ctx.t("report-notice-duplicate", { original: args.original }));
      if (args.unconfirmed === true) lines.push(ctx.t("report-notice-unconfirmed"));
      const replies: Reply[] = [{ kind: "text", text: lines.join("\n") }];
      const attachment = args.attachment as Attachment | undefined;
      if (attachment?.kind === "photo") replies.push({ kind: "media", attachment });
      return replies;
    },
    escalated(ctx, args) {
      return [{ kind: "text", text: ctx.t("report-notice-escalated", { ref: String(args.ref ?? "") }) }];
    },
    async verdict(ctx, args) {
      const caseId = Number(args.caseId);
      const complaint = await findComplaint(ctx.deps.db.orm, caseId);
      if (!complaint) return [];
      return [{ kind: "text", text: ctx.t("report-verdict-ask", { ref: String(args.ref ?? "") }), buttons: verdictButtons(ctx, caseId, Number(args.round ?? 0)) }];
    },
  },
});

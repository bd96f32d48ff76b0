// A complaint's life after filing, in FixMyStreet's words: staff move it (investigating, action
// scheduled, in progress, fixed with a note and maybe an after-photo, not responsible with where instead,
// duplicate of another — its followers move over —, closed, reopened); every move reaches the resident and
// each follower in their language through the outbox. After "fixed" they each give a verdict (fixed /
// partly / not fixed, 1–5, a comment): not fixed reopens it (twice at most, then it goes to the street),
// the reporter's fixed or partly closes it, and nobody answering for 7 days closes it unconfirmed.
import { sql } from "drizzle-orm";
import { guard, isGuardFailure } from "../../db/atomic.js";
import { together, type Change, type Orm, type Write } from "../../db/database.js";
import { addEvent, findCase, updateCase, type Case } from "../../db/queries/cases.js";
import {
  acknowledgeOnce,
  addFollower,
  findCategory,
  findComplaint,
  fixedBefore,
  followersOf,
  insertVerdict,
  moveFollowers,
  updateComplaint,
  updateVerdict,
  verdictOf,
  verdictsOf,
  type Complaint,
} from "../../db/queries/complaints.js";
import { findCommunity } from "../../db/queries/places.js";
import { findResidentById, type Resident } from "../../db/queries/residents.js";
import { cases } from "../../db/schema.js";
import { complaintStatuses, type Attachment, type Verdict } from "../../vocabulary.js";
import type { StaffActor } from "../cases/cases.js";
import { toResident } from "../cases/cases.js";
import { escalationNotices } from "../cases/escalation.js";
import { officeDeadline } from "../cases/office.js";
import type { DomainDeps } from "../deps.js";
import { queue, uniqueKey, type Notice, type OutgoingMessage, type TopicPost } from "../outbox.js";

/** "Not fixed" reopens a complaint this many times at most; after that it goes to the street's admins instead. */
export const MAX_REOPENS = 2;
/** After "fixed", how long the residents have to answer before it closes unconfirmed. */
export const VERDICT_WAIT_MS = 7 * 24 * 60 * 60 * 1000;

/** Staff are working on it: the statuses past `open` that are not an end. */
export const workingStatuses = ["investigating", "action_scheduled", "in_progress"] as const;
/** The ends a complaint may be reopened from. */
const reopenable = ["fixed", "not_responsible", "duplicate", "closed"];
/** Statuses whose topic is closed. */
const ended = ["not_responsible", "duplicate", "closed"];

export class ComplaintStatusError extends Error {
  constructor(
    readonly reason: "status" | "same" | "closed" | "not-closed" | "note" | "elsewhere" | "original",
    readonly field: "status" | "note" | "elsewhere" | "duplicate_of" = "status",
  ) {
    super(reason);
    this.name = "ComplaintStatusError";
  }
}

export class VerdictError extends Error {
  constructor(readonly reason: "not-found" | "not-asked" | "already" | "bad-rating") {
    super(reason);
    this.name = "VerdictError";
  }
}

export interface StatusExtra {
  /** Words for the residents with the move (required for "fixed"). */
  note?: string;
  /** "Fixed": the after-photo. */
  attachment?: Attachment;
  /** "Duplicate": the complaint it repeats. */
  duplicateOf?: Case;
  /** "Not responsible": where it goes instead (the category's answer when not given). */
  elsewhere?: string;
}

// ── who hears ──────────────────────────────────────────────────────────────────────────────────

/** The reporter (unless forgotten) and every follower. */
export async function everyoneOf(deps: DomainDeps, c: Case): Promise<Resident[]> {
  const ids = [...new Set([...(c.residentId === null ? [] : [c.residentId]), ...(await followersOf(deps.db.orm, c.id))])];
  const found = await Promise.all(ids.map((id) => findResidentById(deps.db.orm, id)));
  return found.filter((r): r is Resident => r !== undefined);
}

function tell(c: Case, residents: Resident[], notice: Notice, keyBase: string): OutgoingMessage[] {
  return residents.map((r) => toResident(c, r, notice, `${keyBase}:${r.id}`));
}

function topic(c: Case, post: TopicPost | { action: "close" | "reopen" }): OutgoingMessage {
  return { key: uniqueKey(`case:${c.id}:topic`), route: "topic", address: String(c.id), body: { topic: post }, caseId: c.id };
}

/** The case is as it was read: nobody moved it meanwhile. */
export function stillAt(orm: Orm, c: Case): Write {
  return guard(orm, "complaint unchanged", sql`EXISTS (SELECT 1 FROM ${cases} WHERE ${cases.id} = ${c.id} AND ${cases.status} = ${c.status} AND ${cases.reopenedCount} = ${c.reopenedCount})`);
}

// ── staff move it ──────────────────────────────────────────────────────────────────────────────

/** The statuses staff may set a complaint to now. */
export function complaintNextStatuses(c: Pick<Case, "status">): string[] {
  if (c.status === "closed") return ["reopened"];
  return complaintStatuses.filter((s) => s !== "open" && s !== c.status && (s !== "reopened" || reopenable.includes(c.status)));
}

/** Staff move a complaint to a status; the change writes the timeline, the case, the topic and every resident's notice. */
export async function complaintMoved(deps: DomainDeps, c: Case, to: string, actor: StaffActor, extra: StatusExtra = {}): Promise<Change> {
  const complaint = await findComplaint(deps.db.orm, c.id);
  if (!complaint || !(complaintStatuses as readonly string[]).includes(to) || to === "open") throw new ComplaintStatusError("status");
  if (to === c.status) throw new ComplaintStatusError("same");
  if (c.status === "closed" && to !== "reopened") throw new ComplaintStatusError("closed");
  if (to === "reopened" && !reopenable.includes(c.status)) throw new ComplaintStatusError("not-closed");
  const note = extra.note?.trim() || undefined;
  if (to === "fixed" && !note) throw new ComplaintStatusError("note", "note");

  const now = deps.now();
  const community = await findCommunity(deps.directory.orm, c.communityId);
  const category = await findCategory(deps.directory.orm, complaint.categoryId);
  const residents = await everyoneOf(deps, c);
  const writes: ((orm: Orm) => Write[])[] = [];
  const detail: Record<string, unknown> = { from: c.status, to };
  const args: Record<string, unknown> = { caseId: c.id, ref: c.ref, status: to, ...(note ? { note } : {}), ...(extra.attachment ? { attachment: extra.attachment } : {}) };
  const posts: OutgoingMessage[] = [];
  /** After the status notices: the question "is it fixed?". */
  const questions: OutgoingMessage[] = [];
  let caseChange: Partial<Case> = { status: to, lastActivityAt: now };

  if ((workingStatuses as readonly string[]).includes(to) || to === "fixed") {
    writes.push((orm) => [acknowledgeOnce(orm, c.id, now)]);
    if (c.firstResponseAt === null) caseChange.firstResponseAt = now;
  }
  if ((workingStatuses as readonly string[]).includes(to)) caseChange.dueAt = complaint.resolveDueAt;
  if (to === "fixed") {
    caseChange = { ...caseChange, resolvedAt: now, dueAt: null };
    writes.push((orm) => [updateComplaint(orm, c.id, { fixedAt: now })]);
    const round = c.reopenedCount;
    questions.push(...residents.map((r) => toResident(c, r, { module: "report", name: "verdict", args: { caseId: c.id, ref: c.ref, round } }, `case:${c.id}:verdict:${round}:${r.id}`)));
  }
  if (to === "not_responsible") {
    const elsewhere = extra.elsewhere?.trim() || category?.elsewhereZh || "";
    if (!elsewhere) throw new ComplaintStatusError("elsewhere", "elsewhere");
    const en = extra.elsewhere?.trim() || category?.elsewhereEn || elsewhere;
    writes.push((orm) => [updateComplaint(orm, c.id, { elsewhereZh: elsewhere, elsewhereEn: en })]);
    caseChange = { ...caseChange, resolvedAt: now, dueAt: null };
    args.elsewhereZh = elsewhere;
    args.elsewhereEn = en;
    detail.elsewhere = elsewhere;
  }
  if (to === "duplicate") {
    const original = extra.duplicateOf;
    if (!original || original.id === c.id || original.kind !== "complaint" || original.communityId !== c.communityId || ["closed", "duplicate"].includes(original.status)) {
      throw new ComplaintStatusError("original", "duplicate_of");
    }
    const reporter = c.residentId !== null && c.residentId !== original.residentId ? c.residentId : null;
    writes.push((orm) => [
      updateComplaint(orm, c.id, { duplicateOf: original.id }),
      ...moveFollowers(orm, c.id, original.id, now),
      ...(reporter !== null ? [addFollower(orm, original.id, reporter, now)] : []),
      addEvent(orm, { caseId: original.id, at: now, kind: "follow", actor: "staff", staffId: actor.staffId, detail: { duplicate: c.ref } }),
    ]);
    posts.push(topic(original, { post: "followed" }));
    caseChange = { ...caseChange, dueAt: null };
    args.original = original.ref;
    detail.duplicateOf = original.ref;
  }
  if (to === "closed") caseChange = { ...caseChange, closedAt: now, resolvedAt: c.resolvedAt ?? now, dueAt: null };
  if (to === "reopened") {
    const due = community && category ? officeDeadline(community, now, category.resolveMinutes, deps.defaultTimeZone) : null;
    caseChange = { ...caseChange, closedAt: null, resolvedAt: null, reopenedCount: c.reopenedCount + 1, escalation: 0, dueAt: due };
    writes.push((orm) => [updateComplaint(orm, c.id, { resolveDueAt: due })]);
  }

  if (ended.includes(to) && !ended.includes(c.status)) posts.push(topic(c, { action: "close" }));
  if (to === "reopened" && ended.includes(c.status)) posts.push(topic(c, { action: "reopen" }));
  posts.unshift(topic(c, { post: "status", status: to, by: actor.name, ...(note ? { text: note } : {}), ...(extra.attachment ? { attachment: extra.attachment } : {}) }));
  posts.push(...tell(c, residents, { module: "report", name: "status", args }, uniqueKey(`case:${c.id}:status`)), ...questions);

  return together(
    (orm) => [
      addEvent(orm, { caseId: c.id, at: now, kind: "status", actor: "staff", staffId: actor.staffId, body: note ?? null, attachment: extra.attachment ?? null, detail: { ...detail, via: actor.via } }),
      updateCase(orm, c.id, caseChange),
    ],
    ...writes,
    queue(deps, ...posts),
  );
}

/** A staff reply acknowledges a complaint (the response rate counts it): its deadline becomes the one to fix it. */
export async function acknowledgedByReply(deps: DomainDeps, c: Case): Promise<Change | null> {
  if (c.kind !== "complaint") return null;
  const complaint = await findComplaint(deps.db.orm, c.id);
  if (!complaint || complaint.acknowledgedAt !== null) return null;
  const now = deps.now();
  const waiting = c.status === "open" || c.status === "reopened";
  return (orm) => [acknowledgeOnce(orm, c.id, now), ...(waiting ? [updateCase(orm, c.id, { dueAt: complaint.resolveDueAt })] : [])];
}

// ── residents judge "fixed" ────────────────────────────────────────────────────────────────────

export type VerdictOutcome = "closed" | "recorded" | "reopened" | "escalated";

async function judged(deps: DomainDeps, resident: Resident, caseId: number, round: number): Promise<{ c: Case; complaint: Complaint }> {
  const c = await findCase(deps.db.orm, caseId);
  const complaint = c?.kind === "complaint" ? await findComplaint(deps.db.orm, caseId) : undefined;
  if (!c || !complaint) throw new VerdictError("not-found");
  const theirs = c.residentId === resident.id || (await followersOf(deps.db.orm, c.id)).includes(resident.id);
  if (!theirs) throw new VerdictError("not-found");
  if (complaint.fixedAt === null || c.reopenedCount !== round || !["fixed", "closed"].includes(c.status)) throw new VerdictError("not-asked");
  return { c, complaint };
}

/** A resident's verdict on "fixed", once per round. */
export async function giveVerdict(deps: DomainDeps, resident: Resident, caseId: number, round: number, verdict: Verdict): Promise<{ change: Change; outcome: VerdictOutcome; case: Case }> {
  const { c } = await judged(deps, resident, caseId, round);
  if (await verdictOf(deps.db.orm, c.id, resident.id, round)) throw new VerdictError("already");
  const now = deps.now();
  const reporter = c.residentId === resident.id;
  const recorded: Change = together(
    (orm) => [
      insertVerdict(orm, { caseId: c.id, residentId: resident.id, round, verdict, at: now }),
      addEvent(orm, { caseId: c.id, at: now, kind: "verdict", actor: "resident", detail: { verdict, round, follower: !reporter } }),
    ],
    queue(deps, topic(c, { post: "verdict", verdict })),
  );
  if (verdict === "not_fixed") {
    const others = (await everyoneOf(deps, c)).filter((r) => r.id !== resident.id);
    if (c.reopenedCount < MAX_REOPENS) {
      const community = await findCommunity(deps.directory.orm, c.communityId);
      const complaint = (await findComplaint(deps.db.orm, c.id))!;
      const category = await findCategory(deps.directory.orm, complaint.categoryId);
      const due = community && category ? officeDeadline(community, now, category.resolveMinutes, deps.defaultTimeZone) : null;
      const change = together(
        (orm) => [
          stillAt(orm, c),
          addEvent(orm, { caseId: c.id, at: now, kind: "status", actor: "resident", detail: { from: c.status, to: "reopened", verdict } }),
          updateCase(orm, c.id, { status: "reopened", closedAt: null, resolvedAt: null, reopenedCount: c.reopenedCount + 1, escalation: 0, dueAt: due, lastActivityAt: now }),
          updateComplaint(orm, c.id, { resolveDueAt: due }),
        ],
        recorded,
        queue(
          deps,
          ...(c.status === "closed" ? [topic(c, { action: "reopen" })] : []),
          topic(c, { post: "status", status: "reopened", by: "resident" }),
          ...tell(c, others, { module: "report", name: "status", args: { caseId: c.id, ref: c.ref, status: "reopened" } }, uniqueKey(`case:${c.id}:status`)),
        ),
      );
      return { change, outcome: "reopened", case: c };
    }
    // Reopened twice already: it goes to the street's admins instead, and waits for staff (it counts as
    // reopened: the next "fixed" asks the residents again).
    const change = together(
      (orm) => [
        stillAt(orm, c),
        addEvent(orm, { caseId: c.id, at: now, kind: "escalation", actor: "system", detail: { level: 3, verdict } }),
        updateCase(orm, c.id, { status: "in_progress", closedAt: null, resolvedAt: null, reopenedCount: c.reopenedCount + 1, escalation: 3, dueAt: null, lastActivityAt: now }),
      ],
      recorded,
      queue(
        deps,
        ...(c.status === "closed" ? [topic(c, { action: "reopen" })] : []),
        topic(c, { post: "escalated", level: 3 }),
        ...(await escalationNotices(deps, c, 3)),
        ...tell(c, others, { module: "report", name: "status", args: { caseId: c.id, ref: c.ref, status: "in_progress" } }, uniqueKey(`case:${c.id}:status`)),
      ),
    );
    return { change, outcome: "escalated", case: c };
  }
  // The reporter's "fixed" or "partly" closes it; a follower's is recorded.
  if ((reporter || c.residentId === null) && c.status === "fixed") {
    const followers = (await everyoneOf(deps, c)).filter((r) => r.id !== resident.id);
    const change = together(
      (orm) => [
        stillAt(orm, c),
        addEvent(orm, { caseId: c.id, at: now, kind: "status", actor: "resident", detail: { from: "fixed", to: "closed", verdict } }),
        updateCase(orm, c.id, { status: "closed", closedAt: now, lastActivityAt: now }),
      ],
      recorded,
      queue(
        deps,
        topic(c, { post: "status", status: "closed", by: "resident" }),
        topic(c, { action: "close" }),
        ...tell(c, followers, { module: "report", name: "status", args: { caseId: c.id, ref: c.ref, status: "closed" } }, uniqueKey(`case:${c.id}:status`)),
      ),
    );
    return { change, outcome: "closed", case: c };
  }
  return { change: recorded, outcome: "recorded", case: c };
}

/** The 1–5 rating after the verdict; the reporter's is the case's rating too. Once. */
export async function rateVerdict(deps: DomainDeps, resident: Resident, caseId: number, round: number, rating: number): Promise<Change> {
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw new VerdictError("bad-rating");
  const c = await findCase(deps.db.orm, caseId);
  const given = c ? await verdictOf(deps.db.orm, caseId, resident.id, round) : undefined;
  if (!c || !given) throw new VerdictError("not-found");
  if (given.rating !== null) throw new VerdictError("already");
  const now = deps.now();
  return together(
    (orm) => [
      updateVerdict(orm, given.id, { rating }),
      addEvent(orm, { caseId, at: now, kind: "rating", actor: "resident", detail: { rating, round } }),
      ...(c.residentId === resident.id ? [updateCase(orm, caseId, { rating, ratedAt: now })] : []),
    ],
    queue(deps, topic(c, { post: "verdict", verdict: given.verdict, rating })),
  );
}

/** The optional comment after the rating. */
export async function commentVerdict(deps: DomainDeps, resident: Resident, caseId: number, round: number, comment: string): Promise<Change> {
  const c = await findCase(deps.db.orm, caseId);
  const given = c ? await verdictOf(deps.db.orm, caseId, resident.id, round) : undefined;
  if (!c || !given) throw new VerdictError("not-found");
  const text = comment.trim().slice(0, 1000);
  const now = deps.now();
  return together(
    (orm) => [updateVerdict(orm, given.id, { comment: text }), addEvent(orm, { caseId, at: now, kind: "rating", actor: "resident", body: text, detail: { rating: given.rating, comment: true, round } })],
    queue(deps, topic(c, { post: "verdict", verdict: given.verdict, ...(given.rating !== null ? { rating: given.rating } : {}), comment: text })),
  );
}

// ── nobody answered ────────────────────────────────────────────────────────────────────────────

/** Complaints fixed 7 days ago that nobody closed: closed as fixed; unconfirmed where no resident answered. Returns how many. */
export async function closeUnanswered(deps: DomainDeps): Promise<number> {
  const now = deps.now();
  let closedCount = 0;
  for (const { c } of await fixedBefore(deps.db.orm, now - VERDICT_WAIT_MS)) {
    const answers = await verdictsOf(deps.db.orm, c.id, c.reopenedCount);
    const unconfirmed = answers.length === 0;
    const residents = await everyoneOf(deps, c);
    try {
      await deps.db.atomic(
        together(
          (orm) => [
            stillAt(orm, c),
            addEvent(orm, { caseId: c.id, at: now, kind: "status", actor: "system", detail: { from: "fixed", to: "closed", unconfirmed } }),
            updateCase(orm, c.id, { status: "closed", closedAt: now, lastActivityAt: now }),
            updateComplaint(orm, c.id, { unconfirmed }),
          ],
          queue(
            deps,
            topic(c, { post: "status", status: "closed", by: "system" }),
            topic(c, { action: "close" }),
            ...tell(c, residents, { module: "report", name: "status", args: { caseId: c.id, ref: c.ref, status: "closed", unconfirmed } }, `case:${c.id}:autoclosed`),
          ),
        ),
      );
      closedCount++;
    } catch (error) {
      if (!isGuardFailure(error)) throw error;
    }
  }
  if (closedCount) deps.wake?.("outbox");
  return closedCount;
}

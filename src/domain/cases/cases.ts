// What every kind of case shares (DESIGN.md, "Cases"): opening one with its reference, the timeline,
// messages both ways, assignment, closing, reopening and the resident's rating. Each kind adds its own
// statuses and rules (./conversation.ts for talking to a person). Every rule returns a Change that the
// caller commits; what goes to the resident or into the topic is queued in the same write.
import { together, type Change } from "../../db/database.js";
import { addEvent, caseIdOf, insertCase, nextCaseNumber, summaryUntilWords, updateCase, type Case } from "../../db/queries/cases.js";
import type { Community } from "../../db/queries/places.js";
import type { Resident } from "../../db/queries/residents.js";
import { localTime } from "../catalog/hours.js";
import type { DomainDeps } from "../deps.js";
import { queue, queueForNewCase, residentRoute, uniqueKey, type Notice, type OutgoingMessage, type TopicPost } from "../outbox.js";
import type { Attachment, CaseKind } from "../../vocabulary.js";

export type { Case };

/** The letters a reference starts with: 咨询 ZX, 投诉 TS, 代办 DB. */
export const referencePrefix: Record<CaseKind, string> = { conversation: "ZX", complaint: "TS", application: "DB" };

/** What a person sent into a case. */
export interface Content {
  text?: string;
  attachment?: Attachment;
}

/** Who acts on a case from the staff side. */
export interface StaffActor {
  staffId: number;
  /** As residents see it: 「网格员 李娟」. */
  name: string;
  /** Where it was done: replies made in the topic are already there. */
  via: "topic" | "console" | "api";
}

export class CaseRuleError extends Error {
  constructor(readonly reason: "closed" | "not-closed" | "already-rated" | "bad-rating" | "empty") {
    super(reason);
  }
}

/** The resident's first words, short enough for a topic's name and a queue's line. */
export function summaryOf(content: Content, fallback: string): string {
  const text = (content.text ?? "").replace(/\s+/g, " ").trim();
  return text ? (text.length > 60 ? `${text.slice(0, 59)}…` : text) : fallback;
}

function topic(deps: DomainDeps, caseId: number, post: TopicPost, key = uniqueKey(`case:${caseId}:topic`)): OutgoingMessage {
  return { key, route: "topic", address: String(caseId), body: { topic: post }, caseId };
}

/** A notice for the case's resident, rendered by the flow module that owns the conversation. */
export function toResident(c: Case, resident: Pick<Resident, "id" | "channel" | "externalId">, notice: Notice, key = uniqueKey(`case:${c.id}:resident`)): OutgoingMessage {
  return { key, ...residentRoute(resident), body: { notice }, caseId: c.id, residentId: resident.id };
}

export interface Opening {
  kind: CaseKind;
  status: string;
  resident: Resident;
  residentName?: string;
  community: Community;
  gridId?: number | null;
  assigneeStaffId?: number | null;
  serviceId?: number | null;
  content: Content;
  /** The first-response deadline, if the kind has one. */
  dueAt: number | null;
  /** For the summary when the first content is not text. */
  fallbackSummary: string;
  /** Announce it in the staff group's topic (a complaint recorded as not the community's is not). */
  announce?: boolean;
}

/** `TS-20261129`: a kind's letters and today in the community's time zone. */
function referenceDayPrefix(deps: DomainDeps, kind: CaseKind, community: Community): string {
  const day = localTime(deps.now(), community.timeZone || deps.defaultTimeZone).date.replaceAll("-", "");
  return `${referencePrefix[kind]}-${day}`;
}

/** The id of the case `openCase` makes, for rows of the same write that refer to it (a kind's own table). */
export function newCaseId(deps: DomainDeps, kind: CaseKind, community: Community) {
  return caseIdOf(referenceDayPrefix(deps, kind, community));
}

/**
 * Opens a case: the next reference of its kind and day, the first message in its timeline, and a topic
 * post announcing it — all in one write (the new case's id is read inside it). The caller reads the case
 * back after the commit to tell the resident its reference.
 */
export function openCase(deps: DomainDeps, o: Opening): Change {
  const now = deps.now();
  const prefix = referenceDayPrefix(deps, o.kind, o.community);
  const id = caseIdOf(prefix);
  const hasContent = Boolean(o.content.text || o.content.attachment);
  return together(
    (orm) => [
      nextCaseNumber(orm, prefix),
      insertCase(orm, {
        prefix,
        kind: o.kind,
        status: o.status,
        communityId: o.community.id,
        gridId: o.gridId ?? null,
        residentId: o.resident.id,
        residentName: o.residentName?.slice(0, 64) ?? null,
        assigneeStaffId: o.assigneeStaffId ?? null,
        serviceId: o.serviceId ?? null,
        summary: summaryOf(o.content, o.fallbackSummary),
        language: o.resident.language,
        openedAt: now,
        dueAt: o.dueAt,
      }),
      ...(hasContent ? [addEvent(orm, { caseId: id, at: now, kind: "message_in", actor: "resident", body: o.content.text ?? null, attachment: o.content.attachment ?? null })] : []),
    ],
    o.announce === false ? null : queueForNewCase(deps, id, { post: "opened" }),
  );
}

/** The resident wrote into an open case. Their first words become its summary, if it was opened without any. */
export function residentWrote(deps: DomainDeps, c: Case, content: Content): Change {
  if (!content.text && !content.attachment) throw new CaseRuleError("empty");
  const now = deps.now();
  return together(
    (orm) => [
      ...(content.text?.trim() ? [summaryUntilWords(orm, c.id, summaryOf(content, c.summary))] : []),
      addEvent(orm, { caseId: c.id, at: now, kind: "message_in", actor: "resident", body: content.text ?? null, attachment: content.attachment ?? null }),
      updateCase(orm, c.id, { lastActivityAt: now }),
    ],
    queue(deps, topic(deps, c.id, { post: "message", from: "resident", ...(content.text ? { text: content.text } : {}), ...(content.attachment ? { attachment: content.attachment } : {}) })),
  );
}

/** Staff wrote to the resident. The first answer records the response time; an open case becomes `answered`. */
export function staffReplied(deps: DomainDeps, c: Case, resident: Resident | undefined, actor: StaffActor, content: Content, answeredStatus: string | null): Change {
  if (!content.text && !content.attachment) throw new CaseRuleError("empty");
  if (c.status === "closed") throw new CaseRuleError("closed");
  const now = deps.now();
  const messages: OutgoingMessage[] = [];
  if (resident) {
    messages.push(toResident(c, resident, { module: "human", name: "reply", args: { ref: c.ref, staffId: actor.staffId, staffName: actor.name, ...(content.text ? { text: content.text } : {}), ...(content.attachment ? { attachment: content.attachment } : {}) } }));
  }
  if (actor.via !== "topic") {
    messages.push(topic(deps, c.id, { post: "message", from: "staff", staffName: actor.name, ...(content.text ? { text: content.text } : {}), ...(content.attachment ? { attachment: content.attachment } : {}) }));
  }
  return together(
    (orm) => [
      addEvent(orm, { caseId: c.id, at: now, kind: "message_out", actor: "staff", staffId: actor.staffId, body: content.text ?? null, attachment: content.attachment ?? null, detail: { via: actor.via } }),
      updateCase(orm, c.id, {
        lastActivityAt: now,
        ...(c.firstResponseAt === null ? { firstResponseAt: now } : {}),
        ...(answeredStatus && c.status !== answeredStatus ? { status: answeredStatus } : {}),
        // Whoever answers first without an assignee takes the case.
        ...(c.assigneeStaffId === null ? { assigneeStaffId: actor.staffId } : {}),
      }),
    ],
    messages.length ? queue(deps, ...messages) : null,
  );
}

/** A note for staff only: the resident never sees it. */
export function staffNoted(deps: DomainDeps, c: Case, actor: StaffActor, text: string): Change {
  if (!text.trim()) throw new CaseRuleError("empty");
  const now = deps.now();
  return together(
    (orm) => [addEvent(orm, { caseId: c.id, at: now, kind: "note", actor: "staff", staffId: actor.staffId, body: text, detail: { via: actor.via } }), updateCase(orm, c.id, { lastActivityAt: now })],
    actor.via !== "topic" ? queue(deps, topic(deps, c.id, { post: "note", staffName: actor.name, text })) : null,
  );
}

export function assigned(deps: DomainDeps, c: Case, to: { staffId: number; name: string }, by: StaffActor): Change {
  const now = deps.now();
  return together(
    (orm) => [
      addEvent(orm, { caseId: c.id, at: now, kind: "assignment", actor: "staff", staffId: by.staffId, detail: { from: c.assigneeStaffId, to: to.staffId } }),
      updateCase(orm, c.id, { assigneeStaffId: to.staffId, lastActivityAt: now }),
    ],
    queue(deps, topic(deps, c.id, { post: "assigned", staffName: to.name, by: by.name })),
  );
}

/**
 * Closes a case. The resident is asked once for a rating (a notice of the owning module), the topic is
 * closed. `by` is a staff member, or the resident themself.
 */
export function closed(deps: DomainDeps, c: Case, resident: Resident | undefined, by: StaffActor | "resident", ratingNotice: Notice | null): Change {
  if (c.status === "closed") throw new CaseRuleError("closed");
  const now = deps.now();
  const byName = by === "resident" ? "resident" : by.name;
  return together(
    (orm) => [
      addEvent(orm, { caseId: c.id, at: now, kind: "status", actor: by === "resident" ? "resident" : "staff", staffId: by === "resident" ? null : by.staffId, detail: { from: c.status, to: "closed" } }),
      updateCase(orm, c.id, { status: "closed", closedAt: now, resolvedAt: c.resolvedAt ?? now, lastActivityAt: now }),
    ],
    queue(
      deps,
      topic(deps, c.id, { post: "status", status: "closed", by: byName }),
      topic(deps, c.id, { action: "close" }),
      ...(resident && ratingNotice && c.rating === null ? [toResident(c, resident, ratingNotice, `case:${c.id}:rate`)] : []),
    ),
  );
}

export function reopened(deps: DomainDeps, c: Case, by: StaffActor | "resident", status: string, dueAt: number | null): Change {
  if (c.status !== "closed") throw new CaseRuleError("not-closed");
  const now = deps.now();
  return together(
    (orm) => [
      addEvent(orm, { caseId: c.id, at: now, kind: "status", actor: by === "resident" ? "resident" : "staff", staffId: by === "resident" ? null : by.staffId, detail: { from: "closed", to: status } }),
      updateCase(orm, c.id, { status, closedAt: null, resolvedAt: null, reopenedCount: c.reopenedCount + 1, lastActivityAt: now, dueAt, escalation: 0 }),
    ],
    queue(deps, topic(deps, c.id, { action: "reopen" }), topic(deps, c.id, { post: "status", status, by: by === "resident" ? "resident" : by.name })),
  );
}

/** The resident's 1–5 rating of a closed case, with an optional comment; given once. */
export function rated(deps: DomainDeps, c: Case, rating: number, comment?: string): Change {
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw new CaseRuleError("bad-rating");
  if (c.status !== "closed") throw new CaseRuleError("not-closed");
  if (c.rating !== null) throw new CaseRuleError("already-rated");
  const now = deps.now();
  return together(
    (orm) => [
      addEvent(orm, { caseId: c.id, at: now, kind: "rating", actor: "resident", body: comment ?? null, detail: { rating } }),
      updateCase(orm, c.id, { rating, ratedAt: now }),
    ],
    queue(deps, topic(deps, c.id, { post: "rated", rating, ...(comment ? { comment } : {}) })),
  );
}

/** The resident's comment after their rating (the rating came first, with one tap). */
export function commented(deps: DomainDeps, c: Case, comment: string): Change {
  if (c.status !== "closed") throw new CaseRuleError("not-closed");
  const now = deps.now();
  return together(
    (orm) => [addEvent(orm, { caseId: c.id, at: now, kind: "rating", actor: "resident", body: comment, detail: { rating: c.rating, comment: true } })],
    queue(deps, topic(deps, c.id, { post: "rated", rating: c.rating ?? 0, comment })),
  );
}

/** Telegram said the resident cannot be reached: it goes in the timeline and the topic. */
export function unreachable(deps: DomainDeps, caseId: number): Change {
  const now = deps.now();
  return together(
    (orm) => [addEvent(orm, { caseId, at: now, kind: "delivery", actor: "system", detail: { unreachable: true } })],
    queue(deps, topic(deps, caseId, { post: "unreachable" })),
  );
}

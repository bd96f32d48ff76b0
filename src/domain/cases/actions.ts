// What a staff member does to a case, from any side — the staff group's topic, the console, the staff
// API: reply, note, take, assign, close, reopen. Each is one atomic write led by the guard that the case is
// as it was read (two staff acting at once: the second is told it changed); the case's own rule
// (./cases.ts, ./conversation.ts) writes the timeline and queues what goes to the resident and the topic;
// assignments, closes and reopens also leave an audit row in the same write.
import { sql } from "drizzle-orm";
import { guard, isGuardFailure } from "../../db/atomic.js";
import { together, type Change, type Orm, type Write } from "../../db/database.js";
import type { Case } from "../../db/queries/cases.js";
import { findCommunity } from "../../db/queries/places.js";
import { findResidentById, type Resident } from "../../db/queries/residents.js";
import { findStaffByUsername, rolesOfMany, staffByIds, type StaffMember } from "../../db/queries/staff.js";
import { cases } from "../../db/schema.js";
import type { DomainDeps } from "../deps.js";
import type { Viewer } from "../staff/actor.js";
import { auditWrite } from "../staff/audit.js";
import { notFound } from "../staff/errors.js";
import { reaches, scopeOf } from "../staff/scope.js";
import { assigned, CaseRuleError, staffNoted, staffReplied, type Content, type StaffActor } from "./cases.js";
import { closedByStaff, reopenedByStaff } from "./conversation.js";
import { kindRules } from "./kinds.js";
import { acknowledgedByReply, complaintMoved, ComplaintStatusError, type StatusExtra } from "../complaints/handling.js";
import { caseInScope } from "./queue.js";
import { displayName, placeOfCase, staffActor } from "./staff.js";

export type CaseActionReason =
  /** Bad input: `field` says which, `reason` says why (in English, for the API). */
  | "invalid"
  /** A reply to a closed case (reopen it first). */
  | "closed"
  /** Reopening a case that is not closed, closing one that is. */
  | "not-closed"
  | "already-closed"
  /** The case changed while the action was on its way (someone else closed or took it): read it again. */
  | "changed"
  /** The username is not a staff member whose scope reaches the case. */
  | "assignee";

export class CaseActionError extends Error {
  constructor(
    readonly code: CaseActionReason,
    readonly reason: string,
    readonly field?: string,
    readonly args: Record<string, string | number> = {},
  ) {
    super(field ? `${field}: ${reason}` : reason);
    this.name = "CaseActionError";
  }
  /** Bad input is the caller's to fix (400); the rest is about the case's state now (409). */
  get conflict(): boolean {
    return this.code !== "invalid" && this.code !== "assignee";
  }
}

/** The longest message staff may send (Telegram's limit, less room for the signature). */
export const MAX_STAFF_TEXT = 4000;

type Via = StaffActor["via"];

/**
 * The case is as it was read (another staff member may have acted meanwhile): its status — a reply to a
 * case closed a moment ago would open it again — and, for a change of hands or of status, its assignee.
 */
function unchanged(orm: Orm, c: Case, what: "status" | "status and assignee"): Write {
  const assignee = what === "status and assignee" ? sql` AND coalesce(${cases.assigneeStaffId}, 0) = ${c.assigneeStaffId ?? 0}` : sql``;
  return guard(orm, "case unchanged", sql`EXISTS (SELECT 1 FROM ${cases} WHERE ${cases.id} = ${c.id} AND ${cases.status} = ${c.status}${assignee})`);
}

/**
 * Commits a staff action on a case, led by the guard that the case is as it was read, with its audit row in
 * the same write; then wakes what it queued. The audit log is directory data: when a deployment keeps
 * it in another database than the cases, the row follows the case's write instead of joining it.
 */
async function commit(
  deps: DomainDeps,
  c: Case,
  change: Change,
  unchangedSince: "status" | "status and assignee" | null,
  audit?: { viewer: Viewer; action: string; detail: Record<string, unknown> },
): Promise<void> {
  const place = audit ? await placeOfCase(deps, c) : undefined;
  const auditRow = audit ? (orm: Orm) => [auditWrite(orm, deps, audit.viewer, audit.action, place ?? null, { case: c.ref, ...audit.detail })] : null;
  const sameDatabase = deps.db === deps.directory;
  const all = together(unchangedSince ? (orm) => [unchanged(orm, c, unchangedSince)] : null, change, sameDatabase ? auditRow : null);
  try {
    await deps.db.atomic(all);
  } catch (error) {
    if (isGuardFailure(error)) throw new CaseActionError("changed", "the case changed meanwhile: read it again");
    throw error;
  }
  if (auditRow && !sameDatabase) await deps.directory.atomic(auditRow);
  for (const job of all.wakes ?? []) deps.wake?.(job);
}

function checkedText(text: string, field: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new CaseActionError("invalid", "must not be empty", field);
  if (trimmed.length > MAX_STAFF_TEXT) throw new CaseActionError("invalid", `must be at most ${MAX_STAFF_TEXT} characters`, field, { max: MAX_STAFF_TEXT });
  return trimmed;
}

async function residentOf(deps: DomainDeps, c: Case): Promise<Resident | undefined> {
  return c.residentId === null ? undefined : findResidentById(deps.db.orm, c.residentId);
}

/** Staff write to the resident — words, or a photo or file from the topic: it reaches their channel and the case's topic. */
export async function replyToCase(deps: DomainDeps, viewer: Viewer, c: Case, content: Content, via: Via): Promise<void> {
  const checked: Content = { ...content, ...(content.text !== undefined || !content.attachment ? { text: checkedText(content.text ?? "", "text") } : {}) };
  if (c.status === "closed") throw new CaseActionError("closed", "the case is closed: reopen it to write to the resident");
  const acknowledged = kindRules[c.kind].acknowledgedByReply ? await acknowledgedByReply(deps, c) : null;
  await commit(
    deps,
    c,
    together(staffReplied(deps, c, await residentOf(deps, c), staffActor(viewer, via), checked, kindRules[c.kind].answered), acknowledged),
    // A reply to a case nobody has takes it: then nobody may have taken it meanwhile either.
    c.assigneeStaffId === null ? "status and assignee" : "status",
  );
}

/** A note for staff only. */
export async function noteOnCase(deps: DomainDeps, viewer: Viewer, c: Case, text: string, via: Via): Promise<void> {
  await commit(deps, c, staffNoted(deps, c, staffActor(viewer, via), checkedText(text, "text")), null);
}

/** Gives the case to a staff member whose scope reaches it (giving it to whoever has it already changes nothing). */
export async function assignCase(deps: DomainDeps, viewer: Viewer, c: Case, username: string, via: Via): Promise<StaffMember> {
  const name = username.trim().toLowerCase();
  if (!name) throw new CaseActionError("invalid", "must not be empty", "username");
  const member = await findStaffByUsername(deps.directory.orm, name);
  const place = await placeOfCase(deps, c);
  const roles = member ? await rolesOfMany(deps.directory.orm, [member.id]) : [];
  // Unknown, disabled and out of reach read the same: whom a case could go to is all the answer says.
  if (!member || member.disabledAt !== null || !place || !reaches(scopeOf(roles), place)) {
    throw new CaseActionError("assignee", `no staff member whose scope reaches this case has the username "${name}"`, "username", { username: name });
  }
  if (c.assigneeStaffId === member.id) return member;
  const from = c.assigneeStaffId === null ? null : ((await staffByIds(deps.directory.orm, [c.assigneeStaffId]))[0]?.username ?? null);
  await commit(deps, c, assigned(deps, c, { staffId: member.id, name: displayName(member, roles, "zh") }, staffActor(viewer, via)), "status and assignee", {
    viewer,
    action: "case.assign",
    detail: { before: { assignee: from }, after: { assignee: member.username } },
  });
  return member;
}

/** What a complaint's move may carry: the original's reference for a duplicate, where instead, an after-photo. */
export interface StatusDetails {
  /** "Duplicate": the reference of the complaint it repeats (of the viewer's scope). */
  duplicateOf?: string;
  /** "Not responsible": where it goes instead. */
  elsewhere?: string;
  /** "Fixed": the after-photo. */
  attachment?: StatusExtra["attachment"];
}

/**
 * Sets a status staff may set by hand (a conversation: `closed` to close it, `open` to reopen it), with an
 * optional note — for a conversation an internal note first; for a complaint the words its residents get
 * with the move ("fixed" needs them).
 */
export async function setCaseStatus(deps: DomainDeps, viewer: Viewer, c: Case, status: string, via: Via, note?: string, details: StatusDetails = {}): Promise<void> {
  const rules = kindRules[c.kind];
  const how = Object.hasOwn(rules.set, status) ? rules.set[status] : undefined;
  if (!how) {
    const allowed = Object.keys(rules.set);
    throw new CaseActionError(
      "invalid",
      allowed.length ? `a ${c.kind} can be set to ${allowed.map((s) => `"${s}"`).join(" or ")}` : `a ${c.kind}'s status cannot be set here`,
      "status",
      { allowed: allowed.join(", ") },
    );
  }
  if (how === "complaint") return moveComplaint(deps, viewer, c, status, via, note, details);
  const noted = note?.trim() ? staffNoted(deps, c, staffActor(viewer, via), checkedText(note, "note")) : null;
  const actor = staffActor(viewer, via);
  let change: Change;
  try {
    if (how === "close") {
      if (c.status === "closed") throw new CaseActionError("already-closed", "the case is closed already");
      change = closedByStaff(deps, c, await residentOf(deps, c), actor);
    } else {
      if (c.status !== "closed") throw new CaseActionError("not-closed", "the case is not closed");
      const community = await findCommunity(deps.directory.orm, c.communityId);
      if (!community) throw notFound();
      change = reopenedByStaff(deps, c, community, actor);
    }
  } catch (error) {
    if (error instanceof CaseRuleError) throw new CaseActionError(error.reason === "closed" ? "already-closed" : "not-closed", error.message);
    throw error;
  }
  await commit(deps, c, together(noted, change), "status and assignee", {
    viewer,
    action: how === "close" ? "case.close" : "case.reopen",
    detail: { before: { status: c.status }, after: { status: how === "close" ? "closed" : rulesAfterReopen(c) } },
  });
}

async function moveComplaint(deps: DomainDeps, viewer: Viewer, c: Case, status: string, via: Via, note: string | undefined, details: StatusDetails): Promise<void> {
  if (note !== undefined && note.trim()) checkedText(note, "note");
  const elsewhere = details.elsewhere?.trim() ? checkedText(details.elsewhere, "elsewhere") : undefined;
  let duplicateOf: Case | undefined;
  if (details.duplicateOf?.trim()) {
    duplicateOf = await caseInScope(deps, viewer, details.duplicateOf.trim().toUpperCase()).catch(() => undefined);
    if (!duplicateOf) throw new CaseActionError("invalid", "must be the reference of a complaint of the same community that is not closed", "duplicate_of");
  }
  let change: Change;
  try {
    change = await complaintMoved(deps, c, status, staffActor(viewer, via), {
      ...(note?.trim() ? { note: note.trim() } : {}),
      ...(elsewhere ? { elsewhere } : {}),
      ...(duplicateOf ? { duplicateOf } : {}),
      ...(details.attachment ? { attachment: details.attachment } : {}),
    });
  } catch (error) {
    if (!(error instanceof ComplaintStatusError)) throw error;
    switch (error.reason) {
      case "closed":
        throw new CaseActionError("already-closed", "the complaint is closed: reopen it first");
      case "not-closed":
        throw new CaseActionError("not-closed", "only a fixed, not responsible, duplicate or closed complaint can be reopened");
      case "same":
        throw new CaseActionError("invalid", `the complaint is "${status}" already`, "status");
      case "note":
        throw new CaseActionError("invalid", "must not be empty: say what was done", "note");
      case "elsewhere":
        throw new CaseActionError("invalid", "must not be empty: say where it goes instead", "elsewhere");
      case "original":
        throw new CaseActionError("invalid", "must be the reference of another complaint of the same community that is not closed", "duplicate_of");
      case "status":
        throw new CaseActionError("invalid", "is not a complaint's status", "status");
    }
  }
  await commit(deps, c, change, "status and assignee", {
    viewer,
    action: "case.status",
    detail: { before: { status: c.status }, after: { status, ...(duplicateOf ? { duplicateOf: duplicateOf.ref } : {}) } },
  });
}

/** The status a case has after reopening (a conversation starts over as `open`). */
function rulesAfterReopen(c: Case): string {
  const set = kindRules[c.kind].set;
  return Object.entries(set).find(([, how]) => how === "reopen")?.[0] ?? (Object.hasOwn(set, "reopened") ? "reopened" : c.status);
}

export const closeCase = (deps: DomainDeps, viewer: Viewer, c: Case, via: Via, note?: string) => setCaseStatus(deps, viewer, c, "closed", via, note);
export const reopenCase = (deps: DomainDeps, viewer: Viewer, c: Case, via: Via) => setCaseStatus(deps, viewer, c, rulesAfterReopen(c), via);

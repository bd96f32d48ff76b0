// Cases as staff work on them in the console and over the staff API: the queue of their scope (filters,
// counts, what is overdue), a case with its whole timeline as staff may read it, and the actions — reply,
// note, take, assign, close, reopen. A case outside the reader's scope is "not found", exactly as one
// that does not exist. Each action is one atomic write: the case's own rule (./cases.ts, ./conversation.ts)
// writes the timeline and queues what goes to the resident and the topic; assignments, closes and reopens
// also leave an audit row.
import { sql } from "drizzle-orm";
import { guard, isGuardFailure } from "../../db/atomic.js";
import { together, type Change, type Orm, type Write } from "../../db/database.js";
import { communityZones, deliveryOf, lastWordsOf, queueCounts, queuePage, staffReaching, type CaseScope } from "../../db/queries/case-queue.js";
import { eventsOf, findCaseByRef, type Case, type CaseEvent } from "../../db/queries/cases.js";
import { communityIdsUnder, findCommunity, placesByIds, type PlaceRef } from "../../db/queries/places.js";
import { findResidentById, type Resident } from "../../db/queries/residents.js";
import { findStaffByUsername, rolesOfMany, staffByIds, type StaffMember } from "../../db/queries/staff.js";
import { cases } from "../../db/schema.js";
import { caseKinds, type Attachment, type CaseEventKind, type CaseKind, type Channel, type Lang } from "../../vocabulary.js";
import { serviceById } from "../catalog/browse.js";
import type { DomainDeps } from "../deps.js";
import { maskPhone } from "../residents.js";
import type { Viewer } from "../staff/actor.js";
import { auditWrite } from "../staff/audit.js";
import { notFound } from "../staff/errors.js";
import { reaches, scopeOf, scopePlaces, type Scope } from "../staff/scope.js";
import { CaseRuleError, staffNoted, staffReplied, assigned, type StaffActor } from "./cases.js";
import { closedByStaff, conversationStatuses, reopenedByStaff } from "./conversation.js";
import { displayName, placeOfCase, staffActor } from "./staff.js";

// ── what each kind of case says about its statuses ─────────────────────────────────────────────

interface KindRules {
  /** Every status a case of this kind can have. */
  statuses: readonly string[];
  /** The statuses in which it waits for staff to answer (its first-response deadline runs). */
  awaiting: readonly string[];
  /** What a staff reply makes it (null: a reply leaves the status alone). */
  answered: string | null;
  /** The statuses staff may set by hand, and the rule that sets each. */
  set: Partial<Record<string, "close" | "reopen">>;
}

/** Complaints and proxy applications bring their own statuses with their issues; until then they have none here. */
export const kindRules: Record<CaseKind, KindRules> = {
  conversation: { statuses: conversationStatuses, awaiting: ["open"], answered: "answered", set: { open: "reopen", closed: "close" } },
  complaint: { statuses: [], awaiting: [], answered: null, set: {} },
  application: { statuses: [], awaiting: [], answered: null, set: {} },
};

/** Every status of every kind, for filters. */
export const allStatuses: readonly string[] = [...new Set(caseKinds.flatMap((k) => kindRules[k].statuses))];
const awaitingStatuses: readonly string[] = [...new Set(caseKinds.flatMap((k) => kindRules[k].awaiting))];

/** Overdue: waiting for an answer past the deadline, or already escalated for it. A closed or answered case is not. */
export function isOverdue(c: Pick<Case, "kind" | "status" | "dueAt" | "escalation">, now: number): boolean {
  return kindRules[c.kind].awaiting.includes(c.status) && ((c.dueAt !== null && c.dueAt < now) || c.escalation > 0);
}

// ── refusals ───────────────────────────────────────────────────────────────────────────────────

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

// ── scope ──────────────────────────────────────────────────────────────────────────────────────

/** The communities and grids a scope reaches, as the queue's reads need them. */
export async function caseScope(deps: DomainDeps, sees: Scope): Promise<CaseScope> {
  const places = scopePlaces(sees);
  if (places === "everywhere") return "everywhere";
  return { communityIds: await communityIdsUnder(deps.directory.orm, places), gridIds: [...sees.grid] };
}

const refShape = /^[A-Z]{2,3}-\d{8}-\d{4,6}$/;

/** A case by its reference, if the viewer's scope reaches it; otherwise not found, as one that does not exist. */
export async function caseInScope(deps: DomainDeps, viewer: Pick<Viewer, "sees">, ref: string): Promise<Case> {
  const c = refShape.test(ref) ? await findCaseByRef(deps.db.orm, ref) : undefined;
  if (!c) throw notFound();
  const place = await placeOfCase(deps, c);
  if (!place || !reaches(viewer.sees, place)) throw notFound();
  return c;
}

// ── the queue ──────────────────────────────────────────────────────────────────────────────────

export const QUEUE_PAGE = 25;

export interface QueueQuery {
  /** A status, `active` (all but closed) or `all`. */
  status: string;
  kind?: CaseKind;
  /** A community of the scope. */
  community?: PlaceRef;
  assignee: "me" | "nobody" | "anyone";
  overdue: boolean;
  /** 0-based. */
  page: number;
  size?: number;
}

export interface QueueLine {
  case: Case;
  community: PlaceRef | undefined;
  grid: PlaceRef | undefined;
  assignee: StaffMember | undefined;
  overdue: boolean;
  timeZone: string;
  /** What the resident wrote last: their words, or the kind of thing they sent. */
  lastWords: { text: string | null; attachment: string | null } | undefined;
}

export async function caseQueue(deps: DomainDeps, viewer: Viewer, q: QueueQuery): Promise<{ lines: QueueLine[]; page: number; more: boolean }> {
  const size = q.size ?? QUEUE_PAGE;
  const now = deps.now();
  const rows = await queuePage(
    deps.db.orm,
    {
      scope: await caseScope(deps, viewer.sees),
      awaiting: awaitingStatuses,
      ...(q.status === "all" ? {} : { status: q.status }),
      ...(q.kind ? { kind: q.kind } : {}),
      ...(q.community ? { communityId: q.community.id } : {}),
      ...(q.assignee === "me" ? { assignee: viewer.member.id } : q.assignee === "nobody" ? { assignee: "nobody" as const } : {}),
      ...(q.overdue ? { overdueAt: now } : {}),
    },
    q.page * size,
    size,
  );
  const page = rows.slice(0, size);
  const [communities, grids, people, zones, words] = await Promise.all([
    placesByIds(deps.directory.orm, "community", page.map((c) => c.communityId)),
    placesByIds(
      deps.directory.orm,
      "grid",
      page.flatMap((c) => (c.gridId === null ? [] : [c.gridId])),
    ),
    staffByIds(
      deps.directory.orm,
      page.flatMap((c) => (c.assigneeStaffId === null ? [] : [c.assigneeStaffId])),
    ),
    communityZones(
      deps.directory.orm,
      page.map((c) => c.communityId),
    ),
    lastWordsOf(
      deps.db.orm,
      page.map((c) => c.id),
    ),
  ]);
  return {
    lines: page.map((c) => ({
      case: c,
      community: communities.find((p) => p.id === c.communityId),
      grid: c.gridId === null ? undefined : grids.find((p) => p.id === c.gridId),
      assignee: c.assigneeStaffId === null ? undefined : people.find((m) => m.id === c.assigneeStaffId),
      overdue: isOverdue(c, now),
      timeZone: zones.get(c.communityId) || deps.defaultTimeZone,
      lastWords: words.get(c.id),
    })),
    page: q.page,
    more: rows.length > size,
  };
}

/** Cases of the scope that are not closed, per kind and status, with how many of them are overdue. */
export async function caseCounts(deps: DomainDeps, sees: Scope) {
  return queueCounts(deps.db.orm, await caseScope(deps, sees), deps.now(), awaitingStatuses);
}

/** For the navigation: how many cases of the scope wait for an answer, and how many of them are overdue. */
export async function waitingCount(deps: DomainDeps, sees: Scope): Promise<{ waiting: number; overdue: number }> {
  const counts = await caseCounts(deps, sees);
  const waiting = counts.filter((c) => kindRules[c.kind].awaiting.includes(c.status));
  return { waiting: waiting.reduce((n, c) => n + c.count, 0), overdue: counts.reduce((n, c) => n + c.overdue, 0) };
}

// ── one case, as staff read it ─────────────────────────────────────────────────────────────────

/** The resident as staff may see them: what their channel calls them, a masked phone, their language and channel. */
export interface ResidentView {
  name: string | null;
  phone: string | null;
  language: Lang;
  channel: Channel | null;
  /** Telegram said they blocked the bot or are gone (until they write again). */
  unreachable: boolean;
  /** They asked to be forgotten: the case stays, without them. */
  forgotten: boolean;
}

export interface TimelineEntry {
  id: number;
  at: number;
  kind: CaseEventKind;
  actor: "resident" | "staff" | "system";
  staff: StaffMember | undefined;
  text: string | null;
  attachment: Attachment | null;
  detail: Record<string, unknown>;
}

export interface CaseView {
  case: Case;
  community: PlaceRef | undefined;
  grid: PlaceRef | undefined;
  timeZone: string;
  resident: ResidentView;
  service: { titleZh: string; titleEn: string } | undefined;
  assignee: StaffMember | undefined;
  overdue: boolean;
  timeline: TimelineEntry[];
  /** Staff named in the timeline (authors, assignees), with how residents would read their names. */
  people: Map<number, { member: StaffMember; name: Record<Lang, string> }>;
  /** What is still on its way to the resident or the topic, or will never arrive. */
  delivery: Awaited<ReturnType<typeof deliveryOf>>;
  /** Statuses staff may set now (a closed conversation: `open`; an open one: `closed`). */
  nextStatuses: string[];
}

export function residentView(c: Case, resident: Resident | undefined): ResidentView {
  return {
    name: c.residentName,
    phone: resident?.phone ? maskPhone(resident.phone) : null,
    language: resident?.language ?? c.language,
    channel: resident?.channel ?? null,
    unreachable: resident?.unreachableAt != null,
    forgotten: c.residentId === null,
  };
}

/** The statuses a staff member may set a case to now. */
export function nextStatuses(c: Case): string[] {
  return Object.entries(kindRules[c.kind].set)
    .filter(([, how]) => (how === "close" ? c.status !== "closed" : c.status === "closed"))
    .map(([status]) => status);
}

export async function caseView(deps: DomainDeps, c: Case): Promise<CaseView> {
  const [events, resident, place, community, delivery, service] = await Promise.all([
    eventsOf(deps.db.orm, c.id),
    c.residentId === null ? undefined : findResidentById(deps.db.orm, c.residentId),
    placeOfCase(deps, c),
    findCommunity(deps.directory.orm, c.communityId),
    deliveryOf(deps.db.orm, c.id),
    c.serviceId === null ? undefined : serviceById(deps, c.serviceId),
  ]);
  const ids = new Set<number>();
  if (c.assigneeStaffId !== null) ids.add(c.assigneeStaffId);
  for (const e of events) {
    if (e.staffId !== null) ids.add(e.staffId);
    for (const k of ["from", "to"]) if (e.kind === "assignment" && typeof e.detail?.[k] === "number") ids.add(e.detail[k] as number);
  }
  const members = await staffByIds(deps.directory.orm, [...ids]);
  const roles = await rolesOfMany(
    deps.directory.orm,
    members.map((m) => m.id),
  );
  const people = new Map(members.map((m) => [m.id, { member: m, name: { zh: displayName(m, roles.filter((r) => r.staffId === m.id), "zh"), en: displayName(m, roles.filter((r) => r.staffId === m.id), "en") } }]));
  const communityPlace = place?.kind === "community" ? place : (await placesByIds(deps.directory.orm, "community", [c.communityId]))[0];
  return {
    case: c,
    community: communityPlace,
    grid: place?.kind === "grid" ? place : undefined,
    timeZone: community?.timeZone || deps.defaultTimeZone,
    resident: residentView(c, resident),
    service: service ? { titleZh: service.titleZh, titleEn: service.titleEn } : undefined,
    assignee: c.assigneeStaffId === null ? undefined : people.get(c.assigneeStaffId)?.member,
    overdue: isOverdue(c, deps.now()),
    timeline: events.map((e) => timelineEntry(e, people)),
    people,
    delivery,
    nextStatuses: nextStatuses(c),
  };
}

function timelineEntry(e: CaseEvent, people: Map<number, { member: StaffMember }>): TimelineEntry {
  return {
    id: e.id,
    at: e.at,
    kind: e.kind,
    actor: e.actor,
    staff: e.staffId === null ? undefined : people.get(e.staffId)?.member,
    text: e.body,
    attachment: e.attachment ?? null,
    detail: e.detail ?? {},
  };
}

/** The event of a case that carries a file (for serving it to staff who see the case). */
export async function attachmentOf(deps: DomainDeps, c: Case, eventId: number): Promise<Attachment | undefined> {
  if (!Number.isSafeInteger(eventId)) return undefined;
  const events = await eventsOf(deps.db.orm, c.id);
  return events.find((e) => e.id === eventId)?.attachment ?? undefined;
}

/** Whom this case may be given to: staff, not disabled, whose roles reach its place. */
export async function assignableStaff(deps: DomainDeps, c: Case): Promise<StaffMember[]> {
  const place = await placeOfCase(deps, c);
  return place ? staffReaching(deps.directory.orm, place) : [];
}

// ── actions ────────────────────────────────────────────────────────────────────────────────────

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

/** Staff write to the resident: it reaches their channel and the case's topic. */
export async function replyToCase(deps: DomainDeps, viewer: Viewer, c: Case, text: string, via: Via): Promise<void> {
  const body = checkedText(text, "text");
  if (c.status === "closed") throw new CaseActionError("closed", "the case is closed: reopen it to write to the resident");
  await commit(
    deps,
    c,
    staffReplied(deps, c, await residentOf(deps, c), staffActor(viewer, via), { text: body }, kindRules[c.kind].answered),
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

/** Sets a status staff may set by hand (a conversation: `closed` to close it, `open` to reopen it), with an optional note first. */
export async function setCaseStatus(deps: DomainDeps, viewer: Viewer, c: Case, status: string, via: Via, note?: string): Promise<void> {
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

/** The status a case has after reopening (a conversation starts over as `open`). */
function rulesAfterReopen(c: Case): string {
  return Object.entries(kindRules[c.kind].set).find(([, how]) => how === "reopen")?.[0] ?? c.status;
}

export const closeCase = (deps: DomainDeps, viewer: Viewer, c: Case, via: Via, note?: string) => setCaseStatus(deps, viewer, c, "closed", via, note);
export const reopenCase = (deps: DomainDeps, viewer: Viewer, c: Case, via: Via) => setCaseStatus(deps, viewer, c, rulesAfterReopen(c), via);


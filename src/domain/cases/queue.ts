// Cases as staff read them in the console and over the staff API: the queue of their scope (filters,
// counts, what is overdue) and a case with its whole timeline. A case outside the reader's scope is "not
// found", exactly as one that does not exist. What staff do to a case is in ./actions.ts; what each kind's
// statuses mean, in ./kinds.ts.
import { communityZones, deliveryOf, lastWordsOf, queueCounts, queuePage, staffReaching, type CaseScope } from "../../db/queries/case-queue.js";
import { eventsOf, findCase, findCaseByRef, type Case, type CaseEvent } from "../../db/queries/cases.js";
import { communityIdsUnder, findCommunity, placesByIds, type PlaceRef } from "../../db/queries/places.js";
import { findResidentById, type Resident } from "../../db/queries/residents.js";
import { rolesOfMany, staffByIds, type StaffMember } from "../../db/queries/staff.js";
import type { Attachment, CaseEventKind, CaseKind, Channel, Lang } from "../../vocabulary.js";
import { serviceById } from "../catalog/browse.js";
import type { DomainDeps } from "../deps.js";
import { maskPhone } from "../residents.js";
import type { Viewer } from "../staff/actor.js";
import { notFound } from "../staff/errors.js";
import { reaches, scopePlaces, type Scope } from "../staff/scope.js";
import { awaitingStatuses, isOverdue, kindRules } from "./kinds.js";
import { displayName, placeOfCase } from "./staff.js";
import { complaintNextStatuses } from "../complaints/handling.js";
import { complaintAbout, type ComplaintAbout } from "../complaints/about.js";

export { allStatuses, isOverdue, kindRules } from "./kinds.js";

// ── scope ──────────────────────────────────────────────────────────────────────────────────────

/** The communities and grids a scope reaches, as the queue's reads need them. */
export async function caseScope(deps: DomainDeps, sees: Scope): Promise<CaseScope> {
  const places = scopePlaces(sees);
  if (places === "everywhere") return "everywhere";
  return { communityIds: await communityIdsUnder(deps.directory.orm, places), gridIds: [...sees.grid] };
}

const refShape = /^[A-Z]{2,3}-\d{8}-\d{4,6}$/;

/** A case by its reference (or its id, from a button), if the viewer's scope reaches it; otherwise not found, as one that does not exist. */
export async function caseInScope(deps: DomainDeps, viewer: Pick<Viewer, "sees">, ref: string | number): Promise<Case> {
  const c = typeof ref === "number" ? await findCase(deps.db.orm, ref) : refShape.test(ref) ? await findCaseByRef(deps.db.orm, ref) : undefined;
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
  /** A complaint's own: category, place and map link, photos, followers, verdicts. */
  complaint: ComplaintAbout | undefined;
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
  if (c.kind === "complaint") return complaintNextStatuses(c);
  return Object.entries(kindRules[c.kind].set)
    .filter(([, how]) => (how === "close" ? c.status !== "closed" : c.status === "closed"))
    .map(([status]) => status);
}

export async function caseView(deps: DomainDeps, c: Case): Promise<CaseView> {
  const [events, resident, place, community, delivery, service, complaint] = await Promise.all([
    eventsOf(deps.db.orm, c.id),
    c.residentId === null ? undefined : findResidentById(deps.db.orm, c.residentId),
    placeOfCase(deps, c),
    findCommunity(deps.directory.orm, c.communityId),
    deliveryOf(deps.db.orm, c.id),
    c.serviceId === null ? undefined : serviceById(deps, c.serviceId),
    complaintAbout(deps, c, "zh"),
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
    complaint,
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

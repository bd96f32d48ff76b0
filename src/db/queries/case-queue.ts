// The staff's view of cases: the queue of a scope (filtered, newest activity first, paged), its counts,
// what is still waiting to reach a case's resident, and who may be given a case.
//
// A scope is a list of community ids and grid ids worked out from the directory. They are written into
// the statement as integer literals, checked to be integers here, rather than bound: D1 binds at most
// 100 parameters, and a district's communities are more than that; chunking the list would break the
// one ORDER BY … LIMIT … OFFSET and the one GROUP BY that paging and counting need.
import { and, asc, desc, eq, inArray, isNull, lt, ne, or, sql, type SQL } from "drizzle-orm";
import type { CaseKind } from "../../vocabulary.js";
import type { Orm } from "../database.js";
import { caseEvents, cases, communities, outbox, staff, staffRoles } from "../schema.js";
import type { Case } from "./cases.js";
import type { PlaceRef } from "./places.js";
import type { StaffMember } from "./staff.js";

/** The cases a staff member reaches: every case, or those of these communities and of these grids. */
export type CaseScope = "everywhere" | { communityIds: number[]; gridIds: number[] };

export interface QueueFilter {
  scope: CaseScope;
  /** One status; `active`: every status but `closed`; absent: all. */
  status?: string | "active";
  kind?: CaseKind;
  communityId?: number;
  /** A staff member's id, or `nobody`. */
  assignee?: number | "nobody";
  /** Only cases waiting for an answer past their deadline (or escalated) at this moment. */
  overdueAt?: number;
  /** The statuses in which a case waits for staff to answer (a conversation: `open`). */
  awaiting: readonly string[];
}

function idList(ids: readonly number[]): SQL {
  for (const id of ids) if (!Number.isSafeInteger(id)) throw new Error(`not an id: ${id}`);
  return sql.raw(ids.join(","));
}

/** The condition "in this scope" (undefined: everywhere; a condition that is never true: nowhere). */
export function inScope(scope: CaseScope): SQL | undefined {
  if (scope === "everywhere") return undefined;
  const parts: SQL[] = [];
  if (scope.communityIds.length) parts.push(sql`${cases.communityId} IN (${idList(scope.communityIds)})`);
  if (scope.gridIds.length) parts.push(sql`${cases.gridId} IN (${idList(scope.gridIds)})`);
  return parts.length ? or(...parts) : sql`0`;
}

/** A case waits for an answer past its deadline, or has been escalated for it. */
export function overdueCondition(now: number, awaiting: readonly string[]): SQL {
  return and(inArray(cases.status, [...awaiting]), or(lt(cases.dueAt, now), sql`${cases.escalation} > 0`))!;
}

function where(f: QueueFilter): SQL | undefined {
  return and(
    inScope(f.scope),
    f.status === "active" ? ne(cases.status, "closed") : f.status ? eq(cases.status, f.status) : undefined,
    f.kind ? eq(cases.kind, f.kind) : undefined,
    f.communityId !== undefined ? eq(cases.communityId, f.communityId) : undefined,
    f.assignee === "nobody" ? isNull(cases.assigneeStaffId) : f.assignee !== undefined ? eq(cases.assigneeStaffId, f.assignee) : undefined,
    f.overdueAt !== undefined ? overdueCondition(f.overdueAt, f.awaiting) : undefined,
  );
}

/** One page of the queue, newest activity first; one row more than `limit` says there is a next page. */
export async function queuePage(orm: Orm, f: QueueFilter, offset: number, limit: number): Promise<Case[]> {
  return orm
    .select()
    .from(cases)
    .where(where(f))
    .orderBy(desc(cases.lastActivityAt), desc(cases.id))
    .limit(limit + 1)
    .offset(offset);
}

/** How many cases of the scope there are per kind and status, and how many of them are overdue now (closed ones left out). */
export async function queueCounts(orm: Orm, scope: CaseScope, now: number, awaiting: readonly string[]): Promise<{ kind: CaseKind; status: string; count: number; overdue: number }[]> {
  const rows = await orm
    .select({
      kind: cases.kind,
      status: cases.status,
      count: sql<number>`count(*)`,
      overdue: sql<number>`coalesce(sum(CASE WHEN ${overdueCondition(now, awaiting)} THEN 1 ELSE 0 END), 0)`,
    })
    .from(cases)
    .where(and(inScope(scope), ne(cases.status, "closed")))
    .groupBy(cases.kind, cases.status)
    .orderBy(asc(cases.kind), asc(cases.status));
  return rows.map((r) => ({ kind: r.kind, status: r.status, count: Number(r.count), overdue: Number(r.overdue) }));
}

/** What the residents of these cases wrote last (their text, or what they sent), for the queue's lines. */
export async function lastWordsOf(orm: Orm, caseIds: number[]): Promise<Map<number, { text: string | null; attachment: string | null }>> {
  const out = new Map<number, { text: string | null; attachment: string | null }>();
  if (caseIds.length === 0) return out;
  const newest = orm
    .select({ id: sql<number>`max(${caseEvents.id})` })
    .from(caseEvents)
    .where(and(sql`${caseEvents.caseId} IN (${idList(caseIds)})`, eq(caseEvents.kind, "message_in")))
    .groupBy(caseEvents.caseId);
  const rows = await orm.select({ caseId: caseEvents.caseId, body: caseEvents.body, attachment: caseEvents.attachment }).from(caseEvents).where(inArray(caseEvents.id, newest));
  for (const r of rows) out.set(r.caseId, { text: r.body, attachment: r.attachment?.kind ?? null });
  return out;
}

/** Messages of a case still on their way to its resident, and any message that will never arrive (the outbox says why). */
export async function deliveryOf(orm: Orm, caseId: number) {
  return orm
    .select({ id: outbox.id, route: outbox.route, state: outbox.state, attempts: outbox.attempts, createdAt: outbox.createdAt, lastError: outbox.lastError })
    .from(outbox)
    .where(and(eq(outbox.caseId, caseId), or(inArray(outbox.state, ["unreachable", "failed"]), and(inArray(outbox.state, ["pending", "sending"]), ne(outbox.route, "topic")))))
    .orderBy(asc(outbox.id))
    .limit(100);
}

/** Communities by id with their time zones (a queue's lines are shown in their own community's time). */
export async function communityZones(orm: Orm, ids: number[]): Promise<Map<number, string | null>> {
  const unique = [...new Set(ids)];
  const out = new Map<number, string | null>();
  for (let i = 0; i < unique.length; i += 90) {
    for (const row of await orm.select({ id: communities.id, timeZone: communities.timeZone }).from(communities).where(inArray(communities.id, unique.slice(i, i + 90)))) {
      out.set(row.id, row.timeZone);
    }
  }
  return out;
}

/**
 * Staff who are not disabled and whose roles reach a place (held at it, at a place above it, or
 * everywhere): whom a case of that place may be given to.
 */
export async function staffReaching(orm: Orm, place: PlaceRef): Promise<StaffMember[]> {
  const at = (kind: "district" | "street" | "community" | "grid", id: number | null) => (id === null ? undefined : and(eq(staffRoles.placeKind, kind), eq(staffRoles.placeId, id)));
  const rows = await orm
    .selectDistinct({ member: staff })
    .from(staffRoles)
    .innerJoin(staff, eq(staff.id, staffRoles.staffId))
    .where(
      and(
        isNull(staff.disabledAt),
        or(eq(staffRoles.placeKind, "everywhere"), at("district", place.districtId), at("street", place.streetId), at("community", place.communityId), at("grid", place.gridId)),
      ),
    )
    .orderBy(asc(staff.username))
    .limit(500);
  return rows.map((r) => r.member);
}

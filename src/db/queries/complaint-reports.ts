// The numbers of complaints (三率, the register): tallies of the complaints a scope opened in a period,
// by community, grid and category, and the register's rows. The scope is written as integer literals
// (`inScope` of ./case-queue.ts), the period and "now" are bound: a handful of parameters whatever the
// scope's size, so the same statements run on D1. Categories are directory data and never joined here.
import { and, asc, desc, eq, gte, inArray, lt, ne, sql } from "drizzle-orm";
import type { Orm } from "../database.js";
import { cases, complaints, complaintVerdicts } from "../schema.js";
import { inScope, type CaseScope } from "./case-queue.js";

/** What the rates are made of, for one community, grid and category. */
export interface Tally {
  communityId: number;
  gridId: number | null;
  categoryId: number;
  /** Complaints opened in the period (duplicates left out: they count once, at the original). */
  received: number;
  /** Of those, not the community's to handle (the resident was told where instead). */
  notResponsible: number;
  /** Handled here and acknowledged, or past the acknowledge deadline without it: the response rate's base. */
  ackDue: number;
  /** Acknowledged by the deadline. */
  ackOnTime: number;
  /** Handled here and fixed, or past the resolve deadline without it: the resolution rate's base. */
  resolveDue: number;
  /** Fixed by the deadline. */
  resolvedOnTime: number;
  /** Closed as fixed after 7 days without anyone's verdict: shown apart, not in the satisfaction rate. */
  unconfirmed: number;
  /** Residents' verdicts on these complaints (every round, every resident)… */
  verdicts: number;
  /** …of which fixed or partly fixed with a rating of 4 or 5. */
  satisfied: number;
}

export interface Period {
  /** Epoch ms, inclusive. */
  from: number;
  /** Epoch ms, exclusive. */
  to: number;
}

const handled = sql`${cases.status} <> 'not_responsible'`;
const num = (v: unknown) => Number(v ?? 0);

function inPeriod(scope: CaseScope, period: Period) {
  return and(eq(cases.kind, "complaint"), gte(cases.openedAt, period.from), lt(cases.openedAt, period.to), ne(cases.status, "duplicate"), inScope(scope));
}

/** The tallies of the complaints a scope opened in a period; deadlines are judged as of `now`. */
export async function complaintTallies(orm: Orm, scope: CaseScope, period: Period, now: number): Promise<Tally[]> {
  const counts = await orm
    .select({
      communityId: cases.communityId,
      gridId: cases.gridId,
      categoryId: complaints.categoryId,
      received: sql<number>`count(*)`,
      notResponsible: sql<number>`sum(CASE WHEN ${cases.status} = 'not_responsible' THEN 1 ELSE 0 END)`,
      ackDue: sql<number>`sum(CASE WHEN ${handled} AND (${complaints.acknowledgedAt} IS NOT NULL OR ${complaints.acknowledgeDueAt} < ${now}) THEN 1 ELSE 0 END)`,
      ackOnTime: sql<number>`sum(CASE WHEN ${handled} AND ${complaints.acknowledgedAt} IS NOT NULL AND (${complaints.acknowledgeDueAt} IS NULL OR ${complaints.acknowledgedAt} <= ${complaints.acknowledgeDueAt}) THEN 1 ELSE 0 END)`,
      resolveDue: sql<number>`sum(CASE WHEN ${handled} AND (${complaints.fixedAt} IS NOT NULL OR ${complaints.resolveDueAt} < ${now}) THEN 1 ELSE 0 END)`,
      resolvedOnTime: sql<number>`sum(CASE WHEN ${handled} AND ${complaints.fixedAt} IS NOT NULL AND (${complaints.resolveDueAt} IS NULL OR ${complaints.fixedAt} <= ${complaints.resolveDueAt}) THEN 1 ELSE 0 END)`,
      unconfirmed: sql<number>`sum(CASE WHEN ${complaints.unconfirmed} THEN 1 ELSE 0 END)`,
    })
    .from(cases)
    .innerJoin(complaints, eq(complaints.caseId, cases.id))
    .where(inPeriod(scope, period))
    .groupBy(cases.communityId, cases.gridId, complaints.categoryId);
  const votes = await orm
    .select({
      communityId: cases.communityId,
      gridId: cases.gridId,
      categoryId: complaints.categoryId,
      verdicts: sql<number>`count(*)`,
      satisfied: sql<number>`sum(CASE WHEN ${complaintVerdicts.verdict} IN ('fixed', 'partly') AND ${complaintVerdicts.rating} >= 4 THEN 1 ELSE 0 END)`,
    })
    .from(cases)
    .innerJoin(complaints, eq(complaints.caseId, cases.id))
    .innerJoin(complaintVerdicts, eq(complaintVerdicts.caseId, cases.id))
    .where(inPeriod(scope, period))
    .groupBy(cases.communityId, cases.gridId, complaints.categoryId);
  const key = (r: { communityId: number; gridId: number | null; categoryId: number }) => `${r.communityId}|${r.gridId ?? ""}|${r.categoryId}`;
  const out = new Map<string, Tally>();
  for (const r of counts) {
    out.set(key(r), {
      communityId: r.communityId,
      gridId: r.gridId,
      categoryId: r.categoryId,
      received: num(r.received),
      notResponsible: num(r.notResponsible),
      ackDue: num(r.ackDue),
      ackOnTime: num(r.ackOnTime),
      resolveDue: num(r.resolveDue),
      resolvedOnTime: num(r.resolvedOnTime),
      unconfirmed: num(r.unconfirmed),
      verdicts: 0,
      satisfied: 0,
    });
  }
  for (const v of votes) {
    const t = out.get(key(v));
    if (t) {
      t.verdicts = num(v.verdicts);
      t.satisfied = num(v.satisfied);
    }
  }
  return [...out.values()];
}

/** One line of the register: a complaint with what the register says of it (names are looked up apart). */
export interface RegisterRow {
  caseId: number;
  ref: string;
  status: string;
  communityId: number;
  gridId: number | null;
  assigneeStaffId: number | null;
  categoryId: number;
  openedAt: number;
  closedAt: number | null;
  acknowledgedAt: number | null;
  acknowledgeDueAt: number | null;
  fixedAt: number | null;
  resolveDueAt: number | null;
  unconfirmed: boolean;
  duplicateOf: number | null;
  /** The last verdict given (the latest round, the latest answer), if any. */
  verdict: string | null;
  rating: number | null;
}

/** The complaints a scope opened in a period, oldest first (duplicates included: the register lists every case). */
export async function registerRows(orm: Orm, scope: CaseScope, period: Period): Promise<RegisterRow[]> {
  const lastVerdict = (column: "verdict" | "rating") =>
    sql.raw(`(SELECT v.${column} FROM complaint_verdicts v WHERE v.case_id = "cases"."id" ORDER BY v.round DESC, v.at DESC, v.id DESC LIMIT 1)`);
  const rows = await orm
    .select({
      caseId: cases.id,
      ref: cases.ref,
      status: cases.status,
      communityId: cases.communityId,
      gridId: cases.gridId,
      assigneeStaffId: cases.assigneeStaffId,
      categoryId: complaints.categoryId,
      openedAt: cases.openedAt,
      closedAt: cases.closedAt,
      acknowledgedAt: complaints.acknowledgedAt,
      acknowledgeDueAt: complaints.acknowledgeDueAt,
      fixedAt: complaints.fixedAt,
      resolveDueAt: complaints.resolveDueAt,
      unconfirmed: complaints.unconfirmed,
      duplicateOf: complaints.duplicateOf,
      verdict: sql<string | null>`${lastVerdict("verdict")}`,
      rating: sql<number | null>`${lastVerdict("rating")}`,
    })
    .from(cases)
    .innerJoin(complaints, eq(complaints.caseId, cases.id))
    .where(and(eq(cases.kind, "complaint"), gte(cases.openedAt, period.from), lt(cases.openedAt, period.to), inScope(scope)))
    .orderBy(asc(cases.openedAt), asc(cases.id));
  return rows.map((r) => ({ ...r, rating: r.rating === null ? null : Number(r.rating) }));
}

// ── Open311 requests: complaints as the public may read them ──────────────────────────────────

export interface PublicRequestFilter {
  /** Case references (the spec's service_request_id); when given, the other filters are not applied. */
  refs?: string[];
  /** Category ids (the categories with the service codes asked for); an empty list matches nothing. */
  categoryIds?: number[];
  from?: number;
  to?: number;
  /** The complaint statuses asked for (open ones, closed ones). */
  statuses?: readonly string[];
  limit: number;
}

/** Complaints with what may be shown to anyone: no resident, no words of theirs. Newest first. */
export async function publicRequests(orm: Orm, f: PublicRequestFilter) {
  const ints = (ids: number[]) => sql.raw(ids.map((id) => String(Math.trunc(id))).join(",") || "NULL");
  const conditions = f.refs
    ? [sql`${cases.ref} IN (${sql.join(
        f.refs.map((r) => sql`${r}`),
        sql`, `,
      )})`]
    : [
        f.categoryIds ? sql`${complaints.categoryId} IN (${ints(f.categoryIds)})` : undefined,
        f.from !== undefined ? gte(cases.openedAt, f.from) : undefined,
        f.to !== undefined ? lt(cases.openedAt, f.to) : undefined,
        f.statuses ? sql`${cases.status} IN (${sql.join(
            f.statuses.map((s) => sql`${s}`),
            sql`, `,
          )})` : undefined,
      ];
  return orm
    .select({
      ref: cases.ref,
      status: cases.status,
      communityId: cases.communityId,
      gridId: cases.gridId,
      categoryId: complaints.categoryId,
      openedAt: cases.openedAt,
      lastActivityAt: cases.lastActivityAt,
      resolveDueAt: complaints.resolveDueAt,
      latitude: complaints.latitude,
      longitude: complaints.longitude,
      duplicateOf: complaints.duplicateOf,
      elsewhereZh: complaints.elsewhereZh,
      elsewhereEn: complaints.elsewhereEn,
    })
    .from(cases)
    .innerJoin(complaints, eq(complaints.caseId, cases.id))
    .where(and(eq(cases.kind, "complaint"), ...conditions))
    .orderBy(desc(cases.openedAt), desc(cases.id))
    .limit(f.limit);
}

/** The references of cases by id (a duplicate's original). */
export async function refsOf(orm: Orm, ids: number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  for (let i = 0; i < ids.length; i += 90) {
    for (const r of await orm.select({ id: cases.id, ref: cases.ref }).from(cases).where(inArray(cases.id, ids.slice(i, i + 90)))) out.set(r.id, r.ref);
  }
  return out;
}

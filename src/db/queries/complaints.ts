// Complaints (民情诉求): their categories, the row beside each complaint case, followers ("me too") and
// verdicts. Reads, and write builders that join an atomic write. D1: at most 100 bound parameters a query.
import { and, desc, eq, gte, inArray, isNull, lt, notInArray, or, sql } from "drizzle-orm";
import type { Orm, Write } from "../database.js";
import { cases, complaintCategories, complaintFollowers, complaints, complaintVerdicts, hearingInvitations } from "../schema.js";
import type { Verdict } from "../../vocabulary.js";
import { preparedRead } from "../statements.js";

export type ComplaintCategory = typeof complaintCategories.$inferSelect;
export type Complaint = typeof complaints.$inferSelect;
export type ComplaintVerdict = typeof complaintVerdicts.$inferSelect;
export type NewCategory = typeof complaintCategories.$inferInsert;

// ── categories ─────────────────────────────────────────────────────────────────────────────────

const categoryList = preparedRead<{ communityId: number }, PromiseLike<ComplaintCategory[]>>(["communityId"], (orm, v) =>
  orm
    .select()
    .from(complaintCategories)
    .where(and(or(isNull(complaintCategories.communityId), eq(complaintCategories.communityId, v.communityId)), isNull(complaintCategories.disabledAt)))
    .orderBy(complaintCategories.sort, complaintCategories.id),
);

/** The defaults (community null) and the community's own, not disabled, in their order (a report's kinds: compiled once). */
export async function categoryRows(orm: Orm, communityId: number): Promise<ComplaintCategory[]> {
  return categoryList(orm, { communityId });
}

export async function findCategory(orm: Orm, id: number): Promise<ComplaintCategory | undefined> {
  return (await orm.select().from(complaintCategories).where(eq(complaintCategories.id, id)))[0];
}

export async function countDefaultCategories(orm: Orm): Promise<number> {
  const [row] = await orm.select({ n: sql<number>`count(*)` }).from(complaintCategories).where(isNull(complaintCategories.communityId));
  return Number(row?.n ?? 0);
}

/** A default category, unless one of its code is there already (the seed runs at every start). */
export function insertDefaultCategory(orm: Orm, row: NewCategory): Write {
  return orm.insert(complaintCategories).values({ ...row, communityId: null }).onConflictDoNothing();
}

// ── complaints ─────────────────────────────────────────────────────────────────────────────────

export function insertComplaint(orm: Orm, row: typeof complaints.$inferInsert): Write {
  return orm.insert(complaints).values(row);
}

export async function findComplaint(orm: Orm, caseId: number): Promise<Complaint | undefined> {
  return (await orm.select().from(complaints).where(eq(complaints.caseId, caseId)).limit(1))[0];
}

export async function complaintByFilingKey(orm: Orm, key: string): Promise<Complaint | undefined> {
  return (await orm.select().from(complaints).where(eq(complaints.filingKey, key)).limit(1))[0];
}

export function updateComplaint(orm: Orm, caseId: number, change: Partial<Omit<Complaint, "caseId" | "filingKey">>): Write {
  return orm.update(complaints).set(change).where(eq(complaints.caseId, caseId));
}

/** Acknowledged now, unless it was before. */
export function acknowledgeOnce(orm: Orm, caseId: number, at: number): Write {
  return orm.update(complaints).set({ acknowledgedAt: at }).where(and(eq(complaints.caseId, caseId), isNull(complaints.acknowledgedAt)));
}

/**
 * Complaints still open in a community and category since a moment, with their case: the candidates a
 * new report may repeat (the caller keeps those near it).
 */
export async function openComplaintsLike(orm: Orm, communityId: number, categoryId: number, since: number, limit = 50) {
  return orm
    .select({ c: cases, complaint: complaints })
    .from(complaints)
    .innerJoin(cases, eq(cases.id, complaints.caseId))
    .where(
      and(
        eq(cases.communityId, communityId),
        eq(complaints.categoryId, categoryId),
        gte(cases.openedAt, since),
        notInArray(cases.status, ["closed", "duplicate", "not_responsible", "fixed"]),
      ),
    )
    .orderBy(desc(cases.openedAt))
    .limit(limit);
}

/** A resident's complaints (theirs, and those they follow), newest first. */
export async function complaintsOfResident(orm: Orm, residentId: number, limit = 20) {
  const followed = orm.select({ id: complaintFollowers.caseId }).from(complaintFollowers).where(eq(complaintFollowers.residentId, residentId));
  return orm
    .select({ c: cases, complaint: complaints })
    .from(complaints)
    .innerJoin(cases, eq(cases.id, complaints.caseId))
    .where(or(eq(cases.residentId, residentId), inArray(complaints.caseId, followed)))
    .orderBy(desc(cases.openedAt))
    .limit(limit);
}

/** Complaints called fixed before a moment that nobody closed since (for closing them unconfirmed). */
export async function fixedBefore(orm: Orm, before: number, limit = 200) {
  return orm
    .select({ c: cases, complaint: complaints })
    .from(complaints)
    .innerJoin(cases, eq(cases.id, complaints.caseId))
    .where(and(eq(cases.status, "fixed"), lt(complaints.fixedAt, before)))
    .limit(limit);
}

// ── followers ──────────────────────────────────────────────────────────────────────────────────

export async function followersOf(orm: Orm, caseId: number): Promise<number[]> {
  return (await orm.select({ id: complaintFollowers.residentId }).from(complaintFollowers).where(eq(complaintFollowers.caseId, caseId))).map((r) => r.id);
}

export function addFollower(orm: Orm, caseId: number, residentId: number, since: number): Write {
  return orm.insert(complaintFollowers).values({ caseId, residentId, since }).onConflictDoNothing();
}

/** A duplicate's followers follow the original instead (those who already do keep their row). */
export function moveFollowers(orm: Orm, from: number, to: number, since: number): Write[] {
  return [
    orm
      .insert(complaintFollowers)
      .select(() => sql`SELECT ${to}, ${complaintFollowers.residentId}, ${since} FROM ${complaintFollowers} WHERE ${complaintFollowers.caseId} = ${from}`)
      .onConflictDoNothing(),
    orm.delete(complaintFollowers).where(eq(complaintFollowers.caseId, from)),
  ];
}

export async function isFollower(orm: Orm, caseId: number, residentId: number): Promise<boolean> {
  return (await orm.select({ one: sql`1` }).from(complaintFollowers).where(and(eq(complaintFollowers.caseId, caseId), eq(complaintFollowers.residentId, residentId))).limit(1)).length > 0;
}

// ── verdicts ───────────────────────────────────────────────────────────────────────────────────

export async function verdictsOf(orm: Orm, caseId: number, round?: number): Promise<ComplaintVerdict[]> {
  return orm
    .select()
    .from(complaintVerdicts)
    .where(and(eq(complaintVerdicts.caseId, caseId), round === undefined ? undefined : eq(complaintVerdicts.round, round)))
    .orderBy(complaintVerdicts.id);
}

export async function verdictOf(orm: Orm, caseId: number, residentId: number, round: number): Promise<ComplaintVerdict | undefined> {
  return (
    await orm
      .select()
      .from(complaintVerdicts)
      .where(and(eq(complaintVerdicts.caseId, caseId), eq(complaintVerdicts.residentId, residentId), eq(complaintVerdicts.round, round)))
      .limit(1)
  )[0];
}

export function insertVerdict(orm: Orm, row: { caseId: number; residentId: number; round: number; verdict: Verdict; at: number }): Write {
  return orm.insert(complaintVerdicts).values(row);
}

export function updateVerdict(orm: Orm, id: number, change: { rating?: number; comment?: string }): Write {
  return orm.update(complaintVerdicts).set(change).where(eq(complaintVerdicts.id, id));
}

// ── forgetting ─────────────────────────────────────────────────────────────────────────────────

/** A forgotten resident: their descriptions and places redacted, their follows and invitations gone, their verdicts kept without them. */
export function detachFromComplaints(orm: Orm, residentId: number, redacted: string): Write[] {
  const theirs = sql`(SELECT ${cases.id} FROM ${cases} WHERE ${cases.residentId} = ${residentId})`;
  return [
    orm.update(complaints).set({ description: redacted, placeText: null }).where(sql`${complaints.caseId} IN ${theirs}`),
    orm.delete(complaintFollowers).where(eq(complaintFollowers.residentId, residentId)),
    orm.delete(hearingInvitations).where(eq(hearingInvitations.residentId, residentId)),
    orm.update(complaintVerdicts).set({ residentId: null, comment: null }).where(eq(complaintVerdicts.residentId, residentId)),
  ];
}

// Hearings (听证会): how many complain alike per community and category lately, the complaints behind a
// suggestion, a hearing with its invitations, and their write builders. People's data (the `db`): the
// communities' thresholds and the categories' names are read from the directory apart.
import { and, asc, desc, eq, gte, inArray, isNull, lte, ne, notInArray, or, sql } from "drizzle-orm";
import type { Orm, Write } from "../database.js";
import { cases, complaintFollowers, complaints, hearingInvitations, hearings } from "../schema.js";
import { inScope, type CaseScope } from "./case-queue.js";

export type Hearing = typeof hearings.$inferSelect;
export type HearingInvitation = typeof hearingInvitations.$inferSelect;

/** Complaints that still count towards a hearing: not a duplicate, handled here, not taken to one already. */
const counting = and(eq(cases.kind, "complaint"), notInArray(cases.status, ["duplicate", "not_responsible"]), isNull(complaints.hearingId));

/** Per community and category of a scope: complaints opened since `since`, and residents who said "me too" since then. */
export async function recentAlike(orm: Orm, scope: CaseScope, since: number): Promise<{ communityId: number; categoryId: number; complaints: number; followers: number }[]> {
  const opened = await orm
    .select({ communityId: cases.communityId, categoryId: complaints.categoryId, n: sql<number>`count(*)` })
    .from(cases)
    .innerJoin(complaints, eq(complaints.caseId, cases.id))
    .where(and(counting, gte(cases.openedAt, since), inScope(scope)))
    .groupBy(cases.communityId, complaints.categoryId);
  const followed = await orm
    .select({ communityId: cases.communityId, categoryId: complaints.categoryId, n: sql<number>`count(*)` })
    .from(complaintFollowers)
    .innerJoin(cases, eq(cases.id, complaintFollowers.caseId))
    .innerJoin(complaints, eq(complaints.caseId, cases.id))
    .where(and(counting, gte(complaintFollowers.since, since), inScope(scope)))
    .groupBy(cases.communityId, complaints.categoryId);
  const out = new Map<string, { communityId: number; categoryId: number; complaints: number; followers: number }>();
  const at = (r: { communityId: number; categoryId: number }) => {
    const key = `${r.communityId}|${r.categoryId}`;
    if (!out.has(key)) out.set(key, { communityId: r.communityId, categoryId: r.categoryId, complaints: 0, followers: 0 });
    return out.get(key)!;
  };
  for (const r of opened) at(r).complaints = Number(r.n);
  for (const r of followed) at(r).followers = Number(r.n);
  return [...out.values()];
}

/** The complaints behind a suggestion: of a community and category, opened or followed since `since`, not at a hearing yet. */
export async function alikeCases(orm: Orm, communityId: number, categoryId: number, since: number, limit = 500) {
  return orm
    .select({ id: cases.id, ref: cases.ref, status: cases.status, summary: cases.summary, openedAt: cases.openedAt, residentId: cases.residentId, residentName: cases.residentName })
    .from(cases)
    .innerJoin(complaints, eq(complaints.caseId, cases.id))
    .where(
      and(
        counting,
        eq(cases.communityId, communityId),
        eq(complaints.categoryId, categoryId),
        or(gte(cases.openedAt, since), sql`EXISTS (SELECT 1 FROM ${complaintFollowers} f WHERE f.case_id = ${cases.id} AND f.since >= ${since})`),
      ),
    )
    .orderBy(desc(cases.openedAt), desc(cases.id))
    .limit(limit);
}

/** Residents who said "me too" on these complaints, in chunks under D1's 100 bound parameters. */
export async function followersOf(orm: Orm, caseIds: number[]): Promise<{ caseId: number; residentId: number }[]> {
  const out: { caseId: number; residentId: number }[] = [];
  for (let i = 0; i < caseIds.length; i += 90) {
    out.push(...(await orm.select({ caseId: complaintFollowers.caseId, residentId: complaintFollowers.residentId }).from(complaintFollowers).where(inArray(complaintFollowers.caseId, caseIds.slice(i, i + 90)))));
  }
  return out;
}

export async function lastHearingId(orm: Orm): Promise<number> {
  const [row] = await orm.select({ id: sql<number>`coalesce(max(${hearings.id}), 0)` }).from(hearings);
  return Number(row?.id ?? 0);
}

export function insertHearing(orm: Orm, row: typeof hearings.$inferInsert): Write {
  return orm.insert(hearings).values(row);
}

/** Takes a complaint to a hearing, unless another hearing took it first (the write's guard reads it). */
export function takeToHearing(orm: Orm, caseId: number, hearingId: number): Write {
  return orm.update(complaints).set({ hearingId }).where(and(eq(complaints.caseId, caseId), isNull(complaints.hearingId)));
}

export function insertInvitation(orm: Orm, row: typeof hearingInvitations.$inferInsert): Write {
  return orm.insert(hearingInvitations).values(row).onConflictDoNothing();
}

export async function findHearing(orm: Orm, id: number): Promise<Hearing | undefined> {
  return (await orm.select().from(hearings).where(eq(hearings.id, id)).limit(1))[0];
}

/** Hearings of these communities (all for `everywhere`), the latest first. */
export async function hearingsOf(orm: Orm, communityIds: number[] | "everywhere", limit = 100): Promise<Hearing[]> {
  if (communityIds !== "everywhere" && communityIds.length === 0) return [];
  const where = communityIds === "everywhere" ? undefined : sql`${hearings.communityId} IN (${sql.raw(communityIds.map((id) => String(Math.trunc(id))).join(","))})`;
  return orm.select().from(hearings).where(where).orderBy(desc(hearings.startsAt), desc(hearings.id)).limit(limit);
}

export async function invitationsOf(orm: Orm, hearingId: number): Promise<HearingInvitation[]> {
  return orm.select().from(hearingInvitations).where(eq(hearingInvitations.hearingId, hearingId)).orderBy(asc(hearingInvitations.invitedAt), asc(hearingInvitations.residentId));
}

export async function findInvitation(orm: Orm, hearingId: number, residentId: number): Promise<HearingInvitation | undefined> {
  return (await orm.select().from(hearingInvitations).where(and(eq(hearingInvitations.hearingId, hearingId), eq(hearingInvitations.residentId, residentId))).limit(1))[0];
}

export function answerInvitation(orm: Orm, hearingId: number, residentId: number, coming: boolean, at: number): Write {
  return orm.update(hearingInvitations).set({ coming, answeredAt: at }).where(and(eq(hearingInvitations.hearingId, hearingId), eq(hearingInvitations.residentId, residentId)));
}

/** The complaints a hearing took. */
export async function casesOfHearing(orm: Orm, hearingId: number) {
  return orm
    .select({ id: cases.id, ref: cases.ref, status: cases.status, summary: cases.summary, residentId: cases.residentId, residentName: cases.residentName })
    .from(complaints)
    .innerJoin(cases, eq(cases.id, complaints.caseId))
    .where(eq(complaints.hearingId, hearingId))
    .orderBy(asc(cases.id));
}

/** Scheduled hearings starting within (now, now + ahead] whose reminder has not gone yet. */
export async function hearingsToRemind(orm: Orm, now: number, ahead: number): Promise<Hearing[]> {
  return orm
    .select()
    .from(hearings)
    .where(and(eq(hearings.state, "scheduled"), isNull(hearings.reminderSentAt), gte(hearings.startsAt, now), lte(hearings.startsAt, now + ahead)))
    .orderBy(asc(hearings.startsAt))
    .limit(50);
}

/** Marks a hearing's reminder sent, only if it had not been (the guard of the write that queues them). */
export function reminderSent(orm: Orm, hearingId: number, at: number): Write {
  return orm.update(hearings).set({ reminderSentAt: at }).where(and(eq(hearings.id, hearingId), isNull(hearings.reminderSentAt)));
}

export function recordOutcome(orm: Orm, hearingId: number, outcome: { outcomeZh: string; outcomeEn: string; at: number }): Write {
  return orm
    .update(hearings)
    .set({ state: "held", outcomeZh: outcome.outcomeZh, outcomeEn: outcome.outcomeEn, outcomeAt: outcome.at })
    .where(and(eq(hearings.id, hearingId), ne(hearings.state, "cancelled")));
}

/** A resident asked to be forgotten: their invitations go. */
export function dropInvitationsOf(orm: Orm, residentId: number): Write {
  return orm.delete(hearingInvitations).where(eq(hearingInvitations.residentId, residentId));
}

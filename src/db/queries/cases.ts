// Cases and their timelines: reads, and write builders that join an atomic write.
import { and, desc, eq, inArray, isNotNull, lt, ne, notExists, or, sql } from "drizzle-orm";
import type { Attachment, CaseEventKind, CaseKind } from "../../vocabulary.js";
import type { Orm, Write } from "../database.js";
import { caseEvents, caseNumbers, cases, caseTopics, staffGroups } from "../schema.js";

export type Case = typeof cases.$inferSelect;
export type CaseEvent = typeof caseEvents.$inferSelect;
export type CaseTopic = typeof caseTopics.$inferSelect;
export type StaffGroup = typeof staffGroups.$inferSelect;

/** Gives the next number of a reference prefix (`ZX-20261129`); the case insert below reads it. */
export function nextCaseNumber(orm: Orm, prefix: string): Write {
  return orm
    .insert(caseNumbers)
    .values({ prefix, last: 1 })
    .onConflictDoUpdate({ target: caseNumbers.prefix, set: { last: sql`${caseNumbers.last} + 1` } });
}

/** The reference the number just given makes: `ZX-20261129-0042`. */
export function referenceOf(prefix: string) {
  return sql`(SELECT ${prefix} || '-' || printf('%04d', ${caseNumbers.last}) FROM ${caseNumbers} WHERE ${caseNumbers.prefix} = ${prefix})`;
}

export interface NewCase {
  prefix: string;
  kind: CaseKind;
  status: string;
  communityId: number;
  gridId: number | null;
  residentId: number;
  residentName: string | null;
  assigneeStaffId: number | null;
  serviceId: number | null;
  summary: string;
  language: "zh" | "en";
  openedAt: number;
  dueAt: number | null;
}

export function insertCase(orm: Orm, c: NewCase): Write {
  const { prefix, ...values } = c;
  return orm.insert(cases).values({ ...values, ref: referenceOf(prefix), lastActivityAt: c.openedAt });
}

/** The id of the case that `insertCase` just made, inside the same atomic write. */
export function caseIdOf(prefix: string) {
  return sql`(SELECT ${cases.id} FROM ${cases} WHERE ${cases.ref} = ${referenceOf(prefix)})`;
}

export function addEvent(
  orm: Orm,
  event: { caseId: number | ReturnType<typeof caseIdOf>; at: number; kind: CaseEventKind; actor: "resident" | "staff" | "system"; staffId?: number | null; body?: string | null; attachment?: Attachment | null; detail?: Record<string, unknown> | null },
): Write {
  return orm.insert(caseEvents).values({
    caseId: event.caseId as number,
    at: event.at,
    kind: event.kind,
    actor: event.actor,
    staffId: event.staffId ?? null,
    body: event.body ?? null,
    attachment: event.attachment ?? null,
    detail: event.detail ?? null,
  });
}

export function updateCase(orm: Orm, id: number, change: Partial<Omit<Case, "id" | "ref" | "kind">>): Write {
  return orm.update(cases).set(change).where(eq(cases.id, id));
}

/** The case's summary becomes the resident's words, while it has none of theirs yet (a case opened by 🙋 alone). */
export function summaryUntilWords(orm: Orm, caseId: number, summary: string): Write {
  const words = orm
    .select({ one: sql`1` })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.kind, "message_in"), isNotNull(caseEvents.body)));
  return orm.update(cases).set({ summary }).where(and(eq(cases.id, caseId), notExists(words)));
}

/** A case in status `from` takes status `to` with a new deadline; a case that moved on meanwhile is left as it is. */
export function statusIfStill(orm: Orm, caseId: number, from: string, to: string, dueAt: number | null): Write {
  return orm.update(cases).set({ status: to, dueAt, escalation: 0 }).where(and(eq(cases.id, caseId), eq(cases.status, from)));
}

export async function findCase(orm: Orm, id: number): Promise<Case | undefined> {
  return (await orm.select().from(cases).where(eq(cases.id, id)))[0];
}

export async function findCaseByRef(orm: Orm, ref: string): Promise<Case | undefined> {
  return (await orm.select().from(cases).where(eq(cases.ref, ref)).limit(1))[0];
}

/** A resident's cases of a kind that are not closed, newest first. */
export async function openCasesOf(orm: Orm, residentId: number, kind?: CaseKind): Promise<Case[]> {
  return orm
    .select()
    .from(cases)
    .where(and(eq(cases.residentId, residentId), ne(cases.status, "closed"), kind ? eq(cases.kind, kind) : undefined))
    .orderBy(desc(cases.lastActivityAt))
    .limit(20);
}

/** Every case a resident has, newest first (for /mydata). */
export async function casesOf(orm: Orm, residentId: number): Promise<Case[]> {
  return orm.select().from(cases).where(eq(cases.residentId, residentId)).orderBy(desc(cases.openedAt)).limit(100);
}

/** A resident's most recently closed case of a kind, for "writes again within 7 days: reopened". */
export async function lastClosedOf(orm: Orm, residentId: number, kind: CaseKind, since: number): Promise<Case | undefined> {
  return (
    await orm
      .select()
      .from(cases)
      .where(and(eq(cases.residentId, residentId), eq(cases.kind, kind), eq(cases.status, "closed"), isNotNull(cases.closedAt), sql`${cases.closedAt} >= ${since}`))
      .orderBy(desc(cases.closedAt))
      .limit(1)
  )[0];
}

export async function eventsOf(orm: Orm, caseId: number): Promise<CaseEvent[]> {
  return orm.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(caseEvents.id);
}

export async function findEvent(orm: Orm, id: number): Promise<CaseEvent | undefined> {
  return (await orm.select().from(caseEvents).where(eq(caseEvents.id, id)).limit(1))[0];
}

/** The newest event of a case (the one a write just added, read after the commit). */
export async function lastEventOf(orm: Orm, caseId: number): Promise<CaseEvent | undefined> {
  return (await orm.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(desc(caseEvents.id)).limit(1))[0];
}

/** Cases waiting for staff (in one of these statuses) past their deadline, or past the next level's. */
export async function overdueCases(orm: Orm, now: number, waiting: readonly string[], limit = 200): Promise<Case[]> {
  return orm
    .select()
    .from(cases)
    .where(and(inArray(cases.status, [...waiting]), isNotNull(cases.dueAt), lt(cases.dueAt, now), lt(cases.escalation, 3)))
    .limit(limit);
}

/** A forgotten resident leaves their cases: the person goes, the texts they wrote are redacted, the numbers stay. */
export function detachResident(orm: Orm, residentId: number, redacted: string): Write[] {
  const theirs = sql`(SELECT ${cases.id} FROM ${cases} WHERE ${cases.residentId} = ${residentId})`;
  return [
    orm.update(caseEvents).set({ body: redacted, attachment: null }).where(and(sql`${caseEvents.caseId} IN ${theirs}`, eq(caseEvents.actor, "resident"))),
    orm.update(cases).set({ summary: redacted, residentId: null, residentName: null }).where(eq(cases.residentId, residentId)),
  ];
}

// ── staff groups and topics ────────────────────────────────────────────────────────────────────

export async function staffGroupOf(orm: Orm, communityId: number): Promise<StaffGroup | undefined> {
  return (await orm.select().from(staffGroups).where(eq(staffGroups.communityId, communityId)))[0];
}

export async function staffGroupByChat(orm: Orm, chatId: string): Promise<StaffGroup | undefined> {
  return (await orm.select().from(staffGroups).where(eq(staffGroups.chatId, chatId)).limit(1))[0];
}

export function linkStaffGroup(orm: Orm, group: { communityId: number; chatId: string; linkedByStaffId: number | null; linkedAt: number }): Write[] {
  return [
    // A group serves one community; linking it elsewhere moves it.
    orm.delete(staffGroups).where(or(eq(staffGroups.chatId, group.chatId), eq(staffGroups.communityId, group.communityId))),
    orm.insert(staffGroups).values(group),
  ];
}

export function unlinkStaffGroup(orm: Orm, chatId: string): Write {
  return orm.delete(staffGroups).where(eq(staffGroups.chatId, chatId));
}

/** A group that Telegram moved to a supergroup keeps its community and topics under the new id. */
export function moveStaffGroup(orm: Orm, from: string, to: string): Write[] {
  return [orm.update(staffGroups).set({ chatId: to }).where(eq(staffGroups.chatId, from)), orm.update(caseTopics).set({ chatId: to }).where(eq(caseTopics.chatId, from))];
}

export async function topicOf(orm: Orm, caseId: number): Promise<CaseTopic | undefined> {
  return (await orm.select().from(caseTopics).where(eq(caseTopics.caseId, caseId)).limit(1))[0];
}

export async function caseOfTopic(orm: Orm, chatId: string, threadId: number): Promise<Case | undefined> {
  const [row] = await orm
    .select({ c: cases })
    .from(caseTopics)
    .innerJoin(cases, eq(cases.id, caseTopics.caseId))
    .where(and(eq(caseTopics.chatId, chatId), eq(caseTopics.threadId, threadId)))
    .limit(1);
  return row?.c;
}

export async function rememberTopic(orm: Orm, topic: CaseTopic): Promise<void> {
  await orm.insert(caseTopics).values(topic).onConflictDoUpdate({ target: caseTopics.caseId, set: { chatId: topic.chatId, threadId: topic.threadId, closed: topic.closed } });
}

export async function forgetTopic(orm: Orm, caseId: number): Promise<void> {
  await orm.delete(caseTopics).where(eq(caseTopics.caseId, caseId));
}

export async function markTopicClosed(orm: Orm, caseId: number, closed: boolean): Promise<void> {
  await orm.update(caseTopics).set({ closed }).where(eq(caseTopics.caseId, caseId));
}

// Residents and their conversations: reads, and write builders that join an atomic write.
import { and, eq, isNotNull, lt, sql } from "drizzle-orm";
import type { Channel, Lang } from "../../vocabulary.js";
import type { Orm, Write } from "../database.js";
import { conversations, residents } from "../schema.js";
import { preparedOnce } from "../statements.js";

export type Resident = typeof residents.$inferSelect;
export type Conversation = typeof conversations.$inferSelect;
export type ResidentChange = Partial<Pick<Resident, "language" | "communityId" | "phone" | "consent" | "consentAt" | "lastSeenAt" | "textSize" | "mapApp">>;

const statements = preparedOnce((orm) => ({
  findResident: orm
    .select()
    .from(residents)
    .where(and(eq(residents.channel, sql.placeholder("channel")), eq(residents.externalId, sql.placeholder("externalId"))))
    .limit(1)
    .prepare(),
  findConversation: orm.select().from(conversations).where(eq(conversations.key, sql.placeholder("key"))).limit(1).prepare(),
}));

export async function findResidentById(orm: Orm, id: number): Promise<Resident | undefined> {
  return (await orm.select().from(residents).where(eq(residents.id, id)).limit(1))[0];
}

export async function findResident(orm: Orm, channel: Channel, externalId: string): Promise<Resident | undefined> {
  return (await statements(orm).findResident.all({ channel, externalId }))[0];
}

/** Creates the resident if new (keeping an existing row as it is) and returns the row. */
export async function ensureResident(orm: Orm, channel: Channel, externalId: string, language: Lang, now: number): Promise<Resident> {
  await orm
    .insert(residents)
    .values({ channel, externalId, language, createdAt: now, lastSeenAt: now })
    .onConflictDoUpdate({ target: [residents.channel, residents.externalId], set: { lastSeenAt: now } });
  const row = await findResident(orm, channel, externalId);
  if (!row) throw new Error("resident vanished right after it was written");
  return row;
}

export function updateResident(orm: Orm, id: number, change: ResidentChange): Write {
  return orm.update(residents).set(change).where(eq(residents.id, id));
}

export function deleteResident(orm: Orm, id: number): Write {
  return orm.delete(residents).where(eq(residents.id, id));
}

export function conversationKey(channel: Channel, externalId: string): string {
  return `${channel}:${externalId}`;
}

export async function findConversation(orm: Orm, key: string): Promise<Conversation | undefined> {
  return (await statements(orm).findConversation.all({ key }))[0];
}

/**
 * Guards an atomic write on the conversation being as it was read (optimistic concurrency: two messages
 * handled at once in two isolates cannot both commit). `version` null: there was no row.
 */
export function conversationUnchanged(key: string, version: number | null) {
  return version === null
    ? sql`NOT EXISTS (SELECT 1 FROM ${conversations} WHERE ${conversations.key} = ${key})`
    : sql`EXISTS (SELECT 1 FROM ${conversations} WHERE ${conversations.key} = ${key} AND ${conversations.version} = ${version})`;
}

/** The conversation's next state, one version on from `version` (null: the first row). */
export function saveConversation(orm: Orm, key: string, version: number | null, next: Pick<Conversation, "flow" | "step" | "data">, now: number): Write {
  if (version === null) return orm.insert(conversations).values({ key, ...next, version: 1, updatedAt: now });
  return orm
    .update(conversations)
    .set({ ...next, version: version + 1, updatedAt: now })
    .where(and(eq(conversations.key, key), eq(conversations.version, version)));
}

export function deleteConversation(orm: Orm, key: string): Write {
  return orm.delete(conversations).where(eq(conversations.key, key));
}

/** Conversations left mid-flow since before `before` start afresh; returns how many. */
export async function resetIdleConversations(orm: Orm, before: number, now: number): Promise<number> {
  const reset = await orm
    .update(conversations)
    .set({ flow: null, step: null, data: {}, updatedAt: now, version: sql`${conversations.version} + 1` })
    .where(and(isNotNull(conversations.flow), lt(conversations.updatedAt, before)))
    .returning({ key: conversations.key });
  return reset.length;
}

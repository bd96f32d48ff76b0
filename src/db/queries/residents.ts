import { and, eq, isNotNull, lt, sql } from "drizzle-orm";
import type { Channel, Lang } from "../../vocabulary.js";
import type { Orm } from "../database.js";
import { conversations, residents } from "../schema.js";
import { preparedOnce } from "../statements.js";

const statements = preparedOnce((orm) => ({
  findResident: orm
    .select()
    .from(residents)
    .where(and(eq(residents.channel, sql.placeholder("channel")), eq(residents.externalId, sql.placeholder("externalId"))))
    .limit(1)
    .prepare(),
  findConversation: orm.select().from(conversations).where(eq(conversations.key, sql.placeholder("key"))).limit(1).prepare(),
}));

export type Resident = typeof residents.$inferSelect;
export type Conversation = typeof conversations.$inferSelect;

export async function findResident(orm: Orm, channel: Channel, externalId: string): Promise<Resident | undefined> {
  return (await statements(orm).findResident.all({ channel, externalId }))[0];
}

/** Creates the resident if new (keeping an existing row as it is) and returns the row. */
export async function ensureResident(
  orm: Orm,
  channel: Channel,
  externalId: string,
  language: Lang,
  now: number,
): Promise<Resident> {
  await orm
    .insert(residents)
    .values({ channel, externalId, language, createdAt: now, lastSeenAt: now })
    .onConflictDoUpdate({ target: [residents.channel, residents.externalId], set: { lastSeenAt: now } });
  const row = await findResident(orm, channel, externalId);
  if (!row) throw new Error("resident vanished right after it was written");
  return row;
}

export async function updateResident(
  orm: Orm,
  id: number,
  change: Partial<Pick<Resident, "language" | "communityId" | "phone" | "consent" | "consentAt" | "lastSeenAt">>,
): Promise<void> {
  await orm.update(residents).set(change).where(eq(residents.id, id));
}

export function conversationKey(channel: Channel, externalId: string): string {
  return `${channel}:${externalId}`;
}

export async function findConversation(orm: Orm, key: string): Promise<Conversation | undefined> {
  return (await statements(orm).findConversation.all({ key }))[0];
}

/**
 * Saves a conversation's next state if nobody else moved it since `expectedVersion` was read
 * (optimistic concurrency: two messages handled at once in two isolates cannot both win).
 * Returns false when someone else did.
 */
export async function saveConversation(
  orm: Orm,
  key: string,
  expectedVersion: number | null,
  next: Pick<Conversation, "flow" | "step" | "data">,
  now: number,
): Promise<boolean> {
  if (expectedVersion === null) {
    const inserted = await orm
      .insert(conversations)
      .values({ key, ...next, version: 1, updatedAt: now })
      .onConflictDoNothing()
      .returning({ key: conversations.key });
    return inserted.length === 1;
  }
  const updated = await orm
    .update(conversations)
    .set({ ...next, version: expectedVersion + 1, updatedAt: now })
    .where(and(eq(conversations.key, key), eq(conversations.version, expectedVersion)))
    .returning({ key: conversations.key });
  return updated.length === 1;
}

/** Conversations left mid-flow since before `before` start afresh; returns how many. */
export async function resetIdleConversations(orm: Orm, before: number, now: number): Promise<number> {
  const reset = await orm
    .update(conversations)
    .set({ flow: null, step: null, data: {}, updatedAt: now })
    .where(and(isNotNull(conversations.flow), lt(conversations.updatedAt, before)))
    .returning({ key: conversations.key });
  return reset.length;
}

import { eq, lt, sql } from "drizzle-orm";
import type { Orm } from "../database.js";
import { telegramUpdates } from "../schema.js";
import { preparedOnce, preparedWrite } from "../statements.js";

const statements = preparedOnce((orm) => ({
  takeUpdate: orm
    .insert(telegramUpdates)
    .values({ updateId: sql.placeholder("updateId"), receivedAt: sql.placeholder("receivedAt") })
    .onConflictDoNothing()
    .returning({ id: telegramUpdates.updateId })
    .prepare(),
  seen: orm.select({ id: telegramUpdates.updateId }).from(telegramUpdates).where(eq(telegramUpdates.updateId, sql.placeholder("updateId"))).limit(1).prepare(),
}));

/**
 * The update's id could not be recorded (the database failed before anything was done): the webhook
 * answers 503 so that Telegram delivers it again, instead of apologising for it (src/bot/bot.ts).
 */
export class UpdateNotRecordedError extends Error {
  constructor(cause: unknown) {
    super("the update's id could not be recorded", { cause });
  }
}

/** Records an update id; false when it was already taken (a redelivery). */
export async function takeUpdate(orm: Orm, updateId: number, now: number): Promise<boolean> {
  const taken = await statements(orm).takeUpdate.all({ updateId, receivedAt: now });
  return taken.length === 1;
}

/** Whether an update's id was recorded: it was handled before (a redelivery). */
export async function updateSeen(orm: Orm, updateId: number): Promise<boolean> {
  return (await statements(orm).seen.all({ updateId })).length > 0;
}

/**
 * Records an update's id as part of an atomic write (a turn's commit on SQLite: src/domain/conversations.ts).
 * The write fails on the id's key when it was recorded meanwhile, and then nothing of it is written.
 */
export const recordUpdate = preparedWrite<{ updateId: number; receivedAt: number }>(["updateId", "receivedAt"], (orm, v) =>
  orm.insert(telegramUpdates).values({ updateId: v.updateId, receivedAt: v.receivedAt }),
);

/** Forgets update ids received before `before`; returns how many. */
export async function pruneUpdates(orm: Orm, before: number): Promise<number> {
  const pruned = await orm.delete(telegramUpdates).where(lt(telegramUpdates.receivedAt, before)).returning({ id: telegramUpdates.updateId });
  return pruned.length;
}

export async function releaseUpdate(orm: Orm, updateId: number): Promise<void> {
  await orm.delete(telegramUpdates).where(eq(telegramUpdates.updateId, updateId));
}

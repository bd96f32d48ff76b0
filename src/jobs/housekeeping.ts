// Keeps the bookkeeping tables small: seen update ids are needed only while Telegram may still redeliver
// (it gives up after a day), and a conversation left mid-flow for a month starts afresh. Also forgets
// people who never consented and have not come back for half a year (the privacy notice says so).
import { and, isNotNull, lt } from "drizzle-orm";
import { conversations, telegramUpdates } from "../db/schema.js";
import type { DomainDeps } from "../domain/deps.js";
import { forgetIdleWithoutConsent } from "../domain/residents.js";

const DAY = 24 * 60 * 60 * 1000;
export const KEEP_UPDATE_IDS_MS = 7 * DAY;
export const KEEP_IDLE_CONVERSATIONS_MS = 30 * DAY;

export async function housekeeping(deps: DomainDeps) {
  const now = deps.now();
  const orm = deps.db.orm;
  const updates = await orm
    .delete(telegramUpdates)
    .where(lt(telegramUpdates.receivedAt, now - KEEP_UPDATE_IDS_MS))
    .returning({ id: telegramUpdates.updateId });
  const stale = await orm
    .update(conversations)
    .set({ flow: null, step: null, data: {}, updatedAt: now })
    .where(and(isNotNull(conversations.flow), lt(conversations.updatedAt, now - KEEP_IDLE_CONVERSATIONS_MS)))
    .returning({ key: conversations.key });
  const forgotten = await forgetIdleWithoutConsent(deps);
  return { updateIdsPruned: updates.length, conversationsReset: stale.length, idleResidentsForgotten: forgotten };
}

// Keeps the bookkeeping tables small: seen update ids are needed only while Telegram may still redeliver
// (it gives up after a day), and a conversation left mid-flow for a month starts afresh. Also forgets
// people who never consented and have not come back for half a year (the privacy notice says so).
import { resetIdleConversations } from "../db/queries/residents.js";
import { pruneUpdates } from "../db/queries/telegram.js";
import type { DomainDeps } from "../domain/deps.js";
import { forgetIdleWithoutConsent } from "../domain/residents.js";

const DAY = 24 * 60 * 60 * 1000;
export const KEEP_UPDATE_IDS_MS = 7 * DAY;
export const KEEP_IDLE_CONVERSATIONS_MS = 30 * DAY;

export async function housekeeping(deps: DomainDeps) {
  const now = deps.now();
  const orm = deps.db.orm;
  const updateIdsPruned = await pruneUpdates(orm, now - KEEP_UPDATE_IDS_MS);
  const conversationsReset = await resetIdleConversations(orm, now - KEEP_IDLE_CONVERSATIONS_MS, now);
  const forgotten = await forgetIdleWithoutConsent(deps);
  return { updateIdsPruned, conversationsReset, idleResidentsForgotten: forgotten };
}

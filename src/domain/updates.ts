// At most once per Telegram update: the first to record an update_id handles it; a redelivery (Telegram
// retries on timeouts and errors) is skipped. A set of seen ids, never "lower than the last one".
import { pruneUpdates, releaseUpdate, takeUpdate, UpdateNotRecordedError } from "../db/queries/telegram.js";
import type { DomainDeps } from "./deps.js";

/** Telegram gives up redelivering after a day; a week leaves room. */
export const KEEP_UPDATE_IDS_MS = 7 * 24 * 60 * 60 * 1000;

export { UpdateNotRecordedError };

/** True for the first delivery of an update, false for a redelivery. */
export async function firstDelivery(deps: DomainDeps, updateId: number): Promise<boolean> {
  try {
    return await takeUpdate(deps.db.orm, updateId, deps.now());
  } catch (error) {
    throw new UpdateNotRecordedError(error);
  }
}

/** Forgets update ids too old to be redelivered; returns how many. */
export function forgetOldUpdates(deps: DomainDeps): Promise<number> {
  return pruneUpdates(deps.db.orm, deps.now() - KEEP_UPDATE_IDS_MS);
}

/** Forgets that an update was taken: it could not be handled (the database was unavailable) and will come again. */
export function giveBack(deps: DomainDeps, updateId: number): Promise<void> {
  return releaseUpdate(deps.db.orm, updateId);
}

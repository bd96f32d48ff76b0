// Keeping only what is needed (hourly): seen update ids once Telegram can no longer redeliver them,
// conversations abandoned mid-flow, what visitors who left no record left behind after a day, counts of
// limits whose window ended, the records of people who never consented and have not come back for
// half a year, and the guide's unanswered questions after 90 days (the privacy notice says so); on the staff
// side, ended console sessions, expired one-time links and spent login counts.
import { forgetOldMisses } from "../domain/catalog/misses.js";
import { pruneInbox, pruneSent } from "../db/queries/outbox.js";
import type { DomainDeps } from "../domain/deps.js";
import { purgeDisowned } from "../domain/media.js";
import { forgetIdleWithoutConsent, forgetPassersBy, restartIdleConversations } from "../domain/residents.js";
import { forgetEndedStaffRecords } from "../domain/staff/sessions.js";
import { forgetOldUpdates } from "../domain/updates.js";
import type { Job } from "./job.js";

export async function housekeeping(deps: DomainDeps) {
  const updateIdsPruned = await forgetOldUpdates(deps);
  // Before resetting idle conversations, which would make a passer-by's look fresh.
  const passersBy = await forgetPassersBy(deps);
  const conversationsReset = await restartIdleConversations(deps);
  const idleResidentsForgotten = await forgetIdleWithoutConsent(deps);
  const searchMissesPruned = await forgetOldMisses(deps);
  const mediaPurged = await purgeDisowned(deps);
  const outboxPruned = await pruneSent(deps.db.orm, deps.now() - KEEP_DELIVERED_MS);
  const inboxPruned = await pruneInbox(deps.db.orm, deps.now() - KEEP_DELIVERED_MS);
  // What a person typed is gone from the files too, not only from the table.
  if (searchMissesPruned) await deps.db.eraseDeleted();
  const staffRecordsPruned = await forgetEndedStaffRecords(deps);
  const limitWindowsPruned = (await deps.limits?.limiter.prune(deps.now())) ?? 0;
  return { passersByConversationsDeleted: passersBy.conversations, passersByFilesDropped: passersBy.files, limitWindowsPruned, updateIdsPruned, conversationsReset, idleResidentsForgotten, searchMissesPruned, staffRecordsPruned, mediaPurged, outboxPruned, inboxPruned };
}

/** Delivered messages are kept this long (for the record of what was sent), then pruned; so are unread web inboxes. */
export const KEEP_DELIVERED_MS = 30 * 24 * 60 * 60 * 1000;

export function housekeepingJob(deps: DomainDeps): Job {
  return { name: "housekeeping", every: 60 * 60 * 1000, run: () => housekeeping(deps) };
}

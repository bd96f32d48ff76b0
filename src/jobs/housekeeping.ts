// Keeping only what is needed (hourly): seen update ids once Telegram can no longer redeliver them,
// conversations abandoned mid-flow, the records of people who never consented and have not come back for
// half a year, and the guide's unanswered questions after 90 days (the privacy notice says so); on the staff
// side, ended console sessions, expired one-time links and spent login counts.
import { forgetOldMisses } from "../domain/catalog/misses.js";
import type { DomainDeps } from "../domain/deps.js";
import { forgetIdleWithoutConsent, restartIdleConversations } from "../domain/residents.js";
import { forgetEndedStaffRecords } from "../domain/staff/sessions.js";
import { forgetOldUpdates } from "../domain/updates.js";
import type { Job } from "./job.js";

export async function housekeeping(deps: DomainDeps) {
  const updateIdsPruned = await forgetOldUpdates(deps);
  const conversationsReset = await restartIdleConversations(deps);
  const idleResidentsForgotten = await forgetIdleWithoutConsent(deps);
  const searchMissesPruned = await forgetOldMisses(deps);
  // What a person typed is gone from the files too, not only from the table.
  if (searchMissesPruned) await deps.db.eraseDeleted();
  const staffRecordsPruned = await forgetEndedStaffRecords(deps);
  return { updateIdsPruned, conversationsReset, idleResidentsForgotten, searchMissesPruned, staffRecordsPruned };
}

export function housekeepingJob(deps: DomainDeps): Job {
  return { name: "housekeeping", every: 60 * 60 * 1000, run: () => housekeeping(deps) };
}

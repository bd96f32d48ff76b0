// What runs on the clock to keep only what is needed (hourly on Node, on the Cron Trigger on Workers):
// seen update ids once Telegram can no longer redeliver them, conversations abandoned mid-flow, and the
// records of people who never consented and have not come back for half a year (the privacy notice says so),
// and on the staff side ended console sessions, expired one-time links and spent login counts.
import type { DomainDeps } from "../domain/deps.js";
import { forgetIdleWithoutConsent, restartIdleConversations } from "../domain/residents.js";
import { forgetEndedStaffRecords } from "../domain/staff/sessions.js";
import { forgetOldUpdates } from "../domain/updates.js";

export async function housekeeping(deps: DomainDeps) {
  const updateIdsPruned = await forgetOldUpdates(deps);
  const conversationsReset = await restartIdleConversations(deps);
  const idleResidentsForgotten = await forgetIdleWithoutConsent(deps);
  const staffRecordsPruned = await forgetEndedStaffRecords(deps);
  return { updateIdsPruned, conversationsReset, idleResidentsForgotten, staffRecordsPruned };
}

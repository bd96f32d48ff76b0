// Keeping only what is needed (hourly): seen update ids once Telegram can no longer redeliver them,
// conversations abandoned mid-flow, and the records of people who never consented and have not come back
// for half a year (the privacy notice says so).
import type { DomainDeps } from "../domain/deps.js";
import { forgetIdleWithoutConsent, restartIdleConversations } from "../domain/residents.js";
import { forgetOldUpdates } from "../domain/updates.js";
import type { Job } from "./job.js";

export async function housekeeping(deps: DomainDeps) {
  const updateIdsPruned = await forgetOldUpdates(deps);
  const conversationsReset = await restartIdleConversations(deps);
  const idleResidentsForgotten = await forgetIdleWithoutConsent(deps);
  return { updateIdsPruned, conversationsReset, idleResidentsForgotten };
}

export function housekeepingJob(deps: DomainDeps): Job {
  return { name: "housekeeping", every: 60 * 60 * 1000, run: () => housekeeping(deps) };
}

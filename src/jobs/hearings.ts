// Every ten minutes: the reminders of hearings that start within a day (src/domain/complaints/hearings.ts).
// On Node a loop, on Workers the cron (both run every job of src/linli.ts).
import { remindHearings } from "../domain/complaints/hearings.js";
import type { DomainDeps } from "../domain/deps.js";
import type { Job } from "./job.js";

export function hearingsJob(deps: DomainDeps): Job {
  return { name: "hearings", every: 10 * 60_000, run: async () => ({ reminded: await remindHearings(deps) }) };
}

// Every hour: complaints called fixed 7 days ago that no resident's verdict closed are closed as fixed,
// marked unconfirmed where nobody answered (src/domain/complaints/handling.ts). Run by both runtimes'
// schedulers, as the other jobs.
import { closeUnanswered } from "../domain/complaints/handling.js";
import type { DomainDeps } from "../domain/deps.js";
import type { Job } from "./job.js";

export function verdictsJob(deps: DomainDeps): Job {
  return { name: "verdicts", every: 60 * 60_000, run: async () => ({ closed: await closeUnanswered(deps) }) };
}

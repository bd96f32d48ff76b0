// Every minute: cases waiting past their deadline go up a level (src/domain/cases/escalation.ts).
import { escalateOverdue } from "../domain/cases/escalation.js";
import type { DomainDeps } from "../domain/deps.js";
import type { Job } from "./job.js";

export function escalationJob(deps: DomainDeps): Job {
  return { name: "escalation", every: 60_000, run: async () => ({ escalated: await escalateOverdue(deps) }) };
}

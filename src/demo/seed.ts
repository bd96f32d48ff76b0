import type { DomainDeps } from "../domain/deps.js";

/** One job's demo data: loads its part into a database that does not have it yet. */
export interface Seed {
  name: string;
  /** Returns how many of each thing it loaded (all 0 when its part was already there). */
  load(deps: DomainDeps): Promise<Record<string, number>>;
}

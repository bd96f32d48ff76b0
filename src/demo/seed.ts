import type { DomainDeps } from "../domain/deps.js";

/** One job's demo data: loads its part into a database that does not have it yet. */
export interface Seed {
  name: string;
  /** Returns how many of each thing it loaded (all 0 when its part was already there). */
  load(deps: DomainDeps): Promise<SeedReport>;
}

export interface SeedReport {
  [loaded: string]: number | { username: string; password: string } | undefined;
  /** The demo admin's console login, made when the demo staff are loaded (the first start prints it once). */
  consoleAdmin?: { username: string; password: string };
}

import type { Database } from "../db/database.js";

/** What every rule needs: the database and a clock (epoch milliseconds, UTC). */
export interface DomainDeps {
  db: Database;
  now(): number;
  /** The time zone shown when a community has none of its own. */
  defaultTimeZone: string;
}

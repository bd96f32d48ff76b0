import type { Database } from "../db/database.js";
import type { Limiter, Limits } from "./limits.js";
import type { MediaStore } from "./media.js";

/** What every rule needs: the databases and a clock (epoch milliseconds, UTC). */
export interface DomainDeps {
  /**
   * What belongs to people: residents, conversations, cases, the ledger, the outbox. One per district
   * when a city outgrows one database ("Growing past one database" in DESIGN.md).
   */
  db: Database;
  /**
   * What is read everywhere: places, staff, the service catalogue, the rulebook. On Node it is the same
   * SQLite database as `db`; nothing that belongs to a person is joined with it.
   */
  directory: Database;
  now(): number;
  /** The time zone shown when a community has none of its own. */
  defaultTimeZone: string;
  /** Where the public reaches this deployment (PUBLIC_URL), for links sent in chat (a console login). */
  publicUrl?: string;
  /** Where uploaded photos are kept; without one, the web chat takes no photos. */
  media?: MediaStore;
  /** How much an address or a person may do in a while (./limits.ts); without it nothing is limited. */
  limits?: { limiter: Limiter; rules: Limits };
  /** Asks for a job to run soon (after a commit that gave it work: a queued message wakes the outbox). */
  wake?(job: string): void;
}

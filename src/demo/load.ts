// Demo data for a fresh install (DEMO_DATA=true, the default): one seed per job, each loading its part
// into a database that does not have it yet, so that `npm start` can be tried at once. Everything in the
// seeds is fictional. One statement per row: D1 allows at most 100 bound parameters per query.
import type { Database } from "../db/database.js";
import type { DomainDeps } from "../domain/deps.js";
import { catalogSeed } from "./catalog.js";
import { complaintHistorySeed } from "./complaints.js";
import { placesSeed } from "./places.js";
import { pointsSeed } from "./points.js";
import type { Seed, SeedReport } from "./seed.js";
import { staffSeed } from "./staff.js";
import { complaintCategoriesSeed } from "../domain/complaints/categories.js";

/** In the order they depend on each other. */
export const seeds: Seed[] = [placesSeed, catalogSeed, staffSeed, pointsSeed, complaintCategoriesSeed];

/**
 * Made-up past activity (months of complaints for the scorecards), loaded after the seeds above by the
 * two entries on a fresh start, never by tests that load the demo places: their numbers stay their own.
 */
export const historySeeds: Seed[] = [complaintHistorySeed];

/** Loads every missing part; returns what was loaded, or null when nothing was missing. */
export async function loadDemoData(db: Database, now = Date.now(), directory: Database = db, options: { history?: boolean } = {}): Promise<SeedReport | null> {
  const deps: DomainDeps = { db, directory, now: () => now, defaultTimeZone: "Asia/Shanghai" };
  const summary: SeedReport = {} as SeedReport;
  for (const seed of [...seeds, ...(options.history ? historySeeds : [])]) Object.assign(summary, await seed.load(deps));
  return Object.values(summary).some((n) => typeof n === "number" && n > 0) ? summary : null;
}

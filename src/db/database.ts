// What the rest of the code sees of the database, whichever driver is below.
import type { BatchItem, BatchResponse } from "drizzle-orm/batch";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import type * as schema from "./schema.js";

/** A drizzle database over either driver. Queries are awaited on both. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Orm = BaseSQLiteDatabase<"sync" | "async", any, typeof schema>;

/** A write that is built, not yet run, so that it can join an atomic write. */
export type Write = BatchItem<"sqlite">;

/**
 * Writes a rule decided on, built when they are committed (inside the transaction or batch they join).
 * Domain functions return these instead of writing, so that a flow's writes and its conversation state
 * are committed together or not at all. `wakes` names the jobs that should run soon after the commit
 * (a queued message wakes the outbox).
 */
export type Change = ((orm: Orm) => Write[]) & {
  wakes?: readonly string[];
  /** It deletes or overwrites a person's data: once committed, leave none of it on disk (`eraseDeleted`). */
  erases?: boolean;
};

/** Several changes as one, in order. */
export function together(...changes: (Change | null | undefined | false)[]): Change {
  const parts = changes.filter((change): change is Change => Boolean(change));
  const combined: Change = (orm) => parts.flatMap((change) => change(orm));
  const wakes = [...new Set(parts.flatMap((change) => change.wakes ?? []))];
  if (wakes.length) combined.wakes = wakes;
  if (parts.some((change) => change.erases)) combined.erases = true;
  return combined;
}

/** A change that wakes these jobs once committed. */
export function waking(change: (orm: Orm) => Write[], ...jobs: string[]): Change {
  return Object.assign(change, { wakes: jobs });
}

/** A change that deletes or overwrites a person's data (see `Database.eraseDeleted`). */
export function erasing(change: (orm: Orm) => Write[]): Change {
  return Object.assign(change, { erases: true });
}

export interface Database {
  readonly driver: "sqlite" | "d1";
  readonly orm: Orm;
  /**
   * Runs every write or none (better-sqlite3: one synchronous transaction; D1: one batch). A failing
   * statement, such as a guard from `guard()`, undoes all of them and rejects.
   */
  atomic(build: (orm: Orm) => Write[]): Promise<void>;
  /**
   * After deleting or overwriting a person's data: leaves none of it in the files on disk. SQLite
   * (`secure_delete` is on) zeroes what a statement frees in the newest copy of each page, but the
   * write-ahead log still holds the older copies until a checkpoint copies the new ones into the
   * database file and empties it. D1: nothing to do from here (README, "Security").
   */
  eraseDeleted(): Promise<void>;
  /**
   * Reads that do not depend on each other, in one round trip: D1 sends them as one batch (one request
   * instead of one each); better-sqlite3 runs them one after another (it has no round trips). Use it
   * where `Promise.all` of queries would be: each query of a Promise.all is its own request on D1.
   */
  batch<T extends readonly [Write, ...Write[]]>(queries: T): Promise<BatchResponse<T>>;
}

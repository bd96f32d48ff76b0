// The embedded default: better-sqlite3 on Node. Never imported from src/worker.ts.
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import BetterSqlite3 from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Database, Orm, Write } from "./database.js";
import * as schema from "./schema.js";
import { keepsStatements } from "./statements.js";

const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), "../../drizzle");

/** How many compiled statements a connection keeps for reuse (the least recently used go first). */
const KEPT_STATEMENTS = 500;

/**
 * drizzle asks better-sqlite3 to compile every query it runs that was not prepared beforehand, and
 * compiling costs more than running most of ours (a CPU profile of bench/webhook: SQLite's statement
 * compiler was the hottest native function). Kept by their SQL, a query's second run skips it. A kept
 * statement is handed out behind a small wrapper: drizzle switches a statement to arrays (`raw()`) for
 * the queries it maps itself, and the wrapper switches it back for a caller that did not ask for that.
 */
function keepCompiled(client: BetterSqlite3.Database): void {
  const compile = client.prepare.bind(client);
  const kept = new Map<string, BetterSqlite3.Statement>();
  client.prepare = ((source: string, ...internal: unknown[]) => {
    // better-sqlite3's own pragma() passes more arguments: left as it is.
    if (internal.length > 0) return (compile as (...args: unknown[]) => BetterSqlite3.Statement)(source, ...internal);
    let statement = kept.get(source);
    if (statement) kept.delete(source); // moved to the end: most recently used
    else statement = compile(source);
    kept.set(source, statement);
    if (kept.size > KEPT_STATEMENTS) kept.delete(kept.keys().next().value!);
    return shared(statement);
  }) as typeof client.prepare;
}

/** A kept statement as one caller sees it: rows as objects unless this caller asks for `raw()`. */
function shared(statement: BetterSqlite3.Statement): BetterSqlite3.Statement {
  const objects = () => (statement.reader ? statement.raw(false) : statement);
  return {
    source: statement.source,
    reader: statement.reader,
    readonly: statement.readonly,
    run: (...params: unknown[]) => statement.run(...params),
    all: (...params: unknown[]) => objects().all(...params),
    get: (...params: unknown[]) => objects().get(...params),
    iterate: (...params: unknown[]) => objects().iterate(...params),
    raw: (toggle = true) => statement.raw(toggle),
  } as unknown as BetterSqlite3.Statement;
}

/** How often the checkpointer thread copies the WAL's new pages into the database file. */
const CHECKPOINT_EVERY_MS = 1000;

/**
 * The checkpointer: a thread with a connection of its own that copies the WAL's pages into the database
 * file (a PASSIVE checkpoint: it waits for no reader or writer). Left to SQLite, the connection that
 * commits runs a checkpoint inside every commit that takes the WAL past 1,000 pages, and with it two
 * fsyncs: the event loop — every chat — waits for the disk meanwhile (7–9 ms a time on the development
 * VM, longer on a slow disk). Its source is here rather than in a file of its own so that it runs the
 * same from the TypeScript sources and from the build.
 */
const checkpointerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma("busy_timeout = 5000");
const timer = setInterval(() => db.pragma("wal_checkpoint(PASSIVE)"), workerData.everyMs);
parentPort.on("message", () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

/**
 * Starts the checkpointer for a database file and turns the connection's own checkpoints off. Should the
 * thread stop for any reason but `stop()`, the connection checkpoints for itself again (SQLite's default),
 * so the WAL never grows without bound, and `onStopped` is told. Exported for its test.
 */
export function checkpointInBackground(client: BetterSqlite3.Database, path: string, onStopped?: (error?: unknown) => void): { stop(): void; thread: Worker } {
  const thread = new Worker(checkpointerSource, {
    eval: true,
    workerData: { driver: createRequire(import.meta.url).resolve("better-sqlite3"), path: resolve(path), everyMs: CHECKPOINT_EVERY_MS },
  });
  thread.unref();
  let stopped = false;
  const selfCheckpoint = (error?: unknown) => {
    if (stopped) return;
    stopped = true;
    if (client.open) client.pragma("wal_autocheckpoint = 1000");
    onStopped?.(error);
  };
  thread.on("error", selfCheckpoint);
  thread.on("exit", () => selfCheckpoint());
  client.pragma("wal_autocheckpoint = 0");
  return {
    stop() {
      stopped = true;
      thread.postMessage("stop");
    },
    thread,
  };
}

export interface SqliteOptions {
  /**
   * Checkpoints in a thread of their own (the server: src/node.ts). Off for short-lived commands and
   * tests, whose connection checkpoints for itself; and for ":memory:", which has no WAL.
   */
  checkpointer?: boolean;
  /** Told when the checkpointer thread stopped on its own (the connection checkpoints for itself again). */
  onCheckpointerStopped?: (error?: unknown) => void;
}

/** Opens (creating if needed) and migrates a SQLite database; ":memory:" for tests. */
export function openSqlite(path: string, options: SqliteOptions = {}): Database & { close(): void } {
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const client = new BetterSqlite3(path);
  client.pragma("journal_mode = WAL");
  // What better-sqlite3 gives a WAL database anyway, said here: a commit survives linli or Node crashing,
  // and does not wait for the disk; a power cut can undo the last commits (README, "Backups").
  client.pragma("synchronous = NORMAL");
  client.pragma("foreign_keys = ON");
  client.pragma("busy_timeout = 5000");
  // A deletion leaves zeros, not the deleted bytes, in the pages it frees (see eraseDeleted).
  client.pragma("secure_delete = ON");
  const orm = drizzle({ client, schema });
  migrate(orm, { migrationsFolder });
  keepCompiled(client);
  keepsStatements(orm as unknown as Orm);
  const checkpointer = options.checkpointer && path !== ":memory:" ? checkpointInBackground(client, path, options.onCheckpointerStopped) : undefined;
  // better-sqlite3 transactions must be synchronous: the writes are built first, then run in one go. One
  // transaction function for every atomic write (making one per write, as drizzle's transaction() does,
  // costs more than a ledger transfer's statements).
  const runAll = client.transaction((writes: Write[]) => {
    for (const write of writes) (write as unknown as { run(): unknown }).run();
  });
  return {
    driver: "sqlite",
    orm: orm as unknown as Orm,
    async atomic(build) {
      // Built on the database itself (one connection: inside the transaction all the same), so that
      // statements it keeps compiled (statements.ts, preparedWrite) can join.
      runAll(build(orm as unknown as Orm));
    },
    async eraseDeleted() {
      client.pragma("wal_checkpoint(TRUNCATE)");
    },
    // No round trips to save: each query on its own, in order.
    batch: (async (queries: readonly Write[]) => {
      const results: unknown[] = [];
      for (const query of queries) results.push(await query);
      return results;
    }) as never,
    close: () => {
      checkpointer?.stop();
      client.close();
    },
  };
}

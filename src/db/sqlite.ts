// The embedded default: better-sqlite3 on Node. Never imported from src/worker.ts.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Database, Orm, Write } from "./database.js";
import * as schema from "./schema.js";
import { keepsStatements } from "./statements.js";

const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), "../../drizzle");

/** Opens (creating if needed) and migrates a SQLite database; ":memory:" for tests. */
export function openSqlite(path: string): Database & { close(): void } {
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const client = new BetterSqlite3(path);
  client.pragma("journal_mode = WAL");
  client.pragma("foreign_keys = ON");
  client.pragma("busy_timeout = 5000");
  // A deletion leaves zeros, not the deleted bytes, in the pages it frees (see eraseDeleted).
  client.pragma("secure_delete = ON");
  const orm = drizzle({ client, schema });
  migrate(orm, { migrationsFolder });
  keepsStatements(orm as unknown as Orm);
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
    close: () => client.close(),
  };
}

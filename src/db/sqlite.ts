// The embedded default: better-sqlite3 on Node. Never imported from src/worker.ts.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Database, Orm, Write } from "./database.js";
import * as schema from "./schema.js";

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
  return {
    driver: "sqlite",
    orm: orm as unknown as Orm,
    async atomic(build) {
      // better-sqlite3 transactions must be synchronous: build the writes, then run them in one go.
      orm.transaction((tx) => {
        for (const write of build(tx as unknown as Orm)) (write as unknown as { run(): unknown }).run();
      });
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

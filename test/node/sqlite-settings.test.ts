// The SQLite settings README's "Backups" promises: WAL, synchronous=NORMAL (a commit survives linli or Node
// crashing and does not wait for the disk), secure_delete, foreign keys — on a database file as `npm start` opens it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { openSqlite } from "../../src/db/sqlite.js";

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("SQLite as linli opens it", () => {
  it("is in WAL mode with synchronous=NORMAL, secure_delete and foreign keys, also when opened again", async () => {
    dir = mkdtempSync(join(tmpdir(), "linli-settings-"));
    const path = join(dir, "linli.db");
    for (const attempt of ["new file", "existing file"]) {
      const db = openSqlite(path);
      const pragma = async (name: string) => Object.values((await db.orm.all<Record<string, unknown>>(sql.raw(`PRAGMA ${name}`)))[0]!)[0];
      expect([attempt, await pragma("journal_mode")]).toEqual([attempt, "wal"]);
      expect([attempt, await pragma("synchronous")]).toEqual([attempt, 1]); // NORMAL
      expect([attempt, await pragma("secure_delete")]).toEqual([attempt, 1]);
      expect([attempt, await pragma("foreign_keys")]).toEqual([attempt, 1]);
      db.close();
    }
  });
});

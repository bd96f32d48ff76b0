// The SQLite settings README's "Backups" promises: WAL, synchronous=NORMAL (a commit survives linli or Node
// crashing and does not wait for the disk), secure_delete, foreign keys — on a database file as `npm start` opens it.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import BetterSqlite3 from "better-sqlite3";
import { checkpointInBackground, openSqlite } from "../../src/db/sqlite.js";

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
      // A command's or a test's connection checkpoints for itself (SQLite's default: every 1,000 pages).
      expect([attempt, await pragma("wal_autocheckpoint")]).toEqual([attempt, 1000]);
      db.close();
    }
  });

  it("as the server opens it, copies the WAL into the database file from a thread of its own, never in a commit", async () => {
    dir = mkdtempSync(join(tmpdir(), "linli-settings-"));
    const path = join(dir, "linli.db");
    const db = openSqlite(path, { checkpointer: true });
    try {
      const [row] = await db.orm.all<{ wal_autocheckpoint: number }>(sql`PRAGMA wal_autocheckpoint`);
      expect(row!.wal_autocheckpoint).toBe(0);
      await db.orm.run(sql`CREATE TABLE filler (x TEXT)`);
      const before = statSync(path).size;
      // 200 commits of a page each: fewer WAL pages than make the connection checkpoint for itself (1,000).
      for (let i = 0; i < 200; i++) await db.orm.run(sql`INSERT INTO filler VALUES (${"x".repeat(3000)})`);
      await vi.waitFor(() => expect(statSync(path).size).toBeGreaterThanOrEqual(before + 200 * 3000), { timeout: 5000, interval: 50 });
      expect(await db.orm.all(sql`SELECT count(*) AS n FROM filler`)).toEqual([{ n: 200 }]);
    } finally {
      db.close();
    }
  });

  it("checkpoints on the connection again, and says so, when the checkpointer thread stops on its own", async () => {
    dir = mkdtempSync(join(tmpdir(), "linli-settings-"));
    const path = join(dir, "linli.db");
    openSqlite(path).close();
    const client = new BetterSqlite3(path);
    const told: unknown[] = [];
    try {
      const checkpointer = checkpointInBackground(client, path, (error) => told.push(error ?? "exited"));
      expect(client.pragma("wal_autocheckpoint", { simple: true })).toBe(0);
      await checkpointer.thread.terminate();
      await vi.waitFor(() => expect(told).toEqual(["exited"]), { timeout: 5000, interval: 20 });
      expect(client.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
    } finally {
      client.close();
    }
  });
});

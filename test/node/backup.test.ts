// Backups (issue 14): `npm run backup` copies the database while it is being written to, the copy holds
// every row of a consistent moment, `npm run restore` refuses while linli runs and puts the copy back —
// into a fresh directory, or over a database changed since — and the data are equal, table by table.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { backupDatabase, BackupError, markRunning, restoreDatabase } from "../../src/db/backup.js";
import { openSqlite } from "../../src/db/sqlite.js";
import { loadDemoData } from "../../src/demo/load.js";

const run = promisify(execFile);
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every row of every table, in order: what "the data are equal" means. */
function everything(path: string): Record<string, unknown[]> {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
    // Sorted as text: some tables have no rowid to order by.
    return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all().map((row) => JSON.stringify(row)).sort()]));
  } finally {
    db.close();
  }
}

async function demoDatabase(path: string) {
  const db = openSqlite(path);
  await loadDemoData(db);
  db.close();
}

describe("backups", () => {
  it("backs up under write load: the copy is one consistent moment, and every row of it comes back in a fresh directory", async () => {
    dir = mkdtempSync(join(tmpdir(), "linli-backup-"));
    const live = join(dir, "linli.db");
    await demoDatabase(live);
    // Another process's writes, all the time the backup runs: a question recorded every millisecond.
    const writer = new BetterSqlite3(live);
    writer.pragma("busy_timeout = 5000");
    const insert = writer.prepare("INSERT INTO search_misses (query, language, community_id, at) VALUES (?, 'zh', NULL, 1764374400000)");
    let written = 0;
    const load = setInterval(() => {
      for (let i = 0; i < 20; i++) insert.run(`问题 ${++written}`);
    }, 1);
    await new Promise((r) => setTimeout(r, 50));
    const file = join(dir, "backup.db");
    try {
      await backupDatabase(live, file);
    } finally {
      clearInterval(load);
    }
    await new Promise((r) => setTimeout(r, 20));
    writer.close();
    expect(written).toBeGreaterThan(0);

    const copy = everything(file);
    const now = everything(live);
    // Every table but the one being written is as it is; that one holds a prefix of what was written, none missing.
    for (const table of Object.keys(now)) if (table !== "search_misses") expect(copy[table], table).toEqual(now[table]);
    const ids = (rows: unknown[]) => rows.map((r) => (JSON.parse(r as string) as { id: number }).id).sort((a, b) => a - b);
    const copied = ids(copy.search_misses!);
    expect(copied.length).toBeGreaterThan(0);
    expect(copied).toEqual(ids(now.search_misses!).slice(0, copied.length));

    const fresh = join(dir, "fresh", "linli.db");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(join(dir, "fresh"));
    expect(await restoreDatabase(file, fresh)).toEqual({ replaced: null });
    expect(everything(fresh)).toEqual(copy);
    // linli starts on it as it is (its migrations are all there).
    const started = openSqlite(fresh);
    started.close();
    expect(everything(fresh)).toEqual(copy);
  }, 60_000);

  it("back up, change, restore: the data are equal to the backup's, and the replaced database is kept", async () => {
    dir = mkdtempSync(join(tmpdir(), "linli-restore-"));
    const live = join(dir, "linli.db");
    await demoDatabase(live);
    const file = join(dir, "backup.db");
    await backupDatabase(live, file);
    const before = everything(live);

    const db = new BetterSqlite3(live);
    db.exec("DELETE FROM search_misses; UPDATE communities SET name_en = 'changed'; INSERT INTO search_misses (query, language, at) VALUES ('新的', 'zh', 1764374400000)");
    db.close();
    expect(everything(live)).not.toEqual(before);

    const { replaced } = await restoreDatabase(file, live);
    expect(everything(live)).toEqual(before);
    expect(replaced).toMatch(/linli\.db\.before-restore-/);
    expect((everything(replaced!).search_misses as unknown[]).length).toBe(1);
  }, 60_000);

  it("refuses to restore while linli runs, over a file that is not a linli database, and to overwrite a backup", async () => {
    dir = mkdtempSync(join(tmpdir(), "linli-refuse-"));
    const live = join(dir, "linli.db");
    await demoDatabase(live);
    const file = join(dir, "backup.db");
    await backupDatabase(live, file);
    await expect(backupDatabase(live, file)).rejects.toThrow(/exists already/);

    const unmark = markRunning(live);
    await expect(restoreDatabase(file, live)).rejects.toThrow(new RegExp(`linli is running on .* \\(process ${process.pid}\\)`));
    unmark();

    const junk = join(dir, "junk.db");
    writeFileSync(junk, "this is not a database");
    await expect(restoreDatabase(junk, live)).rejects.toBeInstanceOf(BackupError);
    const empty = join(dir, "empty.db");
    new BetterSqlite3(empty).exec("CREATE TABLE t (x)");
    await expect(restoreDatabase(empty, live)).rejects.toThrow(/not a linli database/);
  }, 60_000);

  it("npm run backup and npm run restore at the command line, with what they did or why not", async () => {
    dir = mkdtempSync(join(tmpdir(), "linli-cli-"));
    const live = join(dir, "linli.db");
    await demoDatabase(live);
    const env = { ...process.env, DATABASE_PATH: live };
    const script = ["--import", "tsx", "scripts/backup.ts"];
    const file = join(dir, "backup.db");
    const backedUp = await run("node", [...script, "backup", file], { env });
    expect(backedUp.stdout).toMatch(/^backed up .* → .*backup\.db: \d+ pages, \d+ tables, \d+ rows/);
    const unmark = markRunning(live);
    const refused = await run("node", [...script, "restore", file], { env }).catch((e: { code: number; stderr: string }) => e);
    unmark();
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toMatch(/^restore: linli is running/);
    const restored = await run("node", [...script, "restore", file], { env });
    expect(restored.stdout).toMatch(/^restored .* the database it replaced is kept as /);
    const usage = await run("node", [...script, "backup"], { env }).catch((e: { code: number; stderr: string }) => e);
    expect(usage).toMatchObject({ code: 2 });
  }, 60_000);
});

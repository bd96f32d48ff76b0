// Backups of the SQLite database on Node (README, "Backups"): an online, consistent copy taken with
// SQLite's backup API while linli runs (better-sqlite3's `backup`: its first step copies every page in one
// read transaction, a snapshot that writers in WAL mode are not held up by), and a restore that refuses
// while linli runs and keeps the database it replaces. Never imported from src/worker.ts (D1: README).
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import BetterSqlite3 from "better-sqlite3";

export class BackupError extends Error {}

/** The file `npm start` keeps next to its database while it runs, with its process id. */
export const runningMarker = (databasePath: string) => `${resolve(databasePath)}.running`;

/** Says, for as long as this process runs, that linli uses this database (`restore` refuses meanwhile). */
export function markRunning(databasePath: string): () => void {
  const marker = runningMarker(databasePath);
  writeFileSync(marker, String(process.pid));
  return () => rmSync(marker, { force: true });
}

/** The process id of a linli that uses this database now, or null (a marker left by a killed one is stale). */
export function runningLinli(databasePath: string): number | null {
  const marker = runningMarker(databasePath);
  if (!existsSync(marker)) return null;
  const pid = Number(readFileSync(marker, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: it exists but belongs to someone else — still running.
    return (error as NodeJS.ErrnoException).code === "EPERM" ? pid : null;
  }
}

/** Row counts of every table, for saying what a backup holds. */
export function tableCounts(path: string): Record<string, number> {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
    return Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

/** Copies the database at `databasePath` into `file` (a new file; an existing one is refused). */
export async function backupDatabase(databasePath: string, file: string): Promise<{ pages: number }> {
  if (!existsSync(databasePath)) throw new BackupError(`there is no database at ${databasePath} (DATABASE_PATH)`);
  if (existsSync(file)) throw new BackupError(`${file} exists already; choose a new file name`);
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  const source = new BetterSqlite3(databasePath, { readonly: true, fileMustExist: true });
  try {
    // All remaining pages in one step: copied in pieces, every write in between by another process
    // would start the copy again, and under a steady load it would never end.
    const done = await source.backup(partial, { progress: () => 0x7fffffff });
    // The copy is one file: its journal mode says nothing of the live database's WAL.
    const copy = new BetterSqlite3(partial);
    const check = copy.pragma("integrity_check", { simple: true });
    copy.pragma("journal_mode = DELETE");
    copy.close();
    if (check !== "ok") throw new BackupError(`the copy failed its integrity check: ${String(check)}`);
    renameSync(partial, file);
    return { pages: done.totalPages };
  } finally {
    source.close();
    rmSync(partial, { force: true });
  }
}

/**
 * Puts a backup back at `databasePath`: refused while linli runs on it, and for a file that is not a
 * sound linli database. The database it replaces is kept beside it (`<path>.before-restore-<time>`).
 */
export async function restoreDatabase(file: string, databasePath: string, now = new Date()): Promise<{ replaced: string | null }> {
  const pid = runningLinli(databasePath);
  if (pid !== null) throw new BackupError(`linli is running on ${databasePath} (process ${pid}); stop it first`);
  if (!existsSync(file)) throw new BackupError(`there is no backup at ${file}`);
  let backup: BetterSqlite3.Database;
  try {
    backup = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const check = backup.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new BackupError(`${file} failed its integrity check: ${String(check)}`);
    const migrations = backup.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
    if (!migrations) throw new BackupError(`${file} is not a linli database (it has no migrations table)`);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} is not an SQLite database: ${(error as Error).message}`);
  }
  try {
    let replaced: string | null = null;
    if (existsSync(databasePath)) {
      replaced = `${resolve(databasePath)}.before-restore-${now.toISOString().replace(/[:.]/g, "-")}`;
      await backupDatabase(databasePath, replaced);
    }
    // Through SQLite, so that a write-ahead log left by the old database is replaced too, not replayed.
    await backup.backup(databasePath);
    return { replaced };
  } finally {
    backup.close();
  }
}

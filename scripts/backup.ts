// npm run backup -- FILE     an online, consistent copy of the database at DATABASE_PATH, while linli runs
// npm run restore -- FILE    puts a copy back (refused while linli runs; the replaced database is kept)
// README, "Backups". For D1 see the same section: Time Travel and per-table exports.
import { ConfigError, loadConfig } from "../src/config.js";
import { backupDatabase, BackupError, restoreDatabase, tableCounts } from "../src/db/backup.js";

const usage = "usage: npm run backup -- <file>   |   npm run restore -- <file>";

async function main() {
  const [command, file, ...rest] = process.argv.slice(2);
  if ((command !== "backup" && command !== "restore") || !file || rest.length) {
    console.error(usage);
    process.exit(2);
  }
  const config = loadConfig(process.env);
  const databasePath = config.database.path;
  if (command === "backup") {
    const started = Date.now();
    const { pages } = await backupDatabase(databasePath, file);
    const counts = tableCounts(file);
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(`backed up ${databasePath} → ${file}: ${pages} pages, ${Object.keys(counts).length} tables, ${rows} rows, in ${Date.now() - started} ms`);
  } else {
    const { replaced } = await restoreDatabase(file, databasePath);
    console.log(`restored ${file} → ${databasePath}${replaced ? `; the database it replaced is kept as ${replaced}` : ""}`);
  }
}

main().catch((error) => {
  if (error instanceof BackupError || error instanceof ConfigError) {
    console.error(`${process.argv[2] ?? "backup"}: ${error.message}`);
    process.exit(1);
  }
  console.error(error);
  process.exit(1);
});

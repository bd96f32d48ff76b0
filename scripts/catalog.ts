// npm run catalog -- import <file.yaml|file.json|file.csv> [--dry-run]
// npm run catalog -- export [--format yaml|json|csv|sql] [--out file] [--no-bom]
// Works on the SQLite database at DATABASE_PATH (the same one `npm start` uses). For D1, see docs/catalog.md.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { basename, extname } from "node:path";
import { parse, stringify } from "yaml";
import { ConfigError, loadConfig } from "../src/config.js";
import { openSqlite } from "../src/db/sqlite.js";
import { CsvError } from "../src/csv.js";
import { catalogToCsv, csvToCatalog, CsvHeaderError } from "../src/domain/catalog/csv.js";
import { exportCatalog } from "../src/domain/catalog/export.js";
import { topSearchMisses } from "../src/db/queries/catalog.js";
import { catalogSchema, MAX_CATALOG_FILE_BYTES, type Catalog } from "../src/domain/catalog/format.js";
import { catalogWriter, csvRow, importCatalog } from "../src/domain/catalog/import.js";
import type { Orm } from "../src/db/database.js";

const usage = `usage:
  npm run catalog -- import <file.yaml|file.json|file.csv> [--dry-run]
  npm run catalog -- export [--format yaml|json|csv|sql] [--out <file>] [--no-bom]
                                             (CSV starts with a byte-order mark for Excel unless --no-bom)
  npm run catalog -- misses [--days 30]      what residents asked and the guide did not find`;

/**
 * The catalogue as upsert statements with their values written in, for D1:
 * `npx wrangler d1 execute linli --remote --file catalogue.sql`.
 */
async function catalogSql(orm: Orm, catalog: Catalog): Promise<string> {
  const literal = (v: unknown): string =>
    v === null || v === undefined ? "NULL" : typeof v === "number" ? String(v) : typeof v === "boolean" ? (v ? "1" : "0") : `'${String(v).replaceAll("'", "''")}'`;
  return (await catalogWriter(catalog, Date.now()))(orm)
    .map((write) => {
      const { sql, params } = (write as unknown as { toSQL(): { sql: string; params: unknown[] } }).toSQL();
      let i = 0;
      return `${sql.replace(/\?/g, () => literal(params[i++]))};`;
    })
    .join("\n");
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const flag = (name: string) => rest.includes(name);
  const option = (name: string) => {
    const i = rest.indexOf(name);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) fail(`catalog: ${error.message}`);
    throw error;
  }
  const db = openSqlite(config.database.path);
  const deps = { db, directory: db, now: () => Date.now(), defaultTimeZone: config.timeZone };

  if (command === "import") {
    const file = rest.find((a) => !a.startsWith("--"));
    if (!file) fail(usage);
    let text: string;
    try {
      // Refused before it is read: a file far beyond any catalogue would only fill the memory.
      const { size } = statSync(file);
      if (size > MAX_CATALOG_FILE_BYTES) {
        fail(`catalog: ${file} is ${megabytes(size)}; a catalogue file may be at most ${megabytes(MAX_CATALOG_FILE_BYTES)} (split it, e.g. by group); nothing was changed`);
      }
      text = readFileSync(file, "utf8");
    } catch (error) {
      fail(`catalog: cannot read ${file}: ${(error as Error).message}`);
    }
    const csv = extname(file).toLowerCase() === ".csv";
    let input: unknown;
    try {
      input = csv ? csvToCatalog(text) : parse(text, { maxAliasCount: 10_000 });
    } catch (error) {
      if (error instanceof CsvHeaderError || error instanceof CsvError) fail(`catalog: ${file}: ${error.message}; nothing was changed`);
      fail(`catalog: ${file} is not valid ${csv ? "CSV" : "YAML/JSON"}: ${(error as Error).message}`);
    }
    const report = await importCatalog(deps, input, {
      dryRun: flag("--dry-run"),
      rowLabel: csv ? csvRow : undefined,
      actor: `cli:${userInfo().username}`,
      source: basename(file),
    });
    if (!report.ok) {
      console.error(`catalog: ${file} has ${report.errors.length} error(s); nothing was changed:`);
      for (const e of report.errors) console.error(`  ${e}`);
      process.exit(1);
    }
    const line = (name: string, c: { added: number; updated: number }) => `${name}: ${c.added} new, ${c.updated} updated`;
    console.log(
      `${report.dryRun ? "dry run, nothing written — would import" : "imported"} ${file}\n  ${[
        line("agencies", report.agencies),
        line("groups", report.groups),
        line("services", report.services),
        `community answers: ${report.communityAnswers}`,
      ].join("\n  ")}`,
    );
  } else if (command === "export") {
    const format = option("--format") ?? "yaml";
    if (!["yaml", "json", "csv", "sql"].includes(format)) fail(`catalog: --format must be yaml, json, csv or sql\n${usage}`);
    const catalog = catalogSchema.parse(await exportCatalog(deps));
    const text =
      format === "csv"
        ? catalogToCsv(catalog, { bom: !flag("--no-bom") })
        : format === "json"
          ? `${JSON.stringify(catalog, null, 2)}\n`
          : format === "sql"
            ? `${await catalogSql(db.orm, catalog)}\n`
            : stringify(catalog, { lineWidth: 0, aliasDuplicateObjects: false });
    const out = option("--out");
    if (out) {
      writeFileSync(out, text);
      console.error(`exported ${catalog.services.length} services to ${out}`);
    } else process.stdout.write(text);
  } else if (command === "misses") {
    const days = Number(option("--days") ?? 30);
    if (!Number.isInteger(days) || days < 1) fail(`catalog: --days must be a whole number of days\n${usage}`);
    const rows = await topSearchMisses(db.orm, Date.now() - days * 24 * 60 * 60 * 1000, 50);
    if (rows.length === 0) console.log(`no unanswered questions in the last ${days} days`);
    else {
      console.log(`unanswered questions in the last ${days} days (most asked first):`);
      for (const r of rows) console.log(`${String(r.times).padStart(5)}  ${r.language}  ${r.query}`);
    }
  } else {
    fail(usage);
  }
  db.close();
}

await main();

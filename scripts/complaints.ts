// npm run complaints -- categories import <file.yaml|file.json|file.csv> [--dry-run]
// npm run complaints -- categories export [--format yaml|json|csv] [--out file] [--no-bom]
// The complaint categories (defaults and communities' own) from and to a file, like the catalogue's.
// Works on the SQLite database at DATABASE_PATH (the one `npm start` uses), as the operator; an import
// is checked first (an error per row and field) and written all or nothing with its audit row.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { basename, extname } from "node:path";
import { parse, stringify } from "yaml";
import { CsvError } from "../src/csv.js";
import { CategoryCsvHeaderError, categoriesToCsv, csvToCategories, exportCategories, importCategories } from "../src/domain/complaints/category-files.js";
import type { DomainDeps } from "../src/domain/deps.js";
import { operator } from "../src/domain/staff/actor.js";
import { runAsScript } from "./command-line.js";

export const usage = `usage:
  npm run complaints -- categories import <file.yaml|file.json|file.csv> [--dry-run]
  npm run complaints -- categories export [--format yaml|json|csv] [--out <file>] [--no-bom]`;

const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface CliIo {
  deps: DomainDeps;
  out(text: string): void;
  err(line: string): void;
  operatorName: string;
}

export async function runComplaintsCommand(args: string[], io: CliIo): Promise<number> {
  const [group, command, ...rest] = args;
  const flag = (name: string) => rest.includes(name);
  const option = (name: string) => {
    const i = rest.indexOf(name);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  if (group !== "categories") {
    io.err(usage);
    return 2;
  }
  if (command === "import") {
    const file = rest.find((a) => !a.startsWith("--"));
    if (!file) {
      io.err(usage);
      return 2;
    }
    let text: string;
    try {
      const { size } = statSync(file);
      if (size > MAX_FILE_BYTES) {
        io.err(`complaints: ${file} is larger than 2 MB; nothing was changed`);
        return 1;
      }
      text = readFileSync(file, "utf8");
    } catch (error) {
      io.err(`complaints: cannot read ${file}: ${(error as Error).message}`);
      return 1;
    }
    const csv = extname(file).toLowerCase() === ".csv";
    let input: unknown;
    try {
      input = csv ? csvToCategories(text) : parse(text, { maxAliasCount: 1000 });
    } catch (error) {
      if (error instanceof CategoryCsvHeaderError || error instanceof CsvError) io.err(`complaints: ${file}: ${error.message}; nothing was changed`);
      else io.err(`complaints: ${file} is not valid ${csv ? "CSV" : "YAML/JSON"}: ${(error as Error).message}; nothing was changed`);
      return 1;
    }
    const report = await importCategories(io.deps, operator(`cli:${io.operatorName}`), input, { dryRun: flag("--dry-run"), csv, source: basename(file) });
    if (!report.ok) {
      io.err(`complaints: ${file} has ${report.errors.length} error(s); nothing was changed:`);
      for (const e of report.errors) io.err(`  ${e}`);
      return 1;
    }
    io.out(`${report.dryRun ? "dry run, nothing written — would import" : "imported"} ${file}: ${report.added} new, ${report.updated} updated, ${report.unchanged} unchanged\n`);
    return 0;
  }
  if (command === "export") {
    const format = option("--format") ?? "yaml";
    if (!["yaml", "json", "csv"].includes(format)) {
      io.err(`complaints: --format must be yaml, json or csv\n${usage}`);
      return 2;
    }
    const file = await exportCategories(io.deps);
    const text =
      format === "csv" ? categoriesToCsv(file, { bom: !flag("--no-bom") }) : format === "json" ? `${JSON.stringify(file, null, 2)}\n` : stringify(file, { lineWidth: 0 });
    const out = option("--out");
    if (out) {
      writeFileSync(out, text);
      io.err(`exported ${file.categories.length} categories to ${out}`);
    } else io.out(text);
    return 0;
  }
  io.err(usage);
  return 2;
}

runAsScript(import.meta.url, "complaints", (args, { deps }) =>
  runComplaintsCommand(args, {
    deps,
    out: (text) => process.stdout.write(text),
    err: (line) => console.error(line),
    operatorName: userInfo().username,
  }));

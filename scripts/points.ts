// npm run points -- rules import <file.yaml|file.json|file.csv> [--dry-run]
// npm run points -- rules export [--format yaml|csv]
// npm run points -- verify
// Works on the SQLite database at DATABASE_PATH (the one `npm start` uses), as the operator. An import is
// checked whole first — every error named by its row and field — then written all or nothing, with its
// audit row (actor "cli:<os user>"). `verify` recomputes every balance from the ledger's entries.
import { readFileSync, statSync } from "node:fs";
import { userInfo } from "node:os";
import { basename, extname } from "node:path";
import { parse, stringify } from "yaml";
import { CsvError, readCsv } from "../src/csv.js";
import { allDistricts } from "../src/db/queries/places.js";
import { allRules } from "../src/db/queries/points.js";
import { csvRow } from "../src/domain/catalog/import.js";
import type { DomainDeps } from "../src/domain/deps.js";
import { csvToRulebook, importRules, ruleAsInput, rulebookCsv, RuleCsvError } from "../src/domain/points/rules.js";
import { verifyLedger } from "../src/domain/points/verify.js";
import { runAsScript } from "./command-line.js";

export const usage = `usage:
  npm run points -- rules import <file.yaml|file.json|file.csv> [--dry-run]
  npm run points -- rules export [--format yaml|csv]
  npm run points -- verify          every balance recomputed from the entries; exit 1 on any difference`;

/** A rulebook file is small: tens of kilobytes for a city. */
export const MAX_RULEBOOK_BYTES = 2 * 1024 * 1024;

export interface PointsCliIo {
  deps: DomainDeps;
  out(line: string): void;
  err(line: string): void;
  operatorName: string;
  readFile?: (path: string) => string;
}

/** Runs one command; returns the exit code (0 done, 1 refused or a difference found, 2 usage). */
export async function runPointsCommand(argv: string[], io: PointsCliIo): Promise<number> {
  const [command, sub, ...rest] = argv;
  const deps = io.deps;
  if (command === "verify") {
    const report = await verifyLedger(deps);
    io.out(`${report.accounts} accounts, ${report.entries} entries; all balances sum to ${report.sum}`);
    for (const d of report.balanceDifferences) io.err(`account ${d.account}: the balance kept is ${d.kept}, its entries make ${d.fromEntries}`);
    for (const d of report.totalDifferences) io.err(`account ${d.account}, period ${d.period}: earned kept ${d.kept}, the entries make ${d.fromEntries}`);
    for (const id of report.negative) io.err(`account ${id} is below zero`);
    if (report.sum !== 0) io.err(`the balances sum to ${report.sum}, not 0: points came from nowhere`);
    for (const id of report.negativeStock) io.err(`item ${id} has stock below zero`);
    io.out(report.ok ? "ok: every balance equals the sum of its entries" : "DIFFERENCES FOUND (above)");
    return report.ok ? 0 : 1;
  }
  if (command !== "rules" || (sub !== "import" && sub !== "export")) {
    io.err(usage);
    return 2;
  }
  if (sub === "export") {
    const format = rest.includes("--format") ? rest[rest.indexOf("--format") + 1] : "yaml";
    if (format !== "yaml" && format !== "csv") {
      io.err(`points: --format is yaml or csv\n${usage}`);
      return 2;
    }
    const districts = new Map((await allDistricts(deps.directory.orm)).map((d) => [d.id, d.code]));
    const rules = (await allRules(deps.directory.orm)).map((r) => ruleAsInput(r, r.districtId === null ? undefined : districts.get(r.districtId)));
    if (format === "yaml") io.out(stringify({ rules }, { lineWidth: 0 }).trimEnd());
    else io.out(rulebookCsv(rules).trimEnd());
    return 0;
  }
  const file = rest.find((a) => !a.startsWith("--"));
  if (!file) {
    io.err(usage);
    return 2;
  }
  const unknownFlags = rest.filter((a) => a.startsWith("--") && a !== "--dry-run");
  if (unknownFlags.length) {
    io.err(`points rules import: unknown option ${unknownFlags[0]}\n${usage}`);
    return 2;
  }
  let text: string;
  try {
    if (!io.readFile) {
      const { size } = statSync(file);
      if (size > MAX_RULEBOOK_BYTES) {
        io.err(`points: ${file} is larger than a rulebook can be (${Math.round(size / 1024)} KiB; at most ${MAX_RULEBOOK_BYTES / 1024 / 1024} MiB); nothing was changed`);
        return 1;
      }
    }
    text = (io.readFile ?? ((p) => readFileSync(p, "utf8")))(file);
  } catch (error) {
    io.err(`points: cannot read ${file}: ${(error as Error).message}`);
    return 1;
  }
  const csv = extname(file).toLowerCase() === ".csv";
  let input: unknown;
  try {
    input = csv ? csvToRulebook(readCsv(text, { maxRowChars: 10_000 })) : parse(text, { maxAliasCount: 1000 });
  } catch (error) {
    if (error instanceof RuleCsvError || error instanceof CsvError) {
      io.err(`points: ${file}: ${error.message}; nothing was changed`);
      return 1;
    }
    io.err(`points: ${file} is not valid ${csv ? "CSV" : "YAML/JSON"}: ${(error as Error).message.split("\n")[0]}; nothing was changed`);
    return 1;
  }
  const report = await importRules(deps, input, { dryRun: rest.includes("--dry-run"), rowLabel: csv ? csvRow : undefined, actor: `cli:${io.operatorName}`, source: basename(file) });
  if (!report.ok) {
    io.err(`points: ${file} has ${report.errors.length} error(s); nothing was changed:`);
    for (const e of report.errors) io.err(`  ${e}`);
    return 1;
  }
  io.out(`${report.dryRun ? "dry run, nothing written — would import" : "imported"} ${file}: ${report.added} new rules, ${report.updated} updated`);
  return 0;
}

runAsScript(import.meta.url, "points", (args, { deps }) =>
  runPointsCommand(args, {
    deps,
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    operatorName: userInfo().username,
  }));

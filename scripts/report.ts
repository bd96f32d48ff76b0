// npm run report -- register --month 2026-11 [--place CODE] [--lang zh|en] [--out file]
// The month's register of complaints (台账) as CSV, UTF-8 with a byte-order mark (Excel opens the
// Chinese as it is), one row per complaint: every place, or one place and what lies below it. Works on
// the SQLite database at DATABASE_PATH (the one `npm start` uses). A bad argument is named and nothing
// is written.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { registerCsv } from "../src/domain/complaints/register.js";
import { monthPeriod, scopeOfPlace } from "../src/domain/complaints/scorecards.js";
import type { DomainDeps } from "../src/domain/deps.js";
import { StaffRuleError } from "../src/domain/staff/errors.js";
import { placeByAnyCode } from "../src/domain/staff/places.js";
import { consoleTranslator } from "../src/i18n/console.js";
import { runAsScript } from "./command-line.js";

export const usage = `usage:
  npm run report -- register --month YYYY-MM [--place CODE] [--lang zh|en] [--out <file>]
      --place: a district, street, community or grid code (KIND:CODE when two levels share it); every place without it`;

export interface ReportIo {
  deps: DomainDeps;
  out(text: string): void;
  err(line: string): void;
}

export async function runReportCommand(args: string[], io: ReportIo): Promise<number> {
  const [command, ...rest] = args;
  if (command !== "register") {
    io.err(usage);
    return 2;
  }
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({ args: rest, options: { month: { type: "string" }, place: { type: "string" }, lang: { type: "string" }, out: { type: "string" } }, strict: true, allowPositionals: false })
      .values as Record<string, string | undefined>;
  } catch (error) {
    io.err(`report register: ${(error as Error).message.split("\n")[0]}\n${usage}`);
    return 2;
  }
  if (!values.month) {
    io.err(`report register: --month is required (e.g. --month 2026-11)\n${usage}`);
    return 2;
  }
  const lang = values.lang ?? "zh";
  if (lang !== "zh" && lang !== "en") {
    io.err("report register: --lang is zh or en");
    return 2;
  }
  try {
    monthPeriod(values.month, io.deps.defaultTimeZone, "--month");
    const place = values.place !== undefined ? await placeByAnyCode(io.deps, values.place, "--place") : null;
    const { csv, rows } = await registerCsv(io.deps, await scopeOfPlace(io.deps, place), values.month, lang, consoleTranslator(lang));
    if (values.out) {
      writeFileSync(values.out, csv);
      io.err(`wrote ${rows} complaint(s) of ${values.month} to ${values.out}`);
    } else io.out(csv);
    return 0;
  } catch (error) {
    if (error instanceof StaffRuleError) {
      io.err(`report register: ${error.field ?? ""}${error.field ? ": " : ""}${error.reason}; nothing was written`);
      return 1;
    }
    throw error;
  }
}

runAsScript(import.meta.url, "report", (args, { deps }) =>
  runReportCommand(args, {
    deps,
    out: (text) => process.stdout.write(text),
    err: (line) => console.error(line),
  }));

// Services as CSV, one row a service, for staff who keep the list in a spreadsheet. Agencies and groups
// come from a YAML file or are already in the database. Lists (materials, steps, keywords) are written
// in one cell with " | " between items. Reading and writing the file itself (formula guards, the
// byte-order mark, broken rows) is src/csv.ts. Documented in docs/catalog.md.
import { readCsv, toCsv } from "../../csv.js";
import type { Catalog, CatalogFile, ServiceInput } from "./format.js";

export const csvColumns = [
  "code",
  "group",
  "agency",
  "access",
  "proxy",
  "certificate",
  "title_zh",
  "title_en",
  "summary_zh",
  "summary_en",
  "eligibility_zh",
  "eligibility_en",
  "materials_zh",
  "materials_en",
  "steps_zh",
  "steps_en",
  "fee_zh",
  "fee_en",
  "time_limit_zh",
  "time_limit_en",
  "keywords_zh",
  "keywords_en",
] as const;

/** Columns a file may leave out (older spreadsheets): the card then opens with the summary's first sentence. */
export const optionalCsvColumns = ["brief_zh", "brief_en"] as const;

const list = (cell: string | undefined) => (cell ?? "").split("|").map((s) => s.trim()).filter(Boolean);
const bool = (cell: string | undefined) => /^(true|yes|1|是)$/i.test((cell ?? "").trim());

export class CsvHeaderError extends Error {}

/**
 * The longest row read, in characters: twice what the longest valid row can hold (every text and list at
 * its most, ~57 000). A quote that is never closed makes one endless row; it stops here, not at the end
 * of the file.
 */
const MAX_ROW_CHARS = 120_000;

/**
 * Turns CSV text into a catalogue file (services only); row numbers in errors count the header as row 1.
 * Throws CsvError (src/csv.ts) for a row that cannot be read and CsvHeaderError for a wrong header.
 */
export function csvToCatalog(text: string): CatalogFile {
  const [header, ...rows] = readCsv(text, { maxRowChars: MAX_ROW_CHARS });
  if (!header) throw new CsvHeaderError("the CSV file is empty");
  const names = header.map((h) => h.trim());
  const missing = csvColumns.filter((c) => !names.includes(c));
  if (missing.length) throw new CsvHeaderError(`the CSV header lacks the columns: ${missing.join(", ")}`);
  const at = (row: string[], column: (typeof csvColumns)[number] | (typeof optionalCsvColumns)[number]) => row[names.indexOf(column)]?.trim() ?? "";
  const services = rows.map(
    (row) =>
      ({
        code: at(row, "code"),
        group: at(row, "group"),
        agency: at(row, "agency"),
        access: at(row, "access") as ServiceInput["access"],
        proxy: bool(at(row, "proxy")),
        certificate: bool(at(row, "certificate")),
        title: { zh: at(row, "title_zh"), en: at(row, "title_en") },
        ...(at(row, "brief_zh") || at(row, "brief_en") ? { brief: { zh: at(row, "brief_zh"), en: at(row, "brief_en") } } : {}),
        summary: { zh: at(row, "summary_zh"), en: at(row, "summary_en") },
        eligibility: { zh: at(row, "eligibility_zh"), en: at(row, "eligibility_en") },
        materials: { zh: list(at(row, "materials_zh")), en: list(at(row, "materials_en")) },
        steps: { zh: list(at(row, "steps_zh")), en: list(at(row, "steps_en")) },
        fee: { zh: at(row, "fee_zh"), en: at(row, "fee_en") },
        time_limit: { zh: at(row, "time_limit_zh"), en: at(row, "time_limit_en") },
        keywords: { zh: list(at(row, "keywords_zh")), en: list(at(row, "keywords_en")) },
      }) satisfies ServiceInput,
  );
  return { services };
}

/** `bom`: start with a UTF-8 byte-order mark, for Excel. */
export function catalogToCsv(catalog: Catalog, options: { bom?: boolean } = {}): string {
  const columns = [...csvColumns, ...optionalCsvColumns];
  const rows = catalog.services.map((s): Record<(typeof columns)[number], string> => ({
    code: s.code,
    group: s.group,
    agency: s.agency,
    access: s.access,
    proxy: String(s.proxy),
    certificate: String(s.certificate),
    title_zh: s.title.zh,
    title_en: s.title.en,
    summary_zh: s.summary.zh,
    summary_en: s.summary.en,
    eligibility_zh: s.eligibility.zh,
    eligibility_en: s.eligibility.en,
    materials_zh: s.materials.zh.join(" | "),
    materials_en: s.materials.en.join(" | "),
    steps_zh: s.steps.zh.join(" | "),
    steps_en: s.steps.en.join(" | "),
    fee_zh: s.fee.zh,
    fee_en: s.fee.en,
    time_limit_zh: s.time_limit.zh,
    time_limit_en: s.time_limit.en,
    keywords_zh: s.keywords.zh.join(" | "),
    keywords_en: s.keywords.en.join(" | "),
    brief_zh: s.brief?.zh ?? "",
    brief_en: s.brief?.en ?? "",
  }));
  return toCsv(columns, rows, options);
}

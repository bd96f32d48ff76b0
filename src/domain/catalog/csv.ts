// Services as CSV, one row a service, for staff who keep the list in a spreadsheet. Agencies and groups
// come from a YAML file or are already in the database. Lists (materials, steps, keywords) are written
// in one cell with " | " between items. Documented in docs/catalog.md.
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

/** RFC 4180: fields separated by commas, quoted with "" when they hold commas, quotes or line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const source = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && source[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ""));
}

const list = (cell: string | undefined) => (cell ?? "").split("|").map((s) => s.trim()).filter(Boolean);
const bool = (cell: string | undefined) => /^(true|yes|1|是)$/i.test((cell ?? "").trim());

export class CsvHeaderError extends Error {}

/** Turns CSV text into a catalogue file (services only); row numbers in errors count the header as row 1. */
export function csvToCatalog(text: string): CatalogFile {
  const [header, ...rows] = parseCsv(text);
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

const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export function catalogToCsv(catalog: Catalog): string {
  const columns = [...csvColumns, ...optionalCsvColumns];
  const lines = [columns.join(",")];
  for (const s of catalog.services) {
    const cells: Record<(typeof columns)[number], string> = {
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
    };
    lines.push(columns.map((c) => quote(cells[c])).join(","));
  }
  return `${lines.join("\n")}\n`;
}

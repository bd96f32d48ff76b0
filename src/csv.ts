// CSV files that staff open in a spreadsheet (Excel, WPS): the catalogue now; the case register, the
// ledger and attendance lists later. Written and read here only, so that every export is safe to open:
//   - a cell that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
//     return, or their full-width forms) is written with a leading ' (OWASP, "CSV Injection"), and
//     `readCsv` takes that ' off again, so what one writes the other reads back;
//   - UTF-8, with an optional byte-order mark: without one Excel reads Chinese as GBK and shows garbage;
//   - reading stops at the first broken row (a quote never closed, a row too long) and names it,
//     instead of reading the rest of a large file into one cell.
import { CsvError as ParseError, parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

export type Cell = string | number | boolean | null | undefined;

export interface WriteOptions {
  /** Start with a UTF-8 byte-order mark so that Excel opens Chinese text correctly. */
  bom?: boolean;
}

/** A header line with `columns`, then one line per row (cells by column name). */
export function toCsv<C extends string>(columns: readonly C[], rows: readonly Record<C, Cell>[], options: WriteOptions = {}): string {
  return stringify(rows as Record<string, Cell>[], {
    header: true,
    columns: [...columns],
    bom: options.bom ?? false,
    escape_formulas: true,
    cast: { boolean: (value) => String(value) },
  });
}

export interface ReadOptions {
  /** The longest row taken, in characters; a longer one (or a quote never closed) stops the reading. */
  maxRowChars: number;
}

/** A row of the file that cannot be read; `row` counts the header as row 1. */
export class CsvError extends Error {
  constructor(
    readonly row: number,
    reason: string,
  ) {
    super(`row ${row}: ${reason}`);
    this.name = "CsvError";
  }
}

const guarded = /^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Rows of cells, blank lines skipped; a UTF-8 byte-order mark is fine. Throws CsvError. */
export function readCsv(text: string, options: ReadOptions): string[][] {
  let rows: string[][];
  try {
    rows = parse(text, {
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      max_record_size: options.maxRowChars,
    }) as string[][];
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    const row = Number((error as ParseError & { records?: number }).records ?? 0) + 1;
    throw new CsvError(row, reasons.get(error.code) ?? error.message);
  }
  return rows.map((cells) => cells.map((cell) => (guarded.test(cell) ? cell.slice(1) : cell)));
}

const reasons = new Map([
  ["CSV_QUOTE_NOT_CLOSED", 'a quoted cell is never closed (a " is missing); nothing after it was read'],
  ["CSV_MAX_RECORD_SIZE", 'the row is longer than any row can be; most likely a quoted cell is never closed (a " is missing)'],
]);

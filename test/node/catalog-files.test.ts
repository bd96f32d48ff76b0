// Catalogue files staff open in a spreadsheet and bring back: an exported cell never runs as a formula,
// what export writes import reads back, and a file that is too large or broken is refused early, with
// the row — through `npm run catalog`.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { findServiceByCode } from "../../src/db/queries/catalog.js";
import { demoCatalog } from "../../src/demo/catalog.js";
import { openSqlite } from "../../src/db/sqlite.js";
import { catalogToCsv, csvColumns, csvToCatalog, optionalCsvColumns } from "../../src/domain/catalog/csv.js";
import { MAX_CATALOG_FILE_BYTES } from "../../src/domain/catalog/format.js";

const run = (args: string[], env: Record<string, string>) =>
  promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/catalog.ts", ...args], { env: { ...process.env, ...env }, maxBuffer: 1 << 24 }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

let dir: string;
let env: Record<string, string>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "linli-files-"));
  env = { DATABASE_PATH: join(dir, "linli.db"), DEMO_DATA: "false" };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Texts a spreadsheet would run as formulas (OWASP's list, and the full-width forms). */
const formulas = ['=HYPERLINK("http://evil.example","点这里")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "＝1+1", "＋1", "－1", "＠SUM(1)"];

describe("catalogue CSV export", () => {
  it("writes a cell that starts like a formula with a leading ', and import reads the text back as it was", async () => {
    const [first, ...rest] = demoCatalog.services!;
    const tricky = formulas.map((text, i) => ({ ...first!, code: `tricky-${i}`, title: { zh: text, en: text }, fee: { zh: text, en: "free" } }));
    writeFileSync(join(dir, "catalog.yaml"), stringify({ ...demoCatalog, services: [...tricky, ...rest] }));
    expect((await run(["import", join(dir, "catalog.yaml")], env)).code).toBe(0);

    const out = join(dir, "export.csv");
    expect((await run(["export", "--format", "csv", "--out", out], env)).code).toBe(0);
    const raw = readFileSync(out, "utf8");
    expect(raw.startsWith("\uFEFF")).toBe(true);
    // As a spreadsheet reads it: every such cell starts with ', which makes it text.
    const rows = parse(raw, { bom: true, columns: true }) as Record<string, string>[];
    for (const [i, text] of formulas.entries()) {
      const row = rows.find((r) => r.code === `tricky-${i}`)!;
      // (A leading tab or carriage return was trimmed on import, as all texts are.)
      expect(row.title_zh, JSON.stringify(text)).toBe(`'${text.trim()}`);
      expect(row.fee_zh, JSON.stringify(text)).toBe(`'${text.trim()}`);
      expect(row.fee_en).toBe("free");
    }

    // Edited in a spreadsheet and imported again: the texts are what they were.
    const db = openSqlite(env.DATABASE_PATH!);
    await db.orm.run(sql`UPDATE services SET title_zh = 'changed', fee_zh = 'changed'`);
    db.close();
    const back = await run(["import", out], env);
    expect(back.stdout).toMatch(/services: 0 new, \d+ updated/);
    const reopened = openSqlite(env.DATABASE_PATH!);
    for (const [i, text] of formulas.entries()) {
      const service = await findServiceByCode(reopened.orm, `tricky-${i}`);
      expect(service?.titleZh, JSON.stringify(text)).toBe(text.trim());
      expect(service?.feeZh).toBe(text.trim());
    }
    reopened.close();
  }, 60_000);

  it("reads back every ordinary cell export writes: commas, quotes, line breaks, lists, Chinese", () => {
    const [first] = demoCatalog.services!;
    const odd = { ...first!, code: "odd", title: { zh: "低保，\"申请\"", en: 'Say "hi", then\nwait' }, steps: { zh: ["一, 二", "三"], en: ["a"] } };
    const catalog = { agencies: [], groups: [], community_answers: [], services: [odd] } as never;
    for (const bom of [false, true]) {
      const back = csvToCatalog(catalogToCsv(catalog, { bom })).services![0]!;
      expect(back.title).toEqual(odd.title);
      expect(back.steps).toEqual(odd.steps);
      expect(back.materials).toEqual(odd.materials);
    }
  });
});

describe("catalogue import of a file that is too large or broken", () => {
  it("refuses a file over the limit before reading it, and changes nothing", async () => {
    const file = join(dir, "huge.csv");
    writeFileSync(file, Buffer.alloc(MAX_CATALOG_FILE_BYTES + 1, 0x61));
    const result = await run(["import", file], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`huge.csv is 10.0 MB; a catalogue file may be at most 10.0 MB`);
    expect(result.stderr).toContain("nothing was changed");
  });

  it("stops at a quote that is never closed and names its row, instead of reading the rest into one cell", async () => {
    const lines = catalogToCsv({ agencies: [], groups: [], community_answers: [], services: demoCatalog.services!.slice(0, 2) } as never).trimEnd().split("\n");
    expect(lines[0]).toBe([...csvColumns, ...optionalCsvColumns].join(","));
    // Row 4 opens a quote and never closes it; 9 MB of ordinary-looking rows follow.
    const broken = [...lines, 'broken,"never closed,x', ...Array.from({ length: 90_000 }, (_, i) => `row-${i},${"y".repeat(90)}`)].join("\n");
    writeFileSync(join(dir, "broken.csv"), broken);
    const result = await run(["import", join(dir, "broken.csv")], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/broken\.csv: row 4: .*a quoted cell is never closed/);
    expect(result.stderr).toContain("nothing was changed");

    // At the very end of a file the same.
    writeFileSync(join(dir, "end.csv"), [...lines, 'broken,"never closed'].join("\n"));
    const atEnd = await run(["import", join(dir, "end.csv")], env);
    expect(atEnd.stderr).toMatch(/end\.csv: row 4: a quoted cell is never closed/);
  }, 60_000);
});

// Complaint categories from and to a file, like the catalogue's (npm run complaints -- categories
// import|export): YAML (or JSON) or CSV, checked first with an error per row and field, then written all
// or nothing with its audit row, upserting by community and code (a row without a community is a default
// of every community). Importing the same file twice changes nothing the second time.
import { z } from "zod";
import { readCsv, toCsv } from "../../csv.js";
import type { Orm, Write } from "../../db/database.js";
import { allCategoryRows, insertCategory, updateCategory, type ComplaintCategory, type NewComplaintCategory } from "../../db/queries/complaint-categories.js";
import { insertAudit } from "../../db/queries/audit.js";
import { findCommunityByCode } from "../../db/queries/places.js";
import { placesByIds } from "../../db/queries/places.js";
import { categoryAccess, staffRoles } from "../../vocabulary.js";
import { csvRow, describeIssues, type RowLabel } from "../catalog/import.js";
import type { DomainDeps } from "../deps.js";
import type { Actor } from "../staff/actor.js";

const code = z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "a code is 1–40 characters a–z, 0–9 and -, e.g. oil-smoke");
const words = (max: number) => z.string().trim().max(max, `at most ${max} characters`);
const required = (max: number) => words(max).min(1, "is required");
const minutes = z.coerce.number().int("whole minutes").min(1, "at least 1 minute").max(60 * 24 * 365, "at most a year of minutes");

export const categorySchema = z
  .object({
    code,
    /** A community's code: its own category (replacing the default of the same code there); absent: a default. */
    community: z.string().trim().max(60).nullish().transform((v) => v || null),
    name: z.object({ zh: required(40), en: required(60) }),
    keywords: z.object({ zh: words(500).default(""), en: words(500).default("") }).default({ zh: "", en: "" }),
    handler: z.enum(staffRoles).default("grid_worker"),
    access: z.enum(categoryAccess).default("handled"),
    elsewhere: z.object({ zh: words(300).nullish(), en: words(300).nullish(), phone: words(40).nullish() }).nullish(),
    acknowledge_minutes: minutes.default(240),
    resolve_minutes: minutes.default(2400),
    sort: z.coerce.number().int().min(0).max(100_000).default(0),
    disabled: z.boolean().default(false),
  })
  .superRefine((c, ctx) => {
    if (c.access === "not_here" && !c.elsewhere?.zh) ctx.addIssue({ code: "custom", path: ["elsewhere", "zh"], message: "says where it goes instead when access is not_here" });
    if (c.resolve_minutes < c.acknowledge_minutes) ctx.addIssue({ code: "custom", path: ["resolve_minutes"], message: "is at least acknowledge_minutes" });
  });

export const categoryFileSchema = z.object({ categories: z.array(categorySchema).max(5000, "at most 5000 categories a file") });
export type CategoryFile = z.output<typeof categoryFileSchema>;
export type CategoryEntry = CategoryFile["categories"][number];

export const categoryCsvColumns = [
  "code",
  "community",
  "name_zh",
  "name_en",
  "keywords_zh",
  "keywords_en",
  "handler",
  "access",
  "elsewhere_zh",
  "elsewhere_en",
  "elsewhere_phone",
  "acknowledge_minutes",
  "resolve_minutes",
  "sort",
  "disabled",
] as const;

export class CategoryCsvHeaderError extends Error {}

/** CSV text → the file's shape (each cell as written; the schema checks them). Throws CsvError or CategoryCsvHeaderError. */
export function csvToCategories(text: string): unknown {
  const [header, ...rows] = readCsv(text, { maxRowChars: 10_000 });
  if (!header) throw new CategoryCsvHeaderError("the CSV file is empty");
  const names = header.map((h) => h.trim());
  const missing = ["code", "name_zh", "name_en"].filter((c) => !names.includes(c));
  if (missing.length) throw new CategoryCsvHeaderError(`the CSV header lacks the columns: ${missing.join(", ")}`);
  const at = (row: string[], column: (typeof categoryCsvColumns)[number]) => (names.includes(column) ? (row[names.indexOf(column)]?.trim() ?? "") : "");
  const optional = (v: string) => (v === "" ? undefined : v);
  return {
    categories: rows.map((row) => ({
      code: at(row, "code"),
      community: optional(at(row, "community")),
      name: { zh: at(row, "name_zh"), en: at(row, "name_en") },
      keywords: { zh: at(row, "keywords_zh"), en: at(row, "keywords_en") },
      handler: optional(at(row, "handler")),
      access: optional(at(row, "access")),
      elsewhere: { zh: optional(at(row, "elsewhere_zh")), en: optional(at(row, "elsewhere_en")), phone: optional(at(row, "elsewhere_phone")) },
      acknowledge_minutes: optional(at(row, "acknowledge_minutes")),
      resolve_minutes: optional(at(row, "resolve_minutes")),
      sort: optional(at(row, "sort")),
      disabled: /^(true|yes|1|是)$/i.test(at(row, "disabled")),
    })),
  };
}

/** The file's shape → CSV (a byte-order mark for Excel unless asked not to). */
export function categoriesToCsv(file: CategoryFile, options: { bom?: boolean } = {}): string {
  return toCsv(
    categoryCsvColumns,
    file.categories.map((c) => ({
      code: c.code,
      community: c.community ?? "",
      name_zh: c.name.zh,
      name_en: c.name.en,
      keywords_zh: c.keywords.zh,
      keywords_en: c.keywords.en,
      handler: c.handler,
      access: c.access,
      elsewhere_zh: c.elsewhere?.zh ?? "",
      elsewhere_en: c.elsewhere?.en ?? "",
      elsewhere_phone: c.elsewhere?.phone ?? "",
      acknowledge_minutes: c.acknowledge_minutes,
      resolve_minutes: c.resolve_minutes,
      sort: c.sort,
      disabled: c.disabled,
    })),
    { bom: options.bom ?? true },
  );
}

/** Every category as a file: defaults first, then each community's own. */
export async function exportCategories(deps: DomainDeps): Promise<CategoryFile> {
  const rows = await allCategoryRows(deps.directory.orm);
  const communities = await placesByIds(
    deps.directory.orm,
    "community",
    rows.flatMap((r) => (r.communityId === null ? [] : [r.communityId])),
  );
  return {
    categories: rows.map((r) => ({
      code: r.code,
      community: r.communityId === null ? null : (communities.find((c) => c.id === r.communityId)?.code ?? null),
      name: { zh: r.nameZh, en: r.nameEn },
      keywords: { zh: r.keywordsZh, en: r.keywordsEn },
      handler: r.handlerRole,
      access: r.access,
      elsewhere: r.elsewhereZh || r.elsewhereEn || r.elsewherePhone ? { zh: r.elsewhereZh, en: r.elsewhereEn, phone: r.elsewherePhone } : null,
      acknowledge_minutes: r.acknowledgeMinutes,
      resolve_minutes: r.resolveMinutes,
      sort: r.sort,
      disabled: r.disabledAt !== null,
    })),
  };
}

export interface CategoryImportReport {
  ok: boolean;
  dryRun: boolean;
  errors: string[];
  added: number;
  updated: number;
  unchanged: number;
}

const yamlRow: RowLabel = (list, index) => `${list}[${index + 1}]`;

function rowOf(c: CategoryEntry, communityId: number | null, existing: ComplaintCategory | undefined, now: number): NewComplaintCategory {
  return {
    communityId,
    code: c.code,
    nameZh: c.name.zh,
    nameEn: c.name.en,
    keywordsZh: c.keywords.zh,
    keywordsEn: c.keywords.en,
    handlerRole: c.handler,
    access: c.access,
    elsewhereZh: c.elsewhere?.zh ?? null,
    elsewhereEn: c.elsewhere?.en ?? null,
    elsewherePhone: c.elsewhere?.phone ?? null,
    acknowledgeMinutes: c.acknowledge_minutes,
    resolveMinutes: c.resolve_minutes,
    sort: c.sort,
    // A category disabled before keeps the moment it was disabled.
    disabledAt: c.disabled ? (existing?.disabledAt ?? now) : null,
  };
}

const same = (a: NewComplaintCategory, b: ComplaintCategory) => (Object.keys(a) as (keyof NewComplaintCategory)[]).every((k) => (a[k] ?? null) === (b[k as keyof ComplaintCategory] ?? null));

/** Checks a file (an error per row and field) and, unless it has errors or this is a dry run, writes it all with its audit row. */
export async function importCategories(deps: DomainDeps, actor: Actor, input: unknown, options: { dryRun?: boolean; csv?: boolean; source?: string } = {}): Promise<CategoryImportReport> {
  const dryRun = options.dryRun ?? false;
  const label = options.csv ? csvRow : yamlRow;
  const nothing = { added: 0, updated: 0, unchanged: 0 };
  const parsed = categoryFileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, dryRun, errors: describeIssues(parsed.error, input, label), ...nothing };
  const file = parsed.data;
  const errors: string[] = [];
  const communityIds = new Map<string, number>();
  const seen = new Set<string>();
  for (const [i, c] of file.categories.entries()) {
    const key = `${c.community ?? ""}|${c.code}`;
    if (seen.has(key)) errors.push(`${label("categories", i)} (${c.code}) code: appears twice in the file${c.community ? ` for ${c.community}` : ""}`);
    seen.add(key);
    if (c.community && !communityIds.has(c.community)) {
      const community = await findCommunityByCode(deps.directory.orm, c.community);
      if (community) communityIds.set(c.community, community.id);
      else errors.push(`${label("categories", i)} (${c.code}) community: no community has the code "${c.community}"`);
    }
  }
  if (errors.length) return { ok: false, dryRun, errors, ...nothing };

  const now = deps.now();
  const existing = await allCategoryRows(deps.directory.orm);
  const writes: ((orm: Orm) => Write)[] = [];
  const counts = { ...nothing };
  for (const c of file.categories) {
    const communityId = c.community ? communityIds.get(c.community)! : null;
    const before = existing.find((r) => r.communityId === communityId && r.code === c.code);
    const row = rowOf(c, communityId, before, now);
    if (!before) {
      counts.added++;
      writes.push((orm) => insertCategory(orm, row));
    } else if (!same(row, before)) {
      counts.updated++;
      writes.push((orm) => updateCategory(orm, before.id, row));
    } else counts.unchanged++;
  }
  const report = { ok: true, dryRun, errors: [], ...counts };
  if (dryRun || writes.length === 0) return report;
  await deps.directory.atomic((orm) => [
    ...writes.map((w) => w(orm)),
    insertAudit(orm, { at: now, actor: actor.label, action: "complaint-categories.import", detail: { source: options.source ?? null, ...counts }, staffId: actor.staffId, address: actor.address, districtId: null, streetId: null, communityId: null, gridId: null }),
  ]);
  return report;
}

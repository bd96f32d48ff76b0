// Replacing or updating the catalogue from a file: validated first (an error per row and field), then
// written all or nothing, upserting by code. Running the same file twice changes nothing the second time.
import { eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Orm, Write } from "../../db/database.js";
import { allGroups } from "../../db/queries/catalog.js";
import { agencies, auditLog, communities, communityServices, serviceGroups, services } from "../../db/schema.js";
import { fileSounds } from "../../db/queries/catalog.js";
import type { DomainDeps } from "../deps.js";
import { catalogSchema, type Catalog } from "./format.js";
import { soundsOf } from "./sounds.js";

export interface ImportCounts {
  added: number;
  updated: number;
}

export interface ImportReport {
  ok: boolean;
  dryRun: boolean;
  errors: string[];
  agencies: ImportCounts;
  groups: ImportCounts;
  services: ImportCounts;
  /** Communities' own access-list answers written (each replaces that community's earlier answer). */
  communityAnswers: number;
}

/** Where a row is, in the words of the file it came from: "services[3]" in YAML, "row 4" in CSV. */
export type RowLabel = (list: string, index: number) => string;
const yamlRow: RowLabel = (list, index) => `${list}[${index + 1}]`;
/** CSV files hold services only; the header is row 1. */
export const csvRow: RowLabel = (_list, index) => `row ${index + 2}`;

/** "services[3] (dibao) title.en: English text is required" */
export function describeIssues(error: z.ZodError, input: unknown, label: RowLabel = yamlRow): string[] {
  const csv = label === csvRow;
  return error.issues.map((issue) => {
    const [list, index, ...field] = issue.path;
    if (typeof list === "string" && typeof index === "number") {
      const row = (input as Record<string, { code?: unknown }[]>)[list]?.[index];
      const code = typeof row?.code === "string" && row.code ? ` (${row.code})` : "";
      const name = csv ? field.filter((f) => typeof f === "string").join("_") : field.join(".");
      return `${label(list, index)}${code} ${name || "(row)"}: ${issue.message}`;
    }
    return `${issue.path.join(".") || "(file)"}: ${issue.message}`;
  });
}

async function existingCodes(orm: Orm, table: typeof agencies | typeof serviceGroups | typeof services, codes: string[]) {
  const found = new Set<string>();
  for (let i = 0; i < codes.length; i += 90) {
    const rows = await orm.select({ code: table.code }).from(table).where(inArray(table.code, codes.slice(i, i + 90)));
    for (const r of rows) found.add(r.code);
  }
  return found;
}

/** Cross-references: every group and agency a row names exists in the file or in the database. */
async function checkReferences(orm: Orm, catalog: Catalog, label: RowLabel): Promise<string[]> {
  const errors: string[] = [];
  const duplicates = (name: string, codes: string[]) => {
    const seen = new Set<string>();
    codes.forEach((c, i) => {
      if (seen.has(c)) errors.push(`${label(name, i)} (${c}) code: appears twice in the file`);
      seen.add(c);
    });
  };
  duplicates("agencies", catalog.agencies.map((a) => a.code));
  duplicates("groups", catalog.groups.map((g) => g.code));
  duplicates("services", catalog.services.map((s) => s.code));

  const groupCodes = new Set([
    ...catalog.groups.map((g) => g.code),
    ...(await existingCodes(orm, serviceGroups, [...new Set([...catalog.services.map((s) => s.group), ...catalog.groups.flatMap((g) => (g.parent ? [g.parent] : []))])])),
  ]);
  const agencyCodes = new Set([
    ...catalog.agencies.map((a) => a.code),
    ...(await existingCodes(orm, agencies, [...new Set(catalog.services.map((s) => s.agency))])),
  ]);
  // Two levels only, counting the groups already in the database: a parent must be a top-level group
  // (as the file makes it, or as it is), and a group that gets a parent must have no subgroups of its own.
  const tree = await groupTree(orm, catalog);
  catalog.groups.forEach((g, i) => {
    if (!g.parent) return;
    const where = `${label("groups", i)} (${g.code}) parent`;
    if (g.parent === g.code) errors.push(`${where}: a group cannot be its own parent`);
    else if (!groupCodes.has(g.parent)) errors.push(`${where}: no group "${g.parent}"`);
    else if (tree.parentOf(g.parent)) errors.push(`${where}: "${g.parent}" is itself a subgroup (of "${tree.parentOf(g.parent)}"); groups have two levels`);
    else if (tree.childrenOf(g.code).length) {
      errors.push(`${where}: "${g.code}" has subgroups of its own (${tree.childrenOf(g.code).join(", ")}); groups have two levels`);
    }
  });
  catalog.services.forEach((s, i) => {
    if (!groupCodes.has(s.group)) errors.push(`${label("services", i)} (${s.code}) group: no group "${s.group}"`);
    if (!agencyCodes.has(s.agency)) errors.push(`${label("services", i)} (${s.code}) agency: no agency "${s.agency}"`);
  });
  if (catalog.community_answers.length) {
    const serviceCodes = new Set([
      ...catalog.services.map((s) => s.code),
      ...(await existingCodes(orm, services, [...new Set(catalog.community_answers.map((a) => a.service))])),
    ]);
    const communityCodes = new Set<string>();
    const wanted = [...new Set(catalog.community_answers.map((a) => a.community))];
    for (let i = 0; i < wanted.length; i += 90) {
      const rows = await orm.select({ code: communities.code }).from(communities).where(inArray(communities.code, wanted.slice(i, i + 90)));
      for (const r of rows) communityCodes.add(r.code);
    }
    catalog.community_answers.forEach((a, i) => {
      const where = label("community_answers", i);
      if (!communityCodes.has(a.community)) errors.push(`${where} community: no community "${a.community}"`);
      if (!serviceCodes.has(a.service)) errors.push(`${where} service: no service "${a.service}"`);
    });
  }
  return errors;
}

/** The group tree as it will be after the import: the file's parents for its groups, the database's for the rest. */
async function groupTree(orm: Orm, catalog: Catalog) {
  // Groups are few (tens): read them all.
  const stored = await allGroups(orm);
  const codeOf = new Map(stored.map((g) => [g.id, g.code]));
  const parent = new Map<string, string | undefined>(stored.map((g) => [g.code, g.parentId === null ? undefined : codeOf.get(g.parentId)]));
  for (const g of catalog.groups) parent.set(g.code, g.parent);
  return {
    parentOf: (code: string) => parent.get(code),
    childrenOf: (code: string) => [...parent].filter(([, p]) => p === code).map(([child]) => child),
  };
}

export async function importCatalog(
  deps: DomainDeps,
  input: unknown,
  options: { dryRun?: boolean; rowLabel?: RowLabel; actor?: string; source?: string } = {},
): Promise<ImportReport> {
  const dryRun = options.dryRun ?? false;
  const label = options.rowLabel ?? yamlRow;
  const empty = { added: 0, updated: 0 };
  const parsed = catalogSchema.safeParse(input);
  if (!parsed.success) {
    const errors = describeIssues(parsed.error, input, label);
    return { ok: false, dryRun, errors, agencies: empty, groups: empty, services: empty, communityAnswers: 0 };
  }
  const catalog = parsed.data;
  const orm = deps.directory.orm;
  const errors = await checkReferences(orm, catalog, label);
  const count = async (table: typeof agencies | typeof serviceGroups | typeof services, codes: string[]) => {
    const existing = await existingCodes(orm, table, codes);
    return { added: codes.length - existing.size, updated: existing.size };
  };
  const report: ImportReport = {
    ok: errors.length === 0,
    dryRun,
    errors,
    agencies: await count(agencies, catalog.agencies.map((a) => a.code)),
    groups: await count(serviceGroups, catalog.groups.map((g) => g.code)),
    services: await count(services, catalog.services.map((s) => s.code)),
    communityAnswers: catalog.community_answers.length,
  };
  if (!report.ok || dryRun) return report;
  const { ok: _ok, dryRun: _dry, errors: _errors, ...counts } = report;
  // Built before the write: a better-sqlite3 transaction cannot wait for anything.
  const build = await catalogWriter(catalog, deps.now());
  await deps.directory.atomic((tx) => [
    ...build(tx),
    // The record of who changed the catalogue commits with the change, or not at all.
    tx.insert(auditLog).values({ at: deps.now(), actor: options.actor ?? "system", action: "catalog.import", detail: { source: options.source ?? null, ...counts } }),
  ]);
  return report;
}

/**
 * A new row's place when the file gives none: after every row already there, worked out by the
 * statement itself, so that rows added one after another keep the file's order (also in a D1 batch
 * and in the SQL that `catalog export --format sql` writes).
 */
const afterLast = (table: typeof serviceGroups | typeof services) => sql`(SELECT coalesce(max(${sql.identifier("sort")}), -1) + 1 FROM ${table})`;

/**
 * Everything an import writes: the upserts (catalogWrites) and how the new titles and keywords sound,
 * for the search's typo tolerance (src/domain/catalog/sounds.ts). Also what the SQL export for D1 holds.
 */
export async function catalogWriter(catalog: Catalog, now: number): Promise<(orm: Orm) => Write[]> {
  const sounds = await soundsOf(catalog.services.flatMap((s) => [s.title.zh, s.title.en, ...s.keywords.zh, ...s.keywords.en]));
  return (orm) => [...catalogWrites(orm, catalog, now), ...fileSounds(orm, sounds)];
}

/**
 * The upserts for a whole catalogue, in dependency order. References are resolved by code inside each
 * statement, so the whole list can run as one transaction or one D1 batch.
 */
export function catalogWrites(orm: Orm, catalog: Catalog, now: number): Write[] {
  const writes: Write[] = [];
  for (const a of catalog.agencies) {
    const row = {
      code: a.code,
      nameZh: a.name.zh,
      nameEn: a.name.en,
      addressZh: a.address.zh,
      addressEn: a.address.en,
      phone: a.phone ?? null,
      complaintPhone: a.complaint_phone ?? null,
      website: a.website ?? null,
      latitude: a.location?.lat ?? null,
      longitude: a.location?.lon ?? null,
      hours: a.hours,
      exceptions: a.exceptions,
      updatedAt: now,
    };
    writes.push(orm.insert(agencies).values(row).onConflictDoUpdate({ target: agencies.code, set: row }));
  }
  // In the file's order, which is the order new groups are listed in. A subgroup whose parent comes
  // later in the file is linked to it once the parent is written.
  const position = new Map(catalog.groups.map((g, i) => [g.code, i]));
  const parentLater = (g: Catalog["groups"][number], i: number) => g.parent !== undefined && (position.get(g.parent) ?? -1) > i;
  const parentOf = (g: Catalog["groups"][number]) => sql`(SELECT id FROM service_groups WHERE code = ${g.parent})`;
  catalog.groups.forEach((g, i) => {
    const row = {
      code: g.code,
      nameZh: g.name.zh,
      nameEn: g.name.en,
      parentId: g.parent && !parentLater(g, i) ? parentOf(g) : null,
    };
    writes.push(
      orm
        .insert(serviceGroups)
        .values({ ...row, sort: g.sort ?? afterLast(serviceGroups) })
        .onConflictDoUpdate({ target: serviceGroups.code, set: { ...row, ...(g.sort === undefined ? {} : { sort: g.sort }) } }),
    );
  });
  catalog.groups.forEach((g, i) => {
    if (parentLater(g, i)) writes.push(orm.update(serviceGroups).set({ parentId: parentOf(g) }).where(eq(serviceGroups.code, g.code)));
  });
  for (const s of catalog.services) {
    const row = {
      code: s.code,
      groupId: sql`(SELECT id FROM service_groups WHERE code = ${s.group})`,
      agencyId: sql`(SELECT id FROM agencies WHERE code = ${s.agency})`,
      titleZh: s.title.zh,
      titleEn: s.title.en,
      summaryZh: s.summary.zh,
      summaryEn: s.summary.en,
      briefZh: s.brief?.zh ?? "",
      briefEn: s.brief?.en ?? "",
      eligibilityZh: s.eligibility.zh,
      eligibilityEn: s.eligibility.en,
      materials: s.materials,
      steps: s.steps,
      feeZh: s.fee.zh,
      feeEn: s.fee.en,
      timeLimitZh: s.time_limit.zh,
      timeLimitEn: s.time_limit.en,
      keywordsZh: s.keywords.zh.join("|"),
      keywordsEn: s.keywords.en.join("|"),
      access: s.access,
      proxy: s.proxy,
      certificate: s.certificate,
      updatedAt: now,
    };
    // The insert and the update each bind the row once: 2 × ~23 parameters, under D1's 100.
    writes.push(
      orm
        .insert(services)
        .values({ ...row, sort: s.sort ?? afterLast(services) })
        .onConflictDoUpdate({ target: services.code, set: { ...row, ...(s.sort === undefined ? {} : { sort: s.sort }) } }),
    );
  }
  for (const a of catalog.community_answers) {
    const row = {
      communityId: sql`(SELECT id FROM communities WHERE code = ${a.community})`,
      serviceId: sql`(SELECT id FROM services WHERE code = ${a.service})`,
      access: a.access,
      noteZh: a.note?.zh ?? null,
      noteEn: a.note?.en ?? null,
    };
    writes.push(
      orm
        .insert(communityServices)
        .values(row)
        .onConflictDoUpdate({ target: [communityServices.communityId, communityServices.serviceId], set: { access: a.access, noteZh: row.noteZh, noteEn: row.noteEn } }),
    );
  }
  return writes;
}

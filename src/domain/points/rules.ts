// The rulebook (积分细则): one for the city, with per-district additions, in four categories. Imported
// from a YAML/JSON or CSV file like the service catalogue — every error named by its row and field, all
// or nothing, recorded in the audit log — and shown to residents by category ("How to earn points").
import { z } from "zod";
import { toCsv } from "../../csv.js";
import { allDistricts } from "../../db/queries/places.js";
import { ruleByCode, rulesFor, ruleCodesIn, upsertRule, type PointRule } from "../../db/queries/points.js";
import { auditLog } from "../../db/schema.js";
import { pointCategories, pointEvidenceKinds, type PointCategory, type StaffRole } from "../../vocabulary.js";
import type { DomainDeps } from "../deps.js";
import { describeIssues, type RowLabel } from "../catalog/import.js";

export type { PointRule };

/** Who may award a rule, from the lowest: a role reaches the level of those below it. */
export const awardingRoles = ["grid_worker", "community_staff", "street_admin", "district_admin"] as const;

/** How far up a role is (proxy agents stand with grid workers; admin above everyone). */
export function roleLevel(role: StaffRole): number {
  switch (role) {
    case "grid_worker":
    case "proxy_agent":
      return 1;
    case "community_staff":
      return 2;
    case "street_admin":
      return 3;
    case "district_admin":
      return 4;
    case "admin":
      return 5;
  }
}

const code = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{1,47}$/, { error: "a rule code is 2–48 characters of a–z, 0–9 and -" });
const text = (max: number) => z.string().trim().min(1, { error: "must not be empty" }).max(max, { error: `must be at most ${max} characters` });
const bilingual = (max: number) => z.object({ zh: text(max), en: text(max) }, { error: "needs zh and en" });
const cap = z.number({ error: "must be a whole number above 0" }).int({ error: "must be a whole number above 0" }).min(1, { error: "must be a whole number above 0" }).nullable().default(null);

export const ruleSchema = z
  .object({
    code,
    category: z.enum(pointCategories, { error: `must be one of ${pointCategories.join(", ")}` }),
    name: bilingual(80),
    description: bilingual(300).optional(),
    points: z
      .number({ error: "must be a whole number (negative for a penalty)" })
      .int({ error: "must be a whole number (negative for a penalty)" })
      .refine((n) => n !== 0, { error: "must not be 0 (positive for an award, negative for a penalty)" })
      .refine((n) => Math.abs(n) <= 10_000, { error: "must be between -10000 and 10000" }),
    evidence: z.enum(pointEvidenceKinds, { error: `must be one of ${pointEvidenceKinds.join(", ")}` }).default("none"),
    awarded_by: z.enum(awardingRoles, { error: `must be one of ${awardingRoles.join(", ")}` }).default("community_staff"),
    caps: z.object({ day: cap, month: cap, year: cap }).strict().default({ day: null, month: null, year: null }),
    approval_above: z.number({ error: "must be a whole number of points" }).int().min(0, { error: "must be 0 or more" }).nullable().default(null),
    claimable: z.boolean({ error: "must be true or false" }).default(false),
    active: z.boolean({ error: "must be true or false" }).default(true),
    example: z.boolean({ error: "must be true or false" }).default(false),
    /** A district's own addition: that district's code. */
    district: z.string().trim().min(1).optional(),
    sort: z.number().int().optional(),
  })
  .strict();
export type RuleInput = z.input<typeof ruleSchema>;

export const rulebookSchema = z.object({ rules: z.array(ruleSchema).max(2000, { error: "at most 2000 rules in one file" }) }).strict();
export type Rulebook = z.output<typeof rulebookSchema>;

/** The CSV columns (a header row names them; order is free). */
export const ruleCsvColumns = [
  "code",
  "category",
  "name_zh",
  "name_en",
  "points",
  "evidence",
  "awarded_by",
  "cap_day",
  "cap_month",
  "cap_year",
  "approval_above",
  "claimable",
  "active",
  "district",
  "description_zh",
  "description_en",
  "example",
] as const;

export class RuleCsvError extends Error {}

/** Rules as a CSV file (with a byte-order mark, for Excel) that csvToRulebook reads back. */
export function rulebookCsv(rules: readonly RuleInput[]): string {
  return toCsv(
    ruleCsvColumns,
    rules.map((r) => ({
      code: r.code,
      category: r.category,
      name_zh: r.name.zh,
      name_en: r.name.en,
      points: r.points,
      evidence: r.evidence ?? "none",
      awarded_by: r.awarded_by ?? "community_staff",
      cap_day: r.caps?.day ?? null,
      cap_month: r.caps?.month ?? null,
      cap_year: r.caps?.year ?? null,
      approval_above: r.approval_above ?? null,
      claimable: r.claimable ?? false,
      active: r.active ?? true,
      district: r.district ?? null,
      description_zh: r.description?.zh ?? null,
      description_en: r.description?.en ?? null,
      example: r.example ?? false,
    })),
    { bom: true },
  );
}

/** CSV rows (header first) as the rulebook's shape; what does not parse is left for the schema to name. */
export function csvToRulebook(rows: string[][]): unknown {
  const [header, ...body] = rows;
  if (!header) throw new RuleCsvError("the file is empty");
  const names = header.map((h) => h.trim().toLowerCase());
  const unknown = names.filter((n) => !(ruleCsvColumns as readonly string[]).includes(n));
  if (unknown.length) throw new RuleCsvError(`row 1: unknown column(s) ${unknown.join(", ")}; the columns are ${ruleCsvColumns.join(", ")}`);
  for (const required of ["code", "category", "name_zh", "name_en", "points"]) {
    if (!names.includes(required)) throw new RuleCsvError(`row 1: the column ${required} is missing`);
  }
  const number = (v: string | undefined) => (v === undefined || v.trim() === "" ? null : /^-?\d+$/.test(v.trim()) ? Number(v.trim()) : v);
  const flag = (v: string | undefined, fallback: boolean) => (v === undefined || v.trim() === "" ? fallback : ["true", "yes", "1", "是"].includes(v.trim().toLowerCase()) ? true : ["false", "no", "0", "否"].includes(v.trim().toLowerCase()) ? false : v);
  const blank = (v: string | undefined) => (v === undefined || v.trim() === "" ? undefined : v);
  return {
    rules: body.map((cells) => {
      const get = (name: string) => {
        const i = names.indexOf(name);
        return i < 0 ? undefined : cells[i];
      };
      const description = blank(get("description_zh")) || blank(get("description_en")) ? { zh: get("description_zh") ?? "", en: get("description_en") ?? "" } : undefined;
      return {
        code: get("code") ?? "",
        category: get("category") ?? "",
        name: { zh: get("name_zh") ?? "", en: get("name_en") ?? "" },
        ...(description ? { description } : {}),
        points: number(get("points")) ?? "",
        ...(blank(get("evidence")) ? { evidence: get("evidence")!.trim() } : {}),
        ...(blank(get("awarded_by")) ? { awarded_by: get("awarded_by")!.trim() } : {}),
        caps: { day: number(get("cap_day")), month: number(get("cap_month")), year: number(get("cap_year")) },
        approval_above: number(get("approval_above")),
        claimable: flag(get("claimable"), false),
        active: flag(get("active"), true),
        example: flag(get("example"), false),
        ...(blank(get("district")) ? { district: get("district")!.trim() } : {}),
      };
    }),
  };
}

export interface RuleImportReport {
  ok: boolean;
  dryRun: boolean;
  errors: string[];
  added: number;
  updated: number;
}

/**
 * Validates a rulebook file, then writes it all or not at all, upserting by code (rules not in the file
 * stay as they are; `active: false` retires one). A rule's district may not change once it has one:
 * awards already made under it name it.
 */
export async function importRules(
  deps: DomainDeps,
  input: unknown,
  options: { dryRun?: boolean; rowLabel?: RowLabel; actor?: string; source?: string } = {},
): Promise<RuleImportReport> {
  const dryRun = options.dryRun ?? false;
  const parsed = rulebookSchema.safeParse(input);
  if (!parsed.success) return { ok: false, dryRun, errors: describeIssues(parsed.error, input, options.rowLabel), added: 0, updated: 0 };
  const { rules } = parsed.data;
  const label = options.rowLabel ?? ((list: string, index: number) => `${list}[${index + 1}]`);
  const errors: string[] = [];
  const orm = deps.directory.orm;
  const districtIds = new Map((await allDistricts(orm)).map((d) => [d.code, d.id]));
  const seen = new Set<string>();
  const existing = await ruleCodesIn(orm, rules.map((r) => r.code));
  rules.forEach((r, i) => {
    const where = `${label("rules", i)} (${r.code})`;
    if (seen.has(r.code)) errors.push(`${where} code: appears twice in the file`);
    seen.add(r.code);
    if (r.district !== undefined && !districtIds.has(r.district)) errors.push(`${where} district: no district "${r.district}"`);
    const before = existing.get(r.code);
    const districtId = r.district === undefined ? null : (districtIds.get(r.district) ?? null);
    if (before && before.districtId !== districtId) errors.push(`${where} district: the rule belongs to ${before.districtId === null ? "the city" : "another district"} already; use a new code`);
    if (r.points < 0 && r.claimable) errors.push(`${where} claimable: a penalty cannot be claimed`);
    if (r.points < 0 && r.approval_above !== null) errors.push(`${where} approval_above: penalties need no second approver`);
  });
  const report: RuleImportReport = { ok: errors.length === 0, dryRun, errors, added: rules.length - existing.size, updated: existing.size };
  if (!report.ok || dryRun) return report;
  const now = deps.now();
  await deps.directory.atomic((tx) => [
    ...rules.map((r, i) =>
      upsertRule(tx, {
        code: r.code,
        districtId: r.district === undefined ? null : districtIds.get(r.district)!,
        category: r.category,
        nameZh: r.name.zh,
        nameEn: r.name.en,
        descriptionZh: r.description?.zh ?? null,
        descriptionEn: r.description?.en ?? null,
        points: r.points,
        evidence: r.evidence,
        awardedBy: r.awarded_by,
        capDay: r.caps.day,
        capMonth: r.caps.month,
        capYear: r.caps.year,
        approvalAbove: r.approval_above,
        claimable: r.claimable,
        active: r.active,
        example: r.example,
        sort: r.sort ?? i,
        updatedAt: now,
      }),
    ),
    tx.insert(auditLog).values({ at: now, actor: options.actor ?? "system", action: "points.rules.import", detail: { source: options.source ?? null, added: report.added, updated: report.updated } }),
  ]);
  return report;
}

/** The rules a place uses (the city's and its district's), active ones, by category in order. */
export async function rulesOfDistrict(deps: DomainDeps, districtId: number | null): Promise<PointRule[]> {
  const rules = await rulesFor(deps.directory.orm, districtId, { activeOnly: true });
  const order = (r: PointRule) => pointCategories.indexOf(r.category);
  return rules.sort((a, b) => order(a) - order(b) || a.sort - b.sort || a.id - b.id);
}

export function byCategory(rules: readonly PointRule[]): Map<PointCategory, PointRule[]> {
  const out = new Map<PointCategory, PointRule[]>(pointCategories.map((c) => [c, []]));
  for (const r of rules) out.get(r.category)!.push(r);
  return out;
}

/** Whether a rule is part of a district's rulebook (the city's rules are everyone's). */
export function appliesIn(rule: PointRule, districtId: number): boolean {
  return rule.districtId === null || rule.districtId === districtId;
}

/** A rule as a file holds it (export, and the demo's example file). */
export function ruleAsInput(rule: PointRule, districtCode?: string): RuleInput {
  return {
    code: rule.code,
    category: rule.category,
    name: { zh: rule.nameZh, en: rule.nameEn },
    ...(rule.descriptionZh && rule.descriptionEn ? { description: { zh: rule.descriptionZh, en: rule.descriptionEn } } : {}),
    points: rule.points,
    evidence: rule.evidence,
    awarded_by: rule.awardedBy as (typeof awardingRoles)[number],
    caps: { day: rule.capDay, month: rule.capMonth, year: rule.capYear },
    approval_above: rule.approvalAbove,
    claimable: rule.claimable,
    active: rule.active,
    example: rule.example,
    ...(districtCode ? { district: districtCode } : {}),
  };
}

/** A rule by its code (codes are unique across the city), as the people it is shown to read it. */
export function ruleOfCode(deps: DomainDeps, code: string): Promise<PointRule | undefined> {
  return ruleByCode(deps.directory.orm, code);
}

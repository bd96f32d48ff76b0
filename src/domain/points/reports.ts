// What staff read from the ledger: rankings per community and grid, the monthly honours list (top
// residents and households), the budget — points issued this year against the community's budget, by
// category and month — and the ledger as CSV for a month and place (UTF-8 with a byte-order mark, cells
// that a spreadsheet would run as formulas guarded; src/csv.ts).
import { z } from "zod";
import { toCsv } from "../../csv.js";
import { communityIdsUnder, placeById, placesByIds, type PlaceRef } from "../../db/queries/places.js";
import {
  accountsByIds,
  budgetOf,
  communityAccount,
  findHousehold,
  findOrganisation,
  issuedByMonth,
  monthlyEarners,
  topEarners,
  transfersOfCommunities,
  upsertBudget,
  type PointAccount,
  type PointBudget,
  type PointTransfer,
} from "../../db/queries/points.js";
import { pointCategories, type PlaceKind, type PointCategory } from "../../vocabulary.js";
import type { DomainDeps } from "../deps.js";
import { parseWith } from "../staff/accounts.js";
import type { Actor } from "../staff/actor.js";
import { auditWrite } from "../staff/audit.js";
import { forbidden, notFound } from "../staff/errors.js";
import { reaches } from "../staff/scope.js";
import { showCode } from "./accounts.js";
import { monthLabel } from "./time.js";
import { dateTimeFormat } from "../../intl.js";

/** Yuan a head a year for the reward fund (Jingmen's scheme). */
export const YUAN_PER_HEAD = 1.5;

export async function communityInScope(deps: DomainDeps, actor: Actor, communityId: number): Promise<PlaceRef> {
  const place = await placeById(deps.directory.orm, "community", communityId);
  if (!place || !reaches(actor.sees, place)) throw notFound();
  return place;
}

/** How staff and exports name an account: a resident's member code, a household's or organisation's name. */
export async function accountNames(deps: DomainDeps, accounts: PointAccount[], lang: "zh" | "en" = "zh"): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  for (const a of accounts) {
    if (a.kind === "resident") out.set(a.id, a.memberCode ? showCode(a.memberCode) : lang === "zh" ? "（已注销）" : "(forgotten)");
    else if (a.kind === "household" && a.householdId !== null) out.set(a.id, (await findHousehold(deps.db.orm, a.householdId))?.name ?? `#${a.id}`);
    else if (a.kind === "organisation" && a.organisationId !== null) {
      const o = await findOrganisation(deps.db.orm, a.organisationId);
      out.set(a.id, o ? (lang === "zh" ? o.nameZh : o.nameEn) : `#${a.id}`);
    } else out.set(a.id, a.kind === "issuance" ? (lang === "zh" ? "社区积分发放" : "community issuance") : lang === "zh" ? "积分超市" : "points shop");
  }
  return out;
}

export interface RankRow {
  rank: number;
  account: PointAccount;
  earned: number;
  name: string;
}

async function ranked(deps: DomainDeps, rows: { account: PointAccount; earned: number }[], lang: "zh" | "en"): Promise<RankRow[]> {
  const names = await accountNames(deps, rows.map((r) => r.account), lang);
  let rank = 0;
  let last: number | null = null;
  return rows.map((r, i) => {
    if (r.earned !== last) rank = i + 1;
    last = r.earned;
    return { rank, account: r.account, earned: r.earned, name: names.get(r.account.id) ?? "" };
  });
}

/** Top residents and households of a community (or one of its grids) for a year (YYYY). */
export async function ranking(deps: DomainDeps, actor: Actor, communityId: number, period: number, options: { gridId?: number; limit?: number; lang?: "zh" | "en" } = {}) {
  await communityInScope(deps, actor, communityId);
  if (options.gridId !== undefined) {
    const grid = await placeById(deps.directory.orm, "grid", options.gridId);
    if (!grid || grid.communityId !== communityId || !reaches(actor.sees, grid)) throw notFound();
  }
  const limit = options.limit ?? 50;
  const lang = options.lang ?? "zh";
  const [residents, households] = await Promise.all([
    topEarners(deps.db.orm, [communityId], period, "resident", limit, options.gridId),
    topEarners(deps.db.orm, [communityId], period, "household", limit, options.gridId),
  ]);
  return { residents: await ranked(deps, residents, lang), households: await ranked(deps, households, lang) };
}

export const HONOURS_SIZE = 10;

/** The monthly honours list: the top ten residents and households of the month (YYYYMM). */
export async function honours(deps: DomainDeps, actor: Actor, communityId: number, month: number, lang: "zh" | "en" = "zh") {
  await communityInScope(deps, actor, communityId);
  const [residents, households] = await Promise.all([
    monthlyEarners(deps.db.orm, [communityId], month, "resident", HONOURS_SIZE),
    monthlyEarners(deps.db.orm, [communityId], month, "household", HONOURS_SIZE),
  ]);
  return { residents: await ranked(deps, residents, lang), households: await ranked(deps, households, lang) };
}

export function honoursCsv(list: { residents: RankRow[]; households: RankRow[] }, month: number): string {
  const rows = [
    ...list.residents.map((r) => ({ month: monthLabel(month), list: "resident", rank: r.rank, name: r.name, points: r.earned })),
    ...list.households.map((r) => ({ month: monthLabel(month), list: "household", rank: r.rank, name: r.name, points: r.earned })),
  ];
  return toCsv(["month", "list", "rank", "name", "points"], rows, { bom: true });
}

// ── the budget ──────────────────────────────────────────────────────────────────────────────────

export interface BudgetReport {
  year: number;
  budget: (PointBudget & { points: number }) | null;
  /** Net points issued this year (awards less penalties and reversals of them). */
  issued: number;
  months: { month: number; total: number; byCategory: Record<PointCategory | "none", number> }[];
}

export const budgetPoints = (b: Pick<PointBudget, "population" | "pointsPerYuan">) => Math.round(b.population * YUAN_PER_HEAD * b.pointsPerYuan);

export async function budgetReport(deps: DomainDeps, actor: Actor, communityId: number, year: number): Promise<BudgetReport> {
  await communityInScope(deps, actor, communityId);
  const [budget, issuance] = await Promise.all([budgetOf(deps.directory.orm, communityId, year), communityAccount(deps.db.orm, communityId, "issuance")]);
  const rows = issuance ? await issuedByMonth(deps.db.orm, issuance.id, year * 100 + 1, year * 100 + 12) : [];
  const months = Array.from({ length: 12 }, (_, i) => {
    const month = year * 100 + i + 1;
    const byCategory = Object.fromEntries([...pointCategories, "none"].map((c) => [c, 0])) as Record<PointCategory | "none", number>;
    for (const r of rows.filter((r) => r.month === month)) byCategory[r.category ?? "none"] += r.points;
    return { month, total: Object.values(byCategory).reduce((a, b) => a + b, 0), byCategory };
  });
  return { year, budget: budget ? { ...budget, points: budgetPoints(budget) } : null, issued: months.reduce((a, m) => a + m.total, 0), months };
}

export const budgetInputSchema = z.object({
  population: z.coerce.number({ error: "must be a whole number" }).int({ error: "must be a whole number" }).min(0).max(10_000_000),
  points_per_yuan: z.coerce.number({ error: "must be a whole number" }).int({ error: "must be a whole number" }).min(1).max(10_000),
});

export async function setBudget(deps: DomainDeps, actor: Actor, communityId: number, year: number, input: unknown): Promise<void> {
  const place = await communityInScope(deps, actor, communityId);
  if (!reaches(actor.manages, place)) throw forbidden();
  const data = parseWith(budgetInputSchema, input);
  const before = await budgetOf(deps.directory.orm, communityId, year);
  await deps.directory.atomic((orm) => [
    upsertBudget(orm, { communityId, year, population: data.population, pointsPerYuan: data.points_per_yuan, updatedAt: deps.now() }),
    auditWrite(orm, deps, actor, "points.budget", place, {
      year,
      before: before ? { population: before.population, points_per_yuan: before.pointsPerYuan } : null,
      after: { population: data.population, points_per_yuan: data.points_per_yuan },
    }),
  ]);
}

// ── the ledger as CSV ───────────────────────────────────────────────────────────────────────────

export const ledgerColumns = ["id", "time", "kind", "from_account", "from", "to_account", "to", "points", "shortfall", "rule", "category", "reverses", "evidence", "note", "key"] as const;

/** The communities at or below a place the actor reaches. */
export async function communitiesAt(deps: DomainDeps, actor: Actor, kind: PlaceKind, id: number): Promise<{ place: PlaceRef; communities: number[] }> {
  const place = await placeById(deps.directory.orm, kind, id);
  if (!place || !reaches(actor.sees, place)) throw notFound();
  if (kind === "grid") return { place, communities: [place.communityId!] };
  return { place, communities: await communityIdsUnder(deps.directory.orm, [{ kind, id }]) };
}

/** Every entry booked to these communities in a month (YYYYMM), oldest first, as a spreadsheet opens it. */
export async function ledgerCsv(deps: DomainDeps, communities: number[], month: number, options: { gridId?: number } = {}): Promise<string> {
  let entries: PointTransfer[] = await transfersOfCommunities(deps.db.orm, communities, month, month);
  const accounts = await accountsByIds(deps.db.orm, [...new Set(entries.flatMap((e) => [e.debitAccountId, e.creditAccountId]))]);
  const byId = new Map(accounts.map((a) => [a.id, a]));
  if (options.gridId !== undefined) entries = entries.filter((e) => byId.get(e.debitAccountId)?.gridId === options.gridId || byId.get(e.creditAccountId)?.gridId === options.gridId);
  const names = await accountNames(deps, accounts);
  const time = dateTimeFormat("sv-SE", { timeZone: deps.defaultTimeZone, dateStyle: "short", timeStyle: "short" });
  return toCsv(
    ledgerColumns,
    entries.map((e) => ({
      id: e.id,
      time: time.format(new Date(e.at)),
      kind: e.kind,
      from_account: e.debitAccountId,
      from: names.get(e.debitAccountId) ?? "",
      to_account: e.creditAccountId,
      to: names.get(e.creditAccountId) ?? "",
      points: e.amount,
      shortfall: e.shortfall,
      rule: e.ruleCode,
      category: e.category,
      reverses: e.reverses,
      evidence: e.evidence,
      note: e.note,
      key: e.key,
    })),
    { bom: true },
  );
}

export { placesByIds };

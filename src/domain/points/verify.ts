// `npm run points -- verify`: every balance recomputed from the entries and compared with the one kept in
// the account row; the earned totals likewise; the issuance accounts against all the others (the sum of
// every balance is zero); no balance but an issuance account's below zero; no stock below zero.
import { allAccounts, allTotals, balancesFromEntries, countTransfers, totalsFromEntries } from "../../db/queries/points.js";
import { pointItems } from "../../db/schema.js";
import type { DomainDeps } from "../deps.js";
import { lt } from "drizzle-orm";

export interface VerifyReport {
  accounts: number;
  entries: number;
  /** Accounts whose kept balance differs from their entries. */
  balanceDifferences: { account: number; kept: number; fromEntries: number }[];
  totalDifferences: { account: number; period: number; kept: number; fromEntries: number }[];
  negative: number[];
  /** The sum of every balance (issuance accounts included): zero when every point came from somewhere. */
  sum: number;
  negativeStock: number[];
  ok: boolean;
}

export async function verifyLedger(deps: DomainDeps): Promise<VerifyReport> {
  const orm = deps.db.orm;
  const [accounts, fromEntries, entries, totals, totalsKept, negativeStock] = await Promise.all([
    allAccounts(orm),
    balancesFromEntries(orm),
    countTransfers(orm),
    totalsFromEntries(orm),
    allTotals(orm),
    orm.select({ id: pointItems.id }).from(pointItems).where(lt(pointItems.stock, 0)),
  ]);
  const balanceDifferences = accounts
    .map((a) => ({ account: a.id, kept: a.balance, fromEntries: fromEntries.get(a.id) ?? 0 }))
    .filter((d) => d.kept !== d.fromEntries);
  const kept = new Map(totalsKept.map((t) => [`${t.accountId}:${t.period}`, t.earned]));
  const totalDifferences: VerifyReport["totalDifferences"] = [];
  for (const key of new Set([...kept.keys(), ...totals.keys()])) {
    const a = kept.get(key) ?? 0;
    const b = totals.get(key) ?? 0;
    if (a !== b) {
      const [account, period] = key.split(":").map(Number) as [number, number];
      totalDifferences.push({ account, period, kept: a, fromEntries: b });
    }
  }
  const negative = accounts.filter((a) => a.kind !== "issuance" && a.balance < 0).map((a) => a.id);
  const sum = accounts.reduce((s, a) => s + a.balance, 0);
  const report = {
    accounts: accounts.length,
    entries,
    balanceDifferences,
    totalDifferences,
    negative,
    sum,
    negativeStock: negativeStock.map((r) => r.id),
    ok: false,
  };
  report.ok = balanceDifferences.length === 0 && totalDifferences.length === 0 && negative.length === 0 && sum === 0 && report.negativeStock.length === 0;
  return report;
}

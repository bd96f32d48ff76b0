// A resident's points as they see them in chat (⭐ 我的积分): their balance and their household's, their
// rank in the community this year, the last entries in plain words, their claims, and how to earn.
import type { Change } from "../../db/database.js";
import {
  findItem,
  requestsOfAccount,
  rankOf,
  earnedOf,
  ruleCodesIn,
  statementOf,
  accountsByIds,
  type PointAccount,
  type PointRequest,
  type PointRule,
  type PointTransfer,
} from "../../db/queries/points.js";
import type { Resident } from "../../db/queries/residents.js";
import type { DomainDeps } from "../deps.js";
import { accountOf, householdOf, residentAccountChange, type HouseholdView } from "./accounts.js";
import { periodsOf } from "./time.js";

/** One line of the statement, as a resident reads it. */
export interface EntryView {
  transfer: PointTransfer;
  /** Points in (+) or out (−) of the account. */
  signed: number;
  /** The rule it was under, when there was one. */
  rule: PointRule | undefined;
  /** The item of a redemption (or of the voucher a reversal cancelled). */
  itemName: { zh: string; en: string } | undefined;
  /** The other side, when it is a household or a person. */
  other: PointAccount | undefined;
}

export interface PointsCard {
  account: PointAccount;
  /** The change that makes or moves the account, for the flow to commit. */
  change: Change | null;
  household: HouseholdView | undefined;
  /** This year's points from the community, and the rank among residents (null: none earned yet). */
  earnedThisYear: number;
  rank: number | null;
  recent: EntryView[];
  claims: PointRequest[];
}

export async function entryViews(deps: DomainDeps, account: PointAccount, entries: PointTransfer[]): Promise<EntryView[]> {
  const rules = await ruleCodesIn(deps.directory.orm, [...new Set(entries.map((e) => e.ruleCode).filter((c): c is string => c !== null))]);
  const others = new Map((await accountsByIds(deps.db.orm, [...new Set(entries.map((e) => (e.debitAccountId === account.id ? e.creditAccountId : e.debitAccountId)))])).map((a) => [a.id, a]));
  const items = new Map<number, { zh: string; en: string } | undefined>();
  const itemOf = async (note: string | null) => {
    const id = note?.startsWith("item:") ? Number(note.slice(5)) : NaN;
    if (!Number.isSafeInteger(id)) return undefined;
    if (!items.has(id)) {
      const item = await findItem(deps.db.orm, id);
      items.set(id, item ? { zh: item.nameZh, en: item.nameEn } : undefined);
    }
    return items.get(id);
  };
  const out: EntryView[] = [];
  for (const t of entries) {
    const incoming = t.creditAccountId === account.id;
    out.push({
      transfer: t,
      signed: incoming ? t.amount : -t.amount,
      rule: t.ruleCode ? rules.get(t.ruleCode) : undefined,
      itemName: await itemOf(t.note),
      other: others.get(incoming ? t.debitAccountId : t.creditAccountId),
    });
  }
  return out;
}

/** The points card of a resident with a community (null without one). */
export async function pointsCard(deps: DomainDeps, resident: Resident, recent = 5): Promise<PointsCard | null> {
  const current = await accountOf(deps, resident);
  const planned = residentAccountChange(deps, resident, current);
  if (!planned) return null;
  const { account, change } = planned;
  const year = periodsOf(deps.now(), deps.defaultTimeZone).year;
  const [household, entries, claims, earned] = await Promise.all([
    householdOf(deps, resident),
    account.id ? statementOf(deps.db.orm, account.id, recent) : Promise.resolve([]),
    account.id ? requestsOfAccount(deps.db.orm, account.id, 3) : Promise.resolve([]),
    account.id ? earnedOf(deps.db.orm, account.id, year) : Promise.resolve(0),
  ]);
  const rank = earned > 0 ? await rankOf(deps.db.orm, account.communityId, year, "resident", earned) : null;
  return { account, change, household, earnedThisYear: earned, rank, recent: await entryViews(deps, account, entries), claims };
}

/** A page of a resident's statement, newest first. */
export async function statementPage(deps: DomainDeps, account: PointAccount, size: number, before?: number) {
  const entries = await statementOf(deps.db.orm, account.id, size + 1, before);
  return { entries: await entryViews(deps, account, entries.slice(0, size)), more: entries.length > size };
}

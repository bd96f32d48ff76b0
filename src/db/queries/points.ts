// Points (积分): the rulebook and budgets (directory), and accounts, the ledger, the shop and the
// approval queue (the people's database). Reads, write builders that join an atomic write, and the
// prepared statements every transfer runs. The ledger's own rules (balances moved with each entry,
// entries never changed, a failed key staying failed) are triggers in migration 0007.
import { and, asc, desc, eq, gte, inArray, lt, lte, or, sql, type Placeholder, type SQL } from "drizzle-orm";
import type { PointAccountKind, PointCategory, VoucherStatus } from "../../vocabulary.js";
import type { Orm, Write } from "../database.js";
import {
  pointAccounts,
  pointBudgets,
  pointHouseholdCodes,
  pointHouseholdMembers,
  pointHouseholds,
  pointItems,
  pointOrganisations,
  pointRefusals,
  pointRequests,
  pointRules,
  pointTotals,
  pointTransfers,
  pointVouchers,
  residents,
} from "../schema.js";
import { guard } from "../atomic.js";
import { preparedOnce, preparedWrite } from "../statements.js";

export type PointRule = typeof pointRules.$inferSelect;
export type PointAccount = typeof pointAccounts.$inferSelect;
export type PointTransfer = typeof pointTransfers.$inferSelect;
export type PointRefusal = typeof pointRefusals.$inferSelect;
export type PointItem = typeof pointItems.$inferSelect;
export type PointVoucher = typeof pointVouchers.$inferSelect;
export type PointRequest = typeof pointRequests.$inferSelect;
export type PointHousehold = typeof pointHouseholds.$inferSelect;
export type PointHouseholdMember = typeof pointHouseholdMembers.$inferSelect;
export type PointOrganisation = typeof pointOrganisations.$inferSelect;
export type PointBudget = typeof pointBudgets.$inferSelect;

/** Lists of ids go in chunks under D1's 100 bound parameters. */
const CHUNK = 80;
async function inChunks<T>(ids: readonly number[], read: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await read(ids.slice(i, i + CHUNK))));
  return out;
}

const statements = preparedOnce((orm) => ({
  transferByKey: orm.select().from(pointTransfers).where(eq(pointTransfers.key, sql.placeholder("key"))).limit(1).prepare(),
  refusalByKey: orm.select().from(pointRefusals).where(eq(pointRefusals.key, sql.placeholder("key"))).limit(1).prepare(),
  // Whether a key was used, in one read (most keys are new: one round trip on D1 instead of two).
  keyUsed: orm
    .select({ posted: sql<number>`1` })
    .from(pointTransfers)
    .where(eq(pointTransfers.key, sql.placeholder("key")))
    .unionAll(orm.select({ posted: sql<number>`0` }).from(pointRefusals).where(eq(pointRefusals.key, sql.placeholder("key"))))
    .prepare(),
  account: orm.select().from(pointAccounts).where(eq(pointAccounts.id, sql.placeholder("id"))).limit(1).prepare(),
  accountOfResident: orm.select().from(pointAccounts).where(eq(pointAccounts.residentId, sql.placeholder("residentId"))).limit(1).prepare(),
  communityAccount: orm
    .select()
    .from(pointAccounts)
    .where(and(eq(pointAccounts.communityId, sql.placeholder("communityId")), eq(pointAccounts.kind, sql.placeholder("kind"))))
    .limit(1)
    .prepare(),
  // Newest first, one side at a time: each reads its own index backwards and stops at `limit`.
  debits: orm
    .select()
    .from(pointTransfers)
    .where(and(eq(pointTransfers.debitAccountId, sql.placeholder("account")), lt(pointTransfers.id, sql.placeholder("before"))))
    .orderBy(desc(pointTransfers.id))
    .limit(sql.placeholder("limit"))
    .prepare(),
  credits: orm
    .select()
    .from(pointTransfers)
    .where(and(eq(pointTransfers.creditAccountId, sql.placeholder("account")), lt(pointTransfers.id, sql.placeholder("before"))))
    .orderBy(desc(pointTransfers.id))
    .limit(sql.placeholder("limit"))
    .prepare(),
}));

// ── the rulebook (directory) ────────────────────────────────────────────────────────────────────

/** Every rule a district's places use: the city's and that district's own (null: the city's only). */
export function rulesFor(orm: Orm, districtId: number | null, options: { activeOnly?: boolean } = {}): Promise<PointRule[]> {
  const where = [districtId === null ? sql`${pointRules.districtId} IS NULL` : or(sql`${pointRules.districtId} IS NULL`, eq(pointRules.districtId, districtId))!];
  if (options.activeOnly) where.push(eq(pointRules.active, true));
  return orm
    .select()
    .from(pointRules)
    .where(and(...where))
    .orderBy(asc(pointRules.category), asc(pointRules.sort), asc(pointRules.id));
}

export function allRules(orm: Orm): Promise<PointRule[]> {
  return orm.select().from(pointRules).orderBy(asc(pointRules.category), asc(pointRules.sort), asc(pointRules.id));
}

export async function ruleByCode(orm: Orm, code: string): Promise<PointRule | undefined> {
  return (await orm.select().from(pointRules).where(eq(pointRules.code, code)).limit(1))[0];
}

export async function ruleById(orm: Orm, id: number): Promise<PointRule | undefined> {
  return (await orm.select().from(pointRules).where(eq(pointRules.id, id)).limit(1))[0];
}

export async function ruleCodesIn(orm: Orm, codes: string[]): Promise<Map<string, PointRule>> {
  const out = new Map<string, PointRule>();
  for (let i = 0; i < codes.length; i += CHUNK) {
    for (const r of await orm.select().from(pointRules).where(inArray(pointRules.code, codes.slice(i, i + CHUNK)))) out.set(r.code, r);
  }
  return out;
}

export async function countRules(orm: Orm): Promise<number> {
  return (await orm.select({ n: sql<number>`count(*)` }).from(pointRules))[0]!.n;
}

export function upsertRule(orm: Orm, row: typeof pointRules.$inferInsert): Write {
  const { code: _code, ...set } = row;
  return orm.insert(pointRules).values(row).onConflictDoUpdate({ target: pointRules.code, set });
}

// ── budgets (directory) ─────────────────────────────────────────────────────────────────────────

export async function budgetOf(orm: Orm, communityId: number, year: number): Promise<PointBudget | undefined> {
  return (await orm.select().from(pointBudgets).where(and(eq(pointBudgets.communityId, communityId), eq(pointBudgets.year, year))).limit(1))[0];
}

export function upsertBudget(orm: Orm, row: typeof pointBudgets.$inferInsert): Write {
  return orm
    .insert(pointBudgets)
    .values(row)
    .onConflictDoUpdate({ target: [pointBudgets.communityId, pointBudgets.year], set: { population: row.population, pointsPerYuan: row.pointsPerYuan, updatedAt: row.updatedAt } });
}

// ── accounts ────────────────────────────────────────────────────────────────────────────────────

export async function findAccount(orm: Orm, id: number): Promise<PointAccount | undefined> {
  return (await statements(orm).account.all({ id }))[0];
}

export function accountsByIds(orm: Orm, ids: number[]): Promise<PointAccount[]> {
  return inChunks(ids, (chunk) => orm.select().from(pointAccounts).where(inArray(pointAccounts.id, chunk)));
}

export async function accountOfResident(orm: Orm, residentId: number): Promise<PointAccount | undefined> {
  return (await statements(orm).accountOfResident.all({ residentId }))[0];
}

export function accountsOfResidents(orm: Orm, residentIds: number[]): Promise<PointAccount[]> {
  return inChunks(residentIds, (chunk) => orm.select().from(pointAccounts).where(inArray(pointAccounts.residentId, chunk)));
}

export async function accountByMemberCode(orm: Orm, code: string): Promise<PointAccount | undefined> {
  return (await orm.select().from(pointAccounts).where(eq(pointAccounts.memberCode, code)).limit(1))[0];
}

export async function accountOfHousehold(orm: Orm, householdId: number): Promise<PointAccount | undefined> {
  return (await orm.select().from(pointAccounts).where(eq(pointAccounts.householdId, householdId)).limit(1))[0];
}

export async function accountOfOrganisation(orm: Orm, organisationId: number): Promise<PointAccount | undefined> {
  return (await orm.select().from(pointAccounts).where(eq(pointAccounts.organisationId, organisationId)).limit(1))[0];
}

/** A community's issuance or shop account. */
export async function communityAccount(orm: Orm, communityId: number, kind: "issuance" | "shop"): Promise<PointAccount | undefined> {
  return (await statements(orm).communityAccount.all({ communityId, kind }))[0];
}

export function insertAccount(orm: Orm, row: typeof pointAccounts.$inferInsert): Write {
  return orm.insert(pointAccounts).values(row);
}

/** A community's own account, made once (a second insert is ignored by the unique index). */
export function ensureCommunityAccount(orm: Orm, communityId: number, kind: "issuance" | "shop", now: number): Write {
  return orm.insert(pointAccounts).values({ kind, communityId, createdAt: now }).onConflictDoNothing();
}

export function updateAccountPlace(orm: Orm, id: number, change: { communityId?: number; gridId?: number | null }): Write {
  return orm.update(pointAccounts).set(change).where(eq(pointAccounts.id, id));
}

/** Every account of a kind (or all) in these communities. */
export function accountsIn(orm: Orm, communityIds: number[], kind?: PointAccountKind): Promise<PointAccount[]> {
  return inChunks(communityIds, (chunk) =>
    orm
      .select()
      .from(pointAccounts)
      .where(and(inArray(pointAccounts.communityId, chunk), ...(kind ? [eq(pointAccounts.kind, kind)] : [])))
      .orderBy(asc(pointAccounts.id)),
  );
}

/** /forget: the account stays with its entries, without the person. */
export function detachResident(orm: Orm, residentId: number): Write[] {
  return [
    orm.update(pointAccounts).set({ residentId: null, memberCode: null }).where(eq(pointAccounts.residentId, residentId)),
    orm.delete(pointHouseholdMembers).where(eq(pointHouseholdMembers.residentId, residentId)),
  ];
}

/** Residents (the people's rows) by id, for staff who look at accounts. */
export function residentsByIds(orm: Orm, ids: number[]) {
  return inChunks(ids, (chunk) => orm.select().from(residents).where(inArray(residents.id, chunk)));
}

export async function residentByPhone(orm: Orm, phone: string) {
  return orm.select().from(residents).where(eq(residents.phone, phone)).limit(2);
}

// ── households and organisations ────────────────────────────────────────────────────────────────

export async function findHousehold(orm: Orm, id: number): Promise<PointHousehold | undefined> {
  return (await orm.select().from(pointHouseholds).where(eq(pointHouseholds.id, id)).limit(1))[0];
}

export function householdsIn(orm: Orm, communityIds: number[]): Promise<PointHousehold[]> {
  return inChunks(communityIds, (chunk) => orm.select().from(pointHouseholds).where(inArray(pointHouseholds.communityId, chunk)).orderBy(asc(pointHouseholds.id)));
}

export function insertHousehold(orm: Orm, row: typeof pointHouseholds.$inferInsert): Write {
  return orm.insert(pointHouseholds).values(row);
}

export async function membershipOf(orm: Orm, residentId: number): Promise<PointHouseholdMember | undefined> {
  return (await orm.select().from(pointHouseholdMembers).where(eq(pointHouseholdMembers.residentId, residentId)).limit(1))[0];
}

export function membersOf(orm: Orm, householdId: number): Promise<PointHouseholdMember[]> {
  return orm.select().from(pointHouseholdMembers).where(eq(pointHouseholdMembers.householdId, householdId)).orderBy(desc(pointHouseholdMembers.head), asc(pointHouseholdMembers.joinedAt));
}

export function insertMember(orm: Orm, row: typeof pointHouseholdMembers.$inferInsert): Write {
  return orm.insert(pointHouseholdMembers).values(row);
}

export function deleteMember(orm: Orm, residentId: number): Write {
  return orm.delete(pointHouseholdMembers).where(eq(pointHouseholdMembers.residentId, residentId));
}

export function insertHouseholdCode(orm: Orm, row: typeof pointHouseholdCodes.$inferInsert): Write {
  return orm.insert(pointHouseholdCodes).values(row);
}

export async function findHouseholdCode(orm: Orm, code: string) {
  return (await orm.select().from(pointHouseholdCodes).where(eq(pointHouseholdCodes.code, code)).limit(1))[0];
}

export function useHouseholdCode(orm: Orm, code: string, now: number): Write {
  return orm.update(pointHouseholdCodes).set({ usedAt: now }).where(eq(pointHouseholdCodes.code, code));
}

export function householdCodeUsable(code: string, now: number): SQL {
  return sql`EXISTS (SELECT 1 FROM ${pointHouseholdCodes} WHERE ${pointHouseholdCodes.code} = ${code} AND ${pointHouseholdCodes.usedAt} IS NULL AND ${pointHouseholdCodes.expiresAt} > ${now})`;
}

export function notInHousehold(residentId: number): SQL {
  return sql`NOT EXISTS (SELECT 1 FROM ${pointHouseholdMembers} WHERE ${pointHouseholdMembers.residentId} = ${residentId})`;
}

export async function findOrganisation(orm: Orm, id: number): Promise<PointOrganisation | undefined> {
  return (await orm.select().from(pointOrganisations).where(eq(pointOrganisations.id, id)).limit(1))[0];
}

export function organisationsIn(orm: Orm, communityIds: number[]): Promise<PointOrganisation[]> {
  return inChunks(communityIds, (chunk) => orm.select().from(pointOrganisations).where(inArray(pointOrganisations.communityId, chunk)).orderBy(asc(pointOrganisations.id)));
}

export function insertOrganisation(orm: Orm, row: typeof pointOrganisations.$inferInsert): Write {
  return orm.insert(pointOrganisations).values(row);
}

// ── the ledger ──────────────────────────────────────────────────────────────────────────────────

export async function transferByKey(orm: Orm, key: string): Promise<PointTransfer | undefined> {
  return (await statements(orm).transferByKey.all({ key }))[0];
}

/** "posted", "refused" or null for a key never used. */
export async function keyUse(orm: Orm, key: string): Promise<"posted" | "refused" | null> {
  const rows = await statements(orm).keyUsed.all({ key });
  if (rows.length === 0) return null;
  return rows.some((r) => Number(r.posted) === 1) ? "posted" : "refused";
}

/** Which of these keys were used (posted or refused), in chunks under D1's 100 bound parameters. */
export async function keysUsed(orm: Orm, keys: string[]): Promise<Set<string>> {
  const used = new Set<string>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const chunk = keys.slice(i, i + CHUNK);
    for (const r of await orm.select({ key: pointTransfers.key }).from(pointTransfers).where(inArray(pointTransfers.key, chunk))) used.add(r.key);
    for (const r of await orm.select({ key: pointRefusals.key }).from(pointRefusals).where(inArray(pointRefusals.key, chunk))) used.add(r.key);
  }
  return used;
}

/** Transfers by key, in chunks under D1's 100 bound parameters (a batch's read-back). */
export async function transfersByKeys(orm: Orm, keys: string[]): Promise<Map<string, PointTransfer>> {
  const out = new Map<string, PointTransfer>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    for (const t of await orm.select().from(pointTransfers).where(inArray(pointTransfers.key, keys.slice(i, i + CHUNK)))) out.set(t.key, t);
  }
  return out;
}

export async function refusalByKey(orm: Orm, key: string): Promise<PointRefusal | undefined> {
  return (await statements(orm).refusalByKey.all({ key }))[0];
}

export async function findTransfer(orm: Orm, id: number): Promise<PointTransfer | undefined> {
  return (await orm.select().from(pointTransfers).where(eq(pointTransfers.id, id)).limit(1))[0];
}

export async function reversalOf(orm: Orm, transferId: number): Promise<PointTransfer | undefined> {
  return (await orm.select().from(pointTransfers).where(eq(pointTransfers.reverses, transferId)).limit(1))[0];
}

export function transfersByIds(orm: Orm, ids: number[]): Promise<PointTransfer[]> {
  return inChunks(ids, (chunk) => orm.select().from(pointTransfers).where(inArray(pointTransfers.id, chunk)));
}

/** An account's entries, newest first (before the entry `before`, for paging). */
export async function statementOf(orm: Orm, accountId: number, limit: number, before = Number.MAX_SAFE_INTEGER): Promise<PointTransfer[]> {
  const s = statements(orm);
  const [debits, credits] = await Promise.all([s.debits.all({ account: accountId, before, limit }), s.credits.all({ account: accountId, before, limit })]);
  return [...debits, ...credits].sort((a, b) => b.id - a.id).slice(0, limit);
}

/** Which of these transfers have been reversed. */
export async function reversedAmong(orm: Orm, ids: number[]): Promise<Set<number>> {
  const rows = await inChunks(ids, (chunk) => orm.select({ reverses: pointTransfers.reverses }).from(pointTransfers).where(inArray(pointTransfers.reverses, chunk)));
  return new Set(rows.map((r) => r.reverses!));
}

/** A transfer as its statement takes it (values as stored). */
export interface TransferValues {
  [column: string]: string | number | null;
  key: string;
  kind: string;
  debit: number;
  credit: number;
  amount: number;
  ruleCode: string | null;
  category: string | null;
  reverses: number | null;
  community: number;
  month: number;
  at: number;
  staffId: number | null;
  requestId: number | null;
  evidence: string | null;
  photo: string | null;
  note: string | null;
  fingerprint: string;
}

const transferColumns = ["key", "kind", "debit", "credit", "amount", "ruleCode", "category", "reverses", "community", "month", "at", "staffId", "requestId", "evidence", "photo", "note", "fingerprint"] as const;

function transferRow(v: { [K in keyof TransferValues]: unknown }) {
  return {
    key: v.key,
    kind: v.kind,
    debitAccountId: v.debit,
    creditAccountId: v.credit,
    ruleCode: v.ruleCode,
    category: v.category,
    reverses: v.reverses,
    communityId: v.community,
    month: v.month,
    at: v.at,
    staffId: v.staffId,
    requestId: v.requestId,
    evidence: v.evidence,
    photo: v.photo,
    note: v.note,
    fingerprint: v.fingerprint,
  } as unknown as Omit<typeof pointTransfers.$inferInsert, "amount">;
}

/** Writes one transfer; the trigger moves both balances in the same statement. */
export const insertTransfer = preparedWrite<TransferValues>(transferColumns, (orm, v) => orm.insert(pointTransfers).values({ ...transferRow(v), amount: v.amount as number, shortfall: 0 }));

/** A penalty: takes what the balance holds, up to `amount`, and records the rest as the shortfall. */
export const insertPenalty = preparedWrite<TransferValues>(transferColumns, (orm, v) => {
  const taken = sql`max(0, min(${v.amount}, (SELECT ${pointAccounts.balance} FROM ${pointAccounts} WHERE ${pointAccounts.id} = ${v.debit})))`;
  return orm.insert(pointTransfers).values({ ...transferRow(v), amount: taken, shortfall: sql`${v.amount} - ${taken}` });
});

/** Guards that an account holds at least `amount`. */
export const balanceGuard = preparedWrite<{ account: number; amount: number }>(["account", "amount"], (orm, v) =>
  guard(orm, "points: balance covers", sql`(SELECT ${pointAccounts.balance} FROM ${pointAccounts} WHERE ${pointAccounts.id} = ${v.account}) >= ${v.amount}`),
);

/** Records a refused key (ignored by the database when the key was posted meanwhile). */
export const insertRefusal = preparedWrite<{ key: string; reason: string; fingerprint: string; at: number }>(["key", "reason", "fingerprint", "at"], (orm, v) =>
  orm
    .insert(pointRefusals)
    .values(v as typeof pointRefusals.$inferInsert)
    .onConflictDoNothing(),
);

/** The id of the transfer with this key, inside the write that makes it. */
export function transferIdOf(key: string): SQL {
  return sql`(SELECT ${pointTransfers.id} FROM ${pointTransfers} WHERE ${pointTransfers.key} = ${key})`;
}

export function balanceOf(accountId: number): SQL {
  return sql`(SELECT ${pointAccounts.balance} FROM ${pointAccounts} WHERE ${pointAccounts.id} = ${accountId})`;
}

/** Guards that a transfer has not been reversed. */
export const notReversedGuard = preparedWrite<{ transfer: number }>(["transfer"], (orm, v) =>
  guard(orm, "points: not reversed yet", sql`NOT EXISTS (SELECT 1 FROM ${pointTransfers} WHERE ${pointTransfers.reverses} = ${v.transfer})`),
);

/** Awards under a rule to an account since a moment that were not reversed, for caps. */
function awardsSince(accountId: number | Placeholder, ruleCode: string | Placeholder, since: number | Placeholder): SQL {
  const t = sql.identifier("cap_t");
  return sql`(SELECT count(*) FROM ${pointTransfers} AS ${t}
    WHERE ${t}.credit_account_id = ${accountId} AND ${t}.rule_code = ${ruleCode} AND ${t}.kind = 'award' AND ${t}.at >= ${since}
      AND NOT EXISTS (SELECT 1 FROM ${pointTransfers} WHERE ${pointTransfers.reverses} = ${t}.id))`;
}

/** Guards that fewer than `cap` awards under the rule went to the account since `since`. */
export const capGuard = preparedWrite<{ account: number; rule: string; since: number; cap: number }>(["account", "rule", "since", "cap"], (orm, v) =>
  guard(orm, "points: rule cap", sql`${awardsSince(v.account, v.rule, v.since)} < ${v.cap}`),
);

export async function countAwardsSince(orm: Orm, accountId: number, ruleCode: string, since: number): Promise<number> {
  const [row] = await orm.select({ n: sql<number>`${awardsSince(accountId, ruleCode, since)}` }).from(sql`(SELECT 1)`);
  return Number(row?.n ?? 0);
}

/** Entries of communities in a month range (YYYYMM, inclusive), oldest first: exports and reports. */
export function transfersOfCommunities(orm: Orm, communityIds: number[], fromMonth: number, toMonth: number): Promise<PointTransfer[]> {
  return inChunks(communityIds, (chunk) =>
    orm
      .select()
      .from(pointTransfers)
      .where(and(inArray(pointTransfers.communityId, chunk), gte(pointTransfers.month, fromMonth), lte(pointTransfers.month, toMonth)))
      .orderBy(asc(pointTransfers.id)),
  ).then((rows) => rows.sort((a, b) => a.id - b.id));
}

/** Issued per category and month: out of the issuance account counts, back into it counts against. */
export async function issuedByMonth(orm: Orm, issuanceId: number, fromMonth: number, toMonth: number): Promise<{ month: number; category: PointCategory | null; points: number }[]> {
  const rows = await orm
    .select({
      month: pointTransfers.month,
      category: pointTransfers.category,
      points: sql<number>`sum(CASE WHEN ${pointTransfers.debitAccountId} = ${issuanceId} THEN ${pointTransfers.amount} ELSE -${pointTransfers.amount} END)`,
    })
    .from(pointTransfers)
    .where(
      and(
        or(eq(pointTransfers.debitAccountId, issuanceId), eq(pointTransfers.creditAccountId, issuanceId)),
        gte(pointTransfers.month, fromMonth),
        lte(pointTransfers.month, toMonth),
      ),
    )
    .groupBy(pointTransfers.month, pointTransfers.category);
  return rows.map((r) => ({ ...r, points: Number(r.points) }));
}

/** Every balance as its entries make it: credits less debits, per account. */
export async function balancesFromEntries(orm: Orm): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  const credits = await orm.select({ id: pointTransfers.creditAccountId, sum: sql<number>`sum(${pointTransfers.amount})` }).from(pointTransfers).groupBy(pointTransfers.creditAccountId);
  const debits = await orm.select({ id: pointTransfers.debitAccountId, sum: sql<number>`sum(${pointTransfers.amount})` }).from(pointTransfers).groupBy(pointTransfers.debitAccountId);
  for (const r of credits) out.set(r.id, (out.get(r.id) ?? 0) + Number(r.sum));
  for (const r of debits) out.set(r.id, (out.get(r.id) ?? 0) - Number(r.sum));
  return out;
}

/** Earned per account and year as the entries make it (see point_totals). */
export async function totalsFromEntries(orm: Orm): Promise<Map<string, number>> {
  const rows = await orm.all<{ account: number; month: number; earned: number }>(sql`
    SELECT CASE WHEN d.kind = 'issuance' THEN t.credit_account_id ELSE t.debit_account_id END AS account,
           t.month AS month,
           sum(CASE WHEN d.kind = 'issuance' THEN t.amount ELSE -t.amount END) AS earned
    FROM point_transfers t
    JOIN point_accounts d ON d.id = t.debit_account_id
    JOIN point_accounts c ON c.id = t.credit_account_id
    WHERE (d.kind = 'issuance') <> (c.kind = 'issuance')
    GROUP BY account, t.month`);
  const out = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.account}:${Math.floor(Number(r.month) / 100)}`;
    out.set(key, (out.get(key) ?? 0) + Number(r.earned));
  }
  return out;
}

export function allAccounts(orm: Orm): Promise<PointAccount[]> {
  return orm.select().from(pointAccounts).orderBy(asc(pointAccounts.id));
}

export function allTotals(orm: Orm) {
  return orm.select().from(pointTotals);
}

export async function countTransfers(orm: Orm): Promise<number> {
  return Number((await orm.select({ n: sql<number>`count(*)` }).from(pointTransfers))[0]!.n);
}

// ── rankings ────────────────────────────────────────────────────────────────────────────────────

export async function earnedOf(orm: Orm, accountId: number, period: number): Promise<number> {
  const [row] = await orm.select({ earned: pointTotals.earned }).from(pointTotals).where(and(eq(pointTotals.accountId, accountId), eq(pointTotals.period, period))).limit(1);
  return row?.earned ?? 0;
}

/** 1 + how many accounts of the kind in the community earned more in the period. */
export async function rankOf(orm: Orm, communityId: number, period: number, kind: PointAccountKind, earned: number): Promise<number> {
  const [row] = await orm
    .select({ n: sql<number>`count(*)` })
    .from(pointTotals)
    .where(and(eq(pointTotals.communityId, communityId), eq(pointTotals.period, period), eq(pointTotals.kind, kind), sql`${pointTotals.earned} > ${earned}`));
  return Number(row?.n ?? 0) + 1;
}

/** The top earners of a kind in communities (and, given, a grid) for a period. */
export async function topEarners(orm: Orm, communityIds: number[], period: number, kind: PointAccountKind, limit: number, gridId?: number) {
  const rows = await inChunks(communityIds, (chunk) =>
    orm
      .select({ account: pointAccounts, earned: pointTotals.earned })
      .from(pointTotals)
      .innerJoin(pointAccounts, eq(pointAccounts.id, pointTotals.accountId))
      .where(
        and(
          inArray(pointTotals.communityId, chunk),
          eq(pointTotals.period, period),
          eq(pointTotals.kind, kind),
          sql`${pointTotals.earned} > 0`,
          ...(gridId === undefined ? [] : [eq(pointAccounts.gridId, gridId)]),
        ),
      )
      .orderBy(desc(pointTotals.earned), asc(pointTotals.accountId))
      .limit(limit),
  );
  return rows.sort((a, b) => b.earned - a.earned || a.account.id - b.account.id).slice(0, limit);
}

/**
 * The top earners of a kind for a month (YYYYMM), summed from that month's entries: what came from the
 * communities' issuance accounts less what went back to them.
 */
export async function monthlyEarners(orm: Orm, communityIds: number[], month: number, kind: PointAccountKind, limit: number) {
  const out = new Map<number, number>();
  for (let i = 0; i < communityIds.length; i += CHUNK) {
    const chunk = communityIds.slice(i, i + CHUNK);
    const rows = await orm.all<{ account: number; earned: number }>(sql`
      SELECT CASE WHEN d.kind = 'issuance' THEN t.credit_account_id ELSE t.debit_account_id END AS account,
             sum(CASE WHEN d.kind = 'issuance' THEN t.amount ELSE -t.amount END) AS earned
      FROM ${pointTransfers} t
      JOIN ${pointAccounts} d ON d.id = t.debit_account_id
      JOIN ${pointAccounts} c ON c.id = t.credit_account_id
      WHERE t.community_id IN (${sql.join(chunk.map((id) => sql`${id}`), sql`, `)}) AND t.month = ${month}
        AND (d.kind = 'issuance') <> (c.kind = 'issuance')
        AND (CASE WHEN d.kind = 'issuance' THEN c.kind ELSE d.kind END) = ${kind}
      GROUP BY account`);
    for (const r of rows) out.set(Number(r.account), (out.get(Number(r.account)) ?? 0) + Number(r.earned));
  }
  const top = [...out].filter(([, earned]) => earned > 0).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit);
  const accounts = new Map((await accountsByIds(orm, top.map(([id]) => id))).map((a) => [a.id, a]));
  return top.map(([id, earned]) => ({ account: accounts.get(id)!, earned })).filter((r) => r.account);
}

// ── the shop ────────────────────────────────────────────────────────────────────────────────────

export function itemsOf(orm: Orm, communityId: number, options: { activeOnly?: boolean } = {}): Promise<PointItem[]> {
  return orm
    .select()
    .from(pointItems)
    .where(and(eq(pointItems.communityId, communityId), ...(options.activeOnly ? [eq(pointItems.active, true)] : [])))
    .orderBy(asc(pointItems.sort), asc(pointItems.id));
}

export async function findItem(orm: Orm, id: number): Promise<PointItem | undefined> {
  return (await orm.select().from(pointItems).where(eq(pointItems.id, id)).limit(1))[0];
}

export function insertItem(orm: Orm, row: typeof pointItems.$inferInsert): Write {
  return orm.insert(pointItems).values(row);
}

export function updateItem(orm: Orm, id: number, change: Partial<typeof pointItems.$inferInsert>): Write {
  return orm.update(pointItems).set(change).where(eq(pointItems.id, id));
}

export const takeFromStock = preparedWrite<{ item: number }>(["item"], (orm, v) =>
  orm
    .update(pointItems)
    .set({ stock: sql`${pointItems.stock} - 1` })
    .where(eq(pointItems.id, v.item as number)),
);

export const putBackInStock = preparedWrite<{ item: number }>(["item"], (orm, v) =>
  orm
    .update(pointItems)
    .set({ stock: sql`${pointItems.stock} + 1` })
    .where(eq(pointItems.id, v.item as number)),
);

/** Guards that an offered item has one left. */
export const inStockGuard = preparedWrite<{ item: number }>(["item"], (orm, v) =>
  guard(orm, "points: in stock", sql`(SELECT ${pointItems.stock} FROM ${pointItems} WHERE ${pointItems.id} = ${v.item} AND ${pointItems.active} = 1) > 0`),
);

export async function voucherByCode(orm: Orm, code: string): Promise<PointVoucher | undefined> {
  return (await orm.select().from(pointVouchers).where(eq(pointVouchers.code, code)).limit(1))[0];
}

export async function findVoucher(orm: Orm, id: number): Promise<PointVoucher | undefined> {
  return (await orm.select().from(pointVouchers).where(eq(pointVouchers.id, id)).limit(1))[0];
}

export async function voucherOfTransfer(orm: Orm, transferId: number): Promise<PointVoucher | undefined> {
  return (await orm.select().from(pointVouchers).where(eq(pointVouchers.transferId, transferId)).limit(1))[0];
}

export function vouchersOfAccount(orm: Orm, accountId: number, limit = 20): Promise<PointVoucher[]> {
  return orm.select().from(pointVouchers).where(eq(pointVouchers.accountId, accountId)).orderBy(desc(pointVouchers.id)).limit(limit);
}

export function vouchersOfCommunity(orm: Orm, communityId: number, status: VoucherStatus, limit = 100): Promise<PointVoucher[]> {
  return orm
    .select()
    .from(pointVouchers)
    .where(and(eq(pointVouchers.communityId, communityId), eq(pointVouchers.status, status)))
    .orderBy(desc(pointVouchers.id))
    .limit(limit);
}

/** A redemption's voucher, pointing at the transfer with `key` written in the same atomic write. */
export const insertVoucher = preparedWrite<{ code: string; item: number; account: number; community: number; key: string; at: number }>(
  ["code", "item", "account", "community", "key", "at"],
  (orm, v) =>
    orm.insert(pointVouchers).values({
      code: v.code,
      itemId: v.item,
      accountId: v.account,
      communityId: v.community,
      transferId: sql`(SELECT ${pointTransfers.id} FROM ${pointTransfers} WHERE ${pointTransfers.key} = ${v.key})`,
      createdAt: v.at,
    } as unknown as typeof pointVouchers.$inferInsert),
);

export function voucherReserved(id: number): SQL {
  return sql`EXISTS (SELECT 1 FROM ${pointVouchers} WHERE ${pointVouchers.id} = ${id} AND ${pointVouchers.status} = 'reserved')`;
}

export const voucherReservedGuard = preparedWrite<{ voucher: number }>(["voucher"], (orm, v) =>
  guard(orm, "points: voucher reserved", sql`EXISTS (SELECT 1 FROM ${pointVouchers} WHERE ${pointVouchers.id} = ${v.voucher} AND ${pointVouchers.status} = 'reserved')`),
);

/** Cancels a reserved voucher with the refund written in the same atomic write (its key). */
export const cancelVoucherWrite = preparedWrite<{ voucher: number; at: number; by: number | null; key: string }>(["voucher", "at", "by", "key"], (orm, v) =>
  orm
    .update(pointVouchers)
    .set({
      status: "cancelled",
      closedAt: v.at,
      closedBy: v.by,
      refundTransferId: sql`(SELECT ${pointTransfers.id} FROM ${pointTransfers} WHERE ${pointTransfers.key} = ${v.key})`,
    } as unknown as Partial<typeof pointVouchers.$inferInsert>)
    .where(and(eq(pointVouchers.id, v.voucher as number), eq(pointVouchers.status, "reserved"))),
);

export function closeVoucher(orm: Orm, id: number, change: { status: Exclude<VoucherStatus, "reserved">; closedAt: number; closedBy: number | null }): Write {
  return orm
    .update(pointVouchers)
    .set(change)
    .where(and(eq(pointVouchers.id, id), eq(pointVouchers.status, "reserved")));
}

// ── the approval queue ──────────────────────────────────────────────────────────────────────────

export function insertRequest(orm: Orm, row: typeof pointRequests.$inferInsert): Write {
  return orm.insert(pointRequests).values(row).onConflictDoNothing();
}

export async function findRequest(orm: Orm, id: number): Promise<PointRequest | undefined> {
  return (await orm.select().from(pointRequests).where(eq(pointRequests.id, id)).limit(1))[0];
}

export async function requestByKey(orm: Orm, key: string): Promise<PointRequest | undefined> {
  return (await orm.select().from(pointRequests).where(eq(pointRequests.key, key)).limit(1))[0];
}

export function pendingIn(orm: Orm, communityIds: number[], limit = 200): Promise<PointRequest[]> {
  return inChunks(communityIds, (chunk) =>
    orm
      .select()
      .from(pointRequests)
      .where(and(inArray(pointRequests.communityId, chunk), eq(pointRequests.status, "pending")))
      .orderBy(asc(pointRequests.id))
      .limit(limit),
  ).then((rows) => rows.sort((a, b) => a.id - b.id).slice(0, limit));
}

export function requestsOfAccount(orm: Orm, accountId: number, limit = 10): Promise<PointRequest[]> {
  return orm.select().from(pointRequests).where(eq(pointRequests.accountId, accountId)).orderBy(desc(pointRequests.id)).limit(limit);
}

export function requestPending(id: number): SQL {
  return sql`EXISTS (SELECT 1 FROM ${pointRequests} WHERE ${pointRequests.id} = ${id} AND ${pointRequests.status} = 'pending')`;
}

export function decideRequest(orm: Orm, id: number, change: { status: "approved" | "rejected"; decidedBy: number | null; decidedAt: number; reason?: string | null; transferId?: SQL }): Write {
  return orm
    .update(pointRequests)
    .set(change as Partial<typeof pointRequests.$inferInsert>)
    .where(and(eq(pointRequests.id, id), eq(pointRequests.status, "pending")));
}

// The ledger's rules held by the database itself, on better-sqlite3 and on D1: writes that would break
// them fail even when the code asks for them directly — and take every other write of the same atomic
// write (a transaction, a D1 batch) down with them.
import { eq, sql } from "drizzle-orm";
import type { ExpectStatic } from "vitest";
import type { Database } from "../../src/db/database.js";
import { balanceGuard, findAccount, insertPenalty, insertRefusal, insertTransfer, type TransferValues } from "../../src/db/queries/points.js";
import { pointAccounts, pointItems, pointRequests, pointTransfers } from "../../src/db/schema.js";

type Case = (db: Database, expect: ExpectStatic) => Promise<void>;

let run = 0;

async function accounts(db: Database) {
  const community = 2_000_000 + ++run;
  await db.atomic((orm) => [
    orm.insert(pointAccounts).values({ kind: "issuance", communityId: community, createdAt: 0 }),
    orm.insert(pointAccounts).values({ kind: "resident", communityId: community, createdAt: 0 }),
    orm.insert(pointAccounts).values({ kind: "resident", communityId: community, createdAt: 0 }),
  ]);
  const rows = await db.orm.select().from(pointAccounts).where(eq(pointAccounts.communityId, community));
  return { community, issuance: rows[0]!, a: rows[1]!, b: rows[2]! };
}

const entry = (key: string, kind: string, debit: number, credit: number, amount: number, community: number, more: Partial<TransferValues> = {}): TransferValues => ({
  key,
  kind,
  debit,
  credit,
  amount,
  ruleCode: null,
  category: null,
  reverses: null,
  community,
  month: 202611,
  at: 0,
  staffId: null,
  requestId: null,
  evidence: null,
  photo: null,
  note: null,
  fingerprint: "test",
  ...more,
});

const fails = (db: Database, build: Parameters<Database["atomic"]>[0]) => db.atomic(build).then(() => null, (e: unknown) => String(e instanceof Error ? `${e.message} ${String(e.cause ?? "")}` : e));

export const pointsDbCases: Record<string, Case> = {
  "moves both balances with the entry, in the same statement": async (db, expect) => {
    const { community, issuance, a } = await accounts(db);
    await db.atomic((orm) => [insertTransfer(orm, entry(`db-${run}-1`, "award", issuance.id, a.id, 7, community))]);
    expect((await findAccount(db.orm, a.id))!.balance).toBe(7);
    expect((await findAccount(db.orm, issuance.id))!.balance).toBe(-7);
  },

  "refuses a balance below zero (CHECK), and undoes the whole atomic write with it": async (db, expect) => {
    const { community, issuance, a, b } = await accounts(db);
    const error = await fails(db, (orm) => [
      insertTransfer(orm, entry(`db-${run}-ok`, "award", issuance.id, a.id, 5, community)),
      insertTransfer(orm, entry(`db-${run}-over`, "transfer", a.id, b.id, 6, community)),
    ]);
    expect(error).toMatch(/CHECK constraint failed: point_accounts_balance/);
    expect((await findAccount(db.orm, a.id))!.balance).toBe(0);
    expect(await db.orm.select().from(pointTransfers).where(eq(pointTransfers.key, `db-${run}-ok`))).toEqual([]);
    // The guard the ledger puts first says it before the constraint has to.
    const guarded = await fails(db, (orm) => [balanceGuard(orm, { account: a.id, amount: 1 }), insertTransfer(orm, entry(`db-${run}-g`, "transfer", a.id, b.id, 1, community))]);
    expect(guarded).toMatch(/linli atomic guard failed/);
  },

  "refuses a transfer to oneself, a negative amount, a second entry with the same key": async (db, expect) => {
    const { community, issuance, a } = await accounts(db);
    expect(await fails(db, (orm) => [insertTransfer(orm, entry(`db-${run}-self`, "award", a.id, a.id, 1, community))])).toMatch(/point_transfers_two_accounts/);
    expect(await fails(db, (orm) => [insertTransfer(orm, entry(`db-${run}-neg`, "award", issuance.id, a.id, -3, community))])).toMatch(/point_transfers_amount/);
    await db.atomic((orm) => [insertTransfer(orm, entry(`db-${run}-k`, "award", issuance.id, a.id, 2, community))]);
    expect(await fails(db, (orm) => [insertTransfer(orm, entry(`db-${run}-k`, "award", issuance.id, a.id, 2, community))])).toMatch(/UNIQUE constraint failed: point_transfers.key/);
    expect((await findAccount(db.orm, a.id))!.balance).toBe(2);
  },

  "never changes or deletes an entry, and keeps a refused key refused": async (db, expect) => {
    const { community, issuance, a } = await accounts(db);
    await db.atomic((orm) => [insertTransfer(orm, entry(`db-${run}-e`, "award", issuance.id, a.id, 4, community))]);
    expect(await fails(db, (orm) => [orm.update(pointTransfers).set({ amount: 400 }).where(eq(pointTransfers.key, `db-${run}-e`))])).toMatch(/never changed/);
    expect(await fails(db, (orm) => [orm.delete(pointTransfers).where(eq(pointTransfers.key, `db-${run}-e`))])).toMatch(/never deleted/);
    await db.atomic((orm) => [insertRefusal(orm, { key: `db-${run}-no`, reason: "short", fingerprint: "f", at: 0 })]);
    expect(await fails(db, (orm) => [insertTransfer(orm, entry(`db-${run}-no`, "award", issuance.id, a.id, 1, community))])).toMatch(/stays failed/);
    // A refusal for a key that was posted is ignored: the posted one stands.
    await db.atomic((orm) => [insertRefusal(orm, { key: `db-${run}-e`, reason: "short", fingerprint: "f", at: 0 })]);
    expect((await db.orm.get<{ n: number }>(sql`SELECT count(*) AS n FROM point_refusals WHERE key = ${`db-${run}-e`}`))!.n).toBe(0);
    expect((await findAccount(db.orm, a.id))!.balance).toBe(4);
  },

  "takes a penalty down to zero and records the shortfall": async (db, expect) => {
    const { community, issuance, a } = await accounts(db);
    await db.atomic((orm) => [insertTransfer(orm, entry(`db-${run}-in`, "award", issuance.id, a.id, 3, community))]);
    await db.atomic((orm) => [insertPenalty(orm, entry(`db-${run}-pen`, "penalty", a.id, issuance.id, 10, community))]);
    const [row] = await db.orm.select().from(pointTransfers).where(eq(pointTransfers.key, `db-${run}-pen`));
    expect(row).toMatchObject({ amount: 3, shortfall: 7 });
    expect((await findAccount(db.orm, a.id))!.balance).toBe(0);
  },

  "takes a reversal only when it mirrors a transfer that is no reversal itself, and only once": async (db, expect) => {
    const { community, issuance, a } = await accounts(db);
    await db.atomic((orm) => [insertTransfer(orm, entry(`db-${run}-o`, "award", issuance.id, a.id, 6, community))]);
    const [original] = await db.orm.select().from(pointTransfers).where(eq(pointTransfers.key, `db-${run}-o`));
    expect(await fails(db, (orm) => [insertTransfer(orm, entry(`db-${run}-r0`, "reversal", a.id, issuance.id, 5, community, { reverses: original!.id }))])).toMatch(/a reversal mirrors/);
    await db.atomic((orm) => [insertTransfer(orm, entry(`db-${run}-r1`, "reversal", a.id, issuance.id, 6, community, { reverses: original!.id }))]);
    expect(await fails(db, (orm) => [insertTransfer(orm, entry(`db-${run}-r2`, "reversal", a.id, issuance.id, 6, community, { reverses: original!.id }))])).toMatch(
      /UNIQUE constraint failed: point_transfers.reverses|point_accounts_balance/,
    );
    const [reversal] = await db.orm.select().from(pointTransfers).where(eq(pointTransfers.key, `db-${run}-r1`));
    expect(await fails(db, (orm) => [insertTransfer(orm, entry(`db-${run}-r3`, "reversal", issuance.id, a.id, 6, community, { reverses: reversal!.id }))])).toMatch(/a reversal mirrors/);
    expect((await findAccount(db.orm, a.id))!.balance).toBe(0);
  },

  "keeps stock at or above zero, and a second approver second": async (db, expect) => {
    const { community, a } = await accounts(db);
    await db.orm.insert(pointItems).values({ communityId: community, kind: "goods", nameZh: "米", nameEn: "rice", points: 5, stock: 0, pickupZh: "站", pickupEn: "station", hoursZh: "周一", hoursEn: "Mon", createdAt: 0, updatedAt: 0 });
    expect(await fails(db, (orm) => [orm.update(pointItems).set({ stock: sql`${pointItems.stock} - 1` }).where(eq(pointItems.communityId, community))])).toMatch(/point_items_stock/);
    await db.orm.insert(pointRequests).values({ kind: "award", accountId: a.id, communityId: community, ruleCode: "x", category: "public_virtue", amount: 5, requestedBy: 42, key: `db-${run}-req`, createdAt: 0 });
    expect(await fails(db, (orm) => [orm.update(pointRequests).set({ status: "approved", decidedBy: 42 }).where(eq(pointRequests.key, `db-${run}-req`))])).toMatch(/point_requests_second_person/);
  },
};

// The ledger against a plain model, on whichever database it is given (better-sqlite3 in the node
// project, D1 in the workers project). fast-check draws sequences of operations — awards (one rule capped
// at two a day), penalties, transfers, redemptions, voucher cancellations, reversals, replays with the
// same key, replays with changed content, a transfer to oneself, and concurrent pairs of any of these —
// runs each against the real ledger (`post` and the plan builders of src/domain/points/ledger.ts, as the
// console, the staff API and the chat use them) and against the model, and after every step checks:
//   - every answer is the model's (for a concurrent pair: the model's in one order or the other);
//   - each balance equals the sum of the account's entries (read from the database, not from the model),
//     and equals the model's;
//   - no balance below zero but an issuance account's, and all the balances sum to zero;
//   - a replayed key gives its first result, a failed key stays failed, changed content is refused;
//   - stock is never below zero and is the model's.
// A failure is shrunk by fast-check to a short sequence and printed with the seed to replay it.
import { asc, gt, inArray, sql } from "drizzle-orm";
import fc from "fast-check";
import type { Database } from "../../src/db/database.js";
import { findTransfer, findVoucher, voucherOfTransfer, type PointAccount, type PointItem, type PointTransfer } from "../../src/db/queries/points.js";
import { pointAccounts, pointItems, pointTransfers } from "../../src/db/schema.js";
import type { DomainDeps } from "../../src/domain/deps.js";
import {
  awardPlan,
  cancellationPlan,
  penaltyPlan,
  post,
  redemptionPlan,
  reversalPlan,
  transferPlan,
  TransferToSelfError,
  type Plan,
  type PostResult,
  type RuleRef,
} from "../../src/domain/points/ledger.js";
import { periodsOf } from "../../src/domain/points/time.js";
import { newHouseholdWrites } from "../../src/domain/points/accounts.js";
import { preparedOnce } from "../../src/db/statements.js";

const ZONE = "Asia/Shanghai";
const CAPPED: RuleRef = { code: "model-capped", category: "community_building", caps: { day: 2, month: null, year: null } };
const PLAIN: RuleRef = { code: "model-award", category: "public_virtue" };
const RESIDENTS = 4;
const ITEMS = 3;

// ── the model ───────────────────────────────────────────────────────────────────────────────────

type Outcome = { ok: true; amount: number; shortfall: number; transfer: number } | { ok: false; reason: string };

/** A transfer to oneself is refused before anything is written (and the database would refuse it): no key is kept. */
const REFUSED = "refused: to oneself";

interface ModelTransfer {
  /** Index in the model's list; the real id is matched by key. */
  key: string;
  kind: PointTransfer["kind"];
  debit: number;
  credit: number;
  amount: number;
  ruleCode: string | null;
  at: number;
  reversed: boolean;
  /** The voucher a redemption made (index). */
  voucher?: number;
}

interface ModelVoucher {
  item: number;
  account: number;
  transfer: number;
  status: "reserved" | "handed_over" | "cancelled";
}

/** Accounts by index: 0–1 issuance, 2–3 shop (community 0, 1), then residents, then a household. */
interface State {
  balances: number[];
  stock: number[];
  transfers: ModelTransfer[];
  vouchers: ModelVoucher[];
  /** What each key stands for: what was asked, and the first answer. */
  keys: Map<string, { asked: string; outcome: Outcome }>;
}

const clone = (s: State): State => ({
  balances: [...s.balances],
  stock: [...s.stock],
  transfers: s.transfers.map((t) => ({ ...t })),
  vouchers: s.vouchers.map((v) => ({ ...v })),
  keys: new Map(s.keys),
});

/** One operation, described so that both the model and the real ledger can carry it out. */
type Op =
  | { op: "award"; key: string; to: number; amount: number; capped: boolean }
  | { op: "penalty"; key: string; from: number; amount: number }
  | { op: "transfer"; key: string; from: number; to: number; amount: number }
  | { op: "redeem"; key: string; from: number; item: number }
  | { op: "cancel"; key: string; voucher: number }
  | { op: "reverse"; key: string; transfer: number }
  | { op: "self"; key: string; account: number; amount: number };

const issuanceOf = (community: number) => community;
const shopOf = (community: number) => 2 + community;
const residentIndex = (i: number) => 4 + (i % RESIDENTS);
const householdIndex = 4 + RESIDENTS;
const communityOfAccount = (index: number) => (index < 4 ? index % 2 : index === householdIndex ? 0 : (index - 4) % 2);
const communityOfItem = (item: number) => item % 2;
const ITEM_POINTS = [30, 45, 60];

/** What an operation asks, for telling a replay from a key reused for something else. */
function asked(op: Op): string {
  const { key: _key, ...rest } = op;
  return JSON.stringify(rest);
}

/** The model's answer to an operation, applied to `s`. */
function apply(s: State, op: Op, now: number): Outcome {
  if (op.op === "self") return { ok: false, reason: REFUSED };
  const known = s.keys.get(op.key);
  if (known) return known.asked === asked(op) ? known.outcome : { ok: false, reason: "key-reused" };
  const result = decide(s, op, now);
  s.keys.set(op.key, { asked: asked(op), outcome: result });
  return result;
}

function move(s: State, t: Omit<ModelTransfer, "reversed">): Outcome {
  s.balances[t.debit]! -= t.amount;
  s.balances[t.credit]! += t.amount;
  s.transfers.push({ ...t, reversed: false });
  return { ok: true, amount: t.amount, shortfall: 0, transfer: s.transfers.length - 1 };
}

function decide(s: State, op: Op, now: number): Outcome {
  switch (op.op) {
    case "award": {
      const rule = op.capped ? CAPPED : PLAIN;
      if (op.capped) {
        const since = periodsOf(now, ZONE).dayStart;
        const today = s.transfers.filter((t) => t.kind === "award" && t.credit === op.to && t.ruleCode === CAPPED.code && t.at >= since && !t.reversed).length;
        if (today >= 2) return { ok: false, reason: "cap" };
      }
      return move(s, { key: op.key, kind: "award", debit: issuanceOf(communityOfAccount(op.to)), credit: op.to, amount: op.amount, ruleCode: rule.code, at: now });
    }
    case "penalty": {
      const taken = Math.max(0, Math.min(op.amount, s.balances[op.from]!));
      const out = move(s, { key: op.key, kind: "penalty", debit: op.from, credit: issuanceOf(communityOfAccount(op.from)), amount: taken, ruleCode: null, at: now });
      return { ...(out as Extract<Outcome, { ok: true }>), shortfall: op.amount - taken };
    }
    case "transfer":
      if (s.balances[op.from]! < op.amount) return { ok: false, reason: "short" };
      return move(s, { key: op.key, kind: "transfer", debit: op.from, credit: op.to, amount: op.amount, ruleCode: null, at: now });
    case "redeem": {
      if (s.stock[op.item]! < 1) return { ok: false, reason: "stock" };
      const points = ITEM_POINTS[op.item]!;
      if (s.balances[op.from]! < points) return { ok: false, reason: "short" };
      s.stock[op.item]! -= 1;
      const out = move(s, { key: op.key, kind: "redemption", debit: op.from, credit: shopOf(communityOfItem(op.item)), amount: points, ruleCode: null, at: now });
      s.vouchers.push({ item: op.item, account: op.from, transfer: s.transfers.length - 1, status: "reserved" });
      s.transfers.at(-1)!.voucher = s.vouchers.length - 1;
      return out;
    }
    case "self":
      return { ok: false, reason: REFUSED };
    case "cancel":
      return cancel(s, op.key, op.voucher, now);
    case "reverse": {
      const original = s.transfers[op.transfer]!;
      // A redemption is undone with its voucher (the stock comes back too), as staff do it.
      if (original.kind === "redemption") return cancel(s, op.key, original.voucher!, now);
      if (original.kind === "reversal") return { ok: false, reason: "not-reversible" };
      if (original.reversed) return { ok: false, reason: "reversed" };
      if (original.credit >= 2 && s.balances[original.credit]! < original.amount) return { ok: false, reason: "short" };
      original.reversed = true;
      return move(s, { key: op.key, kind: "reversal", debit: original.credit, credit: original.debit, amount: original.amount, ruleCode: original.ruleCode, at: now });
    }
  }
}

function cancel(s: State, key: string, voucher: number, now: number): Outcome {
  {
    const v = s.vouchers[voucher]!;
    if (v.status !== "reserved") return { ok: false, reason: "closed" };
      const original = s.transfers[v.transfer]!;
      if (original.reversed) return { ok: false, reason: "reversed" };
      if (s.balances[original.credit]! < original.amount) return { ok: false, reason: "short" };
      original.reversed = true;
      v.status = "cancelled";
      s.stock[v.item]! += 1;
      return move(s, { key, kind: "reversal", debit: original.credit, credit: original.debit, amount: original.amount, ruleCode: original.ruleCode, at: now });
  }
}

// ── the real ledger ─────────────────────────────────────────────────────────────────────────────

interface Real {
  deps: DomainDeps;
  clock: { now: number };
  accounts: PointAccount[];
  items: PointItem[];
  /** Real transfer ids by model index, and voucher ids by model index. */
  transferIds: number[];
  voucherIds: number[];
  /** Sums of the real entries per account id, kept from the entries read after each step. */
  entrySums: Map<number, number>;
  lastEntry: number;
  /** The model index of each posted key's transfer. */
  byKey: Map<string, number>;
}

async function planFor(real: Real, op: Op): Promise<Plan> {
  const c = { key: op.key, at: real.clock.now, timeZone: ZONE };
  const a = real.accounts;
  switch (op.op) {
    case "award":
      return awardPlan({ ...c, to: a[op.to]!, issuance: a[issuanceOf(communityOfAccount(op.to))]!, rule: op.capped ? CAPPED : PLAIN, amount: op.amount });
    case "penalty":
      return penaltyPlan({ ...c, from: a[op.from]!, issuance: a[issuanceOf(communityOfAccount(op.from))]!, amount: op.amount });
    case "transfer":
      return transferPlan({ ...c, from: a[op.from]!, to: a[op.to]!, amount: op.amount });
    case "redeem": {
      const item = real.items[op.item]!;
      return redemptionPlan({ ...c, from: a[op.from]!, shop: a[shopOf(communityOfItem(op.item))]!, item, voucherCode: randomVoucherCode() });
    }
    case "cancel": {
      const voucher = (await findVoucher(real.deps.db.orm, real.voucherIds[op.voucher]!))!;
      const original = (await findTransfer(real.deps.db.orm, voucher.transferId))!;
      const byId = (id: number) => a.find((x) => x.id === id)!;
      return cancellationPlan({ ...c, voucher, original, from: byId(original.creditAccountId), to: byId(original.debitAccountId) });
    }
    case "reverse": {
      const original = (await findTransfer(real.deps.db.orm, real.transferIds[op.transfer]!))!;
      const byId = (id: number) => a.find((x) => x.id === id)!;
      if (original.kind === "redemption") {
        const voucher = (await voucherOfTransfer(real.deps.db.orm, original.id))!;
        return cancellationPlan({ ...c, voucher, original, from: byId(original.creditAccountId), to: byId(original.debitAccountId) });
      }
      return reversalPlan({ ...c, original, from: byId(original.creditAccountId), to: byId(original.debitAccountId), note: "model" });
    }
    case "self":
      return transferPlan({ ...c, from: a[op.account]!, to: a[op.account]!, amount: op.amount });
  }
}

function randomVoucherCode(): string {
  const alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  return Array.from(crypto.getRandomValues(new Uint8Array(10)), (b) => alphabet[b % alphabet.length]).join("");
}

/** The real answer, as the model states its answers. */
async function carryOut(real: Real, op: Op): Promise<{ outcome: Outcome; raw?: PostResult }> {
  let raw: PostResult;
  try {
    raw = await post(real.deps, await planFor(real, op));
  } catch (error) {
    if (op.op === "self" && error instanceof TransferToSelfError) return { outcome: { ok: false, reason: REFUSED } };
    throw error;
  }
  if (!raw.ok) return { outcome: { ok: false, reason: raw.reason }, raw };
  return { outcome: { ok: true, amount: raw.transfer.amount, shortfall: raw.transfer.shortfall, transfer: -1 }, raw };
}

/** Records a posted transfer's real id (and its voucher) under the model's index. */
async function remember(real: Real, s: State, op: Op, result: PostResult | undefined) {
  if (!result?.ok || real.byKey.has(op.key)) return;
  const index = s.transfers.findIndex((t) => t.key === op.key);
  if (index < 0) throw new Error(`the ledger posted ${op.key}; the model did not`);
  real.byKey.set(op.key, index);
  real.transferIds[index] = result.transfer.id;
  const voucherIndex = s.transfers[index]!.voucher;
  if (voucherIndex !== undefined) real.voucherIds[voucherIndex] = (await voucherOfTransfer(real.deps.db.orm, result.transfer.id))!.id;
}

const sameOutcome = (a: Outcome, b: Outcome) =>
  a.ok === b.ok && (a.ok ? b.ok && a.amount === b.amount && a.shortfall === b.shortfall : !b.ok && a.reason === b.reason);

/** Every invariant, after every step. */
/** The reads every step makes, prepared once per database. */
const reads = preparedOnce((orm) => ({
  accounts: orm
    .select()
    .from(pointAccounts)
    .where(inArray(pointAccounts.communityId, [sql.placeholder("c0"), sql.placeholder("c1")]))
    .orderBy(asc(pointAccounts.id))
    .prepare(),
  entries: orm.select().from(pointTransfers).where(gt(pointTransfers.id, sql.placeholder("after"))).orderBy(asc(pointTransfers.id)).prepare(),
  items: orm
    .select()
    .from(pointItems)
    .where(inArray(pointItems.communityId, [sql.placeholder("c0"), sql.placeholder("c1")]))
    .prepare(),
}));

async function checkInvariants(real: Real, s: State) {
  const r = reads(real.deps.db.orm);
  const ids = real.accounts.map((a) => a.id);
  const communities = { c0: real.accounts[0]!.communityId, c1: real.accounts[1]!.communityId };
  const [rows, entries, items] =
    real.deps.db.driver === "d1"
      ? // One round trip on D1: the three reads as one batch.
        ((await (real.deps.db.orm as unknown as { batch(q: unknown[]): Promise<unknown[]> }).batch([
          real.deps.db.orm.select().from(pointAccounts).where(inArray(pointAccounts.communityId, [communities.c0, communities.c1])).orderBy(asc(pointAccounts.id)),
          real.deps.db.orm.select().from(pointTransfers).where(gt(pointTransfers.id, real.lastEntry)).orderBy(asc(pointTransfers.id)),
          real.deps.db.orm.select().from(pointItems).where(inArray(pointItems.communityId, [communities.c0, communities.c1])),
        ])) as [PointAccount[], PointTransfer[], PointItem[]])
      : await Promise.all([r.accounts.all(communities), r.entries.all({ after: real.lastEntry }), r.items.all(communities)]);
  for (const e of entries) {
    if (!ids.includes(e.debitAccountId) || !ids.includes(e.creditAccountId)) throw new Error(`an entry of another run appeared: ${e.key}`);
    real.entrySums.set(e.debitAccountId, (real.entrySums.get(e.debitAccountId) ?? 0) - e.amount);
    real.entrySums.set(e.creditAccountId, (real.entrySums.get(e.creditAccountId) ?? 0) + e.amount);
    real.lastEntry = e.id;
  }
  let sum = 0;
  for (const row of rows) {
    const index = real.accounts.findIndex((a) => a.id === row.id);
    if (row.balance !== (real.entrySums.get(row.id) ?? 0)) throw new Error(`account ${row.id}: balance ${row.balance}, its entries sum to ${real.entrySums.get(row.id) ?? 0}`);
    if (row.balance !== s.balances[index]) throw new Error(`account ${row.id} (${row.kind}): balance ${row.balance}, the model says ${s.balances[index]}`);
    if (row.kind !== "issuance" && row.balance < 0) throw new Error(`account ${row.id} (${row.kind}) is below zero: ${row.balance}`);
    sum += row.balance;
  }
  if (sum !== 0) throw new Error(`the balances sum to ${sum}, not 0`);
  for (const item of items) {
    const index = real.items.findIndex((i) => i.id === item.id);
    if (item.stock < 0) throw new Error(`item ${item.id}: stock ${item.stock}`);
    if (item.stock !== s.stock[index]) throw new Error(`item ${item.id}: stock ${item.stock}, the model says ${s.stock[index]}`);
  }
}

// ── the commands ────────────────────────────────────────────────────────────────────────────────

interface Model {
  state: State;
  run: number;
  counter: number;
  /** The operations asked so far, for replays. */
  history: Op[];
}

type Ctx = { real: Real; counters: { operations: number } };

/** A drawn operation, made concrete against the model when it runs (indices taken modulo what exists). */
type Draw = (m: Model) => Op | null;

const key = (m: Model) => `model:${m.run}:${m.counter++}`;

const draws: fc.Arbitrary<{ draw: Draw; label: string }>[] = [
  fc.record({ to: fc.nat(RESIDENTS), amount: fc.integer({ min: 1, max: 40 }), capped: fc.boolean() }).map(({ to, amount, capped }) => ({
    label: `award(${to},${amount}${capped ? ",capped" : ""})`,
    draw: (m: Model) => ({ op: "award", key: key(m), to: to === RESIDENTS ? householdIndex : residentIndex(to), amount, capped }),
  })),
  fc.record({ from: fc.nat(RESIDENTS), amount: fc.integer({ min: 1, max: 50 }) }).map(({ from, amount }) => ({
    label: `penalty(${from},${amount})`,
    draw: (m: Model) => ({ op: "penalty", key: key(m), from: from === RESIDENTS ? householdIndex : residentIndex(from), amount }),
  })),
  fc.record({ from: fc.nat(RESIDENTS - 1), to: fc.nat(RESIDENTS), amount: fc.integer({ min: 1, max: 60 }) }).map(({ from, to, amount }) => ({
    label: `transfer(${from},${to},${amount})`,
    draw: (m: Model) => {
      const f = residentIndex(from);
      const t = to === RESIDENTS ? householdIndex : residentIndex(to);
      return f === t ? null : { op: "transfer", key: key(m), from: f, to: t, amount };
    },
  })),
  fc.record({ from: fc.nat(RESIDENTS - 1), item: fc.nat(ITEMS - 1) }).map(({ from, item }) => ({
    label: `redeem(${from},${item})`,
    draw: (m: Model) => ({ op: "redeem", key: key(m), from: residentIndex(from), item }),
  })),
  fc.nat(1000).map((n) => ({
    label: `cancel(${n})`,
    draw: (m: Model) => (m.state.vouchers.length ? { op: "cancel", key: key(m), voucher: n % m.state.vouchers.length } : null),
  })),
  fc.nat(1000).map((n) => ({
    label: `reverse(${n})`,
    draw: (m: Model) => (m.state.transfers.length ? { op: "reverse", key: key(m), transfer: n % m.state.transfers.length } : null),
  })),
  fc.record({ account: fc.nat(RESIDENTS - 1), amount: fc.integer({ min: 1, max: 10 }) }).map(({ account, amount }) => ({
    label: `self(${account},${amount})`,
    draw: (m: Model) => ({ op: "self", key: key(m), account: residentIndex(account), amount }),
  })),
  fc.nat(1000).map((n) => ({
    label: `replay(${n})`,
    draw: (m: Model) => (m.history.length ? m.history[n % m.history.length]! : null),
  })),
  fc.nat(1000).map((n) => ({
    label: `replay-changed(${n})`,
    draw: (m: Model) => {
      const first = m.history.length ? m.history[n % m.history.length]! : null;
      if (!first) return null;
      switch (first.op) {
        case "award":
        case "penalty":
        case "transfer":
          return { ...first, amount: first.amount + 1 };
        case "redeem":
          return { ...first, item: (first.item + 1) % ITEMS };
        case "cancel":
          return m.state.vouchers.length > 1 ? { ...first, voucher: (first.voucher + 1) % m.state.vouchers.length } : null;
        case "reverse":
          return m.state.transfers.length > 1 ? { ...first, transfer: (first.transfer + 1) % m.state.transfers.length } : null;
        case "self":
          return null;
      }
    },
  })),
];

class Step implements fc.AsyncCommand<Model, Ctx> {
  constructor(
    readonly draws: { draw: Draw; label: string }[],
    readonly minutes: number,
  ) {}
  check = () => true;
  toString = () => (this.draws.length > 1 ? `together(${this.draws.map((d) => d.label).join(", ")})` : this.draws[0]!.label) + ` +${this.minutes}min`;

  async run(m: Model, ctx: Ctx) {
    const { real } = ctx;
    real.clock.now += this.minutes * 60_000;
    const ops = this.draws.map((d) => d.draw(m)).filter((op): op is Op => op !== null);
    if (ops.length === 0) return;
    const orders = ops.length === 1 ? [[0]] : [[0, 1], [1, 0]];
    const expected = orders.map((order) => {
      // One operation is checked against the model as it will be (a mismatch ends the run anyway).
      const s = ops.length === 1 ? m.state : clone(m.state);
      const outcomes: Outcome[] = [];
      for (const i of order) outcomes[i] = apply(s, ops[i]!, real.clock.now);
      return { s, outcomes };
    });
    const actual = await Promise.all(ops.map((op) => carryOut(real, op)));
    ctx.counters.operations += ops.length;
    const match = expected.find((e) => e.outcomes.every((o, i) => sameOutcome(o, actual[i]!.outcome)));
    if (!match) {
      throw new Error(`the ledger answered ${JSON.stringify(actual.map((a) => a.outcome))} to ${JSON.stringify(ops)}; the model: ${expected.map((e) => JSON.stringify(e.outcomes)).join(" or ")}`);
    }
    m.state = match.s;
    for (const [i, op] of ops.entries()) {
      await remember(real, m.state, op, actual[i]!.raw);
      m.history.push(op);
    }
    await checkInvariants(real, m.state);
  }
}

const single = fc.oneof(...draws);
const stepArb: fc.Arbitrary<fc.AsyncCommand<Model, Ctx>> = fc.oneof(
  { weight: 9, arbitrary: fc.tuple(single, fc.nat(240)).map(([d, minutes]) => new Step([d], minutes)) },
  { weight: 2, arbitrary: fc.tuple(single, single, fc.nat(240)).map(([a, b, minutes]) => new Step([a, b], minutes)) },
);

// ── running it ──────────────────────────────────────────────────────────────────────────────────

export interface ModelRunOptions {
  /** At least this many operations in all. */
  operations: number;
  seed: number;
  /** Commands per sequence (fast-check shrinks a failing one). */
  perRun: number;
  log?: (line: string) => void;
}

/** Runs sequences until `operations` have been carried out; throws fast-check's report on a failure. */
export async function runLedgerModel(db: Database, options: ModelRunOptions): Promise<{ operations: number; sequences: number }> {
  const counters = { operations: 0 };
  let run = 0;
  let sequences = 0;
  const started = Date.now();
  for (let round = 0; counters.operations < options.operations; round++) {
    const seed = options.seed + round;
    const numRuns = Math.max(1, Math.ceil((options.operations - counters.operations) / (options.perRun * 0.6)));
    await fc.assert(
      fc.asyncProperty(fc.commands([stepArb], { maxCommands: options.perRun, size: "max" }), async (commands) => {
        const real = await setUp(db, ++run);
        const model: Model = { state: initialState(real), run, counter: 0, history: [] };
        sequences++;
        await fc.asyncModelRun(() => ({ model, real: { real, counters } }), commands);
      }),
      { seed, numRuns: Math.min(numRuns, 50), endOnFailure: false },
    );
    options.log?.(`ledger model: round ${round} (seed ${seed}) — ${counters.operations} operations in ${sequences} sequences, ${Math.round((Date.now() - started) / 1000)} s`);
  }
  return { operations: counters.operations, sequences };
}

function initialState(real: Real): State {
  return { balances: real.accounts.map(() => 0), stock: real.items.map((i) => i.stock), transfers: [], vouchers: [], keys: new Map() };
}

/** Fresh accounts and items of two communities of this sequence's own (ids no place uses). */
async function setUp(db: Database, run: number): Promise<Real> {
  const clock = { now: Date.parse("2026-11-30T01:00:00Z") };
  const deps: DomainDeps = { db, directory: db, now: () => clock.now, defaultTimeZone: ZONE };
  const communities = [1_000_000 + run * 2, 1_000_001 + run * 2];
  const now = clock.now;
  const kinds = [
    { kind: "issuance" as const, c: 0 },
    { kind: "issuance" as const, c: 1 },
    { kind: "shop" as const, c: 0 },
    { kind: "shop" as const, c: 1 },
    ...Array.from({ length: RESIDENTS }, (_, i) => ({ kind: "resident" as const, c: i % 2 })),
  ];
  await db.atomic((orm) => [
    ...kinds.map((k) => orm.insert(pointAccounts).values({ kind: k.kind, communityId: communities[k.c]!, createdAt: now })),
    ...Array.from({ length: ITEMS }, (_, i) =>
      orm.insert(pointItems).values({
        communityId: communities[communityOfItem(i)]!,
        kind: "goods",
        nameZh: `物品${i}`,
        nameEn: `item ${i}`,
        points: ITEM_POINTS[i]!,
        stock: i,
        pickupZh: "服务站",
        pickupEn: "station",
        hoursZh: "周一",
        hoursEn: "Mon",
        createdAt: now,
        updatedAt: now,
      }),
    ),
  ]);
  const rows = await db.orm.select().from(pointAccounts).where(inArray(pointAccounts.communityId, communities)).orderBy(asc(pointAccounts.id));
  // The household's account needs a household row; its own write keeps the ids in order.
  await db.atomic((orm) => newHouseholdWrites(orm, { communityId: communities[0]!, gridId: null, name: `model ${run}`, createdAt: now }));
  const household = (await db.orm.select().from(pointAccounts).where(inArray(pointAccounts.communityId, communities)).orderBy(asc(pointAccounts.id))).at(-1)!;
  const items = await db.orm.select().from(pointItems).where(inArray(pointItems.communityId, communities)).orderBy(asc(pointItems.id));
  const last = (await db.orm.select({ id: sql<number | null>`max(${pointTransfers.id})` }).from(pointTransfers))[0]?.id ?? 0;
  return { deps, clock, accounts: [...rows, household], items, transferIds: [], voucherIds: [], entrySums: new Map(), lastEntry: last, byKey: new Map() };
}

// The ledger (积分账本), TigerBeetle-style: every movement of points is a transfer from one account to
// another with an idempotency key, entries are never changed or deleted, and a mistake is corrected by a
// reversal that names the transfer it reverses. Each kind of movement is a Plan — its key, a fingerprint
// of what was asked, the guards and writes that make it, and how to tell why the database refused it —
// posted here for the console, the staff API and the command line, or committed by the flow engine with
// a conversation's state (`planChange`). Both ways give the same answers:
//   - the same key with the same content gives back the first result (a transfer, or the refusal);
//   - the same key with other content is refused ("key-reused") and changes nothing;
//   - a key that was refused stays refused (point_refusals; a trigger keeps it so);
//   - no balance but an issuance account's goes below zero: a guard refuses first, a CHECK constraint
//     backs it up, and a penalty larger than the balance takes what there is and records the shortfall.
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { sql } from "drizzle-orm";
import { guard, isGuardFailure } from "../../db/atomic.js";
import type { Change, Orm, Write } from "../../db/database.js";
import {
  balanceGuard,
  cancelVoucherWrite,
  capGuard,
  countAwardsSince,
  decideRequest,
  findAccount,
  findItem,
  findRequest,
  findVoucher,
  inStockGuard,
  insertPenalty,
  insertRefusal,
  insertTransfer,
  insertVoucher,
  keyUse,
  keysUsed,
  notReversedGuard,
  putBackInStock,
  refusalByKey,
  requestPending,
  reversalOf,
  takeFromStock,
  transferByKey,
  transfersByKeys,
  transferIdOf,
  voucherReservedGuard,
  type PointAccount,
  type PointItem,
  type PointRequest,
  type PointTransfer,
  type PointVoucher,
  type TransferValues,
} from "../../db/queries/points.js";
import type { PointCategory, PointTransferKind } from "../../vocabulary.js";
import type { DomainDeps } from "../deps.js";
import { periodsOf } from "./time.js";

/** Why a transfer was not made. */
export type Refusal =
  /** The account that pays does not hold enough. */
  | "short"
  /** The item is sold out (or no longer offered). */
  | "stock"
  /** The rule's cap for this person and period is reached. */
  | "cap"
  /** It was reversed already. */
  | "reversed"
  /** A reversal cannot be reversed. */
  | "not-reversible"
  /** The voucher or the request was settled already. */
  | "closed"
  /** The key was used for something else. */
  | "key-reused";

export type PostResult = { ok: true; transfer: PointTransfer; replayed: boolean } | { ok: false; reason: Refusal; replayed: boolean };

export interface Plan {
  key: string;
  /** What was asked, hashed: a replay must ask the same. */
  fingerprint: string;
  kind: PointTransferKind;
  /** The guards and writes, in order; a failing guard undoes them all. */
  writes(orm: Orm): Write[];
  /** After a guard refused the writes: why, as things stand now (null: nothing is wrong now; try again). */
  diagnose(deps: DomainDeps): Promise<Exclude<Refusal, "key-reused"> | null>;
}

export class TransferToSelfError extends Error {
  constructor() {
    super("points: a transfer goes from one account to another");
    this.name = "TransferToSelfError";
  }
}

/** The rule an award or penalty is made under, as the ledger keeps it. */
export interface RuleRef {
  code: string;
  category: PointCategory;
  caps?: { day: number | null; month: number | null; year: number | null };
}

interface Common {
  key: string;
  at: number;
  timeZone: string;
  staffId?: number | null;
  evidence?: string | null;
  photo?: string | null;
}

export function fingerprintOf(content: readonly unknown[]): string {
  return bytesToHex(sha256(utf8ToBytes(JSON.stringify(content)))).slice(0, 32);
}

/** The transfer a plan writes. */
function row(
  c: Common,
  kind: PointTransferKind,
  debit: PointAccount,
  credit: PointAccount,
  amount: number,
  community: number,
  fingerprint: string,
  more: Partial<Pick<TransferValues, "ruleCode" | "category" | "reverses" | "requestId" | "note">> = {},
): TransferValues {
  return {
    key: c.key,
    kind,
    debit: debit.id,
    credit: credit.id,
    amount,
    ruleCode: more.ruleCode ?? null,
    category: more.category ?? null,
    reverses: more.reverses ?? null,
    community,
    month: periodsOf(c.at, c.timeZone).month,
    at: c.at,
    staffId: c.staffId ?? null,
    requestId: more.requestId ?? null,
    evidence: c.evidence ?? null,
    photo: c.photo ?? null,
    note: more.note ?? null,
    fingerprint,
  };
}

const shortOf = async (deps: DomainDeps, accountId: number, amount: number) => ((await findAccount(deps.db.orm, accountId))?.balance ?? 0) < amount;

/** Guards that the account can pay, unless it is an issuance account (they may go below zero). */
function covers(orm: Orm, account: PointAccount, amount: number): Write[] {
  return account.kind === "issuance" ? [] : [balanceGuard(orm, { account: account.id, amount })];
}

function capGuards(orm: Orm, c: Common, to: PointAccount, rule: RuleRef): Write[] {
  const p = periodsOf(c.at, c.timeZone);
  const caps = rule.caps;
  if (!caps) return [];
  const windows: [number | null, number][] = [
    [caps.day, p.dayStart],
    [caps.month, p.monthStart],
    [caps.year, p.yearStart],
  ];
  return windows.filter(([cap]) => cap !== null).map(([cap, since]) => capGuard(orm, { account: to.id, rule: rule.code, since, cap: cap! }));
}

async function capReached(deps: DomainDeps, c: Common, to: PointAccount, rule: RuleRef): Promise<boolean> {
  const caps = rule.caps;
  if (!caps) return false;
  const p = periodsOf(c.at, c.timeZone);
  for (const [cap, since] of [
    [caps.day, p.dayStart],
    [caps.month, p.monthStart],
    [caps.year, p.yearStart],
  ] as const) {
    if (cap !== null && (await countAwardsSince(deps.db.orm, to.id, rule.code, since)) >= cap) return true;
  }
  return false;
}

// ── the kinds of movement ───────────────────────────────────────────────────────────────────────

/** Points from the community's issuance account for something done under a rule. */
export function awardPlan(c: Common & { to: PointAccount; issuance: PointAccount; rule: RuleRef; amount: number; requestId?: number | null }): Plan {
  const fingerprint = fingerprintOf(["award", c.issuance.id, c.to.id, c.amount, c.rule.code, c.evidence ?? null, c.photo ?? null, c.requestId ?? null]);
  return {
    key: c.key,
    fingerprint,
    kind: "award",
    writes: (orm) => [
      ...capGuards(orm, c, c.to, c.rule),
      insertTransfer(orm, row(c, "award", c.issuance, c.to, c.amount, c.to.communityId, fingerprint, { ruleCode: c.rule.code, category: c.rule.category, requestId: c.requestId ?? null })),
    ],
    diagnose: async (deps) => ((await capReached(deps, c, c.to, c.rule)) ? "cap" : null),
  };
}

/**
 * Points back to the issuance account for a penalty under a rule (or an amount staff set): it takes what
 * the balance holds, up to the amount, and records the rest as the shortfall. Never refused for a balance.
 */
export function penaltyPlan(c: Common & { from: PointAccount; issuance: PointAccount; amount: number; rule?: RuleRef | null; note?: string | null }): Plan {
  const fingerprint = fingerprintOf(["penalty", c.from.id, c.issuance.id, c.amount, c.rule?.code ?? null, c.evidence ?? null, c.photo ?? null, c.note ?? null]);
  return {
    key: c.key,
    fingerprint,
    kind: "penalty",
    writes: (orm) => [
      insertPenalty(orm, row(c, "penalty", c.from, c.issuance, c.amount, c.from.communityId, fingerprint, { ruleCode: c.rule?.code ?? null, category: c.rule?.category ?? null, note: c.note ?? null })),
    ],
    diagnose: async () => null,
  };
}

/** A resident's points to a family member, their household, or anyone by member code. */
export function transferPlan(c: Common & { from: PointAccount; to: PointAccount; amount: number; note?: string | null }): Plan {
  // Asked of no one: callers refuse it first (the chat says "not to yourself"); the database would too.
  if (c.from.id === c.to.id) throw new TransferToSelfError();
  const fingerprint = fingerprintOf(["transfer", c.from.id, c.to.id, c.amount, c.note ?? null]);
  return {
    key: c.key,
    fingerprint,
    kind: "transfer",
    writes: (orm) => [...covers(orm, c.from, c.amount), insertTransfer(orm, row(c, "transfer", c.from, c.to, c.amount, c.from.communityId, fingerprint, { note: c.note ?? null }))],
    diagnose: async (deps) => ((await shortOf(deps, c.from.id, c.amount)) ? "short" : null),
  };
}

/** An item from the shop: the points to the community's shop account, one from stock, and a voucher. */
export function redemptionPlan(c: Common & { from: PointAccount; shop: PointAccount; item: PointItem; voucherCode: string }): Plan {
  const fingerprint = fingerprintOf(["redemption", c.from.id, c.shop.id, c.item.id, c.item.points]);
  return {
    key: c.key,
    fingerprint,
    kind: "redemption",
    writes: (orm) => [
      inStockGuard(orm, { item: c.item.id }),
      ...covers(orm, c.from, c.item.points),
      insertTransfer(orm, row(c, "redemption", c.from, c.shop, c.item.points, c.item.communityId, fingerprint, { note: `item:${c.item.id}` })),
      takeFromStock(orm, { item: c.item.id }),
      insertVoucher(orm, { code: c.voucherCode, item: c.item.id, account: c.from.id, community: c.item.communityId, key: c.key, at: c.at }),
    ],
    diagnose: async (deps) => {
      const item = await findItem(deps.db.orm, c.item.id);
      if (!item || item.stock < 1 || !item.active) return "stock";
      return (await shortOf(deps, c.from.id, c.item.points)) ? "short" : null;
    },
  };
}

/** Moves back what a transfer moved; the account that got it must still hold it. */
export function reversalPlan(c: Common & { original: PointTransfer; from: PointAccount; to: PointAccount; note?: string | null; also?: (orm: Orm) => Write[] }): Plan {
  const fingerprint = fingerprintOf(["reversal", c.original.id, c.note ?? null]);
  return {
    key: c.key,
    fingerprint,
    kind: "reversal",
    writes: (orm) => [
      notReversedGuard(orm, { transfer: c.original.id }),
      ...covers(orm, c.from, c.original.amount),
      insertTransfer(
        orm,
        row(c, "reversal", c.from, c.to, c.original.amount, c.original.communityId, fingerprint, {
          reverses: c.original.id,
          ruleCode: c.original.ruleCode,
          category: c.original.category,
          note: c.note ?? null,
        }),
      ),
      ...(c.also?.(orm) ?? []),
    ],
    diagnose: async (deps) => {
      if (c.original.kind === "reversal") return "not-reversible";
      if (await reversalOf(deps.db.orm, c.original.id)) return "reversed";
      return (await shortOf(deps, c.from.id, c.original.amount)) ? "short" : null;
    },
  };
}

/** Cancels a reserved voucher: the points back through a reversal of the redemption, the item back in stock. */
export function cancellationPlan(c: Common & { voucher: PointVoucher; original: PointTransfer; from: PointAccount; to: PointAccount; note?: string | null }): Plan {
  const reversal = reversalPlan({
    ...c,
    note: c.note ?? `voucher:${c.voucher.code}`,
    also: (orm) => [putBackInStock(orm, { item: c.voucher.itemId }), cancelVoucherWrite(orm, { voucher: c.voucher.id, at: c.at, by: c.staffId ?? null, key: c.key })],
  });
  return {
    ...reversal,
    writes: (orm) => [voucherReservedGuard(orm, { voucher: c.voucher.id }), ...reversal.writes(orm)],
    diagnose: async (deps) => ((await findVoucher(deps.db.orm, c.voucher.id))?.status !== "reserved" ? "closed" : reversal.diagnose(deps)),
  };
}

/** An approved request (a big award, or a resident's claim) becomes its award. */
export function approvalPlan(c: Common & { request: PointRequest; to: PointAccount; issuance: PointAccount; rule: RuleRef }): Plan {
  const award = awardPlan({ ...c, key: c.request.key, amount: c.request.amount, evidence: c.request.evidence, photo: c.request.photo, requestId: c.request.id });
  return {
    ...award,
    writes: (orm) => [
      guard(orm, "points: request pending", requestPending(c.request.id)),
      ...award.writes(orm),
      decideRequest(orm, c.request.id, { status: "approved", decidedBy: c.staffId ?? null, decidedAt: c.at, transferId: transferIdOf(c.request.key) }),
    ],
    diagnose: async (deps) => ((await findRequest(deps.db.orm, c.request.id))?.status !== "pending" ? "closed" : award.diagnose(deps)),
  };
}

// ── posting ─────────────────────────────────────────────────────────────────────────────────────

/** What a key already stands for: its transfer or its refusal (null: new). */
export async function replayOf(deps: DomainDeps, plan: Pick<Plan, "key" | "fingerprint">): Promise<PostResult | null> {
  if ((await keyUse(deps.db.orm, plan.key)) === null) return null;
  const posted = await transferByKey(deps.db.orm, plan.key);
  if (posted) return posted.fingerprint === plan.fingerprint ? { ok: true, transfer: posted, replayed: true } : { ok: false, reason: "key-reused", replayed: true };
  const refused = await refusalByKey(deps.db.orm, plan.key);
  if (refused) return refused.fingerprint === plan.fingerprint ? { ok: false, reason: refused.reason as Refusal, replayed: true } : { ok: false, reason: "key-reused", replayed: true };
  return null;
}

/** Records that a key was refused, so that it stays refused (ignored by the database if it was posted meanwhile). */
export function refusalChange(deps: DomainDeps, plan: Pick<Plan, "key" | "fingerprint">, reason: Refusal): Change {
  const at = deps.now();
  return (orm) => [insertRefusal(orm, { key: plan.key, fingerprint: plan.fingerprint, reason, at })];
}

/** The database refused a write for one of the ledger's own rules (a constraint or a trigger). */
function ledgerRule(error: unknown): "key" | "failed-key" | "reverses" | "mirror" | "balance" | "stock" | null {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const m = e.message;
    if (m.includes("point_transfers.key")) return "key";
    if (m.includes("stays failed")) return "failed-key";
    if (m.includes("point_transfers.reverses")) return "reverses";
    if (m.includes("a reversal mirrors")) return "mirror";
    if (m.includes("point_accounts_balance")) return "balance";
    if (m.includes("point_items_stock")) return "stock";
  }
  return null;
}

const ATTEMPTS = 3;

/**
 * Posts a plan once: the first result for its key, whoever asks and however often. `also` joins the
 * same atomic write (the audit row of the staff member who asked, a request's decision).
 */
export async function post(deps: DomainDeps, plan: Plan, also?: (orm: Orm) => Write[]): Promise<PostResult> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const known = await replayOf(deps, plan);
    if (known) return known;
    let reason: Exclude<Refusal, "key-reused"> | null = null;
    try {
      await deps.db.atomic((orm) => [...plan.writes(orm), ...(also?.(orm) ?? [])]);
      const transfer = await transferByKey(deps.db.orm, plan.key);
      if (!transfer) throw new Error("a posted transfer is not there");
      return { ok: true, transfer, replayed: false };
    } catch (error) {
      const rule = ledgerRule(error);
      // Someone posted (or was refused) with this key meanwhile: their result is the key's result.
      if (rule === "key" || rule === "failed-key") continue;
      if (rule === "reverses") reason = "reversed";
      else if (rule === "mirror") reason = "not-reversible";
      else if (rule === "balance") reason = "short";
      else if (rule === "stock") reason = "stock";
      else if (isGuardFailure(error)) reason = await plan.diagnose(deps);
      else throw error;
    }
    if (reason === null) continue;
    await deps.db.atomic(refusalChange(deps, plan, reason));
    // Someone with the same key may have been first (posted, or refused for another reason): theirs stands.
    const recorded = await replayOf(deps, plan);
    if (recorded && (recorded.ok || recorded.reason !== reason)) return recorded;
    return { ok: false, reason, replayed: false };
  }
  throw new Error(`points: the ledger kept changing under ${plan.kind} ${plan.key}`);
}

/**
 * Posts many plans with one commit when none is refused (one fsync for all of them: what lets a file
 * database take thousands a second); when one is, each is posted on its own so that the others are not
 * held back by it. A key that appears twice is the first's replay.
 */
export async function postBatch(deps: DomainDeps, plans: readonly Plan[]): Promise<PostResult[]> {
  const results: (PostResult | undefined)[] = new Array(plans.length);
  const first = new Map<string, number>();
  const fresh: number[] = [];
  const used = await keysUsed(deps.db.orm, [...new Set(plans.map((p) => p.key))]);
  for (const [i, plan] of plans.entries()) {
    if (first.has(plan.key)) continue;
    first.set(plan.key, i);
    const known = used.has(plan.key) ? await replayOf(deps, plan) : null;
    if (known) results[i] = known;
    else fresh.push(i);
  }
  if (fresh.length) {
    let together = true;
    try {
      await deps.db.atomic((orm) => fresh.flatMap((i) => plans[i]!.writes(orm)));
    } catch (error) {
      if (!isGuardFailure(error) && ledgerRule(error) === null) throw error;
      together = false;
    }
    const posted = together ? await transfersByKeys(deps.db.orm, fresh.map((i) => plans[i]!.key)) : undefined;
    for (const i of fresh) {
      if (!posted) results[i] = await post(deps, plans[i]!);
      else {
        const transfer = posted.get(plans[i]!.key);
        if (!transfer) throw new Error("a posted transfer is not there");
        results[i] = { ok: true, transfer, replayed: false };
      }
    }
  }
  for (const [i, plan] of plans.entries()) results[i] ??= (await replayOf(deps, plan)) ?? { ok: false, reason: "key-reused", replayed: true };
  return results as PostResult[];
}

/** A plan as writes for a flow to return: the engine commits them with the conversation's state. */
export function planChange(plan: Plan, also?: (orm: Orm) => Write[]): Change {
  return (orm) => [...plan.writes(orm), ...(also?.(orm) ?? [])];
}


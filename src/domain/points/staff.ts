// What staff do with points: find a resident by member code or phone, award and penalise under the
// rulebook (with evidence; big awards wait for a second staff member), reverse a mistake with a reason,
// and decide the approval queue (big awards and residents' claims). Each action is checked against the
// staff member's scope — outside it an account is "not found", as if it did not exist — and its audit
// row is written in the same atomic write as the ledger entry.
import { z } from "zod";
import { guard, isGuardFailure } from "../../db/atomic.js";
import type { Orm, Write } from "../../db/database.js";
import type { PlaceRef } from "../../db/queries/places.js";
import {
  decideRequest,
  findAccount,
  findRequest,
  findTransfer,
  insertRequest,
  pendingIn,
  requestByKey,
  requestPending,
  residentByPhone,
  ruleByCode,
  type PointAccount,
  type PointRequest,
  type PointRule,
  type PointTransfer,
} from "../../db/queries/points.js";
import { communityIdsUnder } from "../../db/queries/places.js";
import type { StaffRoleRow } from "../../db/queries/staff.js";
import type { DomainDeps } from "../deps.js";
import { normalisePhone } from "../residents.js";
import type { Actor } from "../staff/actor.js";
import { auditWrite } from "../staff/audit.js";
import { forbidden, notFound } from "../staff/errors.js";
import { reaches, scopeOf, scopePlaces } from "../staff/scope.js";
import { accountByCode, ensureCommunityAccount, ensureResidentAccount, placeOfAccount } from "./accounts.js";
import { PointsRuleError } from "./errors.js";
import { approvalPlan, awardPlan, penaltyPlan, post, reversalPlan, type PostResult, type RuleRef } from "./ledger.js";
import { appliesIn, roleLevel } from "./rules.js";
import { cancelVoucherByTransfer } from "./shop.js";
import { tellResident } from "./notices.js";

/** Someone acting on points: a staff member with their roles, or the operator at the command line. */
export type PointsActor = Actor & { roles?: readonly StaffRoleRow[] };

/** An idempotency key as a client sends it. */
export const clientKeySchema = z
  .string({ error: "idempotency_key is required" })
  .trim()
  .regex(/^[A-Za-z0-9._:-]{8,100}$/, { error: "an idempotency key is 8–100 characters of A–Z, a–z, 0–9, . _ : -" });

const evidenceText = z.string().trim().max(500, { error: "must be at most 500 characters" });

export const ruleRef = (rule: PointRule): RuleRef => ({ code: rule.code, category: rule.category, caps: { day: rule.capDay, month: rule.capMonth, year: rule.capYear } });

/** An account the actor reaches, with its place; otherwise "not found". */
export async function accountInScope(deps: DomainDeps, actor: Actor, accountId: number): Promise<{ account: PointAccount; place: PlaceRef }> {
  const account = await findAccount(deps.db.orm, accountId);
  if (!account || account.kind === "issuance" || account.kind === "shop") throw notFound();
  const place = await placeOfAccount(deps, account);
  if (!place || !reaches(actor.sees, place)) throw notFound();
  return { account, place };
}

/** A resident's account by member code or by phone number, within the actor's scope. */
export async function findForStaff(deps: DomainDeps, actor: Actor, query: string): Promise<{ account: PointAccount; place: PlaceRef }> {
  const text = query.trim();
  let account = await accountByCode(deps, text);
  if (!account && /\d{6,}/.test(text.replace(/[\s()-]/g, ""))) {
    const phone = normalisePhone(text.startsWith("+") || text.startsWith("86") ? text : `+86${text.replace(/[\s()-]/g, "")}`);
    const found = phone ? await residentByPhone(deps.db.orm, phone) : [];
    if (found.length > 1) throw new PointsRuleError("ambiguous-phone", "two residents share this phone number; use the member code", "query");
    const resident = found[0];
    if (resident) {
      if (resident.communityId === null) throw new PointsRuleError("no-community", "the resident has not chosen a community yet", "query");
      account = (await ensureResidentAccount(deps, resident)) ?? undefined;
    }
  }
  if (!account) throw new PointsRuleError("not-found-resident", "no resident with this member code or phone number in your scope", "query");
  try {
    return await accountInScope(deps, actor, account.id);
  } catch {
    // Outside the scope reads the same as no such person.
    throw new PointsRuleError("not-found-resident", "no resident with this member code or phone number in your scope", "query");
  }
}

/** Whether the actor holds a role at or above `level` that reaches the place. */
function holdsRoleFor(actor: PointsActor, place: PlaceRef, level: number): boolean {
  if (!actor.roles) return reaches(actor.sees, place);
  return actor.roles.some((r) => roleLevel(r.role) >= level && reaches(scopeOf([r]), place));
}

/** A rule of the account's rulebook: the city's or its district's own, and in force. */
async function ruleFor(deps: DomainDeps, code: string, place: PlaceRef): Promise<PointRule> {
  const rule = await ruleByCode(deps.directory.orm, code);
  if (!rule) throw new PointsRuleError("rule-unknown", `no rule "${code}"`, "rule");
  if (!appliesIn(rule, place.districtId)) throw new PointsRuleError("rule-other-district", `rule "${code}" belongs to another district's rulebook`, "rule");
  if (!rule.active) throw new PointsRuleError("rule-inactive", `rule "${code}" is no longer in force`, "rule");
  return rule;
}

function checkEvidence(rule: PointRule, evidence: string | undefined, photo: string | undefined) {
  if (rule.evidence === "text" && !evidence) throw new PointsRuleError("evidence-needed", "this rule needs evidence: say what was done", "evidence");
  if (rule.evidence === "photo" && !evidence && !photo) throw new PointsRuleError("photo-needed", "this rule needs a photo, or evidence that says where it is", "evidence");
}

export type AwardOutcome = { status: "posted"; result: PostResult; account: PointAccount } | { status: "pending"; request: PointRequest; account: PointAccount };

export interface AwardInput {
  account: number;
  rule: string;
  /** When given it must be the rule's: awards are fixed by the rulebook. */
  amount?: number;
  evidence?: string;
  photo?: string;
  /** The idempotency key, as the caller made it (the console's form, the API client's). */
  key: string;
}

/** An award under a rule: posted now, or into the approval queue when it is above the rule's threshold. */
export async function award(deps: DomainDeps, actor: PointsActor, input: AwardInput): Promise<AwardOutcome> {
  const { account, place } = await accountInScope(deps, actor, input.account);
  const rule = await ruleFor(deps, input.rule, place);
  if (rule.points < 0) throw new PointsRuleError("rule-is-penalty", `rule "${rule.code}" is a penalty`, "rule");
  if (input.amount !== undefined && input.amount !== rule.points) throw new PointsRuleError("amount-not-rule", `the amount is the rule's: ${rule.points}`, "amount", { points: rule.points });
  if (!holdsRoleFor(actor, place, roleLevel(rule.awardedBy))) throw forbidden();
  const evidence = evidenceText.parse(input.evidence ?? "") || undefined;
  checkEvidence(rule, evidence, input.photo);
  const issuance = await ensureCommunityAccount(deps, account.communityId, "issuance");
  if (rule.approvalAbove !== null && rule.points > rule.approvalAbove) {
    const key = input.key;
    const existing = await requestByKey(deps.db.orm, key);
    if (existing) {
      if (existing.accountId !== account.id || existing.ruleCode !== rule.code || (existing.evidence ?? undefined) !== evidence) {
        return { status: "posted", result: { ok: false, reason: "key-reused", replayed: true }, account };
      }
      return { status: "pending", request: existing, account };
    }
    const now = deps.now();
    await deps.db.atomic((orm) => [
      insertRequest(orm, {
        kind: "award",
        accountId: account.id,
        communityId: account.communityId,
        ruleCode: rule.code,
        category: rule.category,
        amount: rule.points,
        evidence: evidence ?? null,
        photo: input.photo ?? null,
        requestedBy: actor.staffId,
        key,
        createdAt: now,
      }),
      auditWrite(orm, deps, actor, "points.award.request", place, { account: account.id, rule: rule.code, points: rule.points }),
    ]);
    return { status: "pending", request: (await requestByKey(deps.db.orm, key))!, account };
  }
  const plan = awardPlan({ key: input.key, at: deps.now(), timeZone: deps.defaultTimeZone, to: account, issuance, rule: ruleRef(rule), amount: rule.points, staffId: actor.staffId, evidence, photo: input.photo });
  const told = await tellResident(deps, account, { name: "award-received", about: input.key, args: { rule: rule.code, points: rule.points } });
  const result = await post(deps, plan, (orm) => [
    auditWrite(orm, deps, actor, "points.award", place, { account: account.id, rule: rule.code, points: rule.points, key: input.key }),
    ...(told ? told(orm) : []),
  ]);
  return { status: "posted", result, account: (await findAccount(deps.db.orm, account.id))! };
}

export interface PenaltyInput {
  account: number;
  /** A penalty rule (negative points), or… */
  rule?: string;
  /** …an amount staff set (positive: what to take). */
  amount?: number;
  evidence?: string;
  key: string;
}

/** A penalty: takes up to the amount, never below zero; the shortfall is recorded. */
export async function penalise(deps: DomainDeps, actor: PointsActor, input: PenaltyInput): Promise<{ result: PostResult; account: PointAccount }> {
  const { account, place } = await accountInScope(deps, actor, input.account);
  let amount: number;
  let rule: PointRule | undefined;
  if (input.rule) {
    rule = await ruleFor(deps, input.rule, place);
    if (rule.points > 0) throw new PointsRuleError("rule-is-award", `rule "${rule.code}" is an award`, "rule");
    if (input.amount !== undefined && input.amount !== -rule.points) throw new PointsRuleError("amount-not-rule", `the amount is the rule's: ${-rule.points}`, "amount", { points: -rule.points });
    amount = -rule.points;
    if (!holdsRoleFor(actor, place, roleLevel(rule.awardedBy))) throw forbidden();
  } else {
    if (input.amount === undefined || !Number.isInteger(input.amount) || input.amount <= 0) throw new PointsRuleError("amount", "a penalty needs a rule, or an amount: a whole number above 0", "amount");
    amount = input.amount;
    if (!reaches(actor.manages, place)) throw forbidden();
  }
  const evidence = evidenceText.parse(input.evidence ?? "") || undefined;
  if (!evidence) throw new PointsRuleError("evidence-needed", "a penalty needs evidence: say what happened", "evidence");
  const issuance = await ensureCommunityAccount(deps, account.communityId, "issuance");
  const plan = penaltyPlan({ key: input.key, at: deps.now(), timeZone: deps.defaultTimeZone, from: account, issuance, amount, rule: rule ? ruleRef(rule) : null, staffId: actor.staffId, evidence });
  const result = await post(deps, plan, (orm) => [auditWrite(orm, deps, actor, "points.penalty", place, { account: account.id, rule: rule?.code ?? null, points: amount, key: input.key })]);
  return { result, account: (await findAccount(deps.db.orm, account.id))! };
}

/** A transfer the actor reaches (through the community it is booked to); otherwise "not found". */
export async function transferInScope(deps: DomainDeps, actor: Actor, transferId: number): Promise<{ transfer: PointTransfer; place: PlaceRef }> {
  const transfer = await findTransfer(deps.db.orm, transferId);
  if (!transfer) throw notFound();
  const place = await placeOfAccount(deps, { communityId: transfer.communityId, gridId: null });
  if (!place || !reaches(actor.sees, place)) {
    // Staff of a grid reach the transfers of the accounts in their grid.
    for (const id of [transfer.debitAccountId, transfer.creditAccountId]) {
      const account = await findAccount(deps.db.orm, id);
      const p = account ? await placeOfAccount(deps, account) : undefined;
      if (p && reaches(actor.sees, p)) return { transfer, place: p };
    }
    throw notFound();
  }
  return { transfer, place };
}

/** Corrects a mistake: a transfer back, naming the one it reverses, with the reason. Managers only. */
export async function reverse(deps: DomainDeps, actor: PointsActor, input: { transfer: number; reason: string; key: string }): Promise<PostResult> {
  const { transfer, place } = await transferInScope(deps, actor, input.transfer);
  if (!reaches(actor.manages, place)) throw forbidden();
  const reason = evidenceText.parse(input.reason ?? "");
  if (!reason) throw new PointsRuleError("reason-needed", "a reversal needs a reason", "evidence");
  if (transfer.kind === "reversal") return { ok: false, reason: "not-reversible", replayed: false };
  const [from, to] = await Promise.all([findAccount(deps.db.orm, transfer.creditAccountId), findAccount(deps.db.orm, transfer.debitAccountId)]);
  const audit = (orm: Orm): Write[] => [auditWrite(orm, deps, actor, "points.reverse", place, { transfer: transfer.id, kind: transfer.kind, points: transfer.amount, reason, key: input.key })];
  // A redemption is undone by cancelling its voucher, which also puts the item back in stock.
  if (transfer.kind === "redemption") return cancelVoucherByTransfer(deps, actor, transfer, { key: input.key, reason, audit });
  const plan = reversalPlan({ key: input.key, at: deps.now(), timeZone: deps.defaultTimeZone, original: transfer, from: from!, to: to!, note: reason, staffId: actor.staffId });
  return post(deps, plan, audit);
}

// ── the approval queue ──────────────────────────────────────────────────────────────────────────

/** Pending requests (big awards and claims) in the actor's communities, oldest first. */
export async function approvalQueue(deps: DomainDeps, actor: Actor): Promise<{ request: PointRequest; account: PointAccount; place: PlaceRef }[]> {
  const communities = await communityIdsUnder(deps.directory.orm, scopePlaces(actor.sees));
  const out: { request: PointRequest; account: PointAccount; place: PlaceRef }[] = [];
  for (const request of await pendingIn(deps.db.orm, communities)) {
    const account = await findAccount(deps.db.orm, request.accountId);
    const place = account ? await placeOfAccount(deps, account) : undefined;
    if (account && place && reaches(actor.sees, place)) out.push({ request, account, place });
  }
  return out;
}

/**
 * Approves (the award is posted) or rejects a pending request. A second staff member decides: never the
 * one who asked for the award (the database refuses it too), and only one who manages the place.
 */
export async function decide(deps: DomainDeps, actor: PointsActor, requestId: number, decision: "approve" | "reject", reason?: string): Promise<{ request: PointRequest; result?: PostResult }> {
  const request = await findRequest(deps.db.orm, requestId);
  if (!request) throw notFound();
  const { account, place } = await accountInScope(deps, actor, request.accountId);
  if (!reaches(actor.manages, place)) throw forbidden();
  if (request.requestedBy !== null && request.requestedBy === actor.staffId) throw new PointsRuleError("same-approver", "a second staff member approves: not the one who asked for the award", "request");
  const note = evidenceText.parse(reason ?? "") || null;
  if (request.status !== "pending") return { request };
  // A claim's outcome, or an award that waited for a second person: the resident hears of it either way.
  const told =
    request.kind === "claim"
      ? await tellResident(deps, account, { name: decision === "approve" ? "claim-approved" : "claim-rejected", about: `request:${request.id}`, args: { rule: request.ruleCode, points: request.amount, reason: note } })
      : decision === "approve"
        ? await tellResident(deps, account, { name: "award-received", about: request.key, args: { rule: request.ruleCode, points: request.amount } })
        : null;
  if (decision === "reject") {
    if (!note) throw new PointsRuleError("reason-needed", "say why it is rejected", "reason");
    const now = deps.now();
    await deps.db.atomic((orm) => [
      guard(orm, "points: request pending", requestPending(request.id)),
      decideRequest(orm, request.id, { status: "rejected", decidedBy: actor.staffId, decidedAt: now, reason: note }),
      auditWrite(orm, deps, actor, "points.reject", place, { request: request.id, account: account.id, rule: request.ruleCode, reason: note }),
      ...(told ? told(orm) : []),
    ]).catch((error: unknown) => {
      // Decided meanwhile by someone else: theirs stands.
      if (!isGuardFailure(error)) throw error;
    });
    return { request: (await findRequest(deps.db.orm, request.id))! };
  }
  const rule = await ruleByCode(deps.directory.orm, request.ruleCode);
  // The one who approves could have awarded it: their roles reach as high as the rule asks.
  if (rule && !holdsRoleFor(actor, place, roleLevel(rule.awardedBy))) throw forbidden();
  const issuance = await ensureCommunityAccount(deps, account.communityId, "issuance");
  const ref: RuleRef = rule ? ruleRef(rule) : { code: request.ruleCode, category: request.category };
  const plan = approvalPlan({ key: request.key, at: deps.now(), timeZone: deps.defaultTimeZone, request, to: account, issuance, rule: ref, staffId: actor.staffId });
  const result = await post(deps, plan, (orm) => [
    auditWrite(orm, deps, actor, "points.approve", place, { request: request.id, account: account.id, rule: request.ruleCode, points: request.amount }),
    ...(told ? told(orm) : []),
  ]);
  if (!result.ok && !result.replayed) {
    // Refused (a cap reached since it was asked): the request is settled as rejected, with the reason.
    await deps.db
      .atomic((orm) => [decideRequest(orm, request.id, { status: "rejected", decidedBy: actor.staffId, decidedAt: deps.now(), reason: `refused: ${result.reason}` })])
      .catch(() => undefined);
  }
  return { request: (await findRequest(deps.db.orm, request.id))!, result };
}

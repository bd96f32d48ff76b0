// /api/staff/points: points over JSON for integrations and scripts, with the staff API's token, scope and
// answers (docs/staff-api.md, "Points"). Joined to the staff API by `pointsRoutes` (src/web/staff-api.ts),
// so its authentication, errors and limits are the same.
//   POST /transfers            award | penalty | reversal, with an idempotency key
//   GET  /accounts/{id}        balance and entries (?before= for older ones)
//   GET  /accounts?member_code= an account found by member code
//   GET  /rules                the rulebook of the token's districts
//   GET  /requests             the approval queue; POST /requests/{id} approves or rejects
//   GET  /ledger.csv           a month of the ledger of a place, as CSV
import type { Context, Hono } from "hono";
import { z } from "zod";
import { allDistricts } from "../db/queries/places.js";
import type { PointAccount, PointRequest, PointTransfer } from "../db/queries/points.js";
import { accountByCode, showCode } from "../domain/points/accounts.js";
import { entryViews } from "../domain/points/card.js";
import { PointsRuleError } from "../domain/points/errors.js";
import type { PostResult } from "../domain/points/ledger.js";
import { communitiesAt, ledgerCsv } from "../domain/points/reports.js";
import { allRules } from "../db/queries/points.js";
import { accountInScope, approvalQueue, award, clientKeySchema, decide, penalise, reverse } from "../domain/points/staff.js";
import { parseMonth, periodsOf } from "../domain/points/time.js";
import { earnedOf, statementOf } from "../db/queries/points.js";
import { placeByAnyCode, topPlaces } from "../domain/staff/places.js";
import type { Viewer } from "../domain/staff/actor.js";
import type { DomainDeps } from "../domain/deps.js";
import { jsonBody } from "./validate.js";

type Env = { Variables: { viewer: Viewer } };

const transferBody = z
  .object({
    kind: z.enum(["award", "penalty", "reversal"], { error: "kind is award, penalty or reversal" }),
    account: z.number({ error: "account is an account id" }).int().positive().optional(),
    rule: z.string().trim().min(1).max(48).optional(),
    amount: z.number({ error: "amount is a whole number above 0" }).int({ error: "amount is a whole number above 0" }).positive({ error: "amount is a whole number above 0" }).optional(),
    reverses: z.number({ error: "reverses is a transfer id" }).int().positive().optional(),
    idempotency_key: clientKeySchema,
    evidence: z.string().max(500, { error: "evidence is at most 500 characters" }).optional(),
    photo: z.string().max(300).optional(),
  })
  .strict();

/** Keys of the staff API live apart from those the console and the chat make. */
const apiKey = (key: string) => `api:${key}`;

export function transferJson(t: PointTransfer) {
  return {
    id: t.id,
    kind: t.kind,
    from: t.debitAccountId,
    to: t.creditAccountId,
    amount: t.amount,
    shortfall: t.shortfall,
    rule: t.ruleCode,
    category: t.category,
    reverses: t.reverses,
    at: new Date(t.at).toISOString(),
    evidence: t.evidence,
    photo: t.photo !== null,
    note: t.note,
    idempotency_key: t.key.startsWith("api:") ? t.key.slice(4) : t.key,
  };
}

function requestJson(r: PointRequest) {
  return {
    id: r.id,
    kind: r.kind,
    account: r.accountId,
    rule: r.ruleCode,
    amount: r.amount,
    evidence: r.evidence,
    photo: r.photo !== null,
    status: r.status,
    reason: r.reason,
    transfer: r.transferId,
    created_at: new Date(r.createdAt).toISOString(),
    decided_at: r.decidedAt === null ? null : new Date(r.decidedAt).toISOString(),
  };
}

const refusalWords: Record<string, string> = {
  short: "the account that pays does not hold enough points",
  stock: "the item is sold out",
  cap: "the rule's cap for this person and period is reached",
  reversed: "the transfer was reversed already",
  "not-reversible": "a reversal cannot be reversed",
  closed: "it was settled already",
  "key-reused": "this idempotency key was used for another request",
};

/** A ledger result as an answer: 201 new, 200 a replay, 409 a key reused, 422 refused (and stays refused). */
function posted(c: Context<Env>, result: PostResult, account?: PointAccount) {
  if (result.ok) {
    return c.json({ transfer: transferJson(result.transfer), replayed: result.replayed, ...(account ? { account: { id: account.id, balance: account.balance } } : {}) }, result.replayed ? 200 : 201);
  }
  const status = result.reason === "key-reused" ? 409 : 422;
  return c.json({ error: refusalWords[result.reason] ?? result.reason, refused: result.reason, replayed: result.replayed }, status);
}

async function accountJson(deps: DomainDeps, account: PointAccount, place: { code: string; kind: string }, options: { before?: number; limit: number }) {
  const entries = await statementOf(deps.db.orm, account.id, options.limit + 1, options.before);
  const views = await entryViews(deps, account, entries.slice(0, options.limit));
  return {
    id: account.id,
    kind: account.kind,
    place: { kind: place.kind, code: place.code },
    member_code: account.memberCode ? showCode(account.memberCode) : null,
    balance: account.balance,
    earned_this_year: await earnedOf(deps.db.orm, account.id, periodsOf(deps.now(), deps.defaultTimeZone).year),
    entries: views.map((v) => ({ ...transferJson(v.transfer), signed: v.signed, rule_name: v.rule ? { zh: v.rule.nameZh, en: v.rule.nameEn } : null })),
    next_before: entries.length > options.limit ? views.at(-1)!.transfer.id : null,
  };
}

const pageQuery = z.object({
  before: z.coerce.number({ error: "before is an entry id" }).int().positive().optional(),
  limit: z.coerce.number({ error: "limit is a number" }).int().min(1).max(200).default(50),
});

export function pointsRoutes(app: Hono<Env>, deps: DomainDeps) {
  app.post("/points/transfers", async (c) => {
    const body = await jsonBody(c, transferBody);
    if (body instanceof Response) return body;
    const b = body.data;
    const viewer = c.get("viewer");
    const key = apiKey(b.idempotency_key);
    const need = (field: string, value: unknown) => {
      if (value === undefined) throw new PointsRuleError("amount", `${b.kind} needs ${field}`, field);
    };
    switch (b.kind) {
      case "award": {
        need("account", b.account);
        need("rule", b.rule);
        const outcome = await award(deps, viewer, { account: b.account!, rule: b.rule!, amount: b.amount, evidence: b.evidence, photo: b.photo, key });
        if (outcome.status === "pending") return c.json({ status: "pending", request: requestJson(outcome.request) }, 202);
        return posted(c, outcome.result, outcome.account);
      }
      case "penalty": {
        need("account", b.account);
        if (b.rule === undefined) need("rule or amount", b.amount);
        const { result, account } = await penalise(deps, viewer, { account: b.account!, rule: b.rule, amount: b.amount, evidence: b.evidence, key });
        return posted(c, result, account);
      }
      case "reversal": {
        need("reverses", b.reverses);
        return posted(c, await reverse(deps, viewer, { transfer: b.reverses!, reason: b.evidence ?? "", key }));
      }
    }
  });

  app.get("/points/accounts", async (c) => {
    const code = c.req.query("member_code") ?? "";
    const found = code ? await accountByCode(deps, code) : undefined;
    if (!found) return c.json({ error: "not found" }, 404);
    const { account, place } = await accountInScope(deps, c.get("viewer"), found.id);
    return c.json(await accountJson(deps, account, place, { limit: 20 }));
  });

  app.get("/points/accounts/:id", async (c) => {
    const id = Number(c.req.param("id"));
    if (!Number.isSafeInteger(id) || id <= 0) return c.json({ error: "not found" }, 404);
    const page = pageQuery.safeParse(c.req.query());
    if (!page.success) return c.json({ error: page.error.issues.map((i) => i.message).join("; ") }, 400);
    const { account, place } = await accountInScope(deps, c.get("viewer"), id);
    return c.json(await accountJson(deps, account, place, page.data));
  });

  app.get("/points/rules", async (c) => {
    const viewer = c.get("viewer");
    const districts = await allDistricts(deps.directory.orm);
    // The city's rules and the additions of the districts the token's places are in.
    const seenIds = new Set(viewer.sees.everywhere ? districts.map((d) => d.id) : (await topPlaces(deps, viewer.sees)).map((p) => p.districtId));
    const codeOf = new Map(districts.map((d) => [d.id, d.code]));
    const rules = (await allRules(deps.directory.orm)).filter((r) => r.districtId === null || seenIds.has(r.districtId));
    return c.json({
      rules: rules.map((r) => ({
        code: r.code,
        category: r.category,
        name: { zh: r.nameZh, en: r.nameEn },
        description: r.descriptionZh && r.descriptionEn ? { zh: r.descriptionZh, en: r.descriptionEn } : null,
        points: r.points,
        evidence: r.evidence,
        awarded_by: r.awardedBy,
        caps: { day: r.capDay, month: r.capMonth, year: r.capYear },
        approval_above: r.approvalAbove,
        claimable: r.claimable,
        active: r.active,
        example: r.example,
        district: r.districtId === null ? null : (codeOf.get(r.districtId) ?? null),
      })),
    });
  });

  app.get("/points/requests", async (c) => {
    const queue = await approvalQueue(deps, c.get("viewer"));
    return c.json({ requests: queue.map((q) => ({ ...requestJson(q.request), place: { kind: q.place.kind, code: q.place.code } })) });
  });

  app.post("/points/requests/:id", async (c) => {
    const id = Number(c.req.param("id"));
    if (!Number.isSafeInteger(id) || id <= 0) return c.json({ error: "not found" }, 404);
    const body = await jsonBody(c, z.object({ decision: z.enum(["approve", "reject"], { error: "decision is approve or reject" }), reason: z.string().max(500).optional() }).strict());
    if (body instanceof Response) return body;
    const { request, result } = await decide(deps, c.get("viewer"), id, body.data.decision, body.data.reason);
    if (result && !result.ok && !result.replayed) return c.json({ error: refusalWords[result.reason] ?? result.reason, refused: result.reason, request: requestJson(request) }, 422);
    return c.json({ request: requestJson(request) });
  });

  app.get("/points/ledger.csv", async (c) => {
    const month = parseMonth(c.req.query("month") ?? "");
    if (month === null) return c.json({ error: "month: write it YYYY-MM", field: "month" }, 400);
    const place = await placeByAnyCode(deps, c.req.query("place") ?? "", "place").catch(() => null);
    if (!place) return c.json({ error: "not found" }, 404);
    const { communities } = await communitiesAt(deps, c.get("viewer"), place.kind, place.id);
    const csv = await ledgerCsv(deps, communities, month, place.kind === "grid" ? { gridId: place.id } : {});
    return c.body(csv, 200, { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="points-${place.code}-${c.req.query("month")}.csv"` });
  });
}

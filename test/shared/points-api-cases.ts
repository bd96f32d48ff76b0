// The staff API's points endpoints, on better-sqlite3 and on D1: awards, penalties and reversals with
// idempotency keys (a replay gives the first answer, other content is refused, a failed key stays
// failed), the approval queue, accounts and their entries, the rulebook, and what it refuses: a negative
// amount, a rule of another district, an account outside the token's scope.
import { expect } from "vitest";
import { accountOfResident, findAccount } from "../../src/db/queries/points.js";
import type { DomainDeps } from "../../src/domain/deps.js";
import { ensureResidentAccount, showCode } from "../../src/domain/points/accounts.js";
import { post, transferPlan } from "../../src/domain/points/ledger.js";
import { importRules } from "../../src/domain/points/rules.js";
import { verifyLedger } from "../../src/domain/points/verify.js";
import { register, chooseCommunity, giveConsent } from "../../src/domain/residents.js";
import { communityByCode } from "../../src/domain/places.js";
import { makeStaff, tokenFor } from "../support/staff.js";
import type { ChatDriver } from "./driver.js";

const depsOf = (d: ChatDriver): DomainDeps => ({ db: d.db, directory: d.db, now: () => Date.now(), defaultTimeZone: "Asia/Shanghai" });

/** A resident of a community with consent and a points account (as if they had opened My points). */
async function resident(d: ChatDriver, externalId: string, communityCode = "ja-huiminyuan") {
  const deps = depsOf(d);
  const r = await register(deps, "web", externalId, "zh");
  const community = (await communityByCode(deps, communityCode))!;
  const { change } = await chooseCommunity(deps, r, community.id);
  await deps.db.atomic((orm) => [...change(orm), ...giveConsent(deps, r)(orm)]);
  return (await ensureResidentAccount(deps, { ...r, communityId: community.id, consent: "given" }))!;
}

export type ApiCases = Record<string, (d: ChatDriver, prefix: string) => Promise<void>>;

export const pointsApiCases: ApiCases = {
  "awards with an idempotency key: the same key gives the first answer, other content is refused; bad input is a 400 and changes nothing": async (d, p) => {
    const deps = depsOf(d);
    await makeStaff(deps, `${p}.cs`, "community_staff", "ja-huiminyuan", { password: false });
    await makeStaff(deps, `${p}.far`, "community_staff", "jh-qingfen", { password: false });
    const token = await tokenFor(deps, `${p}.cs`);
    const far = await tokenFor(deps, `${p}.far`);
    const account = await resident(d, `${p}-r1`);
    const call = (body: unknown, bearer = token) =>
      d.request("/api/staff/points/transfers", { method: "POST", headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json" }, body: JSON.stringify(body) });
    const body = { kind: "award", account: account.id, rule: "return-lost-property", idempotency_key: `${p}-award-0001`, evidence: "捡到钱包交还失主" };
    const first = await call(body);
    expect(first.status).toBe(201);
    const posted = (await first.json()) as { transfer: { id: number; amount: number; rule: string; idempotency_key: string }; replayed: boolean; account: { balance: number } };
    expect(posted).toMatchObject({ replayed: false, transfer: { amount: 10, rule: "return-lost-property", idempotency_key: `${p}-award-0001` }, account: { balance: 10 } });
    const again = await call(body);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ replayed: true, transfer: { id: posted.transfer.id } });
    const changed = await call({ ...body, evidence: "别的事" });
    expect(changed.status).toBe(409);
    expect(await changed.json()).toMatchObject({ refused: "key-reused" });
    expect((await findAccount(d.db.orm, account.id))!.balance).toBe(10);

    // Bad input: each a 400 with the reason, nothing written.
    for (const [bad, field] of [
      [{ ...body, idempotency_key: `${p}-bad-0001`, kind: "penalty", rule: undefined, amount: -5 }, "amount"],
      [{ ...body, idempotency_key: `${p}-bad-0002`, amount: 7 }, "amount"],
      [{ ...body, idempotency_key: "short" }, "idempotency_key"],
      [{ ...body, idempotency_key: `${p}-bad-0003`, rule: "no-such-rule" }, "rule"],
      [{ ...body, idempotency_key: `${p}-bad-0004`, extra: 1 }, null],
    ] as const) {
      const res = await call(bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      const answer = (await res.json()) as { error: string; field?: string };
      expect(answer.error).toBeTruthy();
      if (field && answer.field) expect(answer.field).toBe(field);
    }
    expect((await d.request("/api/staff/points/transfers", { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: "{not json" })).status).toBe(400);
    // A rule of another district's rulebook.
    await importRules(deps, { rules: [{ code: `${p}-jh-only`, category: "public_virtue", name: { zh: "江汉区补充", en: "Jianghan only" }, points: 3, district: "jianghan" }] });
    const otherDistrict = await call({ ...body, idempotency_key: `${p}-bad-0005`, rule: `${p}-jh-only` });
    expect(otherDistrict.status).toBe(400);
    expect(await otherDistrict.json()).toMatchObject({ field: "rule" });
    // Outside the token's scope: as if there were no such account.
    const outside = await call({ ...body, idempotency_key: `${p}-far-0001` }, far);
    expect(outside.status).toBe(404);
    expect((await findAccount(d.db.orm, account.id))!.balance).toBe(10);
    expect((await verifyLedger(deps)).ok).toBe(true);
  },

  "penalises down to zero with the shortfall, reverses once, and a failed key stays failed": async (d, p) => {
    const deps = depsOf(d);
    await makeStaff(deps, `${p}.cs2`, "community_staff", "ja-huiminyuan", { password: false });
    const token = await tokenFor(deps, `${p}.cs2`);
    const a = await resident(d, `${p}-r2`);
    const b = await resident(d, `${p}-r3`);
    const call = (body: unknown) =>
      d.request("/api/staff/points/transfers", { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) });
    const award = (await (await call({ kind: "award", account: a.id, rule: "greening", idempotency_key: `${p}-g-0001`, evidence: "认养绿地" })).json()) as { transfer: { id: number } };
    // A spends it all; the award can no longer be reversed.
    const spent = await post(deps, transferPlan({ key: `${p}-spend`, at: Date.now(), timeZone: "Asia/Shanghai", from: (await findAccount(d.db.orm, a.id))!, to: b, amount: 5 }));
    expect(spent.ok).toBe(true);
    const reversal = { kind: "reversal", reverses: award.transfer.id, idempotency_key: `${p}-rev-0001`, evidence: "记错了" };
    const short = await call(reversal);
    expect(short.status).toBe(422);
    expect(await short.json()).toMatchObject({ refused: "short", replayed: false });
    // Points come in; the same key is still refused, as it was the first time.
    await call({ kind: "award", account: a.id, rule: "return-lost-property", idempotency_key: `${p}-g-0002`, evidence: "交还钱包" });
    const stillShort = await call(reversal);
    expect(stillShort.status).toBe(422);
    expect(await stillShort.json()).toMatchObject({ refused: "short", replayed: true });
    // A new key reverses it, once.
    const done = await call({ ...reversal, idempotency_key: `${p}-rev-0002` });
    expect(done.status).toBe(201);
    expect(await done.json()).toMatchObject({ transfer: { kind: "reversal", reverses: award.transfer.id, amount: 5 } });
    const twice = await call({ ...reversal, idempotency_key: `${p}-rev-0003` });
    expect(twice.status).toBe(422);
    expect(await twice.json()).toMatchObject({ refused: "reversed" });
    // A penalty larger than the balance takes it to zero and records the shortfall.
    const penalty = await call({ kind: "penalty", account: a.id, rule: "throwing-from-height", idempotency_key: `${p}-pen-0001`, evidence: "高空抛物，监控可见" });
    expect(penalty.status).toBe(201);
    expect(await penalty.json()).toMatchObject({ transfer: { kind: "penalty", amount: 5, shortfall: 25 }, account: { balance: 0 } });

    const res = await d.request(`/api/staff/points/accounts/${a.id}?limit=2`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const acct = (await res.json()) as { balance: number; member_code: string; entries: { kind: string; signed: number }[]; next_before: number | null };
    expect(acct.balance).toBe(0);
    expect(acct.member_code).toBe(showCode(a.memberCode!));
    expect(acct.entries.map((e) => [e.kind, e.signed])).toEqual([
      ["penalty", -5],
      ["reversal", -5],
    ]);
    expect(acct.next_before).not.toBeNull();
    const byCode = await d.request(`/api/staff/points/accounts?member_code=${showCode(a.memberCode!)}`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await byCode.json()) as { id: number }).id).toBe(a.id);
    expect((await verifyLedger(deps)).ok).toBe(true);
  },

  "holds a big award for a second staff member, and lists the rulebook of the token's districts": async (d, p) => {
    const deps = depsOf(d);
    await makeStaff(deps, `${p}.ask`, "community_staff", "ja-huiminyuan", { password: false });
    await makeStaff(deps, `${p}.ok`, "street_admin", "jiangan-houhu", { password: false });
    const asker = await tokenFor(deps, `${p}.ask`);
    const approver = await tokenFor(deps, `${p}.ok`);
    const account = await resident(d, `${p}-r4`);
    const asked = await d.request("/api/staff/points/transfers", {
      method: "POST",
      headers: { authorization: `Bearer ${asker}`, "content-type": "application/json" },
      body: JSON.stringify({ kind: "award", account: account.id, rule: "model-household", idempotency_key: `${p}-big-0001`, evidence: "评为五好家庭" }),
    });
    expect(asked.status).toBe(202);
    const { request } = (await asked.json()) as { request: { id: number; status: string } };
    expect(request.status).toBe("pending");
    const own = await d.request(`/api/staff/points/requests/${request.id}`, { method: "POST", headers: { authorization: `Bearer ${asker}`, "content-type": "application/json" }, body: JSON.stringify({ decision: "approve" }) });
    expect(own.status).toBe(400);
    const queue = (await (await d.request("/api/staff/points/requests", { headers: { authorization: `Bearer ${approver}` } })).json()) as { requests: { id: number }[] };
    expect(queue.requests.map((r) => r.id)).toContain(request.id);
    const approved = await d.request(`/api/staff/points/requests/${request.id}`, { method: "POST", headers: { authorization: `Bearer ${approver}`, "content-type": "application/json" }, body: JSON.stringify({ decision: "approve" }) });
    expect(approved.status).toBe(200);
    expect(await approved.json()).toMatchObject({ request: { status: "approved" } });
    expect((await findAccount(d.db.orm, account.id))!.balance).toBe(30);

    const rules = (await (await d.request("/api/staff/points/rules", { headers: { authorization: `Bearer ${asker}` } })).json()) as { rules: { code: string; district: string | null; example: boolean }[] };
    expect(rules.rules.filter((r) => r.district === null && r.example).length).toBe(46);
    expect(rules.rules.some((r) => r.district === "jianghan")).toBe(false);
    expect((await d.request("/api/staff/points/rules")).status).toBe(401);
    void accountOfResident;
  },
};

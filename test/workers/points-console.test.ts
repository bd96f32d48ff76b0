// The points console on workerd + D1, through the real Worker: an award found by member code, a big award
// approved by a second staff member, a voucher handed over — and another community's voucher refused —
// each change a D1 batch with its audit row.
import { env, exports } from "cloudflare:workers";
import { desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { openD1 } from "../../src/db/d1.js";
import { loadDemoData } from "../../src/demo/load.js";
import { findAccount, vouchersOfAccount } from "../../src/db/queries/points.js";
import { auditLog } from "../../src/db/schema.js";
import type { DomainDeps } from "../../src/domain/deps.js";
import { ensureResidentAccount, showCode } from "../../src/domain/points/accounts.js";
import { post } from "../../src/domain/points/ledger.js";
import { redemptionFor, shopItems } from "../../src/domain/points/shop.js";
import { communityByCode } from "../../src/domain/places.js";
import { chooseCommunity, giveConsent, register } from "../../src/domain/residents.js";
import { consoleTranslator } from "../../src/i18n/console.js";
import { consoleBrowser, type Fetcher } from "../support/console.js";
import { makeStaff, PASSWORD } from "../support/staff.js";

const t = consoleTranslator("zh");
const db = openD1(env.DB);
const deps: DomainDeps = { db, directory: db, now: () => Date.now(), defaultTimeZone: "Asia/Shanghai" };
const from =
  (address: string): Fetcher =>
  (path, init = {}) =>
    exports.default.fetch(`http://linli.test${path}`, { ...init, headers: { ...(init.headers as Record<string, string>), "cf-connecting-ip": address } });

beforeAll(async () => {
  await loadDemoData(db);
  await makeStaff(deps, "wp.a", "community_staff", "ja-huiminyuan");
  await makeStaff(deps, "wp.b", "community_staff", "ja-huiminyuan");
  await makeStaff(deps, "wp.other", "community_staff", "ja-sanyanqiao");
}, 180_000);

async function resident(externalId: string) {
  const r = await register(deps, "web", externalId, "zh");
  const community = (await communityByCode(deps, "ja-huiminyuan"))!;
  const { change } = await chooseCommunity(deps, r, community.id);
  await db.atomic((orm) => [...change(orm), ...giveConsent(deps, r)(orm)]);
  return (await ensureResidentAccount(deps, { ...r, communityId: community.id, consent: "given" }))!;
}

const keyOf = (html: string) => /name="key" value="(console:[^"]+)"/.exec(html)![1]!;

describe("the points console on workerd + D1", () => {
  it("awards by member code, approves a big award as a second person, hands a voucher over and refuses another shop's", async () => {
    const a = consoleBrowser(from("198.51.100.21"));
    const b = consoleBrowser(from("198.51.100.22"));
    const other = consoleBrowser(from("198.51.100.23"));
    expect((await a.login("wp.a", PASSWORD)).status).toBe(303);
    expect((await b.login("wp.b", PASSWORD)).status).toBe(303);
    expect((await other.login("wp.other", PASSWORD)).status).toBe(303);
    const account = await resident("wp-resident-1");
    expect((await a.get(`/console/points/award?q=${showCode(account.memberCode!)}`)).headers.get("location")).toBe(`/console/points/accounts/${account.id}`);
    const page = await a.page(`/console/points/accounts/${account.id}`);
    expect((await a.post(`/console/points/accounts/${account.id}/award`, { key: keyOf(page), rule: "blood-donation", evidence: "献血证已核对" })).status).toBe(303);
    const [audit] = await db.orm.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(audit).toMatchObject({ actor: "staff:wp.a", action: "points.award", address: "198.51.100.21" });
    expect((await a.post(`/console/points/accounts/${account.id}/award`, { key: keyOf(await a.page(`/console/points/accounts/${account.id}`)), rule: "model-household", evidence: "五好家庭" })).headers.get("location")).toContain("done=pending");
    const queue = await b.page("/console/points/approvals");
    const id = /\/console\/points\/approvals\/(\d+)/.exec(queue)![1]!;
    expect((await b.post(`/console/points/approvals/${id}`, { decision: "approve" })).headers.get("location")).toContain("done=approved");
    expect((await findAccount(db.orm, account.id))!.balance).toBe(50);

    const community = (await communityByCode(deps, "ja-huiminyuan"))!;
    const haircut = (await shopItems(deps, community.id)).find((i) => i.nameZh.startsWith("理发"))!;
    const { plan, voucherCode } = await redemptionFor(deps, (await findAccount(db.orm, account.id))!, haircut, "wp-redeem-1");
    expect((await post(deps, plan)).ok).toBe(true);
    await other.page("/console/points/c/ja-sanyanqiao/shop");
    const wrong = await other.post("/console/points/c/ja-sanyanqiao/shop/vouchers", { code: voucherCode, action: "handover" });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain(t("points-error-voucher-other-shop"));
    await a.page("/console/points/c/ja-huiminyuan/shop");
    expect((await a.post("/console/points/c/ja-huiminyuan/shop/vouchers", { code: voucherCode, action: "handover" })).headers.get("location")).toContain("done=handed-over");
    expect((await vouchersOfAccount(db.orm, account.id))[0]!.status).toBe("handed_over");
    expect((await db.orm.select().from(auditLog).where(eq(auditLog.action, "points.voucher.handover"))).length).toBe(1);
  });
});

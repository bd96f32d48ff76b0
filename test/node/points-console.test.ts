// The points console as staff use it, on better-sqlite3: finding a resident by member code or phone,
// awarding under a rule (audited in the same write), a big award waiting for a second staff member, a
// penalty taken to zero with the shortfall, a reversal with its reason, the shop (items, stock, a
// voucher handed over, another shop's voucher refused, a cancellation refunded), households and
// organisations, rankings, honours, the budget chart, CSV exports — and 404 outside the scope.
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { placeByCode } from "../../src/db/queries/places.js";
import { accountOfResident, findAccount, itemsOf, transferByKey } from "../../src/db/queries/points.js";
import { auditLog, pointRequests, pointTransfers, residents } from "../../src/db/schema.js";
import { showCode } from "../../src/domain/points/accounts.js";
import { redemptionFor } from "../../src/domain/points/shop.js";
import { post } from "../../src/domain/points/ledger.js";
import { verifyLedger } from "../../src/domain/points/verify.js";
import { translator } from "../../src/i18n/index.js";
import { consoleTranslator } from "../../src/i18n/console.js";
import { consoleBrowser, type ConsoleBrowser } from "../support/console.js";
import { startHarness, type Harness } from "../support/harness.js";
import { makeStaff, PASSWORD } from "../support/staff.js";
import { contact, text } from "../support/updates.js";

const t = consoleTranslator("zh");
const zh = translator("zh");
let h: Harness;
let staffA: ConsoleBrowser; // community_staff at ja-huiminyuan
let staffB: ConsoleBrowser; // a second community_staff at ja-huiminyuan
let worker: ConsoleBrowser; // grid_worker at ja-huiminyuan-1
let elsewhere: ConsoleBrowser; // community_staff at jh-qingfen (another district)

const from = (address: string) => async (path: string, init?: RequestInit) => h.app.request(path, init, { incoming: { socket: { remoteAddress: address } } });

/** A resident of ja-huiminyuan with consent, a phone, and a points account; returns its account. */
async function resident(id: number, phone: string) {
  const who = { id, language_code: "zh" };
  await h.post(text(who, "/start c-ja-huiminyuan"));
  await h.tap(who, zh("button-consent-yes"));
  await h.post(contact(who, phone, id));
  await h.post(text(who, "/points"));
  const row = (await h.db.orm.select().from(residents).where(eq(residents.externalId, String(id))))[0]!;
  return (await accountOfResident(h.db.orm, row.id))!;
}

/** The key the page's form carries. */
const keyOf = (html: string) => /name="key" value="(console:[^"]+)"/.exec(html)![1]!;

beforeAll(async () => {
  h = await startHarness();
  await makeStaff(h.domain, "pt.a", "community_staff", "ja-huiminyuan");
  await makeStaff(h.domain, "pt.b", "community_staff", "ja-huiminyuan");
  await makeStaff(h.domain, "pt.worker", "grid_worker", "ja-huiminyuan-1");
  await makeStaff(h.domain, "pt.far", "community_staff", "jh-qingfen");
  staffA = consoleBrowser(from("10.8.0.1"));
  staffB = consoleBrowser(from("10.8.0.2"));
  worker = consoleBrowser(from("10.8.0.3"));
  elsewhere = consoleBrowser(from("10.8.0.4"));
  for (const [b, u] of [
    [staffA, "pt.a"],
    [staffB, "pt.b"],
    [worker, "pt.worker"],
    [elsewhere, "pt.far"],
  ] as const) {
    expect((await b.login(u, PASSWORD)).status).toBe(303);
  }
}, 120_000);

afterAll(() => h?.close());

describe("the points console", () => {
  it("finds a resident by member code or phone, awards under a rule with its audit row, and refuses a second post of the same form", async () => {
    const account = await resident(7301, "+8613800007301");
    const home = await staffA.page("/console/points");
    expect(home).toContain(t("points-find"));
    expect((await staffA.get(`/console/points/award?q=${encodeURIComponent(showCode(account.memberCode!).toLowerCase())}`)).headers.get("location")).toBe(`/console/points/accounts/${account.id}`);
    expect((await staffA.get("/console/points/award?q=13800007301")).headers.get("location")).toBe(`/console/points/accounts/${account.id}`);
    const unknown = await staffA.get("/console/points/award?q=ZZZZ-ZZZZ");
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain(t("points-error-not-found-resident"));
    // Staff of another district cannot find them at all.
    expect((await elsewhere.get(`/console/points/award?q=${account.memberCode}`)).status).toBe(400);
    expect((await elsewhere.get(`/console/points/accounts/${account.id}`)).status).toBe(404);

    const page = await staffA.page(`/console/points/accounts/${account.id}`);
    const key = keyOf(page);
    const sent = await staffA.post(`/console/points/accounts/${account.id}/award`, { key, rule: "volunteer-cleanup", evidence: "周六清扫 3 号楼" });
    expect(sent.status).toBe(303);
    expect((await findAccount(h.db.orm, account.id))!.balance).toBe(5);
    const [audit] = await h.db.orm.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(audit).toMatchObject({ actor: "staff:pt.a", action: "points.award", address: "10.8.0.1" });
    expect(audit!.detail).toMatchObject({ account: account.id, rule: "volunteer-cleanup", points: 5 });
    // The same form sent again (a double click): posted once.
    await staffA.post(`/console/points/accounts/${account.id}/award`, { key, rule: "volunteer-cleanup", evidence: "周六清扫 3 号楼" });
    expect((await findAccount(h.db.orm, account.id))!.balance).toBe(5);
    // The same key with something else: refused, nothing posted.
    const other = await staffA.post(`/console/points/accounts/${account.id}/award`, { key, rule: "greening", evidence: "种树" });
    expect(other.status).toBe(400);
    expect(await other.text()).toContain(t("points-refused-key-reused"));
    // The cap: volunteer-cleanup once a day.
    const capped = await staffA.post(`/console/points/accounts/${account.id}/award`, { key: keyOf(await staffA.page(`/console/points/accounts/${account.id}`)), rule: "volunteer-cleanup", evidence: "又一次" });
    expect(capped.status).toBe(400);
    expect(await capped.text()).toContain(t("points-refused-cap"));
    // A rule that needs evidence, without it.
    const bare = await staffA.post(`/console/points/accounts/${account.id}/award`, { key: keyOf(await staffA.page(`/console/points/accounts/${account.id}`)), rule: "mediation", evidence: "" });
    expect(await bare.text()).toContain(t("points-error-evidence-needed"));
    // A grid worker awards what grid workers may, to residents of their grid only.
    const gridPage = await staffA.page(`/console/points/accounts/${account.id}`);
    expect(gridPage).toContain(t("points-grid"));
    expect((await worker.get(`/console/points/accounts/${account.id}`)).status).toBe(404);
    expect((await staffA.post(`/console/points/accounts/${account.id}/grid`, { grid: "ja-huiminyuan-1" })).status).toBe(303);
    const workerPage = await worker.page(`/console/points/accounts/${account.id}`);
    expect((await worker.post(`/console/points/accounts/${account.id}/award`, { key: keyOf(workerPage), rule: "garbage-sorted-right", evidence: "" })).status).toBe(303);
    expect((await worker.post(`/console/points/accounts/${account.id}/award`, { key: keyOf(await worker.page(`/console/points/accounts/${account.id}`)), rule: "mediation", evidence: "调解" })).status).toBe(403);
    expect((await findAccount(h.db.orm, account.id))!.balance).toBe(6);
    expect((await verifyLedger(h.domain)).ok).toBe(true);
  });

  it("holds a big award for a second staff member; the one who asked cannot approve it", async () => {
    const account = await resident(7302, "+8613800007302");
    const page = await staffA.page(`/console/points/accounts/${account.id}`);
    expect(page).toContain(t("points-needs-approval"));
    const sent = await staffA.post(`/console/points/accounts/${account.id}/award`, { key: keyOf(page), rule: "monthly-star", evidence: "十一月积分之星" });
    expect(sent.headers.get("location")).toContain("done=pending");
    expect((await findAccount(h.db.orm, account.id))!.balance).toBe(0);
    const [request] = await h.db.orm.select().from(pointRequests).where(eq(pointRequests.accountId, account.id));
    expect(request).toMatchObject({ kind: "award", status: "pending", amount: 20 });
    const queueA = await staffA.page("/console/points/approvals");
    expect(queueA).toContain(t("points-approve-not-own"));
    const own = await staffA.post(`/console/points/approvals/${request!.id}`, { decision: "approve" });
    expect(own.status).toBe(400);
    expect(await own.text()).toContain(t("points-error-same-approver"));
    expect((await findAccount(h.db.orm, account.id))!.balance).toBe(0);
    await staffB.page("/console/points/approvals");
    expect((await staffB.post(`/console/points/approvals/${request!.id}`, { decision: "approve" })).headers.get("location")).toContain("done=approved");
    expect((await findAccount(h.db.orm, account.id))!.balance).toBe(20);
    const posted = await transferByKey(h.db.orm, request!.key);
    expect(posted).toMatchObject({ kind: "award", amount: 20, requestId: request!.id, ruleCode: "monthly-star" });
    // Staff elsewhere do not see it; approving again changes nothing.
    expect(await elsewhere.page("/console/points/approvals")).toContain(t("points-approvals-empty"));
    await staffB.post(`/console/points/approvals/${request!.id}`, { decision: "approve" });
    expect((await findAccount(h.db.orm, account.id))!.balance).toBe(20);
  });

  it("takes a penalty to zero and records the shortfall; reverses an award with a reason, once", async () => {
    const account = await resident(7303, "+8613800007303");
    await staffA.post(`/console/points/accounts/${account.id}/award`, { key: keyOf(await staffA.page(`/console/points/accounts/${account.id}`)), rule: "greening", evidence: "认养绿地" });
    const penalty = await staffA.post(`/console/points/accounts/${account.id}/penalty`, { key: keyOf(await staffA.page(`/console/points/accounts/${account.id}`)), rule: "illegal-dumping", amount: "", evidence: "楼下乱倒建筑垃圾" });
    expect(penalty.status).toBe(303);
    expect((await findAccount(h.db.orm, account.id))!.balance).toBe(0);
    const [taken] = await h.db.orm.select().from(pointTransfers).where(eq(pointTransfers.debitAccountId, account.id));
    expect(taken).toMatchObject({ kind: "penalty", amount: 5, shortfall: 5 });
    expect(await staffA.page(`/console/points/accounts/${account.id}`)).toContain(t("points-shortfall", { shortfall: 5 }));
    // A negative amount is refused plainly.
    const negative = await staffA.post(`/console/points/accounts/${account.id}/penalty`, { key: keyOf(await staffA.page(`/console/points/accounts/${account.id}`)), rule: "", amount: "-5", evidence: "x" });
    expect(negative.status).toBe(400);
    expect(await negative.text()).toContain(t("points-error-amount"));
    // Reversing the penalty gives back what it took (5), once.
    const page = await staffA.page(`/console/points/accounts/${account.id}`);
    const reverseKey = /action="\/console\/points\/transfers\/(\d+)\/reverse"[\s\S]*?name="key" value="([^"]+)"/.exec(page)!;
    expect(Number(reverseKey[1])).toBe(taken!.id);
    expect((await staffA.post(`/console/points/transfers/${taken!.id}/reverse`, { key: reverseKey[2]!, back: String(account.id), reason: "认错了人" })).status).toBe(303);
    expect((await findAccount(h.db.orm, account.id))!.balance).toBe(5);
    const again = await staffA.post(`/console/points/transfers/${taken!.id}/reverse`, { key: keyOf(await staffA.page(`/console/points/accounts/${account.id}`)), back: String(account.id), reason: "再撤一次" });
    expect(await again.text()).toContain(t("points-refused-reversed"));
    const [audit] = await h.db.orm.select().from(auditLog).where(eq(auditLog.action, "points.reverse")).orderBy(desc(auditLog.id)).limit(1);
    expect(audit!.detail).toMatchObject({ transfer: taken!.id, reason: "认错了人" });
    // Grid workers read, and cannot reverse.
    expect((await worker.post(`/console/points/transfers/${taken!.id}/reverse`, { key: keyOf(page), reason: "x" })).status).toBe(404);
    expect((await verifyLedger(h.domain)).ok).toBe(true);
  });

  it("runs the shop: items and stock, a voucher handed over, another shop's voucher refused, a cancellation refunded", async () => {
    const account = await resident(7304, "+8613800007304");
    const huiminyuan = (await placeByCode(h.db.orm, "community", "ja-huiminyuan"))!;
    const shop = await staffA.page("/console/points/c/ja-huiminyuan/shop");
    expect(shop).toContain("大米 5 公斤");
    expect((await staffA.post("/console/points/c/ja-huiminyuan/shop/items", { kind: "goods", name_zh: "手工皂", name_en: "Handmade soap", points: "15", pickup_zh: "服务站", pickup_en: "station", hours_zh: "周三上午", hours_en: "Wed mornings", active: "on", stock: "2" })).status).toBe(303);
    const soap = (await itemsOf(h.db.orm, huiminyuan.id)).find((i) => i.nameZh === "手工皂")!;
    expect(soap).toMatchObject({ points: 15, stock: 2 });
    expect((await staffA.post(`/console/points/c/ja-huiminyuan/shop/items/${soap.id}/stock`, { change: "-5" })).status).toBe(400);
    expect((await staffA.post(`/console/points/c/ja-huiminyuan/shop/items/${soap.id}/stock`, { change: "3" })).status).toBe(303);
    expect((await itemsOf(h.db.orm, huiminyuan.id)).find((i) => i.id === soap.id)!.stock).toBe(5);
    // The resident redeems twice (as the chat does), staff hand one over and cancel the other.
    await staffA.post(`/console/points/accounts/${account.id}/award`, { key: keyOf(await staffA.page(`/console/points/accounts/${account.id}`)), rule: "blood-donation", evidence: "献血证" });
    await staffA.post(`/console/points/accounts/${account.id}/award`, { key: keyOf(await staffA.page(`/console/points/accounts/${account.id}`)), rule: "return-lost-property", evidence: "捡到钱包交还失主" });
    const codes: string[] = [];
    for (const n of [1, 2]) {
      const { plan, voucherCode } = await redemptionFor(h.domain, (await findAccount(h.db.orm, account.id))!, soap, `test:redeem:${n}`);
      expect((await post(h.domain, plan)).ok).toBe(true);
      codes.push(voucherCode);
    }
    expect((await findAccount(h.db.orm, account.id))!.balance).toBe(0);
    const found = await staffA.page(`/console/points/c/ja-huiminyuan/shop?voucher=${codes[0]!.slice(0, 5)}-${codes[0]!.slice(5)}`);
    expect(found).toContain('data-testid="voucher"');
    expect((await staffA.post("/console/points/c/ja-huiminyuan/shop/vouchers", { code: codes[0]!, action: "handover" })).headers.get("location")).toContain("done=handed-over");
    // Another community's shop: a clear answer, and nothing happens there.
    await makeStaff(h.domain, "pt.other", "community_staff", "ja-sanyanqiao");
    const other = consoleBrowser(from("10.8.0.9"));
    await other.login("pt.other", PASSWORD);
    await other.page("/console/points/c/ja-sanyanqiao/shop");
    const wrongShop = await other.post("/console/points/c/ja-sanyanqiao/shop/vouchers", { code: codes[1]!, action: "handover" });
    expect(wrongShop.status).toBe(400);
    expect(await wrongShop.text()).toContain(t("points-error-voucher-other-shop"));
    // Cancelling refunds the points and puts the soap back.
    const before = (await findAccount(h.db.orm, account.id))!.balance;
    await staffA.page("/console/points/c/ja-huiminyuan/shop");
    expect((await staffA.post("/console/points/c/ja-huiminyuan/shop/vouchers", { code: codes[1]!, action: "cancel", reason: "居民不要了" })).headers.get("location")).toContain("done=cancelled");
    expect((await findAccount(h.db.orm, account.id))!.balance).toBe(before + 15);
    expect((await itemsOf(h.db.orm, huiminyuan.id)).find((i) => i.id === soap.id)!.stock).toBe(4);
    // A handed-over voucher cannot be cancelled.
    const late = await staffA.post("/console/points/c/ja-huiminyuan/shop/vouchers", { code: codes[0]!, action: "cancel", reason: "晚了" });
    expect(await late.text()).toContain(t("points-refused-closed"));
    expect((await verifyLedger(h.domain)).ok).toBe(true);
  });

  it("keeps households and organisations, with join codes; shows rankings, honours and the budget with its chart; exports CSV", async () => {
    const head = await resident(7305, "+8613800007305");
    const page = await staffA.page("/console/points/c/ja-huiminyuan/households");
    expect(page).toContain(t("points-household-add"));
    expect((await staffA.post("/console/points/c/ja-huiminyuan/households", { name: "5栋101 陈家", grid: "ja-huiminyuan-2", head: head.memberCode! })).status).toBe(303);
    const again = await staffA.post("/console/points/c/ja-huiminyuan/households", { name: "另一家", grid: "", head: head.memberCode! });
    expect(await again.text()).toContain(t("points-error-name"));
    const list = await staffA.page("/console/points/c/ja-huiminyuan/households");
    expect(list).toContain("5栋101 陈家");
    expect(list).toContain(`${showCode(head.memberCode!)} (${t("points-head")})`);
    const householdId = Number(/\/console\/points\/households\/(\d+)\/code/.exec(list)![1]);
    const coded = await staffA.post(`/console/points/households/${householdId}/code`);
    expect(await coded.text()).toMatch(/data-testid="join-code"[\s\S]*[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}/);
    expect((await staffA.post("/console/points/c/ja-huiminyuan/organisations", { kind: "shop", name_zh: "惠民便利店", name_en: "Huimin corner shop", grid: "" })).status).toBe(303);
    expect(await staffA.page("/console/points/c/ja-huiminyuan/households")).toContain("惠民便利店");
    expect((await elsewhere.get("/console/points/c/ja-huiminyuan/households")).status).toBe(404);

    const rankings = await staffA.page("/console/points/c/ja-huiminyuan/rankings");
    expect(rankings).toContain('data-testid="rank-residents"');
    const honours = await staffA.page("/console/points/c/ja-huiminyuan/honours");
    expect(honours).toContain('data-testid="rank-residents"');
    const csv = await staffA.get(`/console/points/c/ja-huiminyuan/honours.csv?month=${new Date().getFullYear()}-${String(new Date().getMonth() + 1).padStart(2, "0")}`);
    const honoursBytes = new Uint8Array(await csv.arrayBuffer());
    expect([...honoursBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const honoursCsv = new TextDecoder().decode(honoursBytes);
    expect(honoursCsv).toContain("month,list,rank,name,points");

    const budget = await staffA.page("/console/points/c/ja-huiminyuan/budget");
    expect(budget).toContain('data-testid="budget-chart"');
    expect(budget).toMatch(/<rect [^>]*fill="#0f766e"/);
    expect((await staffA.post(`/console/points/c/ja-huiminyuan/budget?year=${new Date().getFullYear()}`, { population: "8000", points_per_yuan: "10" })).status).toBe(303);
    expect(await staffA.page("/console/points/c/ja-huiminyuan/budget")).toContain(t("points-budget-summary", { budget: 120000, issued: 0, share: 0, population: 8000, rate: 10 }).split("，")[0]!);

    const month = `${new Date().getFullYear()}-${String(new Date().getMonth() + 1).padStart(2, "0")}`;
    const ledger = await staffA.get(`/console/points/export?place=community:ja-huiminyuan&month=${month}`);
    expect(ledger.headers.get("content-type")).toContain("text/csv");
    const ledgerBytes = new Uint8Array(await ledger.arrayBuffer());
    expect([...ledgerBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const ledgerText = new TextDecoder().decode(ledgerBytes);
    expect(ledgerText.split("\n")[0]).toContain("id,time,kind,from_account,from,to_account,to,points,shortfall,rule,category,reverses,evidence,note,key");
    expect(ledgerText).toContain("volunteer-cleanup");
    expect((await elsewhere.get(`/console/points/export?place=community:ja-huiminyuan&month=${month}`)).status).toBe(404);
    const rules = await staffA.page("/console/points/rules");
    expect(rules).toContain("垃圾分类督导");
    expect(rules).toContain(t("points-example"));
  });
});

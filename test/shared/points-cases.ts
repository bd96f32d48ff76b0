// Points in a Telegram chat, on better-sqlite3 and on D1 (the same cases, written once): the points card
// with the member code, how to earn by category, giving points to family with the amount confirmed, the
// shop with vouchers and its last item taken by two residents at once, claims with a photo approved by
// staff, households joined with the head's code, /forget leaving the entries without the person — and
// the bad input of issue 11 (a negative amount, an amount above the balance, a transfer to oneself, a
// forged confirmation button) answered plainly with nothing changed.
import { outbox } from "../../src/db/schema.js";
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { accountOfResident, findAccount, findItem, itemsOf, vouchersOfAccount } from "../../src/db/queries/points.js";
import { pointItems, pointRequests, pointTransfers } from "../../src/db/schema.js";
import { demoDistricts } from "../../src/demo/places.js";
import type { DomainDeps } from "../../src/domain/deps.js";
import { operator } from "../../src/domain/staff/actor.js";
import { addHousehold } from "../../src/domain/points/households.js";
import { award, decide, approvalQueue } from "../../src/domain/points/staff.js";
import { showCode } from "../../src/domain/points/accounts.js";
import { verifyLedger } from "../../src/domain/points/verify.js";
import { placeByCode } from "../../src/db/queries/places.js";
import { pointsButtons } from "../../src/flows/points.js";
import { translator } from "../../src/i18n/index.js";
import { photo, press, text, type Person } from "../support/updates.js";
import type { Cases, ChatDriver } from "./driver.js";

const zh = translator("zh");
const en = translator("en");
const community = demoDistricts[0]!.streets[0]!.communities[0]!;
const cli = operator("cli:test");

const depsOf = (d: ChatDriver): DomainDeps => ({ db: d.db, directory: d.db, now: () => d.now(), defaultTimeZone: "Asia/Shanghai" });

/** A resident of the demo's first community who agreed to the privacy notice. */
async function settled(d: ChatDriver, who: Person) {
  await d.post(text(who, `/start c-${community.code}`));
  await d.tap(who, translator(who.language_code === "en" ? "en" : "zh")("button-consent-yes"));
}

/** Opens My points (which makes the account) and returns it. */
async function account(d: ChatDriver, who: Person) {
  await d.post(text(who, "/points"));
  const resident = (await d.resident(who.id))!;
  return (await accountOfResident(d.db.orm, resident.id))!;
}

/** Staff award points under a rule (the operator, as at the command line). */
async function awarded(d: ChatDriver, accountId: number, rule: string, times = 1) {
  for (let i = 0; i < times; i++) {
    const outcome = await award(depsOf(d), cli, { account: accountId, rule, evidence: "到场签到", key: `test:${accountId}:${rule}:${Date.now()}:${i}:${Math.random()}` });
    expect(outcome.status === "posted" && outcome.result.ok, `${rule} ×${i + 1}`).toBe(true);
  }
  return (await findAccount(d.db.orm, accountId))!;
}

const pressData = (who: Person, data: string) => press(who, data, 1);

async function transfersOf(d: ChatDriver, accountId: number) {
  return (await d.db.orm.select().from(pointTransfers)).filter((t) => t.debitAccountId === accountId || t.creditAccountId === accountId);
}

export const pointsCases: Cases = {
  "opens ⭐ My points after consent: the member code, the balance, and how to earn by category, marked as an example": async (d) => {
    const zhou = d.person(1, "zh");
    await d.post(text(zhou, `/start c-${community.code}`));
    // Before agreeing to the privacy notice: nothing is kept, and it says why.
    await d.post(text(zhou, zh("menu-points")));
    expect((await d.said(zhou.id)).at(-2)).toBe(zh("points-needs-consent"));
    expect(await accountOfResident(d.db.orm, (await d.resident(zhou.id))!.id)).toBeUndefined();
    await d.tap(zhou, zh("button-consent-yes"));
    await d.post(text(zhou, zh("menu-points")));
    const mine = await accountOfResident(d.db.orm, (await d.resident(zhou.id))!.id);
    expect(mine?.memberCode).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    const card = (await d.said(zhou.id)).at(-1)!;
    expect(card).toContain(zh("points-balance", { points: 0, code: showCode(mine!.memberCode!) }));
    expect(card).toContain(zh("points-no-rank"));
    await d.tap(zhou, zh("points-button-earn"));
    expect((await d.said(zhou.id)).at(-1)).toBe(`${zh("points-earn-intro")}\n${zh("points-rules-example")}`);
    const categories = (await d.lastButtons(zhou.id)).filter((b) => pointsButtons.decode(b.data)?.action === "cat").map((b) => b.label);
    expect(categories).toEqual(["public_order", "public_virtue", "community_building", "rewards_penalties"].map((c) => zh(`points-category-${c}`)));
    await d.tap(zhou, zh("points-category-community_building"));
    const rules = (await d.said(zhou.id)).at(-1)!;
    expect(rules).toContain("+5 垃圾分类督导（每次 1 小时） 🙋");
    // Awarded: the card shows the entry in plain words and the rank this year.
    await awarded(d, mine!.id, "garbage-sorting-duty");
    await d.post(text(zhou, "/points"));
    const after = (await d.said(zhou.id)).at(-1)!;
    expect(after).toContain(zh("points-balance", { points: 5, code: showCode(mine!.memberCode!) }));
    expect(after).toMatch(/\+5 垃圾分类督导（每次 1 小时） \d+月\d+日/);
    expect(after).toMatch(/今年在本社区排第 \d+ 名（今年得 5 分）/);
  },

  "gives points to another resident by member code with the amount confirmed; refuses oneself, a negative amount and more than the balance, and changes nothing": async (d) => {
    const wang = d.person(2, "zh");
    const li = d.person(3, "en");
    await settled(d, wang);
    await settled(d, li);
    const from = await awarded(d, (await account(d, wang)).id, "return-lost-property"); // 10 points
    // The award's notice goes out now, not in the middle of the conversation below, which reads its
    // answers by their order (on Workers a turn may start the outbox in the background).
    await d.runJob("outbox");
    const to = await account(d, li);
    const before = (await transfersOf(d, from.id)).length;

    await d.post(text(wang, "/points"));
    await d.tap(wang, zh("points-button-send"));
    expect((await d.said(wang.id)).at(-1)).toBe(zh("points-send-to-code"));
    await d.post(text(wang, showCode(from.memberCode!)));
    expect((await d.said(wang.id)).at(-1)).toBe(zh("points-send-self"));
    await d.post(text(wang, to.memberCode!.toLowerCase()));
    expect((await d.said(wang.id)).at(-1)).toBe(zh("points-send-amount", { who: showCode(to.memberCode!), points: 10 }));
    await d.post(text(wang, "-5"));
    expect((await d.said(wang.id)).at(-1)).toBe(zh("points-send-amount-invalid"));
    await d.post(text(wang, "50"));
    expect((await d.said(wang.id)).at(-1)).toBe(zh("points-send-amount-too-much", { points: 10 }));
    expect(await transfersOf(d, from.id)).toHaveLength(before);

    await d.post(text(wang, "４"));
    expect((await d.said(wang.id)).at(-1)).toBe(zh("points-send-confirm", { who: showCode(to.memberCode!), amount: 4, after: 6 }));
    const yes = (await d.lastButtons(wang.id)).find((b) => b.label === zh("points-button-send-yes"))!;
    // A forged confirmation: the same action with another one-time word changes nothing.
    expect((await d.post(pressData(wang, pointsButtons.encode("ok", "AAAAAAAAAAAA")))).status).toBe(200);
    expect((await d.said(wang.id)).at(-1)).toBe(zh("stale-button"));
    expect(await transfersOf(d, from.id)).toHaveLength(before);
    // The real one, twice: done once.
    await d.post(pressData(wang, yes.data));
    await d.post(pressData(wang, yes.data));
    expect((await d.said(wang.id)).at(-2)).toBe(zh("points-sent", { who: showCode(to.memberCode!), amount: 4, points: 6 }));
    expect((await d.said(wang.id)).at(-1)).toBe(zh("stale-button"));
    expect((await findAccount(d.db.orm, from.id))!.balance).toBe(6);
    expect((await findAccount(d.db.orm, to.id))!.balance).toBe(4);
    // The receiver is told once, in their language, through the outbox; so was the giver of the award.
    await d.runJob("outbox");
    const told = (await d.said(li.id)).filter((t) => t === en("notice-points-received", { from: showCode(from.memberCode!), points: 4 }));
    expect(told).toHaveLength(1);
    expect(await d.said(wang.id)).toContain(zh("notice-award-received", { rule: "拾金不昧", points: 10 }));
    expect(await transfersOf(d, from.id)).toHaveLength(before + 1);
    // The receiver reads it in their own words.
    await d.post(text(li, "/points"));
    expect((await d.said(li.id)).at(-1)).toMatch(new RegExp(`\\+4 from ${showCode(from.memberCode!)}`));
    expect((await verifyLedger(depsOf(d))).ok).toBe(true);
  },

  "redeems an item for a voucher code; two residents taking the last one at once: one gets it, the other is told, nothing is taken from them": async (d) => {
    const a = d.person(4, "zh");
    const b = d.person(5, "zh");
    await settled(d, a);
    await settled(d, b);
    const accountA = await awarded(d, (await account(d, a)).id, "blood-donation", 3); // 60 points
    const accountB = await awarded(d, (await account(d, b)).id, "blood-donation", 3);
    const place = (await placeByCode(d.db.orm, "community", community.code))!;
    const haircut = (await itemsOf(d.db.orm, place.id)).find((i) => i.nameZh.startsWith("理发"))!;
    // Only one left.
    await d.db.orm.update(pointItems).set({ stock: 1 }).where(eq(pointItems.id, haircut.id));

    for (const who of [a, b]) {
      await d.post(text(who, "/points"));
      await d.tap(who, zh("points-button-shop"));
      await d.tap(who, zh("points-item-button", { name: haircut.nameZh, points: haircut.points }));
      expect((await d.said(who.id)).at(-1)).toContain(zh("points-item-stock", { stock: 1 }));
      await d.tap(who, zh("points-button-redeem"));
      expect((await d.said(who.id)).at(-1)).toBe(zh("points-redeem-confirm", { item: haircut.nameZh, points: 50, after: 10 }));
    }
    const yesA = (await d.lastButtons(a.id)).find((x) => x.label === zh("points-button-redeem-yes"))!;
    const yesB = (await d.lastButtons(b.id)).find((x) => x.label === zh("points-button-redeem-yes"))!;
    const answers = await Promise.all([d.post(pressData(a, yesA.data)), d.post(pressData(b, yesB.data))]);
    expect(answers.map((r) => r.status)).toEqual([200, 200]);

    const lastA = (await d.said(a.id)).at(-1)!;
    const lastB = (await d.said(b.id)).at(-1)!;
    const winner = lastA.startsWith("兑换成功") ? a : b;
    const loser = winner === a ? b : a;
    expect([lastA, lastB].filter((t) => t.startsWith("兑换成功"))).toHaveLength(1);
    expect((await d.said(loser.id)).at(-1)).toBe(zh("points-refused-stock"));
    expect((await findItem(d.db.orm, haircut.id))!.stock).toBe(0);
    const winnerAccount = winner === a ? accountA : accountB;
    const loserAccount = winner === a ? accountB : accountA;
    expect((await findAccount(d.db.orm, winnerAccount.id))!.balance).toBe(10);
    expect((await findAccount(d.db.orm, loserAccount.id))!.balance).toBe(60);
    const [voucher] = await vouchersOfAccount(d.db.orm, winnerAccount.id);
    expect(voucher).toMatchObject({ status: "reserved", itemId: haircut.id });
    expect((await d.said(winner.id)).at(-1)).toContain(`${voucher!.code.slice(0, 5)}-${voucher!.code.slice(5)}`);
    // The loser's key is kept refused; the winner's vouchers list shows the code.
    await d.post(text(winner, "/points"));
    await d.tap(winner, zh("points-button-vouchers"));
    expect((await d.said(winner.id)).at(-2)).toContain(`${voucher!.code.slice(0, 5)}-${voucher!.code.slice(5)}`);
    expect((await verifyLedger(depsOf(d))).ok).toBe(true);
  },

  "claims points with a photo; staff approve it in the queue and the card says so": async (d) => {
    const sun = d.person(6, "zh");
    await settled(d, sun);
    const mine = await account(d, sun);
    await d.tap(sun, zh("points-button-claim"));
    await d.tap(sun, /参加平安巡逻/);
    expect((await d.said(sun.id)).at(-1)).toBe(zh("points-claim-ask-text", { rule: "参加平安巡逻（每次 2 小时）" }));
    await d.post(text(sun, "周六晚上在小区巡逻了两个小时"));
    expect((await d.said(sun.id)).at(-1)).toBe(zh("points-claim-ask-photo"));
    await d.post(photo(sun, "AgACAgUAAxkBAAIBclaim"));
    expect((await d.said(sun.id)).at(-1)).toContain(zh("points-claim-with-photo"));
    await d.tap(sun, zh("points-button-claim-yes"));
    expect((await d.said(sun.id)).at(-1)).toBe(zh("points-claimed", { rule: "参加平安巡逻（每次 2 小时）", points: 5 }));
    const [request] = await d.db.orm.select().from(pointRequests).where(eq(pointRequests.accountId, mine.id));
    expect(request).toMatchObject({ kind: "claim", status: "pending", amount: 5, evidence: "周六晚上在小区巡逻了两个小时", photo: "AgACAgUAAxkBAAIBclaim" });
    expect((await approvalQueue(depsOf(d), cli)).map((q) => q.request.id)).toContain(request!.id);
    await d.post(text(sun, "/points"));
    expect((await d.said(sun.id)).at(-1)).toContain(zh("points-claims-pending", { count: 1 }));
    const decided = await decide(depsOf(d), cli, request!.id, "approve");
    expect(decided.request.status).toBe("approved");
    // The outcome reaches the resident through the outbox, the rule named in their language.
    await d.runJob("outbox");
    expect((await d.said(sun.id)).at(-1)).toBe(zh("notice-claim-approved", { rule: "参加平安巡逻（每次 2 小时）", points: 5 }));
    // Deciding again changes nothing and tells nobody twice.
    await decide(depsOf(d), cli, request!.id, "approve");
    await d.runJob("outbox");
    expect((await d.said(sun.id)).filter((t) => t === zh("notice-claim-approved", { rule: "参加平安巡逻（每次 2 小时）", points: 5 }))).toHaveLength(1);
    await d.post(text(sun, "/points"));
    const card = (await d.said(sun.id)).at(-1)!;
    expect(card).toContain(zh("points-claim-was-approved", { points: 5 }));
    expect(card).toContain("+5 参加平安巡逻（每次 2 小时）");
  },

  "joins a household with the head's one-time code; one household per resident": async (d) => {
    const head = d.person(7, "zh");
    const child = d.person(8, "zh");
    await settled(d, head);
    await settled(d, child);
    const headAccount = await account(d, head);
    await account(d, child);
    const place = (await placeByCode(d.db.orm, "community", community.code))!;
    await addHousehold(depsOf(d), cli, place.id, { name: "3栋501 周家", head: headAccount.memberCode });
    await d.post(text(head, "/points"));
    await d.tap(head, zh("points-button-household"));
    await d.tap(head, zh("points-button-invite"));
    const code = /加入码：(\w{4}-\w{4})/.exec((await d.said(head.id)).at(-1)!)![1]!;
    await d.post(text(child, "/points"));
    await d.tap(child, zh("points-button-household"));
    expect((await d.said(child.id)).at(-1)).toBe(zh("points-household-none"));
    await d.tap(child, zh("points-button-join"));
    await d.post(text(child, "ZZZZ-ZZZZ"));
    expect((await d.said(child.id)).at(-1)).toBe(zh("points-join-unknown-code"));
    await d.post(text(child, code.toLowerCase()));
    expect((await d.said(child.id)).at(-1)).toBe(zh("points-joined", { name: "3栋501 周家" }));
    // The code worked once.
    const other = d.person(9, "zh");
    await settled(d, other);
    await account(d, other);
    await d.tap(other, zh("points-button-household"));
    await d.tap(other, zh("points-button-join"));
    await d.post(text(other, code));
    expect((await d.said(other.id)).at(-1)).toBe(zh("points-join-used-code"));
    // The child gives points to the household with a tap.
    const childAccount = await awarded(d, (await account(d, child)).id, "tutor-children");
    await d.post(text(child, "/points"));
    expect((await d.said(child.id)).at(-1)).toContain(zh("points-household-balance", { points: 0, name: "3栋501 周家" }));
    await d.tap(child, zh("points-button-send"));
    await d.tap(child, zh("points-to-household", { name: "3栋501 周家" }));
    await d.tap(child, "5");
    await d.tap(child, zh("points-button-send-yes"));
    expect((await findAccount(d.db.orm, childAccount.id))!.balance).toBe(0);
    await d.post(text(head, "/points"));
    expect((await d.said(head.id)).at(-1)).toContain(zh("points-household-balance", { points: 5, name: "3栋501 周家" }));
  },

  "/forget detaches the person from their account: the entries and the balance stay, anonymous": async (d) => {
    const gone = d.person(10, "en");
    await settled(d, gone);
    const mine = await awarded(d, (await account(d, gone)).id, "greening");
    const entries = (await transfersOf(d, mine.id)).length;
    // /mydata says what points keep about them.
    await d.post(text(gone, "/mydata"));
    expect((await d.said(gone.id)).at(-1)).toContain(en("mydata-points", { code: showCode(mine.memberCode!), points: 5, household: en("mydata-points-no-household") }));
    await d.post(text(gone, "/forget"));
    await d.tap(gone, en("button-forget-yes"));
    expect(await d.resident(gone.id)).toBeUndefined();
    const kept = (await findAccount(d.db.orm, mine.id))!;
    expect(kept).toMatchObject({ residentId: null, memberCode: null, balance: 5 });
    expect(await transfersOf(d, mine.id)).toHaveLength(entries);
    expect((await verifyLedger(depsOf(d))).ok).toBe(true);
  },
};

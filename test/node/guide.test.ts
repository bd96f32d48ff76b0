// The service guide in chat, end to end on Telegram (webhook + fake Bot API) and in the web chat.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { searchMisses } from "../../src/db/schema.js";
import { importCatalog } from "../../src/domain/catalog/import.js";
import { demoDistricts } from "../../src/db/demo/places.js";
import { lastButtons, startHarness, webChatClient, type Harness } from "../support/harness.js";
import { press, text, type Person } from "../support/updates.js";

/** Monday 23 November 2026, 10:00 in Shanghai. */
const MONDAY_10AM = Date.parse("2026-11-23T02:00:00Z");
/** Sunday 22 November 2026, 15:00 in Shanghai. */
const SUNDAY_3PM = Date.parse("2026-11-22T07:00:00Z");

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ now: MONDAY_10AM });
});
afterEach(() => h.close());

const community = demoDistricts[0]!.streets[0]!.communities[0]!;

async function settledResident(who: Person) {
  await h.post(text(who, `/start c-${community.code}`));
  const agree = lastButtons(h.telegram, who.id).find((b) => b.label.includes("同意") || b.label.includes("agree"))!;
  await h.post(press(who, agree.data));
}

const tap = (who: Person, label: string | RegExp) => h.tap(who, label);

describe("the service guide on Telegram", () => {
  it("answers a colloquial question with the item card: what to bring, where, open now, and the community's answer", async () => {
    const wang: Person = { id: 7001, language_code: "zh" };
    await settledResident(wang);
    await h.post(text(wang, "我妈八十多了有补贴吗"));
    let said = h.said(wang.id).at(-1)!;
    if (!said.startsWith("📄")) {
      await tap(wang, "高龄津贴");
      said = h.said(wang.id).at(-1)!;
    }
    expect(said).toMatch(/^📄 高龄津贴/);
    expect(said).toContain("📋 需要带的材料：");
    expect(said).toMatch(/☐ .*身份证/);
    expect(said).toContain("🏢 办理地点：");
    expect(said).toContain("现在正在办公");
    expect(said).toContain(`在${community.zh}：`);
    expect(said).toContain(community.station.phone);
  });

  it("says where to go instead for what the community does not handle, with the office as a venue", async () => {
    const li: Person = { id: 7002, language_code: "zh" };
    await settledResident(li);
    h.clock.now = SUNDAY_3PM;
    await h.post(text(li, "开无犯罪记录证明"));
    const said = h.said(li.id).at(-1)!;
    const card = said.startsWith("📄") ? said : (await tap(li, /无犯罪记录证明/), h.said(li.id).at(-1)!);
    expect(card).toContain("社区不办理此事项，请直接前往");
    expect(card).toMatch(/现在不办公，周一 \d\d:\d\d 开始办公/);
    const venue = h.telegram.lastCall("sendVenue");
    expect(venue?.body).toMatchObject({ chat_id: li.id });
    expect(typeof venue?.body.latitude).toBe("number");
  });

  it("answers in English, and browses groups → items with buttons", async () => {
    const anna: Person = { id: 7003, language_code: "en" };
    await settledResident(anna);
    await h.post(text(anna, "/guide"));
    expect(h.said(anna.id).at(-1)).toContain("Service guide");
    const groups = lastButtons(h.telegram, anna.id);
    expect(groups.length).toBeGreaterThan(4);
    await h.post(press(anna, groups[0]!.data));
    // Walk down until a service card appears.
    for (let depth = 0; depth < 3 && !h.said(anna.id).at(-1)!.startsWith("📄"); depth++) {
      const next = lastButtons(h.telegram, anna.id).find((b) => !/Back|All groups|◀|▶|\d+\/\d+/.test(b.label))!;
      await h.post(press(anna, next.data));
    }
    const card = h.said(anna.id).at(-1)!;
    expect(card).toContain("📋 What to bring:");
    expect(card).toContain("🕘 Hours:");
  });

  it("says plainly when nothing matches, offers the groups, and records the question without the person", async () => {
    const zhao: Person = { id: 7004, language_code: "zh" };
    await settledResident(zhao);
    await h.post(text(zhao, "火星移民签证"));
    expect(h.said(zhao.id).at(-1)).toContain("没有找到相关的办事事项");
    expect(lastButtons(h.telegram, zhao.id).map((b) => b.label)).toContain("📖 全部分类");
    const misses = await h.db.orm.select().from(searchMisses);
    expect(misses).toHaveLength(1);
    expect(misses[0]).toMatchObject({ query: "火星移民签证", language: "zh" });
    expect(JSON.stringify(misses[0])).not.toContain(String(zhao.id));
  });

  it("gives a community's own access-list answer where it differs from the catalogue's", async () => {
    const report = await importCatalog(h.domain, {
      community_answers: [
        {
          community: community.code,
          service: "old-age-allowance",
          access: "assisted",
          note: { zh: "每周三上午由网格员上门代办。", en: "Grid workers file it at home on Wednesday mornings." },
        },
      ],
    });
    expect(report).toMatchObject({ ok: true, communityAnswers: 1 });
    const zhou: Person = { id: 7006, language_code: "zh" };
    await settledResident(zhou);
    await h.post(text(zhou, "高龄津贴"));
    const card = h.said(zhou.id).at(-1)!;
    expect(card).toContain(`在${community.zh}：社区服务站帮您准备材料`);
    expect(card).toContain("每周三上午由网格员上门代办。");

    const wrong = await importCatalog(h.domain, { community_answers: [{ community: "nowhere", service: "old-age-allowance", access: "handled" }] });
    expect(wrong.errors).toEqual(['community_answers[1] community: no community "nowhere"']);
  });

  it("answers an unregistered person too, with the general access answer", async () => {
    const guest: Person = { id: 7005, language_code: "zh" };
    await h.post(text(guest, "低保"));
    const said = h.said(guest.id).at(-1)!;
    expect(said).toMatch(/^📄 最低生活保障|低保/);
  });
});

describe("the service guide in the web chat", () => {
  it("answers a typed question with the card", async () => {
    const send = webChatClient(h.app);
    await send({ kind: "command", name: "start", payload: `c-${community.code}` });
    const res = await send({ kind: "text", text: "老板拖欠工资三个月了怎么办" });
    expect(res.status).toBe(200);
    const { replies } = (await res.json()) as { replies: { kind: string; text?: string; buttons?: { label: string; data: string }[][] }[] };
    const first = replies[0]!;
    const card = first.text!.startsWith("📄")
      ? first.text!
      : ((await (await send({ kind: "choice", data: first.buttons![0]![0]!.data })).json()) as { replies: { text: string }[] }).replies[0]!.text;
    expect(card).toContain("欠薪");
    expect(card).toContain("📋 需要带的材料：");
  });

  it("rejects malformed web chat bodies with 400 and a reason", async () => {
    const send = webChatClient(h.app);
    for (const body of ["{", JSON.stringify({}), JSON.stringify({ input: { kind: "text", text: "" } }), JSON.stringify({ input: { kind: "text", text: "x".repeat(4097) } }), JSON.stringify({ input: { kind: "contact", phone: "1" } })]) {
      const res = await send(body);
      expect(res.status, body).toBe(400);
      expect(((await res.json()) as { error: string }).error).toBeTruthy();
    }
  });
});

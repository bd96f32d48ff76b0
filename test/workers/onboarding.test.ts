// A resident arriving on Telegram, inside workerd with D1: Updates posted to the real Worker's webhook
// (src/worker.ts), Bot API calls read back from the fake server of global-setup.ts. The same journey as
// test/node/onboarding.test.ts on better-sqlite3. Person ids 81xx belong to this file.
import { env } from "cloudflare:workers";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { openD1 } from "../../src/db/d1.js";
import { loadDemoData } from "../../src/db/demo/load.js";
import { demoDistricts } from "../../src/db/demo/places.js";
import { communities, residents } from "../../src/db/schema.js";
import { contact, press, text, type Person } from "../support/updates.js";
import { callsFor, lastButtons, post, said, tap } from "./telegram.js";

const db = openD1(env.DB);

// The bindings say DEMO_DATA="false", so the Worker starts empty: the places and the catalogue go in here.
beforeAll(async () => {
  await loadDemoData(db);
}, 120_000);

async function resident(id: number) {
  const rows = await db.orm
    .select()
    .from(residents)
    .where(and(eq(residents.channel, "telegram"), eq(residents.externalId, String(id))));
  return rows[0];
}

describe("onboarding on Telegram, on workerd + D1", () => {
  it("greets in Chinese, picks district → street → community, asks consent, accepts only the sender's own phone", async () => {
    const wang: Person = { id: 8101, language_code: "zh-hans" };
    const district = demoDistricts[0]!;
    const street = district.streets[0]!;
    const community = street.communities[0]!;

    expect((await post(text(wang, "/start"))).status).toBe(200);
    expect((await said(wang.id)).join("\n")).toContain("我是“邻里”");
    expect((await said(wang.id)).at(-1)).toBe("请选择您所在的区：");

    await tap(wang, district.zh);
    expect((await said(wang.id)).at(-1)).toBe("请选择街道（乡镇）：");
    await tap(wang, street.zh);
    await tap(wang, community.zh);
    const texts = await said(wang.id);
    expect(texts.some((s) => s.includes(`${district.zh} · ${street.zh} · ${community.zh}`))).toBe(true);
    expect(texts.at(-1)).toContain("隐私说明");
    expect((await resident(wang.id))?.consent).toBeNull();

    await tap(wang, "✅ 同意");
    const ask = (await callsFor(wang.id, "sendMessage")).at(-1)!;
    expect(ask.body.text).toContain("分享您的手机号");
    expect(JSON.stringify(ask.body.reply_markup)).toContain('"request_contact":true');

    // Someone else's contact card is refused…
    expect((await post(contact(wang, "+86 138 0013 8000", 999))).status).toBe(200);
    expect((await said(wang.id)).at(-2)).toBe("只能分享您自己的手机号，请点下方按钮。");
    expect((await resident(wang.id))?.phone).toBeNull();
    // …their own is kept, and shown masked.
    expect((await post(contact(wang, "8613800138000", wang.id))).status).toBe(200);
    expect((await said(wang.id)).at(-1)).toBe("已保存您的手机号 +86138****8000。");
    const row = await resident(wang.id);
    expect(row).toMatchObject({ phone: "+8613800138000", consent: "given", language: "zh" });
    const [bound] = await db.orm.select().from(communities).where(eq(communities.code, community.code));
    expect(row?.communityId).toBe(bound!.id);
    // The main menu is a persistent reply keyboard.
    expect(JSON.stringify((await callsFor(wang.id, "sendMessage")).at(-1)!.body.reply_markup)).toContain("⚙️ 设置");
  });

  it("speaks English to an English client and binds the community of a QR poster link at once", async () => {
    const anna: Person = { id: 8102, language_code: "en-GB" };
    const community = demoDistricts[1]!.streets[0]!.communities[0]!;
    expect((await post(text(anna, `/start c-${community.code}`))).status).toBe(200);
    const texts = await said(anna.id);
    expect(texts[0]).toContain("Hello! I'm linli");
    expect(texts[0]).toContain(community.en);
    expect(texts.at(-1)).toContain("Privacy notice");
    const [bound] = await db.orm.select().from(communities).where(eq(communities.code, community.code));
    expect((await resident(anna.id))?.communityId).toBe(bound!.id);

    await tap(anna, "I don't agree");
    expect((await said(anna.id)).at(-1)).toContain("we won't store personal information");
    expect(await resident(anna.id)).toMatchObject({ consent: "declined", phone: null, language: "en", communityId: bound!.id });

    // Without consent a phone number is not kept, even her own.
    await post(contact(anna, "+447700900123", anna.id));
    expect((await said(anna.id)).join("\n")).toContain("needs your consent");
    expect((await resident(anna.id))?.phone).toBeNull();
  });

  it("pages through a long list of streets by editing the message in place", async () => {
    const zhao: Person = { id: 8103, language_code: "zh" };
    const big = demoDistricts.find((d) => d.streets.length > 8)!;
    await post(text(zhao, "/start"));
    await tap(zhao, big.zh);
    await tap(zhao, "下一页 ▶");
    const labels = (await lastButtons(zhao.id)).map((b) => b.label);
    expect(labels).toContain(big.streets[8]!.zh);
    expect(labels).not.toContain(big.streets[0]!.zh);
    expect(await callsFor(zhao.id, "editMessageText")).not.toHaveLength(0);
    await tap(zhao, big.streets[8]!.zh);
    await tap(zhao, big.streets[8]!.communities[0]!.zh);
    expect((await said(zhao.id)).join("\n")).toContain(`${big.zh} · ${big.streets[8]!.zh} · ${big.streets[8]!.communities[0]!.zh}`);
  });

  it("shows /mydata, and deletes the resident row on /forget only after confirmation", async () => {
    const chen: Person = { id: 8104, language_code: "zh" };
    const community = demoDistricts[0]!.streets[0]!.communities[0]!;
    await post(text(chen, `/start c-${community.code}`));
    await tap(chen, "✅ 同意");
    await post(contact(chen, "+8613900001111", chen.id));
    expect((await resident(chen.id))?.phone).toBe("+8613900001111");

    await post(text(chen, "/mydata"));
    const data = (await said(chen.id)).at(-1)!;
    expect(data).toContain(String(chen.id));
    expect(data).toContain(community.zh);
    expect(data).toContain("+86139****1111");
    expect(data).not.toContain("13900001111");

    await post(text(chen, "/forget"));
    expect((await said(chen.id)).at(-1)).toContain("确定要删除我们保存的关于您的全部信息吗");
    await tap(chen, "取消");
    expect((await said(chen.id)).at(-1)).toBe("好的，什么都没有删除。");
    expect(await resident(chen.id)).toBeDefined();

    await post(text(chen, "/forget"));
    const yes = await tap(chen, "确定删除");
    expect(await resident(chen.id)).toBeUndefined();
    const direct = await env.DB.prepare("SELECT count(*) AS n FROM residents WHERE channel = 'telegram' AND external_id = ?")
      .bind(String(chen.id))
      .first<{ n: number }>();
    expect(direct?.n).toBe(0);
    // The same confirmation pressed again is stale: it deletes nothing further and says so.
    await post(press(chen, yes));
    expect((await said(chen.id)).at(-1)).toBe("这个按钮已经过期了。请从下方菜单重新开始。");
  });

  it("answers a colloquial question from the service guide: 我妈八十多了有补贴吗 → 高龄津贴", async () => {
    const liu: Person = { id: 8105, language_code: "zh" };
    const community = demoDistricts[0]!.streets[0]!.communities[0]!;
    await post(text(liu, `/start c-${community.code}`));
    await tap(liu, "✅ 同意");

    expect((await post(text(liu, "我妈八十多了有补贴吗"))).status).toBe(200);
    const answer = (await said(liu.id)).at(-1)!;
    if (answer.startsWith("📄")) {
      expect(answer).toMatch(/^📄 高龄津贴/);
    } else {
      // Several matches come back as buttons; 高龄津贴 is one of them, and pressing it shows the card.
      expect((await lastButtons(liu.id)).map((b) => b.label)).toContain("高龄津贴");
      await tap(liu, "高龄津贴");
      expect((await said(liu.id)).at(-1)).toMatch(/^📄 高龄津贴/);
    }
    expect((await said(liu.id)).at(-1)).toContain("📋 需要带的材料：");
  });
});

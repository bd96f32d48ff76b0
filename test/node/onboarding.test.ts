// A resident arriving on Telegram, end to end: Updates posted to the webhook, Bot API calls read back
// from the fake Telegram server.
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { communities, residents } from "../../src/db/schema.js";
import { demoDistricts } from "../../src/db/demo/places.js";
import { lastButtons, startHarness, type Harness } from "../support/harness.js";
import { contact, press, text, type Person } from "../support/updates.js";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

async function resident(id: number) {
  return (await h.db.orm.select().from(residents).where(eq(residents.externalId, String(id))))[0];
}

const tap = (who: Person, label: string | RegExp) => h.tap(who, label);

describe("onboarding on Telegram", () => {
  it("greets in Chinese, picks district → street → community, asks consent, accepts only the sender's own phone", async () => {
    const wang: Person = { id: 5001, language_code: "zh-hans" };
    const district = demoDistricts[0]!;
    const street = district.streets[0]!;
    const community = street.communities[0]!;

    expect((await h.post(text(wang, "/start"))).status).toBe(200);
    expect(h.said(wang.id).join("\n")).toContain("我是“邻里”");
    expect(h.said(wang.id).at(-1)).toBe("请选择您所在的区：");

    await tap(wang, district.zh);
    expect(h.said(wang.id).at(-1)).toBe("请选择街道（乡镇）：");
    await tap(wang, street.zh);
    await tap(wang, community.zh);
    const said = h.said(wang.id);
    expect(said.some((s) => s.includes(`${district.zh} · ${street.zh} · ${community.zh}`))).toBe(true);
    expect(said.at(-1)).toContain("隐私说明");
    expect((await resident(wang.id))?.consent).toBeNull();

    await tap(wang, "✅ 同意");
    const ask = h.telegram.lastCall("sendMessage")!;
    expect(ask.body.text).toContain("分享您的手机号");
    expect(JSON.stringify(ask.body.reply_markup)).toContain('"request_contact":true');

    // Someone else's contact card is refused…
    await h.post(contact(wang, "+86 138 0013 8000", 999));
    expect(h.said(wang.id).at(-2)).toBe("只能分享您自己的手机号，请点下方按钮。");
    expect((await resident(wang.id))?.phone).toBeNull();
    // …their own is kept, and shown masked.
    await h.post(contact(wang, "8613800138000", wang.id));
    expect(h.said(wang.id).at(-1)).toBe("已保存您的手机号 +86138****8000。");
    const row = await resident(wang.id);
    expect(row).toMatchObject({ phone: "+8613800138000", consent: "given", language: "zh" });
    const [bound] = await h.db.orm.select().from(communities).where(eq(communities.code, community.code));
    expect(row?.communityId).toBe(bound!.id);
    // The main menu is a persistent reply keyboard.
    expect(JSON.stringify(h.telegram.lastCall("sendMessage")!.body.reply_markup)).toContain("⚙️ 设置");
  });

  it("speaks English to an English client and binds the community of a QR poster link at once", async () => {
    const anna: Person = { id: 5002, language_code: "en-GB" };
    const community = demoDistricts[1]!.streets[0]!.communities[0]!;
    await h.post(text(anna, `/start c-${community.code}`));
    const said = h.said(anna.id);
    expect(said[0]).toContain("Hello! I'm linli");
    expect(said[0]).toContain(community.en);
    expect(said.at(-1)).toContain("Privacy notice");
    await tap(anna, "I don't agree");
    expect(h.said(anna.id).at(-1)).toContain("we won't store personal information");
    expect(await resident(anna.id)).toMatchObject({ consent: "declined", phone: null, language: "en" });

    // Without consent a phone number is not kept, even her own.
    await h.post(contact(anna, "+447700900123", anna.id));
    expect(h.said(anna.id).join("\n")).toContain("needs your consent");
    expect((await resident(anna.id))?.phone).toBeNull();
  });

  it("says so when a QR code names no community, then lets the person pick", async () => {
    const li: Person = { id: 5003, language_code: "zh" };
    await h.post(text(li, "/start c-nowhere"));
    expect(h.said(li.id).join("\n")).toContain("没有找到这个二维码对应的社区");
    expect(h.said(li.id).at(-1)).toBe("请选择您所在的区：");
  });

  it("pages through long lists of streets and communities", async () => {
    const zhao: Person = { id: 5004, language_code: "zh" };
    const big = demoDistricts.find((d) => d.streets.length > 8)!;
    await h.post(text(zhao, "/start"));
    await tap(zhao, big.zh);
    await tap(zhao, "下一页 ▶");
    const labels = lastButtons(h.telegram, zhao.id).map((b) => b.label);
    expect(labels).toContain(big.streets[8]!.zh);
    expect(labels).not.toContain(big.streets[0]!.zh);
    // Paging edits the list in place rather than adding messages.
    expect(h.telegram.lastCall("editMessageText")).toBeDefined();

    const longStreet = demoDistricts.flatMap((d) => d.streets).find((s) => s.communities.length > 8)!;
    const district = demoDistricts.find((d) => d.streets.includes(longStreet))!;
    await h.post(text(zhao, "/start"));
    await tap(zhao, district.zh);
    if (district.streets.indexOf(longStreet) >= 8) await tap(zhao, "下一页 ▶");
    await tap(zhao, longStreet.zh);
    await tap(zhao, "下一页 ▶");
    await tap(zhao, longStreet.communities[8]!.zh);
    expect(h.said(zhao.id).join("\n")).toContain(longStreet.communities[8]!.zh);
  });

  it("offers settings, shows /mydata, and deletes everything on /forget after confirmation", async () => {
    const chen: Person = { id: 5005, language_code: "zh" };
    const community = demoDistricts[0]!.streets[0]!.communities[0]!;
    await h.post(text(chen, `/start c-${community.code}`));
    await tap(chen, "✅ 同意");
    await h.post(contact(chen, "+8613900001111", chen.id));

    await h.post(text(chen, "⚙️ 设置"));
    expect(h.said(chen.id).at(-1)).toContain("手机号：+86139****1111");
    await tap(chen, "🌐 语言");
    await tap(chen, "English");
    expect(h.said(chen.id).at(-1)).toBe("Switched to English.");

    await h.post(text(chen, "/mydata"));
    const data = h.said(chen.id).at(-1)!;
    expect(data).toContain(`Telegram id: ${chen.id}`);
    expect(data).toContain(community.en);
    expect(data).toContain("+86139****1111");
    expect(data).not.toContain("13900001111");

    await h.post(text(chen, "/forget"));
    await tap(chen, "Cancel");
    expect(await resident(chen.id)).toBeDefined();
    await h.post(text(chen, "/forget"));
    const yes = lastButtons(h.telegram, chen.id).find((b) => b.label === "Yes, delete")!;
    await h.post(press(chen, yes.data));
    expect(h.said(chen.id).at(-1)).toContain("Everything about you has been deleted");
    expect(await resident(chen.id)).toBeUndefined();
    // The same confirmation pressed again is stale: it deletes nothing further and says so.
    await h.post(press(chen, yes.data));
    expect(h.said(chen.id).at(-1)).toBe("这个按钮已经过期了。请从下方菜单重新开始。");
  });

  it("answers unknown commands, stray text and stickers clearly", async () => {
    const sun: Person = { id: 5006, language_code: "zh" };
    await h.post(text(sun, "/start"));
    await h.post(text(sun, "/frobnicate"));
    expect(h.said(sun.id).at(-1)).toBe("没有 /frobnicate 这个命令。输入 /help 查看可用的命令。");
    await h.post(text(sun, "/help"));
    expect(h.said(sun.id).at(-1)).toContain("/mydata");
  });
});

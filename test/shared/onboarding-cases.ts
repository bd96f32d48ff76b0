// A resident arriving on Telegram, end to end: Updates posted to the webhook, Bot API calls read back from
// the fake Bot API. Run on better-sqlite3 (test/node/onboarding.test.ts) and on workerd + D1
// (test/workers/onboarding.test.ts) with the same assertions. Texts are checked through their Fluent keys.
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { communities } from "../../src/db/schema.js";
import { demoDistricts } from "../../src/demo/places.js";
import { privacyButtons } from "../../src/flows/privacy.js";
import { translator } from "../../src/i18n/index.js";
import { contact, press, text } from "../support/updates.js";
import type { Cases, ChatDriver } from "./driver.js";

const zh = translator("zh");
const en = translator("en");
/** The first line of the settings' summary ("您的设置"). */
const settingsHeading = new RegExp(`^${zh("settings-summary", { language: "", community: "", phone: "", consent: "" }).split("\n")[0]}\n`);

async function communityId(d: ChatDriver, code: string): Promise<number> {
  const [row] = await d.db.orm.select().from(communities).where(eq(communities.code, code));
  return row!.id;
}

export const onboardingCases: Cases = {
  "greets in Chinese, picks district → street → community, asks consent, accepts only the sender's own phone": async (d) => {
    const wang = d.person(1, "zh-hans");
    const district = demoDistricts[0]!;
    const street = district.streets[0]!;
    const community = street.communities[0]!;

    expect((await d.post(text(wang, "/start"))).status).toBe(200);
    expect((await d.said(wang.id))[0]).toBe(zh("welcome"));
    expect((await d.said(wang.id)).at(-1)).toBe(zh("pick-district"));

    await d.tap(wang, district.zh);
    expect((await d.said(wang.id)).at(-1)).toBe(zh("pick-street"));
    await d.tap(wang, street.zh);
    await d.tap(wang, community.zh);
    const said = await d.said(wang.id);
    expect(said).toContain(zh("community-set", { community: `${district.zh} · ${street.zh} · ${community.zh}` }));
    expect(said.at(-1)).toBe(zh("privacy-notice"));
    expect((await d.resident(wang.id))?.consent).toBeNull();

    const sentBefore = (await d.calls(wang.id, "sendMessage")).length;
    await d.tap(wang, zh("button-consent-yes"));
    // The thanks and the phone question are one message, under the keyboard that shares the number.
    const sent = await d.calls(wang.id, "sendMessage");
    expect(sent.length - sentBefore).toBe(1);
    const ask = sent.at(-1)!;
    expect(ask.body.text).toBe(`${zh("consent-given")}\n${zh("ask-phone")}`);
    expect(JSON.stringify(ask.body.reply_markup)).toContain('"request_contact":true');

    // Someone else's contact card is refused, and the question asked again in the same message…
    expect((await d.post(contact(wang, "+86 138 0013 8000", 999))).status).toBe(200);
    expect((await d.said(wang.id)).at(-1)).toBe(`${zh("phone-not-own")}\n${zh("ask-phone")}`);
    expect((await d.resident(wang.id))?.phone).toBeNull();
    // …their own is kept, and shown masked.
    expect((await d.post(contact(wang, "8613800138000", wang.id))).status).toBe(200);
    expect((await d.said(wang.id)).at(-1)).toBe(zh("phone-saved", { phone: "+86138****8000" }));
    const row = await d.resident(wang.id);
    expect(row).toMatchObject({ phone: "+8613800138000", consent: "given", language: "zh" });
    expect(row?.communityId).toBe(await communityId(d, community.code));
    // The main menu is a persistent reply keyboard.
    expect(JSON.stringify((await d.calls(wang.id, "sendMessage")).at(-1)!.body.reply_markup)).toContain(zh("menu-settings"));
  },

  "speaks English to an English client and binds the community of a QR poster link at once": async (d) => {
    const anna = d.person(2, "en-GB");
    const community = demoDistricts[1]!.streets[0]!.communities[0]!;
    expect((await d.post(text(anna, `/start c-${community.code}`))).status).toBe(200);
    const said = await d.said(anna.id);
    expect(said[0]).toContain(en("welcome-community", { community: "" }));
    expect(said[0]).toContain(community.en);
    expect(said.at(-1)).toBe(en("privacy-notice"));
    expect((await d.resident(anna.id))?.communityId).toBe(await communityId(d, community.code));

    await d.tap(anna, en("button-consent-no"));
    expect((await d.said(anna.id)).at(-1)).toBe(en("consent-declined"));
    expect(await d.resident(anna.id)).toMatchObject({ consent: "declined", phone: null, language: "en", communityId: await communityId(d, community.code) });

    // Without consent a phone number is not kept, even her own.
    await d.post(contact(anna, "+447700900123", anna.id));
    expect(await d.said(anna.id)).toContain(en("phone-needs-consent"));
    expect((await d.resident(anna.id))?.phone).toBeNull();
  },

  "says so when a QR code names no community, then lets the person pick": async (d) => {
    const li = d.person(3, "zh");
    await d.post(text(li, "/start c-nowhere"));
    expect(await d.said(li.id)).toContain(zh("welcome-unknown-code"));
    expect((await d.said(li.id)).at(-1)).toBe(zh("pick-district"));
  },

  "pages through long lists of streets and communities by editing the message in place": async (d) => {
    const zhao = d.person(4, "zh");
    const big = demoDistricts.find((district) => district.streets.length > 8)!;
    await d.post(text(zhao, "/start"));
    await d.tap(zhao, big.zh);
    await d.tap(zhao, zh("button-next"));
    const labels = (await d.lastButtons(zhao.id)).map((b) => b.label);
    expect(labels).toContain(big.streets[8]!.zh);
    expect(labels).not.toContain(big.streets[0]!.zh);
    // Paging edits the list in place rather than adding messages.
    expect(await d.calls(zhao.id, "editMessageText")).not.toHaveLength(0);

    const longStreet = demoDistricts.flatMap((district) => district.streets).find((s) => s.communities.length > 8)!;
    const district = demoDistricts.find((x) => x.streets.includes(longStreet))!;
    expect(district.streets.indexOf(longStreet)).toBeLessThan(8); // on the first page of its district
    await d.post(text(zhao, "/start"));
    await d.tap(zhao, district.zh);
    await d.tap(zhao, longStreet.zh);
    await d.tap(zhao, zh("button-next"));
    await d.tap(zhao, longStreet.communities[8]!.zh);
    expect(await d.said(zhao.id)).toContain(zh("community-set", { community: `${district.zh} · ${longStreet.zh} · ${longStreet.communities[8]!.zh}` }));
  },

  "offers settings, shows /mydata, and deletes everything on /forget after confirmation": async (d) => {
    const chen = d.person(5, "zh");
    const community = demoDistricts[0]!.streets[0]!.communities[0]!;
    await d.post(text(chen, `/start c-${community.code}`));
    await d.tap(chen, zh("button-consent-yes"));
    await d.post(contact(chen, "+8613900001111", chen.id));
    expect((await d.resident(chen.id))?.phone).toBe("+8613900001111");

    await d.post(text(chen, zh("menu-settings")));
    expect((await d.said(chen.id)).at(-1)).toContain("+86139****1111");
    await d.tap(chen, zh("button-language"));
    await d.tap(chen, en("language-en"));
    expect((await d.said(chen.id)).at(-1)).toBe(en("language-set"));

    await d.post(text(chen, "/mydata"));
    const data = (await d.said(chen.id)).at(-1)!;
    expect(data).toContain(en("mydata-identity", { channel: "Telegram", id: String(chen.id) }));
    expect(data).toContain(community.en);
    expect(data).toContain("+86139****1111");
    expect(data).not.toContain("13900001111");

    await d.post(text(chen, "/forget"));
    expect((await d.said(chen.id)).at(-1)).toBe(en("forget-confirm"));
    await d.tap(chen, en("button-forget-no"));
    expect((await d.said(chen.id)).at(-1)).toBe(en("forget-cancelled"));
    expect(await d.resident(chen.id)).toBeDefined();

    await d.post(text(chen, "/forget"));
    const yes = await d.tap(chen, en("button-forget-yes"));
    expect(yes).toBe(privacyButtons.encode("forget", "yes"));
    expect((await d.said(chen.id)).at(-1)).toBe(en("forget-done"));
    expect(await d.resident(chen.id)).toBeUndefined();
    // The same confirmation pressed again is stale: it deletes nothing further and says so (to a
    // stranger now, in the default language).
    await d.post(press(chen, yes));
    expect((await d.said(chen.id)).at(-1)).toBe(zh("stale-button"));
  },

  "has a way back at every step of setup and settings, and the menu from the first message": async (d) => {
    const zhu = d.person(7, "zh");
    const district = demoDistricts[0]!;
    const street = district.streets[0]!;
    await d.post(text(zhu, "/start"));
    // The welcome carries the main menu; the picker below it has "later".
    const welcome = (await d.calls(zhu.id, "sendMessage")).find((c) => c.body.text === zh("welcome"))!;
    expect(JSON.stringify(welcome.body.reply_markup)).toContain(zh("menu-guide"));
    expect((await d.lastButtons(zhu.id)).map((b) => b.label)).toContain(zh("button-later"));
    await d.tap(zhu, district.zh);
    await d.tap(zhu, zh("button-back"));
    expect((await d.said(zhu.id)).at(-1)).toMatch(new RegExp(`^${zh("pick-district")}`));
    await d.tap(zhu, district.zh);
    await d.tap(zhu, street.zh);
    await d.tap(zhu, zh("button-back"));
    expect((await d.said(zhu.id)).at(-1)).toMatch(new RegExp(`^${zh("pick-street")}`));
    await d.tap(zhu, street.zh);
    await d.tap(zhu, street.communities[0]!.zh);
    expect((await d.said(zhu.id)).at(-1)).toBe(zh("privacy-notice"));
    // From the notice, back to choosing the community.
    await d.tap(zhu, zh("button-back"));
    expect((await d.said(zhu.id)).at(-1)).toMatch(new RegExp(`^${zh("pick-district")}`));
    await d.tap(zhu, zh("button-later"));
    expect((await d.said(zhu.id)).at(-1)).toBe(zh("community-later"));

    // Settings, each of its pickers, and back.
    await d.post(text(zhu, zh("menu-settings")));
    for (const setting of [zh("button-language"), zh("button-privacy")]) {
      await d.tap(zhu, setting);
      await d.tap(zhu, zh("button-back"));
      expect((await d.said(zhu.id)).at(-1), setting).toMatch(settingsHeading);
    }
    await d.tap(zhu, zh("button-community"));
    await d.tap(zhu, zh("button-back"));
    expect((await d.said(zhu.id)).at(-1)).toMatch(settingsHeading);
    await d.tap(zhu, zh("button-back"));
    expect((await d.said(zhu.id)).at(-1)).toBe(zh("menu-intro"));
    // "同意" typed under the notice is its answer.
    await d.post(text(zhu, zh("menu-settings")));
    await d.tap(zhu, zh("button-privacy"));
    await d.post(text(zhu, "同意"));
    expect((await d.resident(zhu.id))?.consent).toBe("given");
  },

  "answers unknown commands and /help clearly, naming buttons rather than commands": async (d) => {
    const sun = d.person(6, "zh");
    await d.post(text(sun, "/start"));
    await d.post(text(sun, "/frobnicate"));
    expect((await d.said(sun.id)).at(-1)).toBe(zh("unknown-command"));
    await d.post(text(sun, "/help"));
    const help = (await d.said(sun.id)).at(-1)!;
    expect(help).toBe(zh("help-intro"));
    expect(help).not.toMatch(/\/[a-z]/);
    // The commands still work for those who type them, and stay in Telegram's command menu.
    await d.post(text(sun, "/mydata"));
    expect((await d.said(sun.id)).at(-1)).toContain(zh("mydata-intro"));
  },
};

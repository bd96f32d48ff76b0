// Plain Chinese (适老化): what a resident reads in Chinese names buttons, never commands, and leaves no
// English word untranslated — every message as written, and every reply of every flow as sent.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { demoDistricts } from "../../src/demo/places.js";
import { guideButtons } from "../../src/flows/guide.js";
import { onboardingButtons } from "../../src/flows/onboarding.js";
import { privacyButtons } from "../../src/flows/privacy.js";
import { settingsButtons } from "../../src/flows/settings.js";
import { messageFiles, translator } from "../../src/i18n/index.js";
import { startHarness, type Harness } from "../support/harness.js";
import { unplainChinese } from "../support/plain-words.js";
import { press, sticker, text, voice, type Person } from "../support/updates.js";

const zh = translator("zh");
let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

/**
 * Message ids whose Chinese is not read by a resident in a reply: Telegram's command menu, and what staff
 * read in their group, its topics and their private chat (they are told /link, PUBLIC_URL, Topics).
 */
const staffFacing = ["group-", "topic-", "escalation-", "staff-"];
const notReplies = (id: string) => id.startsWith("command-") || staffFacing.some((prefix) => id.startsWith(prefix));

describe("plain Chinese", () => {
  it("the check itself finds a command and an English word", () => {
    expect(unplainChinese("随时可以用 /mydata 查看")).toEqual(["a command: /mydata"]);
    expect(unplainChinese("在人社App申请")).toEqual(["an English word: App"]);
    expect(unplainChinese("请在 Telegram 里分享；网站：https://example.gov.invalid/x；做B超")).toEqual([]);
  });

  it("every Chinese message as written (placeables aside)", () => {
    const problems: string[] = [];
    let checked = 0;
    for (const [file, sources] of Object.entries(messageFiles)) {
      // A message is its "id =" line and the indented lines under it.
      for (const [, id, body] of sources.zh.matchAll(/^([a-z][a-z0-9-]*) =(.*(?:\n {4}.*)*)/gm)) {
        if (notReplies(id!)) continue;
        checked++;
        for (const problem of unplainChinese(body!.replace(/\{[^}]*\}/g, " "))) problems.push(`${file}: ${id}: ${problem}`);
      }
    }
    expect(checked).toBeGreaterThan(150);
    expect(problems).toEqual([]);
  });

  it("every reply of every flow, as a resident in Chinese gets it", async () => {
    const who: Person = { id: 6100, language_code: "zh" };
    const district = demoDistricts.find((d) => d.streets.length > 8)!;
    const steps = [
      text(who, "/start"),
      text(who, "低保怎么申请"),
      press(who, onboardingButtons.encode("go")),
      press(who, onboardingButtons.encode("d", 1)),
      press(who, onboardingButtons.encode("d", 0)),
      text(who, "谢谢"),
      voice(who),
      sticker(who),
      text(who, "/nosuchthing"),
      text(who, "/help"),
      text(who, zh("menu-guide")),
      press(who, guideButtons.encode("home", 0)),
      text(who, "火星移民签证"),
      text(who, "老伴去世了"),
      text(who, "转人工"),
      text(who, "/start"),
      text(who, `/start c-${district.streets[0]!.communities[0]!.code}`),
      text(who, "同意"),
      text(who, zh("menu-settings")),
      ...(["lang", "community", "text", "map", "phone", "privacy"] as const).map((s) => press(who, settingsButtons.encode("set", s))),
      press(who, settingsButtons.encode("text", "large")),
      press(who, settingsButtons.encode("map", "baidu")),
      text(who, zh("menu-mydata")),
      text(who, zh("menu-help")),
      press(who, privacyButtons.encode("forget", "ask")),
      text(who, "好的"),
      text(who, "取消"),
      press(who, privacyButtons.encode("forget", "ask")),
      press(who, privacyButtons.encode("forget", "yes")),
    ];
    for (const update of steps) {
      const before = h.said(who.id).length;
      expect((await h.post(update)).status).toBe(200);
      for (const said of h.said(who.id).slice(before)) expect(unplainChinese(said), said).toEqual([]);
    }
    // The walk reached the end: everything was deleted.
    expect(h.said(who.id).at(-1)).toBe(zh("forget-done"));
  });
});

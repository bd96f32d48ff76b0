// The service guide in a Telegram chat, on better-sqlite3 and on D1: questions in residents' own words,
// browsing, and the questions nobody could answer. (What depends on the clock — open now or not — is in
// test/node/guide.test.ts, whose clock the test moves.)
import { expect } from "vitest";
import { searchMisses } from "../../src/db/schema.js";
import { demoDistricts } from "../../src/demo/places.js";
import { guideButtons } from "../../src/flows/guide.js";
import { CARD_LIMIT, cardParts } from "../../src/flows/service-card.js";
import { translator } from "../../src/i18n/index.js";
import { text, voice, type Person } from "../support/updates.js";
import type { Cases, ChatDriver } from "./driver.js";

const zh = translator("zh");
const en = translator("en");
const community = demoDistricts[0]!.streets[0]!.communities[0]!;

async function settled(d: ChatDriver, who: Person) {
  await d.post(text(who, `/start c-${community.code}`));
  await d.tap(who, translator(who.language_code === "en" ? "en" : "zh")("button-consent-yes"));
}

const withoutAside = (name: string) => name.replace(/（[^）]*）/g, "");

export const guideCases: Cases = {
  "answers a colloquial question with the card at once, answer first: where to go, when, what to bring — the rest behind buttons": async (d) => {
    const liu = d.person(1, "zh");
    await settled(d, liu);
    expect((await d.post(text(liu, "我妈八十多了有补贴吗"))).status).toBe(200);
    const card = (await d.said(liu.id)).at(-1)!;
    expect(card).toMatch(/^📄 高龄津贴\n/);
    expect(card.length).toBeLessThanOrEqual(CARD_LIMIT);
    // Handled by the resident's own station: said once, with the station's address, hours and phone.
    expect(card).toContain(zh("card-access-handled", { community: community.zh }));
    expect(card).toContain(zh("card-address", { address: community.station.addressZh }));
    expect(card).toContain(zh("card-phone", { phone: community.station.phone }));
    expect(card).toContain(zh("card-bring", { items: "" }).trim());
    // The office that decides is not named as a second place to go.
    expect(card).not.toContain(zh("more-office-handled", { agency: "" }).trim());
    const labels = (await d.lastButtons(liu.id)).map((b) => b.label);
    expect(labels).toEqual(expect.arrayContaining(cardParts.map((p) => zh(`button-card-${p}`))));

    await d.tap(liu, zh("button-card-bring"));
    const bring = (await d.said(liu.id)).at(-1)!;
    expect(bring).toContain(zh("part-bring", { title: "高龄津贴" }));
    expect(bring).toMatch(/☐ .*身份证/);
    await d.tap(liu, zh("button-card-more"));
    const more = (await d.said(liu.id)).at(-1)!;
    expect(more).toContain(zh("more-office-handled", { agency: "江滨区民政局（社会救助和养老服务窗口）" }));
    expect(more).toContain(zh("more-complaint-phone", { phone: "027-5555-0903" }));
    // Back from a part is the card again.
    await d.tap(liu, zh("button-back"));
    expect((await d.said(liu.id)).at(-1)).toBe(card);
  },

  "answers in English, and browses groups → items with buttons": async (d) => {
    const anna = d.person(2, "en");
    await settled(d, anna);
    await d.post(text(anna, "/guide"));
    expect((await d.said(anna.id)).at(-1)).toMatch(new RegExp(`^${en("guide-intro").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    const groups = (await d.lastButtons(anna.id)).filter((b) => guideButtons.decode(b.data)?.action === "grp");
    expect(groups.length).toBeGreaterThan(4);
    await d.tap(anna, groups[0]!.label);
    // Walk down subgroups until a service card appears.
    for (let depth = 0; depth < 3 && !(await d.said(anna.id)).at(-1)!.startsWith("📄"); depth++) {
      const entry = (await d.lastButtons(anna.id)).find((b) => ["grp", "svc"].includes(guideButtons.decode(b.data)?.action ?? "") && b.label !== en("button-back"))!;
      await d.tap(anna, entry.label);
    }
    const card = (await d.said(anna.id)).at(-1)!;
    expect(card.length).toBeLessThanOrEqual(CARD_LIMIT);
    await d.tap(anna, en("button-card-steps"));
    const steps = (await d.said(anna.id)).at(-1)!;
    expect(steps).toMatch(/\n1\. /);
    expect(steps).toContain(en("card-time-limit", { limit: "" }).trim());
  },

  "says plainly when nothing matches, offers the groups and the station's phone, and records the question without the person": async (d) => {
    const zhao = d.person(3, "zh");
    await settled(d, zhao);
    const asked = async () => (await d.db.orm.select().from(searchMisses)).filter((m) => m.query === "火星移民签证");
    const before = (await asked()).length;
    await d.post(text(zhao, "火星移民签证"));
    const answer = (await d.said(zhao.id)).at(-1)!;
    expect(answer).toContain(zh("guide-nothing-found"));
    expect(answer).toContain(community.station.phone);
    expect((await d.lastButtons(zhao.id)).map((b) => b.label)).toContain(zh("guide-all-groups"));
    const misses = await asked();
    expect(misses).toHaveLength(before + 1);
    expect(misses.at(-1)).toMatchObject({ language: "zh" });
    expect(JSON.stringify(misses.at(-1))).not.toContain(String(zhao.id));
  },

  "answers someone who has not set up yet, with what communities generally do, then one button to carry on": async (d) => {
    const guest = d.person(4, "zh");
    await d.post(text(guest, "低保"));
    const [card, nudge] = (await d.said(guest.id)).slice(-2);
    expect(card).toMatch(/^📄 最低生活保障/);
    // Without a community, the card says what communities generally do, not what one station does.
    expect(card).not.toContain(community.station.phone);
    expect(card).toContain(zh("card-choose-community"));
    expect(nudge).toBe(zh("nudge-community"));
    await d.tap(guest, zh("button-carry-on"));
    expect((await d.said(guest.id)).at(-1)).toMatch(new RegExp(`^${zh("pick-district")}`));
  },

  "never jumps to one card for a death in the family: a kind word and the likely choices": async (d) => {
    const wu = d.person(5, "zh");
    await settled(d, wu);
    await d.post(text(wu, "老伴去世了"));
    const answer = (await d.said(wu.id)).at(-1)!;
    expect(answer).not.toMatch(/^📄/);
    expect(answer).toContain(zh("guide-sensitive-death"));
    expect(answer).toContain(community.station.phone);
    const choices = (await d.lastButtons(wu.id)).filter((b) => guideButtons.decode(b.data)?.action === "svc").map((b) => b.label);
    expect(choices).toEqual(expect.arrayContaining(["死亡注销户口", "养老保险丧葬补助金和抚恤金（遗属待遇）"]));
    expect(choices).not.toContain("计划生育特别扶助");
  },

  "understands conversation words in both languages and never keeps them as unanswered questions": async (d) => {
    const sun = d.person(6, "zh");
    await settled(d, sun);
    const misses = async () => (await d.db.orm.select().from(searchMisses)).length;
    const before = await misses();
    const answers: [string, string][] = [
      ["谢谢", zh("words-thanks")],
      ["好的", zh("words-yes")],
      ["哈哈哈好的", zh("words-yes")],
      ["thank you so much", zh("words-thanks")],
      ["你好", zh("words-hello")],
      ["同意", zh("words-agree-already")],
      ["菜单", zh("menu-intro")],
      ["返回", zh("menu-intro")],
      ["帮助", zh("help-intro")],
    ];
    for (const [said, expected] of answers) {
      await d.post(text(sun, said));
      expect((await d.said(sun.id)).at(-1), said).toBe(expected);
    }
    await d.post(text(sun, "设置"));
    expect((await d.said(sun.id)).at(-1)).toContain(zh("settings-summary", { language: zh("language-zh"), community: "", phone: "", consent: "" }).split("\n")[0]!);
    // 「转人工」 opens the talk-to-a-person job (a case in their community), never a search.
    await d.post(text(sun, "转人工"));
    const person = (await d.said(sun.id)).at(-1)!;
    expect(person).toMatch(/ZX-\d{8}-\d{4}/);
    expect(person).toContain(community.zh);
    expect(await misses()).toBe(before);
  },

  "answers a voice note plainly where a question would go": async (d) => {
    const qian = d.person(7, "zh");
    await settled(d, qian);
    await d.post(voice(qian));
    const answer = (await d.said(qian.id)).at(-1)!;
    expect(answer).toContain(zh("guide-voice"));
    expect(answer).toContain(community.station.phone);
    // …and a person who can listen, one tap away.
    expect((await d.lastButtons(qian.id)).map((b) => b.label)).toContain(zh("menu-human"));
  },
};

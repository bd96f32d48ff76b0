// The service guide in a Telegram chat, on better-sqlite3 and on D1: questions in residents' own words,
// browsing, and the questions nobody could answer. (What depends on the clock — open now or not — is in
// test/node/guide.test.ts, whose clock the test moves.)
import { expect } from "vitest";
import { searchMisses } from "../../src/db/schema.js";
import { demoDistricts } from "../../src/demo/places.js";
import { guideButtons } from "../../src/flows/guide.js";
import { translator } from "../../src/i18n/index.js";
import { text, type Person } from "../support/updates.js";
import type { Cases, ChatDriver } from "./driver.js";

const zh = translator("zh");
const en = translator("en");
const community = demoDistricts[0]!.streets[0]!.communities[0]!;

async function settled(d: ChatDriver, who: Person) {
  await d.post(text(who, `/start c-${community.code}`));
  await d.tap(who, translator(who.language_code === "en" ? "en" : "zh")("button-consent-yes"));
}

export const guideCases: Cases = {
  "answers a colloquial question with the item card at once: 我妈八十多了有补贴吗 → 高龄津贴": async (d) => {
    const liu = d.person(1, "zh");
    await settled(d, liu);
    expect((await d.post(text(liu, "我妈八十多了有补贴吗"))).status).toBe(200);
    const card = (await d.said(liu.id)).at(-1)!;
    expect(card).toMatch(/^📄 高龄津贴/);
    expect(card).toContain(zh("card-materials"));
    expect(card).toMatch(/☐ .*身份证/);
    expect(card).toContain(zh("card-office", { office: "" }));
    expect(card).toContain(`在${community.zh}：`);
    expect(card).toContain(community.station.phone);
  },

  "answers in English, and browses groups → items with buttons": async (d) => {
    const anna = d.person(2, "en");
    await settled(d, anna);
    await d.post(text(anna, "/guide"));
    expect((await d.said(anna.id)).at(-1)).toBe(en("guide-intro"));
    const groups = (await d.lastButtons(anna.id)).filter((b) => guideButtons.decode(b.data)?.action === "grp");
    expect(groups.length).toBeGreaterThan(4);
    await d.tap(anna, groups[0]!.label);
    // Walk down subgroups until a service card appears.
    for (let depth = 0; depth < 3 && !(await d.said(anna.id)).at(-1)!.startsWith("📄"); depth++) {
      const entry = (await d.lastButtons(anna.id)).find((b) => ["grp", "svc"].includes(guideButtons.decode(b.data)?.action ?? "") && b.label !== en("button-back"))!;
      await d.tap(anna, entry.label);
    }
    const card = (await d.said(anna.id)).at(-1)!;
    expect(card).toContain(en("card-materials"));
    expect(card).toContain(en("card-hours", { hours: "" }));
  },

  "says plainly when nothing matches, offers the groups, and records the question without the person": async (d) => {
    const zhao = d.person(3, "zh");
    await settled(d, zhao);
    const asked = async () => (await d.db.orm.select().from(searchMisses)).filter((m) => m.query === "火星移民签证");
    const before = (await asked()).length;
    await d.post(text(zhao, "火星移民签证"));
    expect((await d.said(zhao.id)).at(-1)).toBe(zh("guide-nothing-found"));
    expect((await d.lastButtons(zhao.id)).map((b) => b.label)).toContain(zh("guide-all-groups"));
    const misses = await asked();
    expect(misses).toHaveLength(before + 1);
    expect(misses.at(-1)).toMatchObject({ language: "zh" });
    expect(JSON.stringify(misses.at(-1))).not.toContain(String(zhao.id));
  },

  "answers an unregistered person too, with the general access answer": async (d) => {
    const guest = d.person(4, "zh");
    await d.post(text(guest, "低保"));
    const card = (await d.said(guest.id)).at(-1)!;
    expect(card).toMatch(/^📄 最低生活保障/);
    // Without a community, the card says what communities generally do, not what one station does.
    expect(card).not.toContain(community.station.phone);
  },
};

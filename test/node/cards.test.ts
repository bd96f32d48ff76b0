// Every service card, as residents get it on Telegram: answer first, within a phone screen, in plain words.
import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { services } from "../../src/db/schema.js";
import { demoDistricts } from "../../src/demo/places.js";
import { guideButtons } from "../../src/flows/guide.js";
import { CARD_LIMIT, cardParts } from "../../src/flows/service-card.js";
import { translator } from "../../src/i18n/index.js";
import { startHarness, type Harness } from "../support/harness.js";
import { unplainChinese } from "../support/plain-words.js";
import { lastButtonsTo } from "../support/calls.js";
import { press, text, type Person } from "../support/updates.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: Date.parse("2026-11-23T02:00:00Z") });
});
afterAll(() => h.close());

const urban = demoDistricts[0]!.streets[0]!.communities[0]!;
const rural = demoDistricts.flatMap((d) => d.streets.flatMap((s) => s.communities)).find((c) => c.rural)!;

async function resident(id: number, lang: "zh" | "en", community?: string): Promise<Person> {
  const who: Person = { id, language_code: lang };
  if (community) {
    await h.post(text(who, `/start c-${community}`));
    await h.tap(who, translator(lang)("button-consent-yes"));
  }
  return who;
}

describe("service cards", () => {
  it(`open with at most ${CARD_LIMIT} characters for every service, in both languages, with or without a community`, async () => {
    const rows = await h.db.orm.select({ id: services.id, code: services.code }).from(services).orderBy(asc(services.id));
    expect(rows.length).toBeGreaterThanOrEqual(64);
    const longest: Record<string, { length: number; code: string }> = {};
    let id = 8800;
    for (const lang of ["zh", "en"] as const) {
      for (const [kind, community] of [["urban", urban.code], ["rural", rural.code], ["none", undefined]] as const) {
        const who = await resident(id++, lang, community);
        for (const row of rows) {
          await h.post(press(who, guideButtons.encode("svc", row.id)));
          const card = h.said(who.id).at(-1)!;
          expect(card, row.code).toMatch(/^📄 /);
          expect(card.length, `${row.code} (${lang}, ${kind}):\n${card}`).toBeLessThanOrEqual(CARD_LIMIT);
          // Whole lines only: nothing cut off in the middle.
          expect(card, row.code).not.toMatch(/…$/);
          if (lang === "zh") expect(unplainChinese(card), card).toEqual([]);
          const key = `${lang}, ${kind}`;
          if (!longest[key] || card.length > longest[key].length) longest[key] = { length: card.length, code: row.code };
        }
      }
    }
    console.log(`longest first message of a card: ${Object.entries(longest).map(([k, v]) => `${k} ${v.length} (${v.code})`).join("; ")}`);
  });
});

describe("the parts behind a card", () => {
  it("say what to bring, the steps, who can apply and the rest, in plain Chinese, each with the way back to the card", async () => {
    const rows = await h.db.orm.select({ id: services.id, code: services.code }).from(services).orderBy(asc(services.id));
    const who = await resident(8900, "zh", urban.code);
    const zh = translator("zh");
    for (const row of rows) {
      for (const part of cardParts) {
        await h.post(press(who, guideButtons.encode("part", row.id, part)));
        const said = h.said(who.id).at(-1)!;
        expect(unplainChinese(said), `${row.code} ${part}:\n${said}`).toEqual([]);
        const back = lastButtonsTo(h.telegram.calls, who.id).find((b) => b.label === zh("button-back"));
        expect(back?.data, `${row.code} ${part}`).toBe(guideButtons.encode("top", row.id));
      }
    }
  });
});

// The service guide in chat, end to end on Telegram (webhook + fake Bot API) and in the web chat.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importCatalog } from "../../src/domain/catalog/import.js";
import { demoDistricts } from "../../src/demo/places.js";
import { translator } from "../../src/i18n/index.js";
import { guideCases } from "../shared/guide-cases.js";
import { nodeDriver, startHarness, webChatClient, type Harness } from "../support/harness.js";
import { text, type Person } from "../support/updates.js";

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
const zh = translator("zh");

async function settledResident(who: Person) {
  await h.post(text(who, `/start c-${community.code}`));
  await h.tap(who, translator("zh")("button-consent-yes"));
}

describe("the service guide on Telegram", () => {
  for (const [name, run] of Object.entries(guideCases)) it(name, () => run(nodeDriver(h, 7100)));

  it("says whether the office that decides is open now, behind \"more\", on a Monday morning", async () => {
    const wang: Person = { id: 7001, language_code: "zh" };
    await settledResident(wang);
    await h.post(text(wang, "高龄津贴"));
    await h.tap(wang, zh("button-card-more"));
    expect(h.said(wang.id).at(-1)).toContain(zh("hours-open-now"));
  });

  it("says where to go instead for what the community does not handle, with the office as a venue", async () => {
    const li: Person = { id: 7002, language_code: "zh" };
    await settledResident(li);
    h.clock.now = SUNDAY_3PM;
    await h.post(text(li, "开无犯罪记录证明"));
    const card = h.said(li.id).at(-1)!;
    expect(card).toMatch(/^📄 无犯罪记录证明/);
    // Not the community's: the police station's own address, hours (closed now, when it opens) and phone.
    expect(card).toContain(zh("card-access-not_here", { agency: "江滨公安分局晴川派出所" }));
    expect(card).toMatch(/现在不办公，周一 \d\d:\d\d 开门/);
    expect(card).toContain(zh("card-phone", { phone: "027-5555-0111" }));
    const venue = h.telegram.lastCall("sendVenue");
    expect(venue?.body).toMatchObject({ chat_id: li.id });
    expect(typeof venue?.body.latitude).toBe("number");
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
    expect(card).toContain(zh("card-access-assisted", { community: community.zh, agency: "江滨区民政局" }));
    expect(card).toContain("每周三上午由网格员上门代办。");

    const wrong = await importCatalog(h.domain, { community_answers: [{ community: "nowhere", service: "old-age-allowance", access: "handled" }] });
    expect(wrong.errors).toEqual(['community_answers[1] community: no community "nowhere"']);
  });
});

describe("the service guide in the web chat", () => {
  it("answers a typed question with the card", async () => {
    const send = webChatClient(h.app);
    await send({ kind: "command", name: "start", payload: `c-${community.code}` });
    const res = await send({ kind: "text", text: "老板拖欠工资三个月了怎么办" });
    expect(res.status).toBe(200);
    const { replies } = (await res.json()) as { replies: { kind: string; text?: string; buttons?: { label: string; data: string }[][] }[] };
    const card = replies[0]!.text!;
    expect(card).toMatch(/^📄 /);
    expect(card).toContain("欠薪");
    expect(card).toContain(zh("card-bring", { items: "" }).trim());
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

// Staff in the bot's private chat, the community card in chat, cases in /mydata and after /forget, and
// deadlines: the chat side of the staff pieces (issues 8 and 9).
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { caseEvents, cases, outbox, staff } from "../../src/db/schema.js";
import { demoDistricts } from "../../src/demo/places.js";
import { createInvite } from "../../src/domain/staff/accounts.js";
import { communityButtons } from "../../src/flows/community.js";
import { privacyButtons } from "../../src/flows/privacy.js";
import { translator } from "../../src/i18n/index.js";
import { caseOf, resident, staffGroup, threadOf } from "../shared/human-cases.js";
import { nodeDriver, startHarness, type Harness } from "../support/harness.js";
import { cli } from "../support/staff.js";
import { groupText, press, text, type Group } from "../support/updates.js";

const zh = translator("zh");
const en = translator("en");
const street = demoDistricts[2]!.streets[0]!;
const community = street.communities[0]!;

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ now: Date.parse("2026-11-23T02:00:00Z") }); // Monday 10:00 in Shanghai
});
afterEach(() => h.close());

describe("staff in a private chat", () => {
  it("links a Telegram account with an invitation link, once, and sends linked staff a console login link", async () => {
    const d = nodeDriver(h, 30_000);
    const li = d.person(1, "zh");
    const token = await createInvite(h.domain, cli, `cs-${community.code}`);
    await d.post(text(li, `/start s-${token}`));
    const [member] = await h.db.orm.select().from(staff).where(eq(staff.username, `cs-${community.code}`));
    expect(member!.telegramUserId).toBe(String(li.id));
    expect((await d.said(li.id)).at(-1)).toBe(zh("staff-linked", { name: member!.nameZh }));
    // Used once: the same link again links nobody.
    const other = d.person(2, "zh");
    await d.post(text(other, `/start s-${token}`));
    expect((await d.said(other.id)).at(-1)).toBe(zh("staff-link-invalid"));

    await d.post(text(li, "/console"));
    const sent = h.telegram.lastCall("sendMessage")!;
    expect(String(sent.body.text)).toMatch(/https:\/\/linli\.example\.org\/console\/login\/[A-Za-z0-9_-]+/);
    expect(sent.body.link_preview_options).toEqual({ is_disabled: true });
    // A resident who is not staff gets no link.
    await d.post(text(other, "/console"));
    expect((await d.said(other.id)).at(-1)).toBe(zh("staff-not-linked"));
  });
});

describe("the community card in chat", () => {
  it("answers 「社区电话多少」 with the name, open now, phone and address first, then grid workers and the supervision phone", async () => {
    const d = nodeDriver(h, 31_000);
    const wang = d.person(1, "zh");
    await resident(d, wang, community.code);
    await d.post(text(wang, "社区电话多少"));
    const card = (await d.said(wang.id)).at(-1)!;
    expect(card).toContain(community.zh);
    expect(card).toContain(community.station.phone);
    expect(card).toContain(zh("community-open-now"));
    expect(card.length).toBeLessThanOrEqual(300);
    expect(h.telegram.lastCall("sendVenue")?.body).toMatchObject({ chat_id: wang.id });
    await d.tap(wang, zh("button-community-more"));
    const more = (await d.said(wang.id)).at(-1)!;
    expect(more).toContain(community.grids[0]!.workerZh.replace(/^网格员\s*/, ""));
    expect(more).toContain(street.supervisionPhone);
    // The menu entry and the command answer the same.
    await d.post(text(wang, zh("menu-community")));
    expect((await d.said(wang.id)).at(-1)).toBe(card);
    await d.post(text(wang, "/community"));
    expect((await d.said(wang.id)).at(-1)).toBe(card);
  });

  it("asks for the community first when none is chosen, then shows its card; English too", async () => {
    const d = nodeDriver(h, 32_000);
    const anna = d.person(1, "en");
    await d.post(text(anna, "community office hours"));
    expect(await d.said(anna.id)).toContain(en("community-choose"));
    const district = demoDistricts[2]!;
    await d.tap(anna, district.en);
    await d.tap(anna, street.en);
    await d.tap(anna, community.en);
    expect((await d.said(anna.id)).at(-1)).toContain(community.en);
    expect(communityButtons.decode((await d.lastButtons(anna.id))[0]!.data)?.action).toBe("more");
  });
});

describe("cases and the person", () => {
  it("lists a resident's cases in /mydata, and /forget removes the person from them while the numbers stay", async () => {
    const d = nodeDriver(h, 33_000);
    const zhao = d.person(1, "zh");
    await resident(d, zhao, community.code);
    await d.post(text(zhao, "/human"));
    await d.post(text(zhao, "我的电话是13912345678，地址在3栋"));
    const c = await caseOf(d, zhao);
    await d.post(text(zhao, "/mydata"));
    expect((await d.said(zhao.id)).at(-1)).toContain(c.ref);

    await d.post(text(zhao, "/forget"));
    await d.post(press(zhao, privacyButtons.encode("forget", "yes")));
    const [kept] = await h.db.orm.select().from(cases).where(eq(cases.id, c.id));
    expect(kept).toMatchObject({ ref: c.ref, residentId: null, residentName: null, openedAt: c.openedAt });
    const events = await h.db.orm.select().from(caseEvents).where(eq(caseEvents.caseId, c.id));
    expect(JSON.stringify(events)).not.toContain("13912345678");
    expect(events.some((e) => e.kind === "message_in")).toBe(true); // the event stays, its words do not
    // Nothing waits to be sent to them any more.
    expect((await h.db.orm.select().from(outbox)).filter((r) => r.residentId !== null)).toEqual([]);
  });
});

describe("deadlines", () => {
  it("flags a case unanswered past its deadline in office hours, then tells the community's staff, then the street's", async () => {
    const d = nodeDriver(h, 34_000);
    const sun = d.person(1, "zh");
    const member = d.person(2, "zh");
    const streetAdmin = d.person(3, "zh");
    const group: Group = { id: -(3_000_000_000 + sun.id) };
    await staffGroup(d, community.code, member, group);
    await h.db.orm.update(staff).set({ telegramUserId: String(streetAdmin.id) }).where(eq(staff.username, `sa-${street.code}`));
    await resident(d, sun, community.code);
    await d.post(text(sun, "/human"));
    await d.runJob("outbox");
    const thread = await threadOf(d, group);
    const c = await caseOf(d, sun);
    // Monday 10:00 + 120 minutes of office time = 12:00 (the office opens again at 14:00 after lunch).
    expect(c.dueAt).toBe(Date.parse("2026-11-23T04:00:00Z"));

    h.clock.now = c.dueAt! - 60_000;
    await d.runJob("escalation");
    expect((await caseOf(d, sun)).escalation).toBe(0);
    h.clock.now = c.dueAt! + 60_000;
    await d.runJob("escalation");
    await d.runJob("outbox");
    expect((await caseOf(d, sun)).escalation).toBe(1);
    expect(await d.said(group.id)).toContain(zh("topic-escalated-1"));
    // Twice the time: the community's staff are told in their private chat, once.
    h.clock.now = Date.parse("2026-11-23T08:01:00Z"); // 16:01: past 4 h of office time since 10:00
    await d.runJob("escalation");
    await d.runJob("escalation");
    await d.runJob("outbox");
    expect((await caseOf(d, sun)).escalation).toBe(2);
    expect((await d.said(member.id)).filter((s) => s.includes(c.ref))).toHaveLength(1);
    // An answer stops it.
    await d.post(groupText(member, group, "在处理了", thread));
    h.clock.now = Date.parse("2026-11-24T08:00:00Z");
    await d.runJob("escalation");
    expect((await caseOf(d, sun)).escalation).toBe(2);
    expect(await d.said(streetAdmin.id)).toEqual([]);
  });
});

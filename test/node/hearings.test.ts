// Hearings end to end: many complaints alike in a community → "hearing suggested" in the console (and
// not beside it) → staff schedule one (audited; bad input changes nothing) → every complainant and
// follower is invited through the outbox (Telegram through the fake Bot API, the web chat's inbox) →
// Yes / No → the console shows who comes → the reminder the day before (not to those who said No) →
// the outcome, told to everyone and attached to the complaints.
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { communities, auditLog, caseEvents, complaints, hearingInvitations, hearings, webInbox } from "../../src/db/schema.js";
import { hearingButtons } from "../../src/flows/hearing.js";
import { consoleTranslator } from "../../src/i18n/console.js";
import { translator } from "../../src/i18n/index.js";
import { DAY, HOUR, pastOne, placeIds, telegramResident, testCategory } from "../support/complaints.js";
import { consoleBrowser, type ConsoleBrowser } from "../support/console.js";
import { startHarness, type Harness } from "../support/harness.js";
import { makeStaff, PASSWORD } from "../support/staff.js";
import { press, text, type Person } from "../support/updates.js";
import { ensureResident } from "../../src/db/queries/residents.js";

const zh = translator("zh");
const en = translator("en");
const t = consoleTranslator("zh");
// Wednesday 2 December 2026, 10:00 in Wuhan.
const NOW = Date.parse("2026-12-02T02:00:00Z");

const wang: Person = { id: 8801, first_name: "王阿姨", language_code: "zh" };
const li: Person = { id: 8802, first_name: "李叔", language_code: "zh" };
const smith: Person = { id: 8803, first_name: "Smith", language_code: "en" };
const WEB_SESSION = "web-hearing-session-0001";

let h: Harness;
let noise: number;
let staffBrowser: ConsoleBrowser;
let gridBrowser: ConsoleBrowser;
let otherBrowser: ConsoleBrowser;
let refs: string[] = [];

beforeAll(async () => {
  h = await startHarness({ now: NOW });
  noise = await testCategory(h.db, "test-noise", "噪音扰民", "Noise");
  const other = await testCategory(h.db, "test-parking", "停车", "Parking");
  await h.db.orm.update(communities).set({ hearingThreshold: 4 }).where(eq(communities.code, "ja-huiminyuan"));
  // Wang comes from the poster and agrees, as on Telegram; the others are known to the bot already.
  await h.post(text(wang, "/start c-ja-huiminyuan"));
  await h.tap(wang, zh("button-consent-yes"));
  const rWang = await telegramResident(h.db, wang.id, NOW);
  const rLi = await telegramResident(h.db, li.id, NOW);
  const rSmith = await telegramResident(h.db, smith.id, NOW, "en");
  const rWeb = await ensureResident(h.db.orm, "web", WEB_SESSION, "zh", NOW);
  const g1 = await placeIds(h.domain, "ja-huiminyuan", "ja-huiminyuan-1");
  // Two complaints about noise this month, with two residents saying "me too": 4, the threshold.
  refs = [
    await pastOne(h.db, { ...g1, categoryId: noise, openedAt: NOW - 3 * DAY, residentId: rWang.id, residentName: "王阿姨", description: "楼下KTV太吵", followers: [{ residentId: rSmith.id, since: NOW - 2 * DAY }] }),
    await pastOne(h.db, { ...g1, categoryId: noise, openedAt: NOW - 2 * DAY, residentId: rLi.id, residentName: "李叔", description: "半夜装修", followers: [{ residentId: rWeb.id, since: NOW - DAY }] }),
  ];
  // Not counted: older than 30 days, another category, another community.
  await pastOne(h.db, { ...g1, categoryId: noise, openedAt: NOW - 40 * DAY });
  await pastOne(h.db, { ...g1, categoryId: other, openedAt: NOW - DAY });
  await pastOne(h.db, { ...(await placeIds(h.domain, "ja-sanyanqiao")), categoryId: noise, openedAt: NOW - DAY });

  await makeStaff(h.domain, "hr.staff", "community_staff", "ja-huiminyuan");
  await makeStaff(h.domain, "hr.grid", "grid_worker", "ja-huiminyuan-1");
  await makeStaff(h.domain, "hr.other", "community_staff", "ja-zhuyehai");
  staffBrowser = consoleBrowser(async (path, init) => h.app.request(path, init));
  gridBrowser = consoleBrowser(async (path, init) => h.app.request(path, init));
  otherBrowser = consoleBrowser(async (path, init) => h.app.request(path, init));
  expect((await staffBrowser.login("hr.staff", PASSWORD)).status).toBe(303);
  expect((await gridBrowser.login("hr.grid", PASSWORD)).status).toBe(303);
  expect((await otherBrowser.login("hr.other", PASSWORD)).status).toBe(303);
}, 60_000);

afterAll(() => h?.close());

const suggestionPath = () => `/console/hearings/suggested/ja-huiminyuan/${noise}`;
const invitations = () => h.db.orm.select().from(hearingInvitations).orderBy(hearingInvitations.residentId);

describe("hearings", () => {
  it("suggests a hearing where enough residents complained alike, and only to staff who reach the community", async () => {
    const page = await staffBrowser.page("/console/hearings");
    expect(page).toContain(t("nav-hearings-suggested", { count: 1 }));
    expect(page).toContain(t("hearings-suggestion-line", { community: "惠民苑社区", category: "噪音扰民", complaints: 2, followers: 2 }));
    expect(page).toContain(`href="${suggestionPath()}"`);
    const details = await staffBrowser.page(suggestionPath());
    for (const ref of refs) expect(details).toContain(ref);
    expect(details).toContain(t("hearings-schedule"));
    // The grid worker sees it but cannot schedule; another community's staff do not see it at all.
    const grid = await gridBrowser.page(suggestionPath());
    expect(grid).toContain(t("hearings-cannot-manage"));
    expect(grid).not.toContain(t("hearings-schedule"));
    expect(await otherBrowser.page("/console/hearings")).toContain(t("hearings-no-suggestion"));
    expect((await otherBrowser.get(suggestionPath())).status).toBe(404);
    expect((await staffBrowser.get("/console/hearings/suggested/ja-huiminyuan/abc")).status).toBe(404);
  });

  it("refuses a hearing in the past or without a place, writing nothing", async () => {
    await staffBrowser.page(suggestionPath());
    const past = await staffBrowser.post(suggestionPath(), { date: "2026-11-30", time: "19:00", placeZh: "社区活动室", topicZh: "噪音" });
    expect(past.status).toBe(400);
    expect(await past.text()).toContain("value=\"社区活动室\"");
    const noPlace = await staffBrowser.post(suggestionPath(), { date: "2026-12-05", time: "19:00", placeZh: " ", topicZh: "噪音" });
    expect(noPlace.status).toBe(400);
    const grid = await gridBrowser.post(suggestionPath(), { date: "2026-12-05", time: "19:00", placeZh: "社区活动室", topicZh: "噪音" });
    expect(grid.status).toBe(403);
    expect(await h.db.orm.select().from(hearings)).toHaveLength(0);
  });

  it("schedules one: audited, the complaints taken to it, and everyone invited through the outbox in their language", async () => {
    await staffBrowser.page(suggestionPath());
    const res = await staffBrowser.post(suggestionPath(), { date: "2026-12-05", time: "19:30", placeZh: "社区二楼活动室", placeEn: "Community room, 2nd floor", topicZh: "夜间噪音怎么管", topicEn: "Noise at night" });
    expect(res.status).toBe(303);
    const [hearing] = await h.db.orm.select().from(hearings);
    expect(res.headers.get("location")).toBe(`/console/hearings/${hearing!.id}?done=scheduled`);
    expect(hearing).toMatchObject({ state: "scheduled", topicZh: "夜间噪音怎么管", startsAt: Date.parse("2026-12-05T11:30:00Z") });
    expect((await invitations()).map((i) => i.coming)).toEqual([null, null, null, null]);
    expect(await h.db.orm.select({ hearingId: complaints.hearingId }).from(complaints).where(eq(complaints.hearingId, hearing!.id))).toHaveLength(2);
    const events = await h.db.orm.select().from(caseEvents).where(eq(caseEvents.kind, "hearing"));
    expect(events).toHaveLength(2);
    const [audit] = await h.db.orm.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(audit).toMatchObject({ actor: "staff:hr.staff", action: "hearing.schedule", detail: { hearingId: hearing!.id, complaints: 2, invited: 4 } });
    // The suggestion is gone: those complaints are at a hearing now.
    expect(await staffBrowser.page("/console/hearings")).toContain(t("hearings-no-suggestion"));

    await h.runJob("outbox");
    const words = { community: "惠民苑社区", category: "噪音扰民", place: "社区二楼活动室", topic: "夜间噪音怎么管" };
    expect(h.said(wang.id).at(-1)).toContain("📢 听证会邀请");
    expect(h.said(wang.id).at(-1)).toContain("社区二楼活动室");
    expect(h.said(li.id).at(-1)).toContain(words.topic);
    expect(h.said(smith.id).at(-1)).toContain("Community room, 2nd floor");
    expect(h.said(smith.id).at(-1)).toContain("Noise at night");
    const inbox = await h.db.orm.select().from(webInbox).where(eq(webInbox.sessionId, WEB_SESSION));
    expect(JSON.stringify(inbox.at(-1)!.replies)).toContain("听证会邀请");
  });

  it("takes Yes and No from the buttons, and the console shows who comes", async () => {
    await h.tap(wang, zh("button-hearing-yes"));
    expect(h.said(wang.id).at(-1)).toBe(zh("hearing-answer-yes"));
    await h.tap(li, zh("button-hearing-no"));
    expect(h.said(li.id).at(-1)).toBe(zh("hearing-answer-no"));
    // A forged button for a hearing they were not invited to changes nothing.
    await h.post(press(smith, hearingButtons.encode("rsvp", 999, "yes")));
    expect(h.said(smith.id).at(-1)).toBe(en("hearing-answer-unknown"));
    expect((await invitations()).map((i) => i.coming)).toEqual([true, false, null, null]);
    const [hearing] = await h.db.orm.select().from(hearings);
    const page = await gridBrowser.page(`/console/hearings/${hearing!.id}`);
    expect(page).toContain(t("hearing-invited", { count: 4, coming: 1, notComing: 1, unanswered: 2 }));
    expect(page).toContain("王阿姨");
    expect(page).not.toContain(t("hearing-outcome-save")); // a grid worker reads, and changes nothing
    expect((await otherBrowser.get(`/console/hearings/${hearing!.id}`)).status).toBe(404);
  });

  it("reminds the day before, not those who said No, once", async () => {
    const [hearing] = await h.db.orm.select().from(hearings);
    await h.runJob("hearings");
    expect((await h.db.orm.select().from(hearings))[0]!.reminderSentAt).toBeNull(); // three days ahead: not yet
    h.clock.now = hearing!.startsAt - 20 * HOUR;
    await h.runJob("hearings");
    await h.runJob("hearings");
    await h.runJob("outbox");
    expect(h.said(wang.id).at(-1)).toContain("⏰ 提醒：明天召开听证会");
    expect(h.said(smith.id).at(-1)).toContain("⏰ Reminder: the hearing is tomorrow");
    expect(h.said(li.id).at(-1)).toBe(zh("hearing-answer-no"));
    expect(h.said(wang.id).filter((s) => s.includes("⏰"))).toHaveLength(1);
    expect((await h.db.orm.select().from(hearings))[0]!.reminderSentAt).toBe(h.clock.now);
  });

  it("records the outcome: told to everyone invited, attached to the complaints, once", async () => {
    const [hearing] = await h.db.orm.select().from(hearings);
    h.clock.now = hearing!.startsAt + 3 * HOUR;
    const path = `/console/hearings/${hearing!.id}`;
    // Days went by: the console session ended meanwhile.
    expect((await staffBrowser.login("hr.staff", PASSWORD)).status).toBe(303);
    await staffBrowser.page(path);
    const empty = await staffBrowser.post(`${path}/outcome`, { outcomeZh: "" });
    expect(empty.status).toBe(400);
    const res = await staffBrowser.post(`${path}/outcome`, { outcomeZh: "KTV 晚上十点后停业，装修只在白天。", outcomeEn: "The KTV closes at 10 pm; building work by day only." });
    expect(res.status).toBe(303);
    expect(await staffBrowser.page(`${path}?done=outcome`)).toContain(t("done-outcome"));
    await h.runJob("outbox");
    expect(h.said(wang.id).at(-1)).toContain("KTV 晚上十点后停业");
    expect(h.said(li.id).at(-1)).toContain("📢 听证会结果");
    expect(h.said(smith.id).at(-1)).toContain("The KTV closes at 10 pm");
    const held = await h.db.orm.select().from(caseEvents).where(and(eq(caseEvents.kind, "hearing"), eq(caseEvents.body, "KTV 晚上十点后停业，装修只在白天。")));
    expect(held).toHaveLength(2);
    expect((await h.db.orm.select().from(hearings))[0]).toMatchObject({ state: "held", outcomeEn: "The KTV closes at 10 pm; building work by day only." });
    const again = await staffBrowser.post(`${path}/outcome`, { outcomeZh: "再来一次" });
    expect(again.status).toBe(400);
    // An answer after the hearing is refused.
    await h.post(press(smith, hearingButtons.encode("rsvp", hearing!.id, "yes")));
    expect(h.said(smith.id).at(-1)).toBe(en("hearing-answer-over"));
  });
});

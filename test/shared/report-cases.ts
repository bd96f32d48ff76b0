// Reporting a problem (民情诉求) on Telegram, through the webhook and the fake Bot API, on better-sqlite3
// and on D1: a resident reports with a photo and a location in at most 5 taps, a second one nearby says
// "me too", the grid worker handles it in the staff group's topic, both residents give their verdict.
// Bad input changes nothing: a location at 0,0, a category of another community, a forged "me too", a
// PDF sent as a file.
import { and, eq } from "drizzle-orm";
import { expect } from "vitest";
import { caseEvents, cases, complaintCategories, complaintFollowers, complaints, complaintVerdicts, staff } from "../../src/db/schema.js";
import { demoDistricts } from "../../src/demo/places.js";
import { findCommunityByCode } from "../../src/db/queries/places.js";
import { reportButtons } from "../../src/flows/report.js";
import { translator } from "../../src/i18n/index.js";
import { document, groupPhoto, groupText, location, photo, press, text, type Group } from "../support/updates.js";
import type { Cases, ChatDriver } from "./driver.js";
import { resident, staffGroup, threadOf } from "./human-cases.js";

const zh = translator("zh");
const community = demoDistricts[0]!.streets[1]!.communities[1]!; // 安居苑社区, grids 1–3 of buildings 1–12
const grid1 = community.grids[0]!;

async function complaintCases(d: ChatDriver) {
  return d.db.orm.select({ c: cases, k: complaints }).from(complaints).innerJoin(cases, eq(cases.id, complaints.caseId));
}

export const reportCases: Cases = {
  "a report with a photo and a location, a second resident's me too, the grid worker in the topic, both verdicts": async (d) => {
    const wang = d.person(1, "zh");
    const li = d.person(2, "zh");
    const cs = d.person(3, "zh");
    const gw = d.person(4, "zh");
    const group: Group = { id: -(1_000_000_000 + wang.id) };
    await staffGroup(d, community.code, cs, group);
    await d.db.orm.update(staff).set({ telegramUserId: String(gw.id) }).where(eq(staff.username, `gw-${grid1.code}`));
    await resident(d, wang, community.code);
    await resident(d, li, community.code);

    // Words that sound like a problem: offered, not filed silently.
    await d.post(text(wang, "楼下饭店油烟太大"));
    expect((await d.said(wang.id)).at(-1)).toBe(zh("report-offer", { text: "楼下饭店油烟太大" }));
    expect(await complaintCases(d)).toHaveLength(0);
    let taps = 0;
    await d.tap(wang, zh("button-report-offer-yes"));
    taps++;
    // The likeliest kind first; the words typed first are kept, never asked again.
    const kinds = await d.lastButtons(wang.id);
    expect(kinds[0]!.label).toBe("油烟噪音");
    expect((await d.said(wang.id)).join("\n")).not.toContain(zh("report-ask-text"));
    await d.tap(wang, "油烟噪音");
    taps++;
    // A location at 0,0 is refused clearly, and the step is asked again.
    await d.post(location(wang, 0, 0));
    expect((await d.said(wang.id)).join("\n")).toContain(zh("report-place-zero"));
    await d.post(location(wang, grid1.latitude + 0.0001, grid1.longitude + 0.0001));
    taps++; // sharing the location is a tap on Telegram's keyboard
    expect((await d.said(wang.id)).at(-1)).toBe(zh("report-ask-photos"));
    // A PDF sent as a file is not a photo.
    await d.post(document(wang, "pdf-as-jpg", "photo.jpg"));
    expect((await d.said(wang.id)).at(-1)).toBe(zh("report-photo-as-file"));
    await d.post(photo(wang, "smoke-photo"));
    expect((await d.said(wang.id)).at(-1)).toContain("油烟噪音");
    await d.tap(wang, zh("button-report-submit"));
    taps++;
    expect(taps).toBeLessThanOrEqual(5);

    const [filed] = await complaintCases(d);
    expect(filed).toBeDefined();
    const { c, k } = filed!;
    expect(c).toMatchObject({ kind: "complaint", status: "open" });
    expect(c.ref).toMatch(/^TS-\d{8}-\d{4}$/);
    const [gwRow] = await d.db.orm.select().from(staff).where(eq(staff.username, `gw-${grid1.code}`));
    expect(c.assigneeStaffId).toBe(gwRow!.id);
    expect(k).toMatchObject({ description: "楼下饭店油烟太大", anonymous: false });
    expect(k.latitude).toBeCloseTo(grid1.latitude + 0.0001, 6);
    expect(k.acknowledgeDueAt).not.toBeNull();
    const answer = (await d.said(wang.id)).at(-1)!;
    expect(answer).toContain(c.ref);
    expect(answer).toContain("网格员 何军");
    const photos = await d.db.orm.select().from(caseEvents).where(eq(caseEvents.caseId, c.id));
    expect(photos.filter((e) => e.attachment?.kind === "photo").map((e) => e.attachment?.telegramFileId)).toEqual(["smoke-photo"]);

    // Li, nearby, the same kind: shown Wang's, says "me too" — no new case. A category of another
    // community and a forged "me too" are refused and change nothing.
    const elsewhere = (await findCommunityByCode(d.db.orm, demoDistricts[0]!.streets[0]!.communities[0]!.code))!;
    await d.db.orm.insert(complaintCategories).values({ communityId: elsewhere.id, code: "their-own", nameZh: "别的社区的分类", nameEn: "Another community's" });
    const [theirs] = await d.db.orm.select().from(complaintCategories).where(eq(complaintCategories.code, "their-own"));
    await d.post(text(li, "/report"));
    await d.post(text(li, "饭店的油烟呛得不能开窗"));
    expect((await d.lastButtons(li.id)).map((b) => b.label)).not.toContain("别的社区的分类");
    await d.post(press(li, reportButtons.encode("cat", theirs!.id)));
    expect((await d.said(li.id)).join("\n")).toContain(zh("report-bad-category"));
    await d.tap(li, "油烟噪音");
    await d.post(location(li, grid1.latitude + 0.0004, grid1.longitude + 0.0002));
    expect((await d.said(li.id)).at(-1)).toBe(zh("report-same-intro"));
    await d.post(press(li, reportButtons.encode("same", 987_654)));
    expect((await d.said(li.id)).at(-1)).toBe(zh("report-follow-refused"));
    await d.post(press(li, reportButtons.encode("same", c.id)));
    expect((await d.said(li.id)).at(-1)).toBe(zh("report-followed", { ref: c.ref }));
    expect(await complaintCases(d)).toHaveLength(1);
    const followers = await d.db.orm.select().from(complaintFollowers).where(eq(complaintFollowers.caseId, c.id));
    expect(followers).toHaveLength(1);

    // The topic: the complaint's category, place and map link, its photo.
    await d.runJob("outbox");
    const thread = await threadOf(d, group);
    const inTopic = (await d.calls(group.id)).filter((call) => Number(call.body.message_thread_id) === thread);
    const intro = String(inTopic[0]!.body.text);
    expect(intro).toContain(c.ref);
    expect(intro).toContain(zh("topic-complaint-category", { category: "油烟噪音" }));
    expect(intro).toContain("https://www.openstreetmap.org/");
    expect(inTopic.some((call) => call.method === "sendPhoto" && call.body.photo === "smoke-photo")).toBe(true);
    expect(inTopic.some((call) => call.body.text === zh("topic-followed"))).toBe(true);

    // The grid worker checks it: both residents hear, each in their chat.
    await d.post(groupText(gw, group, "/checking", thread));
    await d.runJob("outbox");
    const checking = zh("report-notice-status", { ref: c.ref, status: zh("complaint-status-investigating") });
    expect(await d.said(wang.id)).toContain(checking);
    expect(await d.said(li.id)).toContain(checking);
    // "Fixed" needs words; then with them and an after-photo.
    await d.post(groupText(gw, group, "/fixed", thread));
    expect((await d.said(group.id)).at(-1)).toBe(zh("group-fixed-needs-note"));
    expect((await d.db.orm.select().from(cases).where(eq(cases.id, c.id)))[0]!.status).toBe("investigating");
    await d.post(groupPhoto(gw, group, thread, "after-photo", "/fixed 已协调饭店装好油烟净化器"));
    await d.runJob("outbox");
    expect((await d.db.orm.select().from(cases).where(eq(cases.id, c.id)))[0]!.status).toBe("fixed");
    for (const who of [wang, li]) {
      const told = (await d.said(who.id)).join("\n");
      expect(told).toContain("已协调饭店装好油烟净化器");
      expect(told).toContain(zh("report-verdict-ask", { ref: c.ref }));
      expect((await d.calls(who.id, "sendPhoto")).some((call) => call.body.photo === "after-photo")).toBe(true);
    }

    // Both judge it: Wang fixed, 5, a comment (it closes); Li partly, 4.
    await d.tap(wang, zh("button-verdict-fixed"));
    await d.tap(wang, zh("button-rate-5"));
    await d.post(text(wang, "谢谢网格员"));
    expect((await d.said(wang.id)).at(-1)).toBe(zh("report-verdict-comment-thanks"));
    await d.tap(li, zh("button-verdict-partly"));
    await d.tap(li, zh("button-rate-4"));
    // The same verdict again changes nothing.
    await d.post(press(li, reportButtons.encode("v", c.id, 0, "not_fixed")));
    expect((await d.said(li.id)).at(-1)).toBe(zh("report-verdict-once"));
    const verdicts = await d.db.orm.select().from(complaintVerdicts).where(eq(complaintVerdicts.caseId, c.id)).orderBy(complaintVerdicts.id);
    expect(verdicts.map((v) => [v.verdict, v.rating, v.comment])).toEqual([
      ["fixed", 5, "谢谢网格员"],
      ["partly", 4, null],
    ]);
    const closed = (await d.db.orm.select().from(cases).where(eq(cases.id, c.id)))[0]!;
    expect(closed).toMatchObject({ status: "closed", rating: 5 });
    const [after] = await d.db.orm.select().from(complaints).where(and(eq(complaints.caseId, c.id)));
    expect(after!.acknowledgedAt).not.toBeNull();
    expect(after!.fixedAt).not.toBeNull();

    // My reports: both see it, with its status; its timeline opens.
    await d.post(press(li, reportButtons.encode("mine")));
    const mine = await d.lastButtons(li.id);
    expect(mine.some((b) => b.label.includes(c.ref))).toBe(true);
    await d.post(press(li, reportButtons.encode("view", c.id)));
    expect((await d.said(li.id)).at(-1)).toContain(zh("report-event-status", { status: zh("complaint-status-fixed") }));
  },

  "a problem that is not the community's is told at once where it goes, and recorded as not responsible": async (d) => {
    const zhao = d.person(5, "zh");
    await resident(d, zhao, community.code);
    await d.post(text(zhao, "/report"));
    await d.post(text(zhao, "楼里停水两天了"));
    await d.tap(zhao, "水电气");
    const answer = (await d.said(zhao.id)).at(-1)!;
    expect(answer).toContain("12345");
    const [filed] = (await complaintCases(d)).filter((r) => r.k.description === "楼里停水两天了");
    expect(filed!.c.status).toBe("not_responsible");
    expect(filed!.k.elsewhereZh).toContain("12345");
    expect(answer).toContain(filed!.c.ref);
  },

  "an offer answered in words: 「好的」 files it, 「不用」 leaves the words to the guide; a question is never offered": async (d) => {
    const qian = d.person(6, "zh");
    await resident(d, qian, community.code);
    await d.post(text(qian, "路灯坏了找谁"));
    expect((await d.said(qian.id)).at(-1)).not.toContain(zh("report-offer", { text: "路灯坏了找谁" }));
    await d.post(text(qian, "路灯坏了"));
    expect((await d.said(qian.id)).at(-1)).toBe(zh("report-offer", { text: "路灯坏了" }));
    await d.post(text(qian, "不用"));
    expect((await d.said(qian.id)).join("\n")).not.toContain(zh("report-ask-category"));
    await d.post(text(qian, "路灯坏了"));
    await d.post(text(qian, "好的"));
    expect((await d.said(qian.id)).at(-1)).toBe(zh("report-ask-category"));
    expect((await d.lastButtons(qian.id))[0]!.label).toBe("路灯道路");
  },
};

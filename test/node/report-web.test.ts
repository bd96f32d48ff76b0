// Reporting a problem in the web chat (a photo uploaded from the phone, the browser's position) and its
// handling in the console by the grid worker; and a complaint's life beyond the happy path, on
// better-sqlite3: the staff API's status with a duplicate, reopening twice then the street, escalation of
// an overdue complaint to its grid worker, closing unconfirmed after 7 days, forgetting a resident.
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findCase } from "../../src/db/queries/cases.js";
import { findCommunityByCode } from "../../src/db/queries/places.js";
import { findResident } from "../../src/db/queries/residents.js";
import { caseEvents, cases, complaintCategories, complaintFollowers, complaints, complaintVerdicts, outbox, staff } from "../../src/db/schema.js";
import { setCaseStatus } from "../../src/domain/cases/actions.js";
import { staffOfTelegram } from "../../src/domain/cases/staff.js";
import { categoriesFor } from "../../src/domain/complaints/categories.js";
import { fileComplaint, followComplaint } from "../../src/domain/complaints/file.js";
import { giveVerdict } from "../../src/domain/complaints/handling.js";
import { forget } from "../../src/domain/residents.js";
import { demoDistricts } from "../../src/demo/places.js";
import { onboardingButtons } from "../../src/flows/onboarding.js";
import { reportButtons } from "../../src/flows/report.js";
import { consoleTranslator } from "../../src/i18n/console.js";
import { translator } from "../../src/i18n/index.js";
import { consoleBrowser } from "../support/console.js";
import { OWN_ORIGIN, startHarness, webChatClient, type Harness } from "../support/harness.js";
import { makeStaff, PASSWORD, tokenFor } from "../support/staff.js";
import { text } from "../support/updates.js";

const zh = translator("zh");
const ct = consoleTranslator("zh");
const community = demoDistricts[0]!.streets[1]!.communities[1]!; // 安居苑社区
const grid1 = community.grids[0]!;
// A Monday, 10:00 in Wuhan: the office is open.
const MONDAY_10 = Date.parse("2026-11-30T02:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
type Body = { replies: { kind: string; text?: string; buttons?: { label: string; data: string }[][] }[]; error?: string };

const JPEG = Buffer.from("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/yQALCAABAAEBAREA/8wABgAQEAX/2gAIAQEAAD8A0s8g/9k=", "base64");

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ now: MONDAY_10 });
});
afterEach(() => h.close());

async function webResident() {
  const send = webChatClient(h.app);
  await send({ kind: "command", name: "start", payload: `c-${community.code}` });
  await send({ kind: "choice", data: onboardingButtons.encode("consent", "yes") });
  return send;
}

const upload = (cookie: string, bytes: Uint8Array) =>
  h.app.request("/chat/api/photos", { method: "POST", headers: { "content-type": "image/jpeg", origin: OWN_ORIGIN, cookie }, body: new Blob([new Uint8Array(bytes)]) });
const said = (b: Body) => b.replies.map((r) => r.text ?? "").join("\n");
const buttonsOf = (b: Body) => b.replies.flatMap((r) => r.buttons ?? []).flat();
const inbox = async (cookie: string) =>
  ((await (await h.app.request("/chat/api/inbox?after=0", { headers: { cookie } })).json()) as { messages: { replies: Body["replies"] }[] }).messages.flatMap((m) => m.replies);

/** A Telegram resident of the community, with consent, for the domain calls below. */
async function telegramResident(id: number) {
  await h.post(text({ id, language_code: "zh" }, `/start c-${community.code}`));
  await h.tap({ id }, zh("button-consent-yes"));
  return (await findResident(h.db.orm, "telegram", String(id)))!;
}

async function categoryId(code: string) {
  const c = (await findCommunityByCode(h.db.orm, community.code))!;
  return (await categoriesFor(h.domain, c.id)).find((x) => x.code === code)!.id;
}

describe("a report in the web chat, handled in the console", () => {
  it("files with a photo and the browser's position; refuses a 20 MB photo and a PDF named .jpg; the grid worker handles it in the console; the verdict closes it", async () => {
    const send = await webResident();
    let body = (await (await send({ kind: "text", text: zh("menu-report") })).json()) as Body;
    expect(said(body)).toContain(zh("report-ask-text"));
    body = (await (await send({ kind: "text", text: "3栋门口的路灯坏了，晚上很黑" })).json()) as Body;
    expect(buttonsOf(body)[0]!.label).toBe("路灯道路");
    body = (await (await send({ kind: "choice", data: buttonsOf(body)[0]!.data })).json()) as Body;
    // The place: the page draws a button that answers with the browser's position.
    expect(buttonsOf(body).some((b) => b.data === "@location")).toBe(true);
    // A position out of this world is a 400; one far from the community is refused in words.
    expect((await send({ kind: "location", latitude: 95, longitude: 10 })).status).toBe(400);
    body = (await (await send({ kind: "location", latitude: 39.9, longitude: 116.4 })).json()) as Body;
    expect(said(body)).toContain(zh("report-place-range"));
    body = (await (await send({ kind: "location", latitude: grid1.latitude + 0.0002, longitude: grid1.longitude })).json()) as Body;
    expect(said(body)).toContain(zh("report-ask-photos"));

    // A 20 MB photo and a PDF named .jpg are refused by what they are, and change nothing.
    const big = new Uint8Array(20 * 1024 * 1024);
    big.set(JPEG.subarray(0, 3));
    const tooBig = await upload(send.cookie(), big);
    expect(tooBig.status).toBe(413);
    const pdf = await upload(send.cookie(), Buffer.from("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"));
    expect(pdf.status).toBe(415);
    expect(((await pdf.json()) as Body).error).toBe(zh("photo-not-an-image"));
    const sent = (await (await upload(send.cookie(), JPEG)).json()) as Body;
    expect(said(sent)).toContain(zh("report-photo-got", { count: 1 }));
    expect(said(sent)).toContain(zh("report-summary-name-shown"));
    const submit = buttonsOf(sent).find((b) => b.label === zh("button-report-submit"))!;
    const filedBody = (await (await send({ kind: "choice", data: submit.data })).json()) as Body;
    const [row] = await h.db.orm.select({ c: cases, k: complaints }).from(complaints).innerJoin(cases, eq(cases.id, complaints.caseId));
    expect(said(filedBody)).toContain(row!.c.ref);
    const photos = (await h.db.orm.select().from(caseEvents).where(eq(caseEvents.caseId, row!.c.id))).filter((e) => e.attachment?.kind === "photo");
    expect(photos).toHaveLength(1);
    expect(photos[0]!.attachment!.mediaKey).toMatch(/^[0-9a-f]{32}$/);

    // The grid worker in the console: the complaint's category, place, map link and photo on its page.
    await makeStaff(h.domain, "k.grid", "grid_worker", grid1.code);
    const browser = consoleBrowser(async (path, init) => h.app.request(path, init));
    expect((await browser.login("k.grid", PASSWORD)).status).toBe(303);
    const page = await browser.page(`/console/cases/${row!.c.ref}`);
    expect(page).toContain('data-testid="complaint-about"');
    expect(page).toContain("路灯道路");
    expect(page).toContain("https://www.openstreetmap.org/?mlat=");
    expect(page).toContain(`/console/cases/${row!.c.ref}/files/${photos[0]!.id}`);
    // "Fixed" without words is refused and changes nothing; with them it is fixed.
    const refused = await browser.post(`/console/cases/${row!.c.ref}/status`, { status: "fixed", note: "" });
    expect(refused.status).toBe(400);
    expect((await findCase(h.db.orm, row!.c.id))!.status).toBe("open");
    await browser.page(`/console/cases/${row!.c.ref}`);
    expect((await browser.post(`/console/cases/${row!.c.ref}/status`, { status: "in_progress", note: "电工明天上午来" })).status).toBe(303);
    await browser.page(`/console/cases/${row!.c.ref}`);
    expect((await browser.post(`/console/cases/${row!.c.ref}/status`, { status: "fixed", note: "已换新灯" })).status).toBe(303);
    expect((await findCase(h.db.orm, row!.c.id))!.status).toBe("fixed");
    await h.runJob("outbox");
    const waiting = await inbox(send.cookie());
    const words = waiting.map((r) => r.text ?? "").join("\n");
    expect(words).toContain("电工明天上午来");
    expect(words).toContain(zh("report-verdict-ask", { ref: row!.c.ref }));
    const fixedButton = waiting.flatMap((r) => r.buttons ?? []).flat().find((b) => b.label === zh("button-verdict-fixed"))!;
    body = (await (await send({ kind: "choice", data: fixedButton.data })).json()) as Body;
    const five = buttonsOf(body).find((b) => b.label === zh("button-rate-5"))!;
    await send({ kind: "choice", data: five.data });
    expect((await findCase(h.db.orm, row!.c.id))!).toMatchObject({ status: "closed", rating: 5 });
    const verdicts = await h.db.orm.select().from(complaintVerdicts);
    expect(verdicts.map((v) => [v.verdict, v.rating])).toEqual([["fixed", 5]]);
    expect(ct("complaint-about")).toBeTruthy();
  });
});

describe("a complaint's life", () => {
  it("a duplicate over the staff API moves its followers to the original; the API refuses a duplicate of another community", async () => {
    const a = await telegramResident(9101);
    const b = await telegramResident(9102);
    const c = await telegramResident(9103);
    const c1 = (await findCommunityByCode(h.db.orm, community.code))!;
    const lights = await categoryId("lights-roads");
    const original = await fileComplaint(h.domain, { resident: a, communityId: c1.id, categoryId: lights, description: "5栋路灯不亮", place: { building: "5栋" } });
    const repeat = await fileComplaint(h.domain, { resident: b, communityId: c1.id, categoryId: lights, description: "5栋那边路灯坏了", place: { building: "5栋" } });
    expect(repeat.case.gridId).toBe(original.case.gridId);
    await h.db.atomic((await followComplaint(h.domain, c, repeat.case.id)).change);
    await makeStaff(h.domain, "k.cs", "community_staff", community.code);
    const token = await tokenFor(h.domain, "k.cs");
    const api = (path: string, payload: unknown) =>
      h.app.request(path, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(payload) });
    const bad = await api(`/api/staff/cases/${repeat.case.ref}/status`, { status: "duplicate", duplicate_of: "TS-20000101-0001" });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { field: string }).field).toBe("duplicate_of");
    const res = await api(`/api/staff/cases/${repeat.case.ref}/status`, { status: "duplicate", duplicate_of: original.case.ref });
    expect(res.status).toBe(200);
    const json = (await res.json()) as { status: string; complaint: { duplicate_of: string } };
    expect(json).toMatchObject({ status: "duplicate", complaint: { duplicate_of: original.case.ref } });
    const followers = (await h.db.orm.select().from(complaintFollowers).where(eq(complaintFollowers.caseId, original.case.id))).map((f) => f.residentId).sort();
    expect(followers).toEqual([b.id, c.id].sort());
    expect(await h.db.orm.select().from(complaintFollowers).where(eq(complaintFollowers.caseId, repeat.case.id))).toEqual([]);
    // A "me too" on the duplicate now is refused.
    await expect(followComplaint(h.domain, a, repeat.case.id)).rejects.toThrow("not-open");
  });

  it("not fixed reopens it twice, then it goes to the street; an overdue one is escalated to its grid worker first; 7 days without a verdict close it unconfirmed", async () => {
    const a = await telegramResident(9201);
    const c1 = (await findCommunityByCode(h.db.orm, community.code))!;
    const smoke = await categoryId("oil-smoke-noise");
    const filed = await fileComplaint(h.domain, { resident: a, communityId: c1.id, categoryId: smoke, description: "烧烤店油烟", place: { building: "2栋" } });
    // The grid worker, linked to Telegram, is told when it is overdue (level 1), then the community's staff (level 2).
    await h.db.orm.update(staff).set({ telegramUserId: "9299" }).where(eq(staff.username, `gw-${grid1.code}`));
    h.clock.now += 2 * DAY;
    await h.runJob("escalation");
    let c = (await findCase(h.db.orm, filed.case.id))!;
    expect(c.escalation).toBe(1);
    const told = await h.db.orm.select().from(outbox).where(eq(outbox.address, "9299"));
    expect(told).toHaveLength(1);
    await h.runJob("escalation");
    expect((await findCase(h.db.orm, filed.case.id))!.escalation).toBe(1); // each level once, at its own time

    const viewer = (await staffOfTelegram(h.domain, 9299))!;
    for (let round = 0; round < 3; round++) {
      c = (await findCase(h.db.orm, filed.case.id))!;
      await setCaseStatus(h.domain, viewer, c, "fixed", "console", `第${round + 1}次处理`);
      c = (await findCase(h.db.orm, filed.case.id))!;
      const given = await giveVerdict(h.domain, a, c.id, c.reopenedCount, "not_fixed");
      await h.db.atomic(given.change);
      expect(given.outcome).toBe(round < 2 ? "reopened" : "escalated");
    }
    c = (await findCase(h.db.orm, filed.case.id))!;
    expect(c).toMatchObject({ status: "in_progress", reopenedCount: 3, escalation: 3 });

    // Fixed again; nobody answers for 7 days: closed, unconfirmed.
    await setCaseStatus(h.domain, viewer, c, "fixed", "console", "第四次处理");
    h.clock.now += 8 * DAY;
    await h.runJob("verdicts");
    c = (await findCase(h.db.orm, filed.case.id))!;
    expect(c.status).toBe("closed");
    const [k] = await h.db.orm.select().from(complaints).where(eq(complaints.caseId, c.id));
    expect(k!.unconfirmed).toBe(true);
  });

  it("forgetting a resident redacts what they reported and drops their me-toos; their verdicts count without them", async () => {
    const a = await telegramResident(9301);
    const b = await telegramResident(9302);
    const c1 = (await findCommunityByCode(h.db.orm, community.code))!;
    const filed = await fileComplaint(h.domain, { resident: a, communityId: c1.id, categoryId: await categoryId("environment"), description: "我家 13912345678 楼下垃圾没人收", place: { text: "3栋我家门口" } });
    await h.db.atomic((await followComplaint(h.domain, b, filed.case.id)).change);
    await h.db.atomic(forget(a));
    await h.db.atomic(forget(b));
    const [k] = await h.db.orm.select().from(complaints).where(eq(complaints.caseId, filed.case.id));
    expect(k!.description).not.toContain("13912345678");
    expect(k!.placeText).toBeNull();
    expect(await h.db.orm.select().from(complaintFollowers)).toEqual([]);
    expect((await findCase(h.db.orm, filed.case.id))!.residentId).toBeNull();
    // A category row is never a resident's: untouched.
    expect((await h.db.orm.select().from(complaintCategories)).length).toBeGreaterThan(5);
  });

  it("a forged me too through the chat: another community's complaint, a closed one, a conversation — refused, nothing changes", async () => {
    const a = await telegramResident(9401);
    const other = demoDistricts[0]!.streets[0]!.communities[0]!;
    const elsewhere = (await findCommunityByCode(h.db.orm, other.code))!;
    const theirs = await fileComplaint(h.domain, { resident: a, communityId: elsewhere.id, categoryId: (await categoriesFor(h.domain, elsewhere.id))[0]!.id, description: "别处的问题" });
    const b = await telegramResident(9402);
    await h.post({ update_id: 1_900_001, callback_query: { id: "q", from: { id: 9402, is_bot: false, first_name: "b" }, chat_instance: "ci", data: reportButtons.encode("same", theirs.case.id), message: { message_id: 1, date: 0, chat: { id: 9402, type: "private" }, text: "…" } } });
    expect(h.said(9402).at(-1)).toBe(zh("report-follow-refused"));
    expect(await h.db.orm.select().from(complaintFollowers)).toEqual([]);
    expect(b.communityId).not.toBe(elsewhere.id);
    // A conversation with staff is no complaint; a closed complaint cannot be followed.
    await h.post(text({ id: 9402 }, "转人工"));
    const [conversation] = await h.db.orm.select().from(cases).where(eq(cases.kind, "conversation"));
    await expect(followComplaint(h.domain, a, conversation!.id)).rejects.toThrow("not-found");
    const c1 = (await findCommunityByCode(h.db.orm, community.code))!;
    const ours = await fileComplaint(h.domain, { resident: b, communityId: c1.id, categoryId: await categoryId("parking"), description: "车堵在楼道口" });
    await h.db.orm.update(cases).set({ status: "closed" }).where(eq(cases.id, ours.case.id));
    const sameCommunity = await telegramResident(9403);
    await expect(followComplaint(h.domain, sameCommunity, ours.case.id)).rejects.toThrow("not-open");
    expect(await h.db.orm.select().from(complaintFollowers)).toEqual([]);
  });
});

// Cases in the staff console, as staff use them: the queue of my scope with its filters and counts, a
// case's page with the resident as staff may see them and the whole timeline, and the forms — a reply
// that reaches the resident (outbox → fake Bot API) and the topic, a note the resident never sees, take,
// assign, close, reopen — with the audit rows. Overdue cases are flagged; files are served after a
// scope check; a case outside my scope is the 404 of one that does not exist.
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findCaseByRef, type Case } from "../../src/db/queries/cases.js";
import { findStaffByUsername } from "../../src/db/queries/staff.js";
import { assignCase, replyToCase, setCaseStatus } from "../../src/domain/cases/actions.js";
import { loadViewer } from "../../src/domain/staff/actor.js";
import { auditLog, caseEvents, cases, media, outbox, residents } from "../../src/db/schema.js";
import { onboardingButtons } from "../../src/flows/onboarding.js";
import { consoleTranslator } from "../../src/i18n/console.js";
import { translator } from "../../src/i18n/index.js";
import { openedCase, telegramResidentAsks } from "../support/cases.js";
import { consoleBrowser, type ConsoleBrowser } from "../support/console.js";
import { OWN_ORIGIN, startHarness, webChatClient, type Harness } from "../support/harness.js";
import { makeStaff, PASSWORD } from "../support/staff.js";
import { contact, text, type Person } from "../support/updates.js";

const zh = translator("zh");
const t = consoleTranslator("zh");
// A Monday, 10:00 in Wuhan: the office is open.
const MONDAY_10 = Date.parse("2026-11-30T02:00:00Z");
const HOUR = 60 * 60 * 1000;

let h: Harness;
let community: ConsoleBrowser; // community_staff at ja-huiminyuan
let grid: ConsoleBrowser; // grid_worker at ja-huiminyuan-1
let other: ConsoleBrowser; // community_staff at ja-sanyanqiao
const wang: Person = { id: 7101, first_name: "王阿姨", language_code: "zh" };
let wangCase: Case;

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const staffName = "社区工作人员 测试k.community";

beforeAll(async () => {
  h = await startHarness({ now: MONDAY_10 });
  await makeStaff(h.domain, "k.community", "community_staff", "ja-huiminyuan");
  await makeStaff(h.domain, "k.grid", "grid_worker", "ja-huiminyuan-1");
  await makeStaff(h.domain, "k.other", "community_staff", "ja-sanyanqiao");
  community = consoleBrowser(async (path, init) => h.app.request(path, init));
  grid = consoleBrowser(async (path, init) => h.app.request(path, init));
  other = consoleBrowser(async (path, init) => h.app.request(path, init));
  expect((await community.login("k.community", PASSWORD)).status).toBe(303);
  expect((await grid.login("k.grid", PASSWORD)).status).toBe(303);
  expect((await other.login("k.other", PASSWORD)).status).toBe(303);
  // Wang shares her phone number, then asks for a person.
  await h.post(text(wang, "/start c-ja-huiminyuan"));
  await h.tap(wang, zh("button-consent-yes"));
  await h.post(contact(wang, "+8613911112222", wang.id));
  wangCase = await telegramResidentAsks(h, wang, "ja-huiminyuan", "楼道的灯坏了三天了");
}, 60_000);

afterAll(() => h?.close());

const rowsOf = (caseId: number) => h.db.orm.select().from(outbox).where(eq(outbox.caseId, caseId)).orderBy(outbox.id);
const lastAudit = async () => (await h.db.orm.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0]!;
const fresh = async (c: Case) => (await findCaseByRef(h.db.orm, c.ref))!;

/** Runs the outbox once the per-chat pacing lets it send again (a second per chat, three per topic). */
async function deliver() {
  h.clock.now += 3000;
  await h.runJob("outbox");
}

/** After the clock moved past the sessions' idle time. */
async function logInAgain() {
  for (const [browser, username] of [[community, "k.community"], [grid, "k.grid"], [other, "k.other"]] as const) {
    browser.cookies.clear();
    expect((await browser.login(username, PASSWORD)).status).toBe(303);
  }
}

describe("the case queue", () => {
  it("lists the cases of my scope newest first, with the counts in the navigation and on the home page", async () => {
    const elsewhere = await openedCase(h.domain, h.db, { community: "ja-sanyanqiao", externalId: "9100001", words: "三眼桥的问题" });
    const home = await community.page("/console");
    const nav = home.match(/<nav[\s\S]*<\/nav>/)![0];
    expect(nav).toContain(t("nav-cases"));
    expect(nav).toContain(t("nav-cases-waiting", { count: 1 }));
    expect(home).toContain(t("cases-count-line", { kind: t("case-kind-conversation"), status: t("case-status-open"), count: 1 }));

    const queue = await community.page("/console/cases");
    expect(queue).toContain(wangCase.ref);
    expect(queue).toContain(t("cases-last-words", { words: "楼道的灯坏了三天了" }));
    expect(queue).not.toContain(elsewhere.ref);
    expect(queue).not.toContain("三眼桥的问题");
    expect(await other.page("/console/cases")).toContain(elsewhere.ref);

    // Filters: nobody has it yet; it is not mine; it is not closed.
    expect(await community.page("/console/cases?assignee=nobody")).toContain(wangCase.ref);
    expect(await community.page("/console/cases?assignee=me")).toContain(t("cases-empty"));
    expect(await community.page("/console/cases?status=closed")).toContain(t("cases-empty"));
    expect(await community.page("/console/cases?kind=complaint")).toContain(t("cases-empty"));
    expect(await community.page("/console/cases?status=all&kind=conversation")).toContain(wangCase.ref);
    // A filter by a community outside my scope is not found, as one that does not exist.
    expect((await community.get("/console/cases?community=ja-sanyanqiao")).status).toBe(404);
    expect((await community.get("/console/cases?community=ja-huiminyuan")).status).toBe(200);
  });

  it("pages through many cases, newest activity first", async () => {
    const made: Case[] = [];
    for (let i = 0; i < 27; i++) {
      h.clock.now += 1000;
      made.push(await openedCase(h.domain, h.db, { community: "ja-huiminyuan", externalId: `92000${i}`, words: `第${i}件事` }));
    }
    const first = await community.page("/console/cases");
    const refsOf = (html: string) => [...html.matchAll(/data-ref="([^"]+)"/g)].map((m) => m[1]);
    expect(refsOf(first)).toHaveLength(25);
    expect(refsOf(first)[0]).toBe(made.at(-1)!.ref);
    expect(first).toContain('href="/console/cases?page=2"');
    const second = await community.page("/console/cases?page=2");
    expect(refsOf(second)).toEqual([made[1]!.ref, made[0]!.ref, wangCase.ref]);
    expect(second).toContain('href="/console/cases"');
    expect(second).not.toContain("page=3");
    // Closing them again keeps the rest of the file's counts simple.
    for (const c of made) {
      await community.page(`/console/cases/${c.ref}`);
      expect((await community.post(`/console/cases/${c.ref}/close`)).status).toBe(303);
    }
  });
});

describe("a case's page", () => {
  it("shows the resident as staff may see them and the whole timeline", async () => {
    const html = await community.page(`/console/cases/${wangCase.ref}`);
    expect(html).toContain(t("case-title", { ref: wangCase.ref }));
    expect(html).toContain("王阿姨");
    expect(html).toContain("+86139****2222");
    expect(html).not.toContain("13911112222");
    expect(html).toContain(t("channel-telegram"));
    expect(html).toContain(t("language-zh"));
    expect(html).toContain("惠民苑社区");
    expect(html).toContain("楼道的灯坏了三天了");
    expect(html).toContain(t("case-status-open"));
    // No script, and every form carries the session's CSRF token.
    expect(html).not.toContain("<script");
    const forms = html.match(/<form method="post"/g)!.length;
    expect(html.match(/name="csrf" value="[^"]+"/g)!.length).toBeGreaterThanOrEqual(forms);
  });

  it("sends a reply to the resident and the topic through the outbox, and records who answered", async () => {
    await community.page(`/console/cases/${wangCase.ref}`);
    const before = (await rowsOf(wangCase.id)).length;
    const at = h.clock.now;
    const res = await community.post(`/console/cases/${wangCase.ref}/reply`, { text: "您好，电工下午两点上门。" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/console/cases/${wangCase.ref}?done=replied`);
    const rows = (await rowsOf(wangCase.id)).slice(before);
    expect(rows.map((r) => [r.route, r.address, r.state])).toEqual([
      ["telegram", String(wang.id), "pending"],
      ["topic", String(wangCase.id), "pending"],
    ]);
    expect(rows[0]!.body).toMatchObject({ notice: { module: "human", name: "reply", args: { ref: wangCase.ref, text: "您好，电工下午两点上门。" } } });
    expect(rows[1]!.body).toMatchObject({ topic: { post: "message", from: "staff", text: "您好，电工下午两点上门。" } });

    await deliver();
    expect(h.said(wang.id)).toContain(zh("human-reply", { staff: staffName, text: "您好，电工下午两点上门。" }));

    const c = await fresh(wangCase);
    expect(c).toMatchObject({ status: "answered", firstResponseAt: at, lastActivityAt: at });
    expect(c.assigneeStaffId).not.toBeNull();
    const html = await community.page(`/console/cases/${wangCase.ref}?done=replied`);
    expect(html).toContain(t("done-replied"));
    expect(html).toContain("您好，电工下午两点上门。");
    expect(html).toContain(`${staffName} · ${t("case-event-message-out")} · ${t("case-via-console")}`);
    expect(html).toContain(t("case-status-answered"));
  });

  it("keeps an internal note from the resident, marked as such", async () => {
    const before = (await rowsOf(wangCase.id)).length;
    const res = await community.post(`/console/cases/${wangCase.ref}/note`, { text: "王阿姨住 3 栋 2 单元" });
    expect(res.status).toBe(303);
    const rows = (await rowsOf(wangCase.id)).slice(before);
    expect(rows.map((r) => r.route)).toEqual(["topic"]);
    await deliver();
    expect(h.said(wang.id).join("\n")).not.toContain("3 栋 2 单元");
    const html = await community.page(`/console/cases/${wangCase.ref}`);
    expect(html).toMatch(new RegExp(`class="note"[^>]*>[\\s\\S]*?${escape(t("case-event-note"))}[\\s\\S]*?王阿姨住 3 栋 2 单元`));
  });

  it("refuses an empty reply and keeps what was typed for a note that is too long", async () => {
    const empty = await community.post(`/console/cases/${wangCase.ref}/reply`, { text: "   " });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain(t("error-invalid", { field: t("field-text"), reason: t("reason-required") }));
    const long = "长".repeat(4001);
    const tooLong = await community.post(`/console/cases/${wangCase.ref}/note`, { text: long });
    expect(tooLong.status).toBe(400);
    expect(await tooLong.text()).toContain(long);
  });

  it("assigns to staff whose scope reaches the case, takes it back, and audits both", async () => {
    await community.page(`/console/cases/${wangCase.ref}`);
    // The grid worker's scope does not reach a case that has no grid.
    const refused = await community.post(`/console/cases/${wangCase.ref}/assign`, { username: "k.grid" });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain(escape(t("error-assignee", { username: "k.grid" })));
    const nobody = await community.post(`/console/cases/${wangCase.ref}/assign`, { username: "no.such.person" });
    expect(nobody.status).toBe(400);

    const res = await community.post(`/console/cases/${wangCase.ref}/assign`, { username: "cs-ja-huiminyuan" });
    expect(res.status).toBe(303);
    const row = await lastAudit();
    expect(row).toMatchObject({ actor: "staff:k.community", action: "case.assign", detail: { case: wangCase.ref, before: { assignee: "k.community" }, after: { assignee: "cs-ja-huiminyuan" } }, communityId: wangCase.communityId });
    const page = await community.page(`/console/cases/${wangCase.ref}?done=assigned`);
    expect(page).toContain(t("done-assigned"));
    expect(await community.page("/console/cases?assignee=me")).toContain(t("cases-empty"));

    const taken = await community.post(`/console/cases/${wangCase.ref}/take`);
    expect(taken.status).toBe(303);
    expect((await lastAudit()).detail).toMatchObject({ after: { assignee: "k.community" } });
    expect(await community.page("/console/cases?assignee=me")).toContain(wangCase.ref);
    const assignments = await h.db.orm.select().from(caseEvents).where(and(eq(caseEvents.caseId, wangCase.id), eq(caseEvents.kind, "assignment")));
    expect(assignments).toHaveLength(2);
  });

  it("closes the case (the resident is asked for a rating) and reopens it, both audited", async () => {
    await community.page(`/console/cases/${wangCase.ref}`);
    expect((await community.post(`/console/cases/${wangCase.ref}/close`)).status).toBe(303);
    expect(await lastAudit()).toMatchObject({ action: "case.close", detail: { case: wangCase.ref, before: { status: "answered" }, after: { status: "closed" } } });
    expect((await fresh(wangCase)).status).toBe("closed");
    await deliver();
    expect(h.said(wang.id)).toContain(zh("human-rate", { ref: wangCase.ref }));
    // She rates it with one tap: the rating stands in the timeline and with the case.
    await h.tap(wang, zh("button-rate-4"));
    await h.tap(wang, zh("button-rate-skip"));

    const closedPage = await community.page(`/console/cases/${wangCase.ref}`);
    expect(closedPage).toContain(t("case-event-rating", { rating: 4 }));
    expect(closedPage).toContain(t("case-rating", { rating: 4 }));
    expect(closedPage).toContain(t("case-closed-reply"));
    expect(closedPage).not.toContain('action="/console/cases/' + wangCase.ref + '/reply"');
    // A reply to a closed case (a form from an older page) is refused; closing twice too.
    const late = await community.post(`/console/cases/${wangCase.ref}/reply`, { text: "还在吗？" });
    expect(late.status).toBe(409);
    expect(await late.text()).toContain(t("error-closed"));
    expect((await community.post(`/console/cases/${wangCase.ref}/close`)).status).toBe(409);

    expect((await community.post(`/console/cases/${wangCase.ref}/reopen`)).status).toBe(303);
    expect(await lastAudit()).toMatchObject({ action: "case.reopen", detail: { before: { status: "closed" }, after: { status: "open" } } });
    const c = await fresh(wangCase);
    expect(c).toMatchObject({ status: "open", closedAt: null, reopenedCount: 1 });
    expect((await community.post(`/console/cases/${wangCase.ref}/reopen`)).status).toBe(409);
    const html = await community.page(`/console/cases/${wangCase.ref}`);
    expect(html).toContain(t("case-event-status", { from: t("case-status-answered"), to: t("case-status-closed") }));
    expect(html).toContain(t("case-event-status", { from: t("case-status-closed"), to: t("case-status-open") }));
  });

  it("answers a case outside my scope exactly as one that does not exist, and changes nothing", async () => {
    const missing = "ZX-20261130-9999";
    const [a, b] = [await other.get(`/console/cases/${wangCase.ref}`), await other.get(`/console/cases/${missing}`)];
    expect([a.status, b.status]).toEqual([404, 404]);
    expect(await a.text()).toBe(await b.text());
    // A grid worker does not reach a case of the community that is on no grid.
    expect((await grid.get(`/console/cases/${wangCase.ref}`)).status).toBe(404);
    expect(await grid.page("/console/cases")).not.toContain(wangCase.ref);

    const events = (await h.db.orm.select().from(caseEvents).where(eq(caseEvents.caseId, wangCase.id))).length;
    await other.page("/console/cases");
    for (const [path, form] of [
      ["reply", { text: "越权" }],
      ["note", { text: "越权" }],
      ["take", {}],
      ["assign", { username: "k.other" }],
      ["close", {}],
      ["reopen", {}],
    ] as const) {
      expect((await other.post(`/console/cases/${wangCase.ref}/${path}`, form)).status).toBe(404);
    }
    expect((await other.get(`/console/cases/${wangCase.ref}/files/1`)).status).toBe(404);
    expect((await h.db.orm.select().from(caseEvents).where(eq(caseEvents.caseId, wangCase.id))).length).toBe(events);
  });

  it("refuses a form without the session's CSRF token", async () => {
    await community.page(`/console/cases/${wangCase.ref}`);
    const res = await community.post(`/console/cases/${wangCase.ref}/reply`, { csrf: "forged", text: "伪造" });
    expect(res.status).toBe(403);
  });
});

describe("grid workers", () => {
  it("see and work on the cases of their grid, and only those", async () => {
    const onGrid = await openedCase(h.domain, h.db, { community: "ja-huiminyuan", grid: "ja-huiminyuan-1", externalId: "9300001", words: "一网格的井盖松了" });
    const onOther = await openedCase(h.domain, h.db, { community: "ja-huiminyuan", grid: "ja-huiminyuan-2", externalId: "9300002", words: "二网格的事" });
    const queue = await grid.page("/console/cases");
    expect(queue).toContain(onGrid.ref);
    expect(queue).not.toContain(onOther.ref);
    expect((await grid.get(`/console/cases/${onOther.ref}`)).status).toBe(404);
    await grid.page(`/console/cases/${onGrid.ref}`);
    expect((await grid.post(`/console/cases/${onGrid.ref}/take`)).status).toBe(303);
    expect((await grid.post(`/console/cases/${onGrid.ref}/reply`, { text: "我马上去看。" })).status).toBe(303);
    expect(await fresh(onGrid)).toMatchObject({ status: "answered" });
    // The community's staff see both, and may give the grid's case to its grid worker.
    const all = await community.page("/console/cases");
    expect(all).toContain(onGrid.ref);
    expect(all).toContain(onOther.ref);
    expect((await community.post(`/console/cases/${onOther.ref}/assign`, { username: "gw-ja-huiminyuan-2" })).status).toBe(303);
    expect((await community.post(`/console/cases/${onOther.ref}/assign`, { username: "k.grid" })).status).toBe(400);
  });
});

describe("two staff members at once", () => {
  it("refuses an action on a case someone else closed or took a moment ago, and changes nothing", async () => {
    const c = await openedCase(h.domain, h.db, { community: "ja-huiminyuan", externalId: "9350001", words: "两个人同时处理" });
    const viewer = await loadViewer(h.domain, (await findStaffByUsername(h.db.orm, "k.community"))!, null);
    // The API read the case while it was open and nobody's; meanwhile the console closed it.
    const seen = await fresh(c);
    await community.page(`/console/cases/${c.ref}`);
    expect((await community.post(`/console/cases/${c.ref}/close`)).status).toBe(303);
    const events = (await h.db.orm.select().from(caseEvents).where(eq(caseEvents.caseId, c.id))).length;
    const queued = (await rowsOf(c.id)).length;
    for (const act of [
      () => replyToCase(h.domain, viewer, seen, { text: "我来回复" }, "console"),
      () => assignCase(h.domain, viewer, seen, "cs-ja-huiminyuan", "console"),
      () => setCaseStatus(h.domain, viewer, seen, "closed", "api"),
    ]) {
      await expect(act()).rejects.toMatchObject({ code: "changed" });
    }
    expect((await h.db.orm.select().from(caseEvents).where(eq(caseEvents.caseId, c.id))).length).toBe(events);
    expect((await rowsOf(c.id)).length).toBe(queued);
    expect((await fresh(c)).status).toBe("closed");
  });
});

describe("deadlines", () => {
  it("flags a case unanswered past its deadline in the queue, the navigation and its page", async () => {
    const late = await openedCase(h.domain, h.db, { community: "ja-huiminyuan", externalId: "9400001", words: "没人理我" });
    expect(late.dueAt).not.toBeNull();
    expect(await community.page("/console/cases?overdue=1")).not.toContain(late.ref);
    h.clock.now = late.dueAt! + 1;
    await logInAgain();
    const queue = await community.page("/console/cases?overdue=1");
    expect(queue).toContain(late.ref);
    expect(queue).toMatch(new RegExp(`class="overdue" data-testid="queue-line" data-ref="${late.ref}"`));
    expect(queue.match(/<nav[\s\S]*<\/nav>/)![0]).toMatch(/class="badge late">\d+ 件超时/);
    const page = await community.page(`/console/cases/${late.ref}`);
    expect(page).toContain('data-testid="overdue-text"');
    // Answered, it is no longer overdue.
    expect((await community.post(`/console/cases/${late.ref}/reply`, { text: "抱歉久等了。" })).status).toBe(303);
    expect(await community.page("/console/cases?overdue=1")).not.toContain(late.ref);
    // An escalated case waiting for an answer is flagged whatever its deadline says.
    const escalated = await openedCase(h.domain, h.db, { community: "ja-huiminyuan", externalId: "9400002", words: "升级了" });
    await h.db.orm.update(cases).set({ escalation: 2, dueAt: h.clock.now + HOUR }).where(eq(cases.id, escalated.id));
    const flagged = await community.page(`/console/cases/${escalated.ref}`);
    expect(flagged).toContain(t("case-escalated-2"));
    expect(await community.page("/console/cases?overdue=1")).toContain(escalated.ref);
  });
});

describe("files and places in the timeline", () => {
  it("shows a web chat resident's photo through the console after a scope check, and a location as a map link", async () => {
    const send = webChatClient(h.app);
    await send({ kind: "command", name: "start", payload: "c-ja-huiminyuan" });
    await send({ kind: "choice", data: onboardingButtons.encode("consent", "yes") });
    await send({ kind: "text", text: "转人工" });
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);
    const upload = await h.app.request("/chat/api/photos", { method: "POST", headers: { "content-type": "image/jpeg", origin: OWN_ORIGIN, cookie: send.cookie() }, body: jpeg });
    expect(upload.status).toBe(200);
    const sessionId = /^linli_chat=([0-9a-f]{32})/.exec(send.cookie())![1]!;
    const [resident] = await h.db.orm.select().from(residents).where(and(eq(residents.channel, "web"), eq(residents.externalId, sessionId)));
    const [c] = await h.db.orm.select().from(cases).where(eq(cases.residentId, resident!.id));
    const [photo] = await h.db.orm.select().from(caseEvents).where(and(eq(caseEvents.caseId, c!.id), eq(caseEvents.kind, "message_in")));
    expect(photo!.attachment).toMatchObject({ kind: "photo" });
    expect((await h.db.orm.select().from(media)).length).toBeGreaterThan(0);

    const html = await community.page(`/console/cases/${c!.ref}`);
    expect(html).toContain(t("channel-web"));
    expect(html).toContain(`<img src="/console/cases/${c!.ref}/files/${photo!.id}"`);
    const file = await community.get(`/console/cases/${c!.ref}/files/${photo!.id}`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("image/jpeg");
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(jpeg);
    // Outside the scope, or an event of another case: not found.
    expect((await other.get(`/console/cases/${c!.ref}/files/${photo!.id}`)).status).toBe(404);
    expect((await community.get(`/console/cases/${wangCase.ref}/files/${photo!.id}`)).status).toBe(404);

    // A location from Telegram (back in the conversation Wang's case was reopened in): a link to the map.
    await h.post(text(wang, "转人工"));
    await h.post({
      update_id: 990001,
      message: { message_id: 99001, date: Math.floor(Date.now() / 1000), chat: { id: wang.id, type: "private", first_name: "王阿姨" }, from: { id: wang.id, is_bot: false, first_name: "王阿姨" }, location: { latitude: 30.6471, longitude: 114.2748 } },
    });
    const withPlace = await community.page(`/console/cases/${wangCase.ref}`);
    expect(withPlace).toContain("https://www.openstreetmap.org/?mlat=30.6471&amp;mlon=114.2748");
  });

  it("shows that the resident blocked the bot, in the timeline, the resident's card and the delivery list", async () => {
    h.telegram.failNext("sendMessage", { error_code: 403, description: "Forbidden: bot was blocked by the user" }, 1, wang.id);
    await community.page(`/console/cases/${wangCase.ref}`);
    expect((await community.post(`/console/cases/${wangCase.ref}/reply`, { text: "您还在吗？" })).status).toBe(303);
    await deliver();
    const html = await community.page(`/console/cases/${wangCase.ref}`);
    expect(html).toContain(t("case-event-unreachable"));
    expect(html).toContain('data-testid="unreachable"');
    const [gone] = await h.db.orm.select().from(outbox).where(and(eq(outbox.caseId, wangCase.id), eq(outbox.state, "unreachable")));
    expect(gone!.lastError).toContain("blocked");
    expect(html).toContain(escape(t("case-delivery-unreachable", { route: t("case-route-telegram"), error: gone!.lastError! })));
  });
});

// The staff API's cases (/api/staff/cases…) over HTTP on better-sqlite3: the list of my scope with its
// filters and pages, a case with its timeline, a reply that reaches the resident (outbox → fake Bot
// API) and the topic, a note, status changes the kind allows (and a 400 naming them otherwise), giving
// the case to someone whose scope reaches it; 401 without a token, 404 outside the scope.
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Case } from "../../src/db/queries/cases.js";
import { auditLog, outbox } from "../../src/db/schema.js";
import { translator } from "../../src/i18n/index.js";
import { openedCase, telegramResidentAsks } from "../support/cases.js";
import { startHarness, type Harness } from "../support/harness.js";
import { makeStaff, tokenFor } from "../support/staff.js";
import type { Person } from "../support/updates.js";

const zh = translator("zh");
const MONDAY_10 = Date.parse("2026-11-30T02:00:00Z");

let h: Harness;
let community: string; // community_staff at ja-huiminyuan
let gridWorker: string; // grid_worker at ja-huiminyuan-1
let other: string; // community_staff at ja-sanyanqiao
const li: Person = { id: 7201, first_name: "李大爷", language_code: "zh" };
let liCase: Case;
let gridCase: Case;
let elsewhere: Case;

beforeAll(async () => {
  h = await startHarness({ now: MONDAY_10 });
  await makeStaff(h.domain, "a.community", "community_staff", "ja-huiminyuan", { password: false });
  await makeStaff(h.domain, "a.grid", "grid_worker", "ja-huiminyuan-1", { password: false });
  await makeStaff(h.domain, "a.other", "community_staff", "ja-sanyanqiao", { password: false });
  community = await tokenFor(h.domain, "a.community");
  gridWorker = await tokenFor(h.domain, "a.grid");
  other = await tokenFor(h.domain, "a.other");
  liCase = await telegramResidentAsks(h, li, "ja-huiminyuan", "小区门口的路灯不亮");
  h.clock.now += 1000;
  gridCase = await openedCase(h.domain, h.db, { community: "ja-huiminyuan", grid: "ja-huiminyuan-1", externalId: "9500001", words: "一网格的井盖" });
  h.clock.now += 1000;
  elsewhere = await openedCase(h.domain, h.db, { community: "ja-sanyanqiao", externalId: "9500002", words: "三眼桥的事" });
}, 60_000);

afterAll(() => h?.close());

const call = (token: string | null, path: string, body?: unknown, method = body === undefined ? "GET" : "POST") =>
  h.app.request(path, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { "content-type": "application/json" } : {}) },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });

type CaseJson = { ref: string; status: string; kind: string; assignee: { username: string } | null; community: { code: string }; grid: { code: string } | null; overdue: boolean; first_response_at: string | null };
type Detail = CaseJson & { resident: { name: string; channel: string; phone: string | null } | null; timeline: { id: number; kind: string; actor: string; text: string | null; staff: { username: string } | null; detail: Record<string, unknown> }[] };

async function deliver() {
  h.clock.now += 3000;
  await h.runJob("outbox");
}

describe("GET /api/staff/cases", () => {
  it("lists the cases of the token's scope, newest activity first, with filters and pages", async () => {
    const res = await call(community, "/api/staff/cases");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = (await res.json()) as { cases: CaseJson[]; page: number; next_page: number | null };
    expect(body.cases.map((c) => c.ref)).toEqual([gridCase.ref, liCase.ref]);
    expect(body).toMatchObject({ page: 1, next_page: null });
    expect(body.cases[0]).toMatchObject({ kind: "conversation", status: "open", community: { code: "ja-huiminyuan" }, grid: { code: "ja-huiminyuan-1" }, assignee: null, overdue: false });

    const paged = (await (await call(community, "/api/staff/cases?limit=1")).json()) as { cases: CaseJson[]; next_page: number | null };
    expect(paged.cases.map((c) => c.ref)).toEqual([gridCase.ref]);
    expect(paged.next_page).toBe(2);
    const second = (await (await call(community, "/api/staff/cases?limit=1&page=2")).json()) as { cases: CaseJson[]; next_page: number | null };
    expect(second.cases.map((c) => c.ref)).toEqual([liCase.ref]);
    expect(second.next_page).toBeNull();

    const grid = (await (await call(gridWorker, "/api/staff/cases")).json()) as { cases: CaseJson[] };
    expect(grid.cases.map((c) => c.ref)).toEqual([gridCase.ref]);
    const closed = (await (await call(community, "/api/staff/cases?status=closed&kind=conversation&community=ja-huiminyuan")).json()) as { cases: CaseJson[] };
    expect(closed.cases).toEqual([]);
    const nobody = (await (await call(community, "/api/staff/cases?assignee=nobody&overdue=false")).json()) as { cases: CaseJson[] };
    expect(nobody.cases).toHaveLength(2);
    // Parameters left empty filter nothing.
    const blank = (await (await call(community, "/api/staff/cases?status=&kind=&community=")).json()) as { cases: CaseJson[] };
    expect(blank.cases).toHaveLength(2);
  });

  it("answers a bad filter with a 400 that names what is allowed, and a community outside the scope with a 404", async () => {
    const bad = await call(community, "/api/staff/cases?status=pending");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'status: must be one of "open", "answered", "closed", "investigating", "action_scheduled", "in_progress", "fixed", "not_responsible", "duplicate", "reopened"', field: "status" });
    expect((await call(community, "/api/staff/cases?kind=anything")).status).toBe(400);
    expect((await call(community, "/api/staff/cases?limit=1000")).status).toBe(400);
    expect((await call(community, "/api/staff/cases?page=0")).status).toBe(400);
    expect((await call(community, "/api/staff/cases?community=ja-sanyanqiao")).status).toBe(404);
    expect((await call(null, "/api/staff/cases")).status).toBe(401);
  });
});

describe("one case", () => {
  it("GET gives the case with the resident as staff may see them and the whole timeline", async () => {
    const res = await call(community, `/api/staff/cases/${liCase.ref}`);
    expect(res.status).toBe(200);
    const c = (await res.json()) as Detail;
    expect(c).toMatchObject({ ref: liCase.ref, status: "open", resident: { name: "李大爷", channel: "telegram", phone: null } });
    expect(c.timeline.map((e) => [e.kind, e.actor, e.text])).toEqual([["message_in", "resident", "小区门口的路灯不亮"]]);
  });

  it("POST messages sends a reply to the resident and the topic, and a note only to staff", async () => {
    const before = (await h.db.orm.select().from(outbox).where(eq(outbox.caseId, liCase.id))).length;
    const res = await call(community, `/api/staff/cases/${liCase.ref}/messages`, { text: "明天上午修好。" });
    expect(res.status).toBe(201);
    const c = (await res.json()) as Detail;
    expect(c).toMatchObject({ status: "answered", assignee: { username: "a.community" } });
    expect(c.first_response_at).not.toBeNull();
    expect(c.timeline.at(-1)).toMatchObject({ kind: "message_out", actor: "staff", text: "明天上午修好。", staff: { username: "a.community" }, detail: { via: "api" } });
    const rows = (await h.db.orm.select().from(outbox).where(eq(outbox.caseId, liCase.id))).slice(before);
    expect(rows.map((r) => [r.route, r.address])).toEqual([
      ["telegram", String(li.id)],
      ["topic", String(liCase.id)],
    ]);
    await deliver();
    expect(h.said(li.id)).toContain(zh("human-reply", { staff: "社区工作人员 测试a.community", text: "明天上午修好。" }));

    const note = await call(community, `/api/staff/cases/${liCase.ref}/messages`, { text: "已派电工", internal: true });
    expect(note.status).toBe(201);
    expect(((await note.json()) as Detail).timeline.at(-1)).toMatchObject({ kind: "note", text: "已派电工" });
    const after = (await h.db.orm.select().from(outbox).where(eq(outbox.caseId, liCase.id))).slice(before + 2);
    expect(after.map((r) => r.route)).toEqual(["topic"]);
  });

  it("refuses bad bodies with a 400 and the reason", async () => {
    const path = `/api/staff/cases/${liCase.ref}/messages`;
    expect((await call(community, path, "{not json")).status).toBe(400);
    expect((await call(community, path, { text: 5 })).status).toBe(400);
    expect((await call(community, path, { text: "x", extra: 1 })).status).toBe(400);
    const empty = await call(community, path, { text: "  " });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toEqual({ error: "text: must not be empty", field: "text" });
    expect((await call(community, path, { text: "长".repeat(4001) })).status).toBe(400);
  });

  it("POST status closes and reopens a conversation, refuses a status it does not have, and audits each change", async () => {
    const path = `/api/staff/cases/${liCase.ref}/status`;
    const wrong = await call(community, path, { status: "answered" });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toEqual({ error: 'status: a conversation can be set to "open" or "closed"', field: "status" });
    expect((await call(community, path, { status: "resolved" })).status).toBe(400);

    const closed = await call(community, path, { status: "closed", note: "已修好" });
    expect(closed.status).toBe(200);
    const c = (await closed.json()) as Detail;
    expect(c.status).toBe("closed");
    expect(c.timeline.slice(-2).map((e) => e.kind)).toEqual(["note", "status"]);
    const [audit] = await h.db.orm.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(audit).toMatchObject({ actor: "staff:a.community", action: "case.close", detail: { case: liCase.ref, before: { status: "answered" }, after: { status: "closed" } } });
    await deliver();
    expect(h.said(li.id)).toContain(zh("human-rate", { ref: liCase.ref }));

    const again = await call(community, path, { status: "closed" });
    expect(again.status).toBe(409);
    expect(await again.json()).toEqual({ error: "the case is closed already" });
    const reply = await call(community, `/api/staff/cases/${liCase.ref}/messages`, { text: "还有问题吗？" });
    expect(reply.status).toBe(409);

    const reopened = await call(community, path, { status: "open" });
    expect(reopened.status).toBe(200);
    expect(((await reopened.json()) as Detail).status).toBe("open");
    expect((await h.db.orm.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0]).toMatchObject({ action: "case.reopen" });
    expect((await call(community, path, { status: "open" })).status).toBe(409);
  });

  it("POST assignee gives the case to staff whose scope reaches it, and to nobody else", async () => {
    const path = `/api/staff/cases/${gridCase.ref}/assignee`;
    const res = await call(community, path, { username: "a.grid" });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Detail).assignee).toMatchObject({ username: "a.grid" });
    expect((await h.db.orm.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0]).toMatchObject({ action: "case.assign", detail: { case: gridCase.ref, before: { assignee: null }, after: { assignee: "a.grid" } } });
    // A grid worker works on the cases of their grid.
    const taken = await call(gridWorker, `/api/staff/cases/${gridCase.ref}/messages`, { text: "我这就去。" });
    expect(taken.status).toBe(201);

    for (const username of ["a.other", "no.such.person", "gw-ja-huiminyuan-2"]) {
      const refused = await call(community, path, { username });
      expect(refused.status).toBe(400);
      expect(await refused.json()).toEqual({ error: `username: no staff member whose scope reaches this case has the username "${username}"`, field: "username" });
    }
    expect((await call(community, path, { user: "a.grid" })).status).toBe(400);
  });

  it("answers a case outside the scope exactly as one that does not exist, for every route", async () => {
    for (const [token, ref] of [
      [other, liCase.ref],
      [gridWorker, liCase.ref],
      [community, elsewhere.ref],
    ] as const) {
      const missing = "ZX-20261130-9999";
      for (const [suffix, body] of [
        ["", undefined],
        ["/messages", { text: "越权" }],
        ["/status", { status: "closed" }],
        ["/assignee", { username: "a.other" }],
        ["/events/1/file", undefined],
      ] as const) {
        const [a, b] = [await call(token, `/api/staff/cases/${ref}${suffix}`, body), await call(token, `/api/staff/cases/${missing}${suffix}`, body)];
        expect([a.status, b.status], `${ref}${suffix}`).toEqual([404, 404]);
        expect(await a.text()).toBe(await b.text());
      }
    }
    expect((await call(community, `/api/staff/cases/${elsewhere.ref}`)).status).toBe(404);
    expect((await call(other, `/api/staff/cases/${elsewhere.ref}`)).status).toBe(200);
  });
});

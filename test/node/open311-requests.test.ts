// Open311 GeoReport v2 requests: complaint categories listed as services; GET requests with the spec's
// filters (ids, service codes, dates, open/closed) and one request by id, in the spec's fields and
// status words, never with the resident or their words; bad input → 400 in the spec's error format.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { complaints } from "../../src/db/schema.js";
import { eq, sql } from "drizzle-orm";
import { DAY, HOUR, pastOne, placeIds, telegramResident, testCategory } from "../support/complaints.js";
import { startHarness, type Harness } from "../support/harness.js";

const NOW = Date.parse("2026-12-02T02:00:00Z");
let h: Harness;
let open: string;
let fixed: string;
let old: string;
let elsewhere: string;

const get = async (path: string) => {
  const res = await h.app.request(`/open311/v2${path}`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown>[] };
};

beforeAll(async () => {
  h = await startHarness({ now: NOW });
  const smoke = await testCategory(h.db, "test-smoke", "油烟", "Oil smoke");
  const water = await testCategory(h.db, "test-water", "供水", "Water supply");
  const g1 = await placeIds(h.domain, "ja-huiminyuan", "ja-huiminyuan-1");
  const resident = await telegramResident(h.db, 8901, NOW);
  open = await pastOne(h.db, { ...g1, categoryId: smoke, openedAt: NOW - 2 * DAY, status: "in_progress", residentId: resident.id, residentName: "赵大爷", description: "楼下饭店油烟，我电话13900001111" });
  await h.db.orm
    .update(complaints)
    .set({ latitude: 30.647123, longitude: 114.274877 })
    .where(eq(complaints.caseId, sql`(SELECT id FROM cases WHERE ref = ${open})`));
  fixed = await pastOne(h.db, { ...g1, categoryId: smoke, openedAt: NOW - 5 * DAY, status: "closed", acknowledgedAt: NOW - 5 * DAY + HOUR, fixedAt: NOW - 4 * DAY, closedAt: NOW - 3 * DAY });
  old = await pastOne(h.db, { ...g1, categoryId: smoke, openedAt: NOW - 120 * DAY, status: "closed" });
  elsewhere = await pastOne(h.db, { ...g1, categoryId: water, openedAt: NOW - DAY, status: "not_responsible" });
  await h.db.orm
    .update(complaints)
    .set({ elsewhereZh: "请拨打水务热线 027-85855885", elsewhereEn: "Call the water hotline 027-85855885" })
    .where(eq(complaints.caseId, sql`(SELECT id FROM cases WHERE ref = ${elsewhere})`));
}, 60_000);

afterAll(() => h?.close());

describe("Open311 requests", () => {
  it("lists the complaint categories as services in their own group", async () => {
    const { status, body } = await get("/services.json?locale=en");
    expect(status).toBe(200);
    expect(body.find((s) => s.service_code === "test-smoke")).toEqual({
      service_code: "test-smoke",
      service_name: "Oil smoke",
      description: "",
      metadata: false,
      type: "realtime",
      keywords: "",
      group: "Complaints",
    });
    const one = await get("/services/test-water.json");
    expect(one.body).toMatchObject({ service_code: "test-water", service_name: "供水", group: "民情诉求", attributes: [] });
  });

  it("answers the last 90 days by default, newest first, in the spec's fields and without the resident", async () => {
    const { status, body } = await get("/requests.json");
    expect(status).toBe(200);
    expect(body.map((r) => r.service_request_id)).toEqual([elsewhere, open, fixed]);
    const first = body.find((r) => r.service_request_id === open)!;
    expect(first).toMatchObject({
      status: "open",
      service_code: "test-smoke",
      service_name: "油烟",
      agency_responsible: "惠民苑社区",
      address: "惠民苑社区 第一网格",
      requested_datetime: new Date(NOW - 2 * DAY).toISOString(),
      expected_datetime: new Date(NOW - 2 * DAY + 5 * DAY).toISOString(),
      lat: 30.647,
      long: 114.275,
      description: "",
    });
    const text = JSON.stringify(body);
    expect(text).not.toContain("赵大爷");
    expect(text).not.toContain("13900001111");
    expect(text).not.toContain("油烟，我");
    expect(body.find((r) => r.service_request_id === fixed)).toMatchObject({ status: "closed", expected_datetime: null });
    expect(body.find((r) => r.service_request_id === elsewhere)).toMatchObject({ status: "closed", status_notes: "请拨打水务热线 027-85855885" });
  });

  it("filters by status, service code, dates and ids", async () => {
    expect((await get("/requests.json?status=closed")).body.map((r) => r.service_request_id)).toEqual([elsewhere, fixed]);
    expect((await get("/requests.json?status=open,closed&service_code=test-water")).body.map((r) => r.service_request_id)).toEqual([elsewhere]);
    expect((await get("/requests.json?service_code=nothing-here")).body).toEqual([]);
    const range = await get(`/requests.json?start_date=${new Date(NOW - 200 * DAY).toISOString()}&end_date=${new Date(NOW - 100 * DAY).toISOString()}`);
    expect(range.body.map((r) => r.service_request_id)).toEqual([old]);
    expect((await get("/requests.json?start_date=2026-11-29T00:00:00%2B08:00")).body.map((r) => r.service_request_id)).toEqual([elsewhere, open]);
    // Ids win over every other filter, old ones too.
    expect((await get(`/requests.json?service_request_id=${old},${open}&status=closed`)).body.map((r) => r.service_request_id)).toEqual([open, old]);
    const one = await get(`/requests/${fixed}.json?locale=en`);
    expect(one.status).toBe(200);
    expect(one.body).toHaveLength(1);
    expect(one.body[0]).toMatchObject({ service_request_id: fixed, status: "closed", service_name: "Oil smoke", agency_responsible: "Huiminyuan Community" });
  });

  it("answers bad input with 400 and an unknown id with 404, in the spec's error format", async () => {
    for (const path of [
      "/requests.json?status=pending",
      "/requests.json?start_date=yesterday",
      "/requests.json?start_date=2026-11-02&end_date=2026-11-01",
      "/requests.json?service_request_id=1;DROP",
      "/requests.json?service_code=%3Cscript%3E",
      "/requests.json?locale=fr",
      "/requests/not-an-id.json",
    ]) {
      const { status, body } = await get(path);
      expect(status, path).toBe(400);
      expect(body, path).toEqual([{ code: 400, description: expect.any(String) }]);
    }
    expect(await get("/requests/TS-20200101-0001.json")).toEqual({ status: 404, body: [{ code: 404, description: 'no request "TS-20200101-0001"' }] });
  });
});

describe("Open311 POST requests", () => {
  const postForm = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    h.app.request("/open311/v2/requests.json", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", ...headers }, body: new URLSearchParams(fields).toString() });
  let token = "";

  beforeAll(async () => {
    const { makeStaff, tokenFor } = await import("../support/staff.js");
    await makeStaff(h.domain, "o311.street", "street_admin", "jiangan-houhu", { password: false });
    await makeStaff(h.domain, "o311.other", "community_staff", "ja-zhuyehai", { password: false });
    token = await tokenFor(h.domain, "o311.street");
  });

  it("files a complaint for an integration's token, in the spec's answer; the reporter's contact stays with staff", async () => {
    const res = await postForm({ api_key: token, service_code: "test-smoke", address_id: "ja-huiminyuan", lat: "30.6472", long: "114.2749", description: "楼下烧烤店油烟很大", first_name: "钱", last_name: "女士", phone: "13700001234" });
    expect(res.status).toBe(201);
    const [answer] = (await res.json()) as { service_request_id: string; service_notice: string }[];
    expect(answer!.service_request_id).toMatch(/^TS-\d{8}-\d{4}$/);
    const { findCaseByRef } = await import("../../src/db/queries/cases.js");
    const { eventsOf } = await import("../../src/db/queries/cases.js");
    const kase = (await findCaseByRef(h.db.orm, answer!.service_request_id))!;
    expect(kase).toMatchObject({ kind: "complaint", status: "open", residentName: "钱 女士" });
    expect((await eventsOf(h.db.orm, kase.id)).some((e) => e.kind === "note" && e.body === "Open311: phone 13700001234")).toBe(true);
    // The staff member the token acts as is in the audit log, for the complaint's community.
    const { auditLog } = await import("../../src/db/schema.js");
    const audited = (await h.db.orm.select().from(auditLog)).filter((a) => a.action === "complaint.open311");
    expect(audited).toHaveLength(1);
    expect(audited[0]!.communityId).toBe((await placeIds(h.domain, "ja-huiminyuan")).communityId);
    // Public again: without the reporter.
    const one = await get(`/requests/${answer!.service_request_id}.json`);
    expect(one.body[0]).toMatchObject({ status: "open", service_code: "test-smoke", agency_responsible: "惠民苑社区" });
    expect(JSON.stringify(one.body)).not.toMatch(/钱|13700001234|烧烤店/);
    // JSON works too, with the nearest community the token reaches.
    const json = await h.app.request("/open311/v2/requests.json", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ api_key: token, service_code: "test-water", lat: 30.6412, long: 114.2806, description: "停水三天" }) });
    expect(json.status).toBe(201);
    const [jsonAnswer] = (await json.json()) as { service_request_id: string }[];
    expect((await findCaseByRef(h.db.orm, jsonAnswer!.service_request_id))!.communityId).toBe((await placeIds(h.domain, "ja-sanyanqiao")).communityId);
  });

  it("refuses a missing or bad token, a place beyond it, and bad input with the spec's errors, filing nothing", async () => {
    const { cases } = await import("../../src/db/schema.js");
    const before = (await h.db.orm.select().from(cases)).length;
    const other = await (await import("../support/staff.js")).tokenFor(h.domain, "o311.other");
    const cases400: [Record<string, string>, number, RegExp][] = [
      [{ service_code: "test-smoke", address_id: "ja-huiminyuan", description: "x" }, 401, /api_key/],
      [{ api_key: "linli_nope", service_code: "test-smoke", address_id: "ja-huiminyuan", description: "x" }, 401, /api_key/],
      [{ api_key: other, service_code: "test-smoke", address_id: "ja-huiminyuan", description: "x" }, 400, /address_id/],
      [{ api_key: token, address_id: "ja-huiminyuan", description: "x" }, 400, /service_code is required/],
      [{ api_key: token, service_code: "test-smoke", address_id: "ja-huiminyuan" }, 400, /description is required/],
      [{ api_key: token, service_code: "nothing", address_id: "ja-huiminyuan", description: "x" }, 400, /service_code/],
      [{ api_key: token, service_code: "test-smoke", description: "x" }, 400, /address_id .* or lat and long/],
      [{ api_key: token, service_code: "test-smoke", address_id: "ja-huiminyuan", lat: "0", long: "0", description: "x" }, 400, /0,0/],
      [{ api_key: token, service_code: "test-smoke", address_id: "ja-huiminyuan", lat: "30.6", description: "x" }, 400, /together/],
    ];
    for (const [fields, status, reason] of cases400) {
      const res = await postForm(fields);
      expect(res.status, JSON.stringify(fields)).toBe(status);
      const body = (await res.json()) as { code: number; description: string }[];
      expect(body[0]!.code).toBe(status);
      expect(body[0]!.description).toMatch(reason);
    }
    const notJson = await h.app.request("/open311/v2/requests.json", { method: "POST", headers: { "content-type": "application/json" }, body: "{oops" });
    expect(notJson.status).toBe(400);
    expect((await h.db.orm.select().from(cases)).length).toBe(before);
  });
});

// The staff API over HTTP (/api/staff/*) and the public place tree (/api/places), on better-sqlite3.
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoDistricts } from "../../src/demo/places.js";
import { auditLog, communities } from "../../src/db/schema.js";
import { setDisabled } from "../../src/domain/staff/accounts.js";
import { startHarness, type Harness } from "../support/harness.js";
import { cli, makeStaff, tokenFor } from "../support/staff.js";

let h: Harness;
let community: string; // community_staff at ja-huiminyuan
let agent: string; // proxy_agent at ja-huiminyuan
let district: string; // district_admin at jiangan

// A Monday, 10:00 in Wuhan.
const MONDAY_10 = Date.parse("2026-11-30T02:00:00Z");

beforeAll(async () => {
  h = await startHarness({ now: MONDAY_10 });
  await makeStaff(h.domain, "api.community", "community_staff", "ja-huiminyuan", { password: false });
  await makeStaff(h.domain, "api.agent", "proxy_agent", "ja-huiminyuan", { password: false });
  await makeStaff(h.domain, "api.district", "district_admin", "jiangan", { password: false });
  community = await tokenFor(h.domain, "api.community");
  agent = await tokenFor(h.domain, "api.agent");
  district = await tokenFor(h.domain, "api.district");
}, 60_000);

afterAll(() => h?.close());

const call = (token: string | null, path: string, init: RequestInit = {}) =>
  h.app.request(path, { ...init, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.body ? { "content-type": "application/json" } : {}), ...init.headers } });

const editable = {
  address: { zh: "江岸区后湖大道160号 惠民苑社区党群服务中心", en: "Huiminyuan Community Centre, 160 Houhu Avenue" },
  location: { lat: 30.6472, lon: 114.2749 },
  phone: "027-5555-2199",
  hours: { mon: ["08:30-12:00", "14:00-17:30"], tue: ["08:30-12:00"], sat: ["09:00-11:00"] },
  exceptions: [{ date: "2026-12-07", closed: true, open: [], note: { zh: "盘点", en: "stocktaking" } }],
  hours_note: { zh: "周二下午上门走访", en: "home visits on Tuesday afternoons" },
};

describe("GET /api/places", () => {
  it("is public and gives the whole tree with codes and names in both languages", async () => {
    const res = await h.app.request("/api/places");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("public");
    const { districts } = (await res.json()) as { districts: { code: string; name: { zh: string; en: string }; streets: { code: string; communities: { code: string; grids: { code: string; name: { en: string } }[] }[] }[] }[] };
    expect(districts.map((d) => d.code)).toEqual(demoDistricts.map((d) => d.code));
    expect(districts[0]!.name).toEqual({ zh: "江岸区", en: "Jiang'an District" });
    const huiminyuan = districts[0]!.streets[0]!.communities[0]!;
    expect(huiminyuan.code).toBe("ja-huiminyuan");
    expect(huiminyuan.grids.map((g) => g.code)).toEqual(["ja-huiminyuan-1", "ja-huiminyuan-2", "ja-huiminyuan-3"]);
    expect(huiminyuan.grids[0]!.name.en).toBe("Grid 1");
    const allCodes = districts.flatMap((d) => [d.code, ...d.streets.flatMap((s) => [s.code, ...s.communities.flatMap((c) => [c.code, ...c.grids.map((g) => g.code)])])]);
    expect(new Set(allCodes).size).toBe(allCodes.length);
    expect(allCodes.every((c) => /^[a-z0-9][a-z0-9-]*$/.test(c))).toBe(true);
  });
});

describe("/api/staff", () => {
  it("answers 401 without a token, with a wrong one, and for a disabled staff member", async () => {
    expect((await call(null, "/api/staff/me")).status).toBe(401);
    const wrong = await call("linli_" + "x".repeat(43), "/api/staff/me");
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("www-authenticate")).toContain("Bearer");
    expect((await call(null, "/api/staff/me", { headers: { authorization: "Basic abc" } })).status).toBe(401);
    await makeStaff(h.domain, "api.gone", "grid_worker", "ja-huiminyuan-1", { password: false });
    const gone = await tokenFor(h.domain, "api.gone");
    expect((await call(gone, "/api/staff/me")).status).toBe(200);
    await setDisabled(h.domain, cli, "api.gone", true);
    expect((await call(gone, "/api/staff/me")).status).toBe(401);
    // Unknown routes are 404 only for someone with a token.
    expect((await call(null, "/api/staff/nothing")).status).toBe(401);
    expect((await call(community, "/api/staff/nothing")).status).toBe(404);
  });

  it("GET /me says who the token acts as, with their roles and places", async () => {
    const res = await call(district, "/api/staff/me");
    expect(await res.json()).toEqual({
      username: "api.district",
      name: { zh: "测试api.district", en: "Test api.district" },
      phone: null,
      language: "zh",
      telegram_linked: false,
      roles: [{ role: "district_admin", place: { kind: "district", code: "jiangan", name: { zh: "江岸区", en: "Jiang'an District" } } }],
    });
  });

  it("GET /places/{code} is the community card: office, hours and whether it is open, grids with their workers, supervision phone, services", async () => {
    const res = await call(community, "/api/staff/places/ja-huiminyuan");
    expect(res.status).toBe(200);
    const card = (await res.json()) as Record<string, any>;
    expect(card).toMatchObject({
      code: "ja-huiminyuan",
      name: { zh: "惠民苑社区", en: "Huiminyuan Community" },
      time_zone: "Asia/Shanghai",
      street: { code: "jiangan-houhu" },
      district: { code: "jiangan" },
      supervision_phone: "027-5555-3101",
      office: { phone: "027-5555-2101", location: { lat: 30.6471, lon: 114.2748 }, open_now: true, next_open: null },
    });
    expect(card.office.hours.mon).toEqual(["08:30-12:00", "14:00-17:30"]);
    expect(card.office.hours_text.zh).toContain("周一至周五");
    expect(card.grids).toHaveLength(3);
    expect(card.grids[0]).toEqual({ code: "ja-huiminyuan-1", name: { zh: "第一网格", en: "Grid 1" }, workers: [{ name: { zh: "张敏", en: "Zhang Min" }, phone: expect.stringMatching(/^027-5556-/) }] });
    expect(card.services.length).toBeGreaterThan(5);
    expect(card.services.every((s: { access: string }) => s.access === "handled" || s.access === "assisted")).toBe(true);
    // A grid's code is not a community's.
    expect((await call(community, "/api/staff/places/ja-huiminyuan-1")).status).toBe(404);
  });

  it("PUT /places/{code}/card changes the card, writes the audit row with the change, and the card says so at once", async () => {
    const res = await call(community, "/api/staff/places/ja-huiminyuan/card", { method: "PUT", body: JSON.stringify(editable), headers: { "x-forwarded-for": "1.2.3.4" } });
    expect(res.status).toBe(200);
    const card = (await res.json()) as Record<string, any>;
    expect(card.office).toMatchObject({
      address: editable.address,
      phone: "027-5555-2199",
      hours: editable.hours,
      hours_note: editable.hours_note,
      hours_text: { zh: "周一 8:30–12:00, 14:00–17:30；周二 8:30–12:00；周六 9:00–11:00；周二下午上门走访", en: "Mon 8:30–12:00, 14:00–17:30; Tue 8:30–12:00; Sat 9:00–11:00; home visits on Tuesday afternoons" },
      exceptions: editable.exceptions,
    });
    // The station hours the guide shows are kept in step.
    const [row] = await h.db.orm.select().from(communities).where(eq(communities.code, "ja-huiminyuan"));
    expect(row!.stationHoursZh).toBe(card.office.hours_text.zh);
    const [audit] = await h.db.orm.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(audit).toMatchObject({ actor: "staff:api.community", action: "community.card", communityId: row!.id });
    expect((audit!.detail as any).before.phone).toBe("027-5555-2101");
    expect((audit!.detail as any).after.phone).toBe("027-5555-2199");
    // On the closed day it is not open, and says when it opens next.
    h.clock.now = Date.parse("2026-12-07T02:00:00Z");
    try {
      const closed = (await (await call(community, "/api/staff/places/ja-huiminyuan")).json()) as Record<string, any>;
      expect(closed.office.open_now).toBe(false);
      expect(closed.office.next_open).toEqual({ weekday: "tue", date: "2026-12-08", time: "08:30" });
    } finally {
      h.clock.now = MONDAY_10;
    }
  });

  it("answers 400 with a reason naming the field, and changes nothing", async () => {
    const before = (await h.db.orm.select().from(auditLog)).length;
    const cases: [unknown, RegExp][] = [
      [{ ...editable, hours: { mon: ["8-12"] } }, /hours\.mon\.0/],
      [{ ...editable, phone: "call me" }, /phone/],
      [{ ...editable, address: { zh: "", en: "x" } }, /address\.zh/],
      [{ ...editable, exceptions: [editable.exceptions[0], editable.exceptions[0]] }, /exceptions/],
      [{ ...editable, colour: "red" }, /colour|unrecognized/i],
      [{ ...editable, location: { lat: 200, lon: 0 } }, /location\.lat/],
    ];
    for (const [body, reason] of cases) {
      const res = await call(community, "/api/staff/places/ja-huiminyuan/card", { method: "PUT", body: JSON.stringify(body) });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(reason);
    }
    const malformed = await call(community, "/api/staff/places/ja-huiminyuan/card", { method: "PUT", body: "{not json" });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: "the body is not JSON" });
    expect((await h.db.orm.select().from(auditLog)).length).toBe(before);
  });

  it("answers 403 to a proxy agent changing the card it may read, and 404 outside the scope", async () => {
    expect((await call(agent, "/api/staff/places/ja-huiminyuan")).status).toBe(200);
    expect((await call(agent, "/api/staff/places/ja-huiminyuan/card", { method: "PUT", body: JSON.stringify(editable) })).status).toBe(403);
    expect((await call(agent, "/api/staff/places/ja-sanyanqiao")).status).toBe(404);
    expect((await call(community, "/api/staff/places/jh-qingfen/card", { method: "PUT", body: JSON.stringify(editable) })).status).toBe(404);
    // A district admin reaches every community of the district.
    expect((await call(district, "/api/staff/places/ja-sanyanqiao")).status).toBe(200);
  });

  it("GET /audit?since= gives the scope's audit entries since then, newest first; a bad since is a 400", async () => {
    const all = (await (await call(district, "/api/staff/audit")).json()) as { entries: { action: string; at: string; detail: Record<string, unknown> }[] };
    expect(all.entries.some((e) => e.action === "community.card")).toBe(true);
    const future = (await (await call(district, `/api/staff/audit?since=${encodeURIComponent(new Date(MONDAY_10 + 60_000).toISOString())}`)).json()) as { entries: unknown[] };
    expect(future.entries).toEqual([]);
    const since = (await (await call(district, `/api/staff/audit?since=${MONDAY_10 - 1}&limit=1`)).json()) as { entries: unknown[]; next_before: number | null };
    expect(since.entries).toHaveLength(1);
    expect(since.next_before).toEqual(expect.any(Number));
    expect((await call(district, "/api/staff/audit?since=yesterday")).status).toBe(400);
    expect((await call(district, "/api/staff/audit?limit=5000")).status).toBe(400);
    // Another district's admin sees none of jiangan's entries.
    await makeStaff(h.domain, "api.jianghan", "district_admin", "jianghan", { password: false });
    const other = (await (await call(await tokenFor(h.domain, "api.jianghan"), "/api/staff/audit")).json()) as { entries: { action: string }[] };
    expect(other.entries.some((e) => e.action === "community.card")).toBe(false);
  });
});

// Who may see and change what: every role × places inside and outside its scope × every console page and
// action and staff API route (test/shared/authorization-matrix.ts), on better-sqlite3.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { placeByCode } from "../../src/db/queries/places.js";
import { auditLog, caseEvents, streets } from "../../src/db/schema.js";
import { communityCard, type CommunityCard } from "../../src/domain/staff/card.js";
import { caseChecksFor, caseIsInside, checksFor, matrixCases, matrixPlaces, matrixRoles, type Check } from "../shared/authorization-matrix.js";
import { openedCase } from "../support/cases.js";
import { consoleBrowser, type ConsoleBrowser } from "../support/console.js";
import { startHarness, type Harness } from "../support/harness.js";
import { makeStaff, PASSWORD, tokenFor } from "../support/staff.js";

let h: Harness;
const browsers = new Map<string, ConsoleBrowser>();
const tokens = new Map<string, string>();
const now = { cards: new Map<string, CommunityCard>(), supervisionPhones: new Map<string, string | null>() };
const cases = new Map<string, { ref: string; id: number }>();

beforeAll(async () => {
  h = await startHarness();
  for (const r of matrixRoles) {
    await makeStaff(h.domain, r.username, r.role, r.place);
    tokens.set(r.username, await tokenFor(h.domain, r.username));
    const browser = consoleBrowser(async (path, init) => h.app.request(path, init));
    expect((await browser.login(r.username, PASSWORD)).status).toBe(303);
    browsers.set(r.username, browser);
  }
  for (const p of matrixPlaces) {
    if (p.kind === "community") now.cards.set(p.code, await communityCard(h.domain, (await placeByCode(h.db.orm, "community", p.code))!.id));
    if (p.kind === "street") now.supervisionPhones.set(p.code, (await h.db.orm.select().from(streets).where(eq(streets.code, p.code)))[0]!.supervisionPhone);
  }
  for (const [i, c] of matrixCases.entries()) {
    const made = await openedCase(h.domain, h.db, { community: c.community, ...(c.grid ? { grid: c.grid } : {}), externalId: `880000${i}`, words: `矩阵 ${c.key}` });
    cases.set(c.key, { ref: made.ref, id: made.id });
  }
}, 60_000);

afterAll(() => h?.close());

async function run(username: string, check: Check): Promise<number> {
  if (check.api) {
    const res = await h.app.request(check.path, {
      method: check.method,
      headers: { authorization: `Bearer ${tokens.get(username)}`, "content-type": "application/json" },
      body: check.json === undefined ? undefined : JSON.stringify(check.json),
    });
    return res.status;
  }
  const browser = browsers.get(username)!;
  if (check.method === "GET") return (await browser.get(check.path)).status;
  await browser.page("/console");
  return (await browser.post(check.path, check.form)).status;
}

describe("authorization matrix (console and staff API)", () => {
  for (const role of matrixRoles) {
    it(`${role.role}${role.place ? `@${role.place}` : ""}: inside its scope 200/303 (403 for a change it may not make), outside 404`, async () => {
      const failures: string[] = [];
      for (const place of matrixPlaces) {
        for (const check of checksFor(role, place, now)) {
          const status = await run(role.username, check);
          if (status !== check.expect) failures.push(`${place.key} ${place.code} · ${check.name}: ${status}, expected ${check.expect}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }

  for (const role of matrixRoles) {
    it(`${role.role}${role.place ? `@${role.place}` : ""}: works on the cases inside its scope (200/303/201), and gets 404 for the others, changing nothing`, async () => {
      const failures: string[] = [];
      const eventsOf = async (id: number) => (await h.db.orm.select().from(caseEvents).where(eq(caseEvents.caseId, id))).length;
      for (const c of matrixCases) {
        const { ref, id } = cases.get(c.key)!;
        const before = await eventsOf(id);
        for (const check of caseChecksFor(role, c, ref)) {
          const status = await run(role.username, check);
          if (status !== check.expect) failures.push(`${c.key} ${ref} · ${check.name}: ${status}, expected ${check.expect}`);
        }
        if (!caseIsInside(role, c) && (await eventsOf(id)) !== before) failures.push(`${c.key}: changed from outside the scope`);
      }
      expect(failures).toEqual([]);
    });
  }

  it("answers a place outside the scope exactly as one that does not exist", async () => {
    const browser = browsers.get("m.community")!;
    const outside = await browser.get("/console/places/community/ja-sanyanqiao/card");
    const missing = await browser.get("/console/places/community/no-such-place/card");
    expect(outside.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(await outside.text()).toBe(await missing.text());
    const api = (code: string) => h.app.request(`/api/staff/places/${code}`, { headers: { authorization: `Bearer ${tokens.get("m.community")}` } });
    const [a, b] = await Promise.all([api("ja-sanyanqiao"), api("no-such-place")]);
    expect([a.status, b.status]).toEqual([404, 404]);
    expect(await a.text()).toBe(await b.text());
    // A staff member outside the scope: the same.
    const [s1, s2] = await Promise.all([browser.get("/console/staff/cs-ja-sanyanqiao"), browser.get("/console/staff/nobody-at-all")]);
    expect([s1.status, s2.status]).toEqual([404, 404]);
  });

  it("refuses to give a role outside the scope, and changes nothing when it refuses", async () => {
    const browser = browsers.get("m.community")!;
    const before = (await h.db.orm.select().from(auditLog)).length;
    await browser.page("/console/staff/gw-ja-huiminyuan-2");
    // A community's staff cannot make someone a street admin, nor give a role in another community.
    for (const [role, place] of [
      ["street_admin", "jiangan-houhu"],
      ["grid_worker", "ja-sanyanqiao-1"],
      ["admin", ""],
    ]) {
      const res = await browser.post("/console/staff/gw-ja-huiminyuan-2/roles", { role: role!, place: place! });
      expect([400, 403]).toContain(res.status);
    }
    // Nor add someone with a forged role@place from a place of their own.
    const forged = await browser.post("/console/places/community/ja-huiminyuan/staff", { roleAt: "community_staff@ja-sanyanqiao", username: "forged.one", nameZh: "伪造" });
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain("找不到代码为 ja-sanyanqiao 的地点");
    expect((await h.db.orm.select().from(auditLog)).length).toBe(before);
    // Inside, it can.
    const ok = await browser.post("/console/staff/gw-ja-huiminyuan-2/roles", { role: "grid_worker", place: "ja-huiminyuan-3" });
    expect(ok.status).toBe(303);
  });

  it("lets nobody disable themselves, and a community's staff not disable someone who also works elsewhere", async () => {
    const browser = browsers.get("m.community")!;
    await browser.page("/console/staff/m.community");
    expect((await browser.post("/console/staff/m.community/disable")).status).toBe(400);
    // m.street is street admin of jiangan-houhu; give them a grid role in the community: still not the community's to disable.
    const admin = browsers.get("m.admin")!;
    await admin.page("/console/staff/m.street");
    expect((await admin.post("/console/staff/m.street/roles", { role: "grid_worker", place: "ja-huiminyuan-1" })).status).toBe(303);
    await browser.page("/console/staff/m.street");
    expect((await browser.post("/console/staff/m.street/disable")).status).toBe(403);
  });
});

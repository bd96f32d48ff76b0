// The staff side inside workerd with D1, through the real Worker (src/worker.ts): console login with the
// demo admin's password (argon2id in workerd), sessions and logout, login throttling (upserts with
// RETURNING on D1), a slice of the authorization matrix on the console and the staff API, and a card
// change with its audit row in the same D1 batch.
import { env, exports } from "cloudflare:workers";
import { desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { openD1 } from "../../src/db/d1.js";
import { loadDemoData } from "../../src/demo/load.js";
import { placeByCode } from "../../src/db/queries/places.js";
import { auditLog, communities, consoleSessions, streets } from "../../src/db/schema.js";
import type { DomainDeps } from "../../src/domain/deps.js";
import { communityCard, type CommunityCard } from "../../src/domain/staff/card.js";
import { checksFor, matrixPlaces, matrixRoles, type Check } from "../shared/authorization-matrix.js";
import { consoleBrowser, type ConsoleBrowser, type Fetcher } from "../support/console.js";
import { makeStaff, PASSWORD, tokenFor } from "../support/staff.js";
import type { StaffRole } from "../../src/vocabulary.js";

const db = openD1(env.DB);
const deps: DomainDeps = { db, directory: db, now: () => Date.now(), defaultTimeZone: "Asia/Shanghai" };
let admin: { username: string; password: string };

/** Requests to the Worker as from one address (Cloudflare's CF-Connecting-IP). */
const from =
  (address: string): Fetcher =>
  (path, init = {}) =>
    exports.default.fetch(`http://linli.test${path}`, { ...init, headers: { ...(init.headers as Record<string, string>), "cf-connecting-ip": address } });

// The bindings say DEMO_DATA="false": the demo places, catalogue and staff go in here.
beforeAll(async () => {
  const summary = await loadDemoData(db);
  admin = summary!.consoleAdmin!;
}, 120_000);

describe("console login on workerd + D1", () => {
  it("logs the demo admin in with the printed password, keeps the session in D1, and logs out for real", async () => {
    const browser = consoleBrowser(from("192.0.2.1"));
    expect((await browser.get("/console")).status).toBe(303);
    const res = await browser.login(admin.username, admin.password);
    expect(res.status).toBe(303);
    expect(res.headers.getSetCookie().find((c) => c.startsWith("linli_console="))).toMatch(/HttpOnly.*SameSite=Lax|SameSite=Lax.*HttpOnly/);
    const home = await browser.get("/console");
    expect(home.status).toBe(200);
    expect(home.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(await home.text()).toContain("演示管理员");
    const [login] = await db.orm.select().from(auditLog).where(eq(auditLog.action, "console.login")).orderBy(desc(auditLog.id)).limit(1);
    expect(login).toMatchObject({ actor: `staff:${admin.username}`, address: "192.0.2.1" });
    const sessions = (await db.orm.select().from(consoleSessions)).length;
    expect((await browser.post("/console/logout")).status).toBe(303);
    expect((await db.orm.select().from(consoleSessions)).length).toBe(sessions - 1);
    expect((await browser.get("/console")).status).toBe(303);
  });

  it("answers a wrong password with the same words as an unknown username, and slows the username down", async () => {
    const attempt = async (address: string, username: string, password: string) => {
      const b = consoleBrowser(from(address));
      await b.page("/console/login");
      return b.post("/console/login", { username, password });
    };
    const wrong = await attempt("192.0.2.10", admin.username, "not the password");
    const unknown = await attempt("192.0.2.11", "nobody.here", "not the password");
    expect([wrong.status, unknown.status]).toEqual([400, 400]);
    const strip = (html: string) => html.replace(/value="[^"]*"/g, "");
    expect(strip(await wrong.text())).toBe(strip(await unknown.text()));
    await attempt("192.0.2.12", admin.username, "not the password");
    await attempt("192.0.2.13", admin.username, "not the password");
    // Three failures: the right password waits too.
    expect((await attempt("192.0.2.14", admin.username, admin.password)).status).toBe(429);
  });
});

describe("authorization matrix on workerd + D1 (a slice)", () => {
  const slice = matrixRoles.filter((r) => r.role === "grid_worker" || r.role === "community_staff" || r.role === "district_admin");
  const places = matrixPlaces.filter((p) => ["C1", "G1", "G2", "C2", "S1", "D2"].includes(p.key));
  const browsers = new Map<string, ConsoleBrowser>();
  const tokens = new Map<string, string>();
  const now = { cards: new Map<string, CommunityCard>(), supervisionPhones: new Map<string, string | null>() };

  beforeAll(async () => {
    for (const r of slice) {
      await makeStaff(deps, r.username, r.role, r.place);
      tokens.set(r.username, await tokenFor(deps, r.username));
      const browser = consoleBrowser(from(`198.51.100.${browsers.size + 1}`));
      expect((await browser.login(r.username, PASSWORD)).status).toBe(303);
      browsers.set(r.username, browser);
    }
    for (const p of places) {
      if (p.kind === "community") now.cards.set(p.code, await communityCard(deps, (await placeByCode(db.orm, "community", p.code))!.id));
      if (p.kind === "street") now.supervisionPhones.set(p.code, (await db.orm.select().from(streets).where(eq(streets.code, p.code)))[0]!.supervisionPhone);
    }
  }, 120_000);

  async function run(username: string, check: Check): Promise<number> {
    if (check.api) {
      const res = await from("198.51.100.99")(check.path, {
        method: check.method,
        headers: { authorization: `Bearer ${tokens.get(username)}`, "content-type": "application/json" },
        body: check.json === undefined ? undefined : JSON.stringify(check.json),
      });
      await res.arrayBuffer();
      return res.status;
    }
    const browser = browsers.get(username)!;
    if (check.method === "GET") {
      const res = await browser.get(check.path);
      await res.arrayBuffer();
      return res.status;
    }
    await browser.page("/console");
    const res = await browser.post(check.path, check.form);
    await res.arrayBuffer();
    return res.status;
  }

  for (const role of slice) {
    it(`${role.role}@${role.place}: 200/303 inside (403 for a change it may not make), 404 outside`, async () => {
      const failures: string[] = [];
      for (const place of places) {
        for (const check of checksFor(role, place, now)) {
          const status = await run(role.username, check);
          if (status !== check.expect) failures.push(`${place.key} ${place.code} · ${check.name}: ${status}, expected ${check.expect}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it("writes a card change and its audit row in one D1 batch", async () => {
    const card = now.cards.get("ja-huiminyuan")!;
    const body = { address: card.office.address, location: card.office.location, phone: "027-5555-2188", hours: card.office.hours, exceptions: [], hours_note: null };
    const res = await from("198.51.100.7")("/api/staff/places/ja-huiminyuan/card", {
      method: "PUT",
      headers: { authorization: `Bearer ${tokens.get("m.community")}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { office: { phone: string } }).office.phone).toBe("027-5555-2188");
    const [row] = await db.orm.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(row).toMatchObject({ actor: "staff:m.community", action: "community.card", address: "198.51.100.7" });
    expect(row!.detail).toMatchObject({ before: { phone: "027-5555-2101" }, after: { phone: "027-5555-2188" } });
  });

  it("serves someone with roles in many places without passing D1's 100 bound parameters", async () => {
    const codes = (await db.orm.select({ code: communities.code }).from(communities).limit(40)).map((r) => r.code);
    await makeStaff(deps, "m.many", "community_staff", codes[0]!, { more: codes.slice(1).map((c) => ["proxy_agent", c] as [StaffRole, string]) });
    const browser = consoleBrowser(from("198.51.100.40"));
    expect((await browser.login("m.many", PASSWORD)).status).toBe(303);
    for (const path of ["/console", "/console/cases", "/console/cases?overdue=1", "/console/places", "/console/staff", "/console/catalog", "/console/audit", `/console/places/community/${codes[39]}`, "/console/points", "/console/points/approvals", "/console/points/rules"]) {
      const res = await browser.get(path);
      await res.arrayBuffer();
      expect(res.status, path).toBe(200);
    }
    const token = await tokenFor(deps, "m.many");
    for (const path of ["/api/staff/audit", "/api/staff/cases"]) {
      const api = await from("198.51.100.40")(path, { headers: { authorization: `Bearer ${token}` } });
      expect(api.status, path).toBe(200);
    }
  });
});

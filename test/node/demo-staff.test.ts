// The demo staff that come with the demo places: someone at every grid, community, street and district,
// and a demo admin whose password is made at load time.
import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { loadDemoData } from "../../src/demo/load.js";
import { demoDistricts } from "../../src/demo/places.js";
import { DEMO_ADMIN, loadDemoStaff } from "../../src/demo/staff.js";
import { communities, grids, staff, staffRoles } from "../../src/db/schema.js";
import { openSqlite } from "../../src/db/sqlite.js";
import { communityCard } from "../../src/domain/staff/card.js";
import { loginWithPassword } from "../../src/domain/staff/sessions.js";

describe("demo staff", () => {
  it("gives every grid a grid worker with a phone, every community staff and a proxy agent, every street and district an admin", async () => {
    const db = openSqlite(":memory:");
    const summary = await loadDemoData(db);
    const deps = { db, directory: db, now: () => Date.parse("2026-11-30T02:00:00Z"), defaultTimeZone: "Asia/Shanghai" };
    const roles = await db.orm.select({ role: staffRoles, member: staff }).from(staffRoles).innerJoin(staff, eq(staff.id, staffRoles.staffId));
    const held = (role: string, placeId: number) => roles.filter((r) => r.role.role === role && r.role.placeId === placeId);
    for (const g of await db.orm.select().from(grids)) {
      const workers = held("grid_worker", g.id);
      expect(workers, g.code).toHaveLength(1);
      expect(workers[0]!.member.phone).toMatch(/^027-5556-\d{4}$/);
      // The grid worker is the one the demo places named.
      expect(g.workerNameZh).toBe(`网格员 ${workers[0]!.member.nameZh}`);
    }
    for (const c of await db.orm.select().from(communities)) {
      expect(held("community_staff", c.id), c.code).toHaveLength(1);
      expect(held("proxy_agent", c.id), c.code).toHaveLength(1);
      const card = await communityCard(deps, c.id);
      expect(card.supervisionPhone).toMatch(/^027-5555-3\d{3}$/);
      expect(Object.keys(card.office.hours).length).toBeGreaterThanOrEqual(5);
      expect(card.grids.every((g) => g.workers.length === 1)).toBe(true);
    }
    const streetCount = demoDistricts.reduce((n, d) => n + d.streets.length, 0);
    expect(roles.filter((r) => r.role.role === "street_admin")).toHaveLength(streetCount);
    expect(roles.filter((r) => r.role.role === "district_admin")).toHaveLength(demoDistricts.length);
    const names = roles.map((r) => r.member.nameZh);
    expect(new Set(names).size).toBe(names.length);
    expect(summary!.staff).toBe(roles.length);
    // The demo admin logs in with the password the first start prints.
    expect(summary!.consoleAdmin!.username).toBe(DEMO_ADMIN);
    expect((await loginWithPassword(deps, { username: DEMO_ADMIN, password: summary!.consoleAdmin!.password, address: null })).ok).toBe(true);
    // Loaded once.
    expect(await loadDemoData(db)).toBeNull();
  }, 30_000);

  it("are not loaded where the places are not the demo's, or staff exist already", async () => {
    const db = openSqlite(":memory:");
    expect(await loadDemoStaff(db, Date.now())).toBeNull();
    await loadDemoData(db);
    expect(await loadDemoStaff(db, Date.now())).toBeNull();
    const [admin] = await db.orm.select().from(staff).where(and(eq(staff.username, DEMO_ADMIN), isNull(staff.disabledAt)));
    expect(admin).toBeDefined();
  }, 30_000);
});

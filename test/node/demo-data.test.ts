// The demo data that `npm start` loads into an empty database.
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { loadDemoData } from "../../src/demo/load.js";
import { demoDistricts } from "../../src/demo/places.js";
import { openSqlite } from "../../src/db/sqlite.js";
import { communities, districts, services, streets } from "../../src/db/schema.js";

describe("demo data", () => {
  it("loads once, even when two starts race, with every community under its own street", async () => {
    const db = openSqlite(":memory:");
    const [first, second] = await Promise.all([loadDemoData(db), loadDemoData(db)]);
    expect([first?.districts, second?.districts].sort()).toEqual([0, demoDistricts.length]);
    expect((await db.orm.select({ n: count() }).from(districts))[0]!.n).toBe(demoDistricts.length);
    expect((await db.orm.select({ n: count() }).from(services))[0]!.n).toBeGreaterThanOrEqual(40);
    expect(await loadDemoData(db)).toBeNull();

    for (const district of demoDistricts) {
      for (const street of district.streets) {
        for (const community of street.communities) {
          const [row] = await db.orm
            .select({ street: streets.nameZh, district: districts.nameZh })
            .from(communities)
            .innerJoin(streets, eq(streets.id, communities.streetId))
            .innerJoin(districts, eq(districts.id, streets.districtId))
            .where(eq(communities.code, community.code));
          expect(row).toEqual({ street: street.zh, district: district.zh });
        }
      }
    }
  });
});

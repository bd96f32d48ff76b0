// Cases shared by the node and workers projects: the same assertions on both drivers.
import { sql } from "drizzle-orm";
import type { ExpectStatic } from "vitest";
import { guard, isGuardFailure } from "../../src/db/atomic.js";
import type { Database } from "../../src/db/database.js";
import { atomicGuard, districts } from "../../src/db/schema.js";

export const atomicWriteCases: Record<string, (db: Database, expect: ExpectStatic) => Promise<void>> = {
  "commits every write when all guards hold": async (db, expect) => {
    await db.atomic((orm) => [
      orm.insert(districts).values({ code: "jianghan", nameZh: "江汉区", nameEn: "Jianghan" }),
      guard(orm, "one district", sql`(SELECT count(*) FROM districts) = 1`),
      orm.insert(districts).values({ code: "jiangan", nameZh: "江岸区", nameEn: "Jiang'an" }),
    ]);
    expect(await db.orm.select().from(districts)).toHaveLength(2);
    expect(await db.orm.select().from(atomicGuard)).toHaveLength(0);
  },
  "rolls back the whole write when one guard fails": async (db, expect) => {
    await db.orm.insert(districts).values({ code: "wuchang", nameZh: "武昌区", nameEn: "Wuchang" });
    const error = await db
      .atomic((orm) => [
        orm.insert(districts).values({ code: "jianghan", nameZh: "江汉区", nameEn: "Jianghan" }),
        orm.update(districts).set({ nameEn: "changed" }),
        guard(orm, "never", sql`(SELECT count(*) FROM districts) > 100`),
        orm.insert(districts).values({ code: "jiangan", nameZh: "江岸区", nameEn: "Jiang'an" }),
      ])
      .then(() => null, (e: unknown) => e);
    expect(isGuardFailure(error)).toBe(true);
    const rows = await db.orm.select().from(districts);
    expect(rows.map((r) => r.nameEn)).toEqual(["Wuchang"]);
  },
  "rolls back when a constraint fails halfway": async (db, expect) => {
    const error = await db
      .atomic((orm) => [
        orm.insert(districts).values({ code: "jianghan", nameZh: "江汉区", nameEn: "Jianghan" }),
        orm.insert(districts).values({ id: 1, code: "duplicate", nameZh: "重复", nameEn: "duplicate id" }),
      ])
      .then(() => null, (e: unknown) => e);
    expect(error).toBeTruthy();
    expect(isGuardFailure(error)).toBe(false);
    expect(await db.orm.select().from(districts)).toHaveLength(0);
  },
};

// Migration 0006 on a database that already has places (made before codes existed): every district,
// street and grid gets a stable code, and nothing is rebuilt or lost.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { describe, expect, it } from "vitest";
import { openSqlite } from "../../src/db/sqlite.js";

describe("migration 0006 (staff side)", () => {
  it("gives existing places codes, grids numbered within their community, and keeps every row", async () => {
    const dir = mkdtempSync(join(tmpdir(), "linli-migrate-"));
    try {
      // The migrations up to 0005, as a database made before this release had them.
      const old = join(dir, "drizzle-0005");
      cpSync("drizzle", old, { recursive: true });
      const journal = JSON.parse(readFileSync(join(old, "meta/_journal.json"), "utf8")) as { entries: { tag: string }[] };
      journal.entries = journal.entries.filter((e) => e.tag < "0006");
      writeFileSync(join(old, "meta/_journal.json"), JSON.stringify(journal));
      const path = join(dir, "linli.db");
      const client = new BetterSqlite3(path);
      migrate(drizzle({ client }), { migrationsFolder: old });
      client.exec(`
        INSERT INTO districts (name_zh, name_en) VALUES ('甲区', 'A'), ('乙区', 'B');
        INSERT INTO streets (district_id, name_zh, name_en) VALUES (1, '一街', 'One'), (2, '二街', 'Two');
        INSERT INTO communities (street_id, code, name_zh, name_en) VALUES (1, 'abc', '甲社区', 'A'), (2, 'abc-1', '乙社区', 'B');
        INSERT INTO grids (community_id, name_zh, name_en) VALUES (1, '一', '1'), (2, '一', '1'), (1, '二', '2'), (1, '三', '3');
        INSERT INTO residents (channel, external_id, language, community_id, created_at, last_seen_at) VALUES ('web', 'x', 'zh', 2, 0, 0);
      `);
      client.close();

      const db = openSqlite(path);
      const codes = (table: string) => db.orm.all<{ id: number; code: string }>(sql.raw(`SELECT id, code FROM ${table} ORDER BY id`));
      expect(await codes("districts")).toEqual([{ id: 1, code: "d1" }, { id: 2, code: "d2" }]);
      expect(await codes("streets")).toEqual([{ id: 1, code: "s1" }, { id: 2, code: "s2" }]);
      expect(await codes("grids")).toEqual([
        { id: 1, code: "abc-1" },
        { id: 2, code: "abc-1-1" },
        { id: 3, code: "abc-2" },
        { id: 4, code: "abc-3" },
      ]);
      expect(await db.orm.all(sql`SELECT office_hours, office_exceptions FROM communities`)).toEqual([
        { office_hours: "{}", office_exceptions: "[]" },
        { office_hours: "{}", office_exceptions: "[]" },
      ]);
      expect(await db.orm.all(sql`SELECT count(*) AS n FROM residents`)).toEqual([{ n: 1 }]);
      // No ON DELETE CASCADE anywhere: a rebuild on D1 must never delete child rows.
      for (const file of readdirSync("drizzle").filter((f) => f.endsWith(".sql"))) expect(readFileSync(join("drizzle", file), "utf8"), file).not.toMatch(/cascade/i);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

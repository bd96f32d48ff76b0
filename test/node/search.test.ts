import { describe, expect, it } from "vitest";
import { openSqlite } from "../../src/db/sqlite.js";
import { searchCases, withDemoCatalog } from "../shared/search-cases.js";

describe("service guide search on better-sqlite3", () => {
  for (const [name, run] of Object.entries(searchCases)) {
    it(name, async () => run(await withDemoCatalog(openSqlite(":memory:")), expect));
  }
});

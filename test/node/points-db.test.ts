// The ledger's rules held by better-sqlite3 itself (test/shared/points-db-cases.ts).
import { describe, expect, it } from "vitest";
import { openSqlite } from "../../src/db/sqlite.js";
import { pointsDbCases } from "../shared/points-db-cases.js";

const db = openSqlite(":memory:");

describe("the points ledger's rules in SQLite", () => {
  for (const [name, run] of Object.entries(pointsDbCases)) it(name, () => run(db, expect));
});

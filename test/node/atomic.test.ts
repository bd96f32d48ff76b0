// The atomic-write helper on better-sqlite3 (the same test runs on D1 in test/workers).
import { describe, expect, it } from "vitest";
import { openSqlite } from "../../src/db/sqlite.js";
import { atomicWriteCases } from "../shared/atomic-cases.js";

describe("atomic writes on better-sqlite3", () => {
  for (const [name, run] of Object.entries(atomicWriteCases)) {
    it(name, () => run(openSqlite(":memory:"), expect));
  }
});

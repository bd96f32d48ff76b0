// The atomic-write helper on D1 (one batch), with the same cases as test/node/atomic.test.ts on
// better-sqlite3 (test/shared/atomic-cases.ts). Storage is isolated per FILE, not per test, and the cases
// expect an empty database (ids from 1: districts.id is AUTOINCREMENT, so emptying the table would not
// be enough), so each case runs on a freshly reset and migrated D1.
import { applyD1Migrations, reset } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import { openD1 } from "../../src/db/d1.js";
import { atomicWriteCases } from "../shared/atomic-cases.js";

beforeEach(async () => {
  await reset();
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
});

describe("atomic writes on D1", () => {
  for (const [name, run] of Object.entries(atomicWriteCases)) {
    it(name, () => run(openD1(env.DB), expect));
  }
});

// The ledger against its model on better-sqlite3 (test/shared/points-model.ts): at least 100,000
// operations, seed printed; POINTS_MODEL_OPERATIONS and POINTS_MODEL_SEED run more or replay one.
import { describe, expect, it } from "vitest";
import { openSqlite } from "../../src/db/sqlite.js";
import { runLedgerModel } from "../shared/points-model.js";

const operations = Number(process.env.POINTS_MODEL_OPERATIONS ?? 100_000);
const seed = Number(process.env.POINTS_MODEL_SEED ?? Date.now() % 2 ** 31);

describe("the points ledger against its model, on SQLite", () => {
  it(`holds every invariant over ${operations} operations (seed ${seed})`, async () => {
    console.log(`points ledger model on SQLite: seed ${seed} (POINTS_MODEL_SEED=${seed} replays it)`);
    const db = openSqlite(":memory:");
    const result = await runLedgerModel(db, { operations, seed, perRun: 500, log: (line) => console.log(line) });
    expect(result.operations).toBeGreaterThanOrEqual(operations);
    db.close();
  }, 600_000);
});

// The ledger against its model on D1, inside workerd (test/shared/points-model.ts): at least 5,000
// operations, each atomic write a D1 batch, seed printed.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { openD1 } from "../../src/db/d1.js";
import { runLedgerModel } from "../shared/points-model.js";

const operations = Number(env.POINTS_MODEL_OPERATIONS ?? 5_000);
const seed = Number(env.POINTS_MODEL_SEED ?? Date.now() % 2 ** 31);

describe("the points ledger against its model, on D1", () => {
  it(`holds every invariant over ${operations} operations (seed ${seed})`, async () => {
    console.log(`points ledger model on D1: seed ${seed}`);
    const result = await runLedgerModel(openD1(env.DB), { operations, seed, perRun: 250, log: (line) => console.log(line) });
    expect(result.operations).toBeGreaterThanOrEqual(operations);
  }, 600_000);
});

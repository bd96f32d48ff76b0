// The staff API's points endpoints on better-sqlite3: the shared cases of test/shared/points-api-cases.ts.
import { afterAll, beforeAll, describe, it } from "vitest";
import { pointsApiCases } from "../shared/points-api-cases.js";
import { nodeDriver, startHarness, type Harness } from "../support/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 60_000);
afterAll(() => h?.close());

describe("/api/staff/points", () => {
  for (const [name, run] of Object.entries(pointsApiCases)) it(name, () => run(nodeDriver(h, 7200), `n${name.length}`));
});

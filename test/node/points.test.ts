// Points in chat on better-sqlite3: the shared cases of test/shared/points-cases.ts. Person ids 71xx.
import { afterEach, beforeEach, describe, it } from "vitest";
import { pointsCases } from "../shared/points-cases.js";
import { nodeDriver, startHarness, type Harness } from "../support/harness.js";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

describe("points in a Telegram chat", () => {
  for (const [name, run] of Object.entries(pointsCases)) it(name, () => run(nodeDriver(h, 7100)));
});

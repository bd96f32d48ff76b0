// Talking to a person, on better-sqlite3: the shared cases (test/shared/human-cases.ts) and what only an
// in-process fake Bot API and a movable clock can show.
import { afterEach, beforeEach, describe, it } from "vitest";
import { humanCases } from "../shared/human-cases.js";
import { nodeDriver, startHarness, type Harness } from "../support/harness.js";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

describe("talking to a person on Telegram", () => {
  for (const [name, run] of Object.entries(humanCases)) it(name, () => run(nodeDriver(h, 10_000)));
});

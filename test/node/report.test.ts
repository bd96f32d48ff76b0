// Reporting a problem on Telegram, on better-sqlite3: the shared cases (test/shared/report-cases.ts).
import { afterEach, beforeEach, describe, it } from "vitest";
import { reportCases } from "../shared/report-cases.js";
import { nodeDriver, startHarness, type Harness } from "../support/harness.js";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

describe("reporting a problem on Telegram", () => {
  for (const [name, run] of Object.entries(reportCases)) it(name, () => run(nodeDriver(h, 20_000)), 60_000);
});

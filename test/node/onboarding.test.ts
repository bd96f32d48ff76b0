// A resident arriving on Telegram, on better-sqlite3: the shared cases of test/shared/onboarding-cases.ts.
import { afterEach, beforeEach, describe, it } from "vitest";
import { nodeDriver, startHarness, type Harness } from "../support/harness.js";
import { onboardingCases } from "../shared/onboarding-cases.js";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

describe("onboarding on Telegram", () => {
  for (const [name, run] of Object.entries(onboardingCases)) it(name, () => run(nodeDriver(h, 5000)));
});

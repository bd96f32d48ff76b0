// A resident arriving on Telegram, inside workerd with D1, through the real src/worker.ts: the shared
// cases of test/shared/onboarding-cases.ts. Person ids 81xx belong to this file.
import { env } from "cloudflare:workers";
import { beforeAll, describe, it } from "vitest";
import { openD1 } from "../../src/db/d1.js";
import { loadDemoData } from "../../src/demo/load.js";
import { onboardingCases } from "../shared/onboarding-cases.js";
import { workersDriver } from "./driver.js";

// The bindings say DEMO_DATA="false", so the Worker starts empty: the places and the catalogue go in here.
beforeAll(async () => {
  await loadDemoData(openD1(env.DB));
}, 120_000);

describe("onboarding on Telegram, on workerd + D1", () => {
  for (const [name, run] of Object.entries(onboardingCases)) it(name, () => run(workersDriver(8100)));
});

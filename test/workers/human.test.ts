// Talking to a person on workerd + D1, through the real src/worker.ts and its Cron Trigger: the shared
// cases of test/shared/human-cases.ts. Person ids 86xx belong to this file.
import { env } from "cloudflare:workers";
import { beforeAll, describe, it } from "vitest";
import { openD1 } from "../../src/db/d1.js";
import { loadDemoData } from "../../src/demo/load.js";
import { humanCases } from "../shared/human-cases.js";
import { workersDriver } from "./driver.js";

beforeAll(async () => {
  await loadDemoData(openD1(env.DB));
}, 120_000);

describe("talking to a person on Telegram, on workerd + D1", () => {
  for (const [name, run] of Object.entries(humanCases)) it(name, () => run(workersDriver(8600)), 60_000);
});

// Reporting a problem on workerd + D1, through the real src/worker.ts and its Cron Trigger: the shared
// cases of test/shared/report-cases.ts (D1: batches, no interactive transactions). Person ids 88xx belong to this file.
import { env } from "cloudflare:workers";
import { beforeAll, describe, it } from "vitest";
import { openD1 } from "../../src/db/d1.js";
import { loadDemoData } from "../../src/demo/load.js";
import { reportCases } from "../shared/report-cases.js";
import { workersDriver } from "./driver.js";

beforeAll(async () => {
  await loadDemoData(openD1(env.DB));
}, 120_000);

describe("reporting a problem on Telegram, on workerd + D1", () => {
  for (const [name, run] of Object.entries(reportCases)) it(name, () => run(workersDriver(8800)), 120_000);
});

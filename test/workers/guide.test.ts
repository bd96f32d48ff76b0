// The service guide in a Telegram chat on workerd + D1: the shared cases of test/shared/guide-cases.ts.
// Person ids 85xx belong to this file.
import { env } from "cloudflare:workers";
import { beforeAll, describe, it } from "vitest";
import { openD1 } from "../../src/db/d1.js";
import { loadDemoData } from "../../src/demo/load.js";
import { guideCases } from "../shared/guide-cases.js";
import { workersDriver } from "./driver.js";

beforeAll(async () => {
  await loadDemoData(openD1(env.DB));
}, 120_000);

describe("the service guide on Telegram, on workerd + D1", () => {
  for (const [name, run] of Object.entries(guideCases)) it(name, () => run(workersDriver(8500)));
});

// The staff API's points endpoints on workerd + D1, through the real Worker: the shared cases of
// test/shared/points-api-cases.ts, and a console award and approval in D1 batches.
import { env } from "cloudflare:workers";
import { beforeAll, describe, it } from "vitest";
import { openD1 } from "../../src/db/d1.js";
import { loadDemoData } from "../../src/demo/load.js";
import { pointsApiCases } from "../shared/points-api-cases.js";
import { workersDriver } from "./driver.js";

beforeAll(async () => {
  await loadDemoData(openD1(env.DB));
}, 120_000);

describe("/api/staff/points on workerd + D1", () => {
  for (const [name, run] of Object.entries(pointsApiCases)) it(name, () => run(workersDriver(8750), `w${name.length}`));
});

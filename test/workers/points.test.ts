// Points in a Telegram chat on workerd + D1, through the real Worker: the shared cases of
// test/shared/points-cases.ts. Person ids 87xx belong to this file.
import { env } from "cloudflare:workers";
import { beforeAll, describe, it } from "vitest";
import { openD1 } from "../../src/db/d1.js";
import { loadDemoData } from "../../src/demo/load.js";
import { pointsCases } from "../shared/points-cases.js";
import { workersDriver } from "./driver.js";

beforeAll(async () => {
  await loadDemoData(openD1(env.DB));
}, 120_000);

describe("points in a Telegram chat, on workerd + D1", () => {
  for (const [name, run] of Object.entries(pointsCases)) it(name, () => run(workersDriver(8700)));
});

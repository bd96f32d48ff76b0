// The fuzz suite inside workerd on D1, through the real Worker (test/shared/fuzz-cases.ts). D1 keeps no
// count of rows written, so "nothing changed" compares every table's row count and each row's newest
// id; the Worker's logs go to workerd's console, so a failure shows as a 5xx here. Fewer inputs than on
// Node (each is a round trip to D1). Person ids 89xx and 8,960,xxx belong to this file.
import { env, exports } from "cloudflare:workers";
import { sql } from "drizzle-orm";
import { beforeAll, describe, it } from "vitest";
import { openD1 } from "../../src/db/d1.js";
import { loadDemoData } from "../../src/demo/load.js";
import type { DomainDeps } from "../../src/domain/deps.js";
import { fuzzCases, type FuzzDriver } from "../shared/fuzz-cases.js";
import { makeStaff, tokenFor } from "../support/staff.js";
import { workersDriver } from "./driver.js";
import { post } from "./telegram.js";

const db = openD1(env.DB);
const deps: DomainDeps = { db, directory: db, now: () => Date.now(), defaultTimeZone: "Asia/Shanghai" };
let d: FuzzDriver;

async function snapshot(): Promise<string> {
  const tables = await db.orm.all<{ name: string }>(sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name NOT LIKE 'd1_%' AND name NOT LIKE '%fts%' ORDER BY name`);
  const counts = await Promise.all(tables.map(async ({ name }) => `${name}:${(await db.orm.all<{ n: number }>(sql.raw(`SELECT count(*) AS n FROM "${name}"`)))[0]!.n}`));
  return counts.join(",");
}

beforeAll(async () => {
  await loadDemoData(db);
  await makeStaff(deps, "fuzz.workers", "community_staff", "ja-huiminyuan", { password: false });
  const staffToken = await tokenFor(deps, "fuzz.workers");
  if (process.env.FUZZ_RUNS === undefined) process.env.FUZZ_FLOW_RUNS ??= "12";
  process.env.FUZZ_RUNS ??= "40";
  d = {
    request: (path, init) => exports.default.fetch(new URL(path, "http://linli.test").toString(), init),
    post: (body) => post(body),
    snapshot,
    errors: async () => [],
    origin: "http://linli.test",
    staffToken,
    person: (n) => ({ id: 8900 + n, language_code: n % 2 ? "zh" : "en" }),
    chat: workersDriver(8_960_000),
  };
  await d.request("/chat/api/messages", { method: "POST", headers: { "content-type": "application/json", origin: d.origin }, body: JSON.stringify({ input: { kind: "command", name: "help", payload: "" } }) });
  await d.request("/api/staff/me", { headers: { authorization: `Bearer ${staffToken}` } });
}, 120_000);

describe("fuzz: every public entry on workerd + D1", () => {
  for (const [name, run] of Object.entries(fuzzCases)) it(name, () => run(d), 300_000);
});

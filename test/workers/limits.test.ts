// Limits and passers-by inside workerd, counted in D1 (src/limits/database.ts, as src/worker.ts uses it):
// the shared cases of test/shared/limits-cases.ts. Each case builds linli over the project's D1 with the
// small limits of `limitsEnv` and a clock of its own; requests carry CF-Connecting-IP as Cloudflare's do.
// Person ids 88xx and addresses 2001:db8::88:… belong to this file.
import { env } from "cloudflare:workers";
import { beforeAll, describe, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { openD1 } from "../../src/db/d1.js";
import { loadDemoData } from "../../src/demo/load.js";
import { databaseLimiter } from "../../src/limits/database.js";
import { createLinli } from "../../src/linli.js";
import { consoleLogger } from "../../src/log.js";
import { limitsCases, limitsEnv, START, type LimitsDriver } from "../shared/limits-cases.js";
import { asTelegram, said, SECRET } from "./telegram.js";

const db = openD1(env.DB);
const ORIGIN = "http://linli.test";

beforeAll(async () => {
  await loadDemoData(db);
}, 120_000);

function workersLimitsDriver(caseNumber: number): LimitsDriver {
  const clock = { now: START };
  const config = loadConfig({ ...(env as unknown as Record<string, unknown>), ...limitsEnv });
  const linli = createLinli({ db, config, logger: consoleLogger("silent"), now: () => clock.now, limiter: databaseLimiter(db) });
  const fetchApp = async (path: string, init: RequestInit = {}, headers: Record<string, string> = {}) =>
    linli.app.fetch(new Request(`${ORIGIN}${path}`, { ...init, headers: { ...(init.headers as Record<string, string>), ...headers } }));
  return {
    driver: "d1",
    db,
    deps: linli.domain,
    clock,
    origin: ORIGIN,
    request: (path, init, address) => fetchApp(path, init, { "cf-connecting-ip": address }),
    post: async (update) => asTelegram(await fetchApp("/telegram/webhook", { method: "POST", headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET }, body: JSON.stringify(update) })),
    said,
    // Each case its own people and addresses: the counts stay in D1 between cases.
    person: (n) => ({ id: 8800 + caseNumber * 10 + n, language_code: "zh" }),
    address: (n) => `2001:db8::88:${caseNumber}:${n}`,
    runJob: async (name) => linli.jobs.find((j) => j.name === name)!.run(),
  };
}

describe("limits and passers-by on workerd + D1 (counts in the database)", () => {
  Object.entries(limitsCases).forEach(([name, run], i) => it(name, () => run(workersLimitsDriver(i)), 60_000));
});

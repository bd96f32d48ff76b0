// Limits and passers-by on Node: the shared cases of test/shared/limits-cases.ts with the in-process
// limiter over better-sqlite3, and the flood — 2,000 cookieless messages from one address with
// the default limits.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { conversations, residents } from "../../src/db/schema.js";
import { limitsCases, limitsEnv, START, type LimitsDriver } from "../shared/limits-cases.js";
import { OWN_ORIGIN, startHarness, type Harness } from "../support/harness.js";

/** What @hono/node-server gives a request: the socket it came in on. */
const socketOf = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

async function nodeLimitsDriver(env: Record<string, string> = limitsEnv): Promise<LimitsDriver & { h: Harness }> {
  const h = await startHarness({ now: START, env });
  return {
    h,
    driver: "sqlite",
    db: h.db,
    deps: h.domain,
    clock: h.clock,
    origin: OWN_ORIGIN,
    request: async (path, init, address) => h.app.request(path, init, socketOf(address)),
    post: (update) => h.post(update),
    said: async (chatId) => h.said(chatId),
    person: (n) => ({ id: 9_100 + n, language_code: "zh" }),
    address: (n) => `198.51.100.${n}`,
    runJob: (name) => h.runJob(name),
  };
}

describe("limits and passers-by on Node (in-process counts)", () => {
  for (const [name, run] of Object.entries(limitsCases)) {
    it(name, async () => {
      const d = await nodeLimitsDriver();
      try {
        await run(d);
      } finally {
        await d.h.close();
      }
    });
  }

  it("the issue's flood: 2,000 cookieless POSTs from one address with the default limits end in 429s and at most a handful of rows", async () => {
    // The defaults, written out: the harness otherwise gives tests of other things generous limits.
    const defaults = { LIMIT_WEB_CHAT: "120/1m", LIMIT_WEB_SESSIONS: "10/1h", LIMIT_CHAT_MESSAGES: "30/1m" };
    expect(loadConfig(defaults).limits).toEqual(loadConfig({}).limits);
    const d = await nodeLimitsDriver(defaults);
    try {
      const statuses = new Map<number, number>();
      for (let i = 0; i < 2000; i++) {
        const res = await d.request(
          "/chat/api/messages",
          { method: "POST", headers: { "content-type": "application/json", origin: OWN_ORIGIN }, body: JSON.stringify({ input: { kind: "command", name: "start", payload: "" } }) },
          "203.0.113.66",
        );
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
      // LIMIT_WEB_SESSIONS (10 an hour) lets ten new browsers in; everything else is refused.
      expect(Object.fromEntries(statuses)).toEqual({ 200: 10, 429: 1990 });
      expect(await d.db.orm.select().from(residents)).toHaveLength(0);
      expect((await d.db.orm.select().from(conversations)).length).toBeLessThanOrEqual(10);
    } finally {
      await d.h.close();
    }
  }, 120_000);
});

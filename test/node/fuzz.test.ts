// The fuzz suite on Node (test/shared/fuzz-cases.ts): better-sqlite3 in memory, where "nothing changed"
// is exact — SQLite's count of rows written on the connection stays where it was.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, it } from "vitest";
import { fuzzCases, type FuzzDriver } from "../shared/fuzz-cases.js";
import { nodeDriver, OWN_ORIGIN, startHarness, type Harness } from "../support/harness.js";
import { makeStaff, tokenFor } from "../support/staff.js";

let h: Harness;
let d: FuzzDriver;

beforeAll(async () => {
  h = await startHarness();
  await makeStaff(h.domain, "fuzz.staff", "community_staff", "ja-huiminyuan", { password: false });
  const staffToken = await tokenFor(h.domain, "fuzz.staff");
  let seen = 0;
  d = {
    request: async (path, init) => h.app.request(path, init),
    post: async (body) => h.post(body),
    snapshot: async () => String((await h.db.orm.get<{ n: number }>(sql`SELECT total_changes() AS n`)).n),
    async errors() {
      const found = h.logs.slice(seen).filter((l) => l.level === "error");
      seen = h.logs.length;
      return found.map((l) => ({ msg: l.msg, ...l.obj }));
    },
    origin: OWN_ORIGIN,
    staffToken,
    person: (n) => ({ id: 9500 + n, language_code: n % 2 ? "zh" : "en" }),
    chat: nodeDriver(h, 96_000),
  };
  // What is written once on first use, before anything is compared: the web chat's signing key…
  await h.app.request("/chat/api/messages", { method: "POST", headers: { "content-type": "application/json", origin: OWN_ORIGIN }, body: JSON.stringify({ input: { kind: "command", name: "help", payload: "" } }) });
  // A token notes when it was last used, at most once in a while (the clock stands still here): once now.
  await h.app.request("/api/staff/me", { headers: { authorization: `Bearer ${staffToken}` } });
  await d.errors();
}, 60_000);
afterAll(() => h?.close());

describe("fuzz: every public entry on Node", () => {
  for (const [name, run] of Object.entries(fuzzCases)) it(name, () => run(d), 300_000);
});

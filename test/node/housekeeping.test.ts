// What runs on the clock: pruning seen update ids, resetting abandoned conversations, forgetting people
// who never consented and have not come back for half a year, and what passers-by left after a day.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openSqlite } from "../../src/db/sqlite.js";
import { communities, consoleSessions, conversations, loginThrottle, residents, staffLinks, telegramUpdates } from "../../src/db/schema.js";
import { loadDemoData } from "../../src/demo/load.js";
import { loginWithPassword } from "../../src/domain/staff/sessions.js";
import { makeStaff, PASSWORD } from "../support/staff.js";
import { loadConfig } from "../../src/config.js";
import { onboardingButtons } from "../../src/flows/onboarding.js";
import { createLinli } from "../../src/linli.js";
import { consoleLogger } from "../../src/log.js";
import { webCapabilities } from "../../src/web/chat-channel.js";
import { housekeeping } from "../../src/jobs/housekeeping.js";

const DAY = 24 * 60 * 60 * 1000;

describe("housekeeping", () => {
  it("prunes old update ids and abandoned conversations, and forgets idle people without consent", async () => {
    const clock = { now: Date.parse("2026-01-01T00:00:00Z") };
    const db = openSqlite(":memory:");
    const { engine, domain: deps } = createLinli({ db, config: loadConfig({}), logger: consoleLogger("silent"), now: () => clock.now });
    const handleInput = (who: { channel: "web"; externalId: string }, input: Parameters<typeof engine.handle>[2]) => engine.handle(who, webCapabilities, input);
    const web = (id: string) => ({ channel: "web" as const, externalId: id.padEnd(32, "0") });
    await loadDemoData(db);
    const [community] = await db.orm.select().from(communities).limit(1);
    const pick = { kind: "choice", data: onboardingButtons.encode("pick", community!.id) } as const;
    await handleInput(web("a"), { kind: "command", name: "start", payload: "" });
    await handleInput(web("a"), pick); // chooses a community (kept), never answers consent
    await handleInput(web("b"), { kind: "command", name: "start", payload: "" });
    await handleInput(web("b"), { kind: "choice", data: onboardingButtons.encode("consent", "yes") }); // consents
    await handleInput(web("c"), { kind: "command", name: "start", payload: "" });
    await handleInput(web("c"), pick);
    await handleInput(web("d"), { kind: "command", name: "start", payload: "" }); // a passer-by: no record
    expect((await deps.db.orm.select().from(residents)).map((r) => r.externalId[0]).sort()).toEqual(["a", "b", "c"]);
    await deps.db.orm.insert(telegramUpdates).values([
      { updateId: 1, receivedAt: clock.now - 8 * DAY },
      { updateId: 2, receivedAt: clock.now - 1 * DAY },
    ]);

    clock.now += 100 * DAY;
    await handleInput(web("c"), { kind: "command", name: "help", payload: "" }); // c comes back
    // Only a and c were left mid-flow (at the privacy question), but c came back; d's conversation goes with d.
    expect(await housekeeping(deps)).toEqual({
      passersByConversationsDeleted: 1,
      passersByFilesDropped: 0,
      limitWindowsPruned: 0,
      updateIdsPruned: 2,
      conversationsReset: 1,
      idleResidentsForgotten: 0,
      searchMissesPruned: 0,
      staffRecordsPruned: 0,
      mediaPurged: 0,
      outboxPruned: 0,
      inboxPruned: 0,
    });
    expect(await deps.db.orm.select().from(conversations).where(eq(conversations.key, `web:${web("d").externalId}`))).toEqual([]);

    clock.now += 100 * DAY;
    expect((await housekeeping(deps)).idleResidentsForgotten).toBe(1);
    const left = (await deps.db.orm.select().from(residents)).map((r) => r.externalId[0]);
    expect(left.sort()).toEqual(["b", "c"]);
    expect(await deps.db.orm.select().from(conversations).where(eq(conversations.key, `web:${web("a").externalId}`))).toEqual([]);
  });

  it("drops ended console sessions, expired one-time links and login counts that have run out", async () => {
    const clock = { now: Date.parse("2026-01-01T00:00:00Z") };
    const db = openSqlite(":memory:");
    const deps = { db, directory: db, now: () => clock.now, defaultTimeZone: "Asia/Shanghai" };
    await makeStaff(deps, "keeper", "admin", null); // one invitation
    expect((await loginWithPassword(deps, { username: "keeper", password: PASSWORD, address: "10.0.0.1" })).ok).toBe(true);
    expect((await loginWithPassword(deps, { username: "keeper", password: "wrong password", address: "10.0.0.2" })).ok).toBe(false);
    const rows = async () => [
      (await db.orm.select().from(consoleSessions)).length,
      (await db.orm.select().from(staffLinks)).length,
      (await db.orm.select().from(loginThrottle)).length,
    ];
    expect(await rows()).toEqual([1, 1, 3]);
    expect((await housekeeping(deps)).staffRecordsPruned).toBe(0);
    clock.now += 2 * 60 * 60 * 1000; // the session is idle, the counts have run out
    expect((await housekeeping(deps)).staffRecordsPruned).toBe(4);
    clock.now += 3 * DAY; // the invitation has expired
    expect((await housekeeping(deps)).staffRecordsPruned).toBe(1);
    expect(await rows()).toEqual([0, 0, 0]);
  });
});

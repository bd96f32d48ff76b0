// The webhook's rules on workerd + D1, through the real Worker: the shared cases of
// test/shared/webhook-cases.ts, and the Cron Trigger's housekeeping. Person ids 82xx belong to this file.
import { ensureResident } from "../../src/db/queries/residents.js";
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { openD1 } from "../../src/db/d1.js";
import { loadDemoData } from "../../src/demo/load.js";
import { conversations, telegramUpdates } from "../../src/db/schema.js";
import worker from "../../src/worker.js";
import { webhookCases } from "../shared/webhook-cases.js";
import { workersDriver } from "./driver.js";

const db = openD1(env.DB);
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  await loadDemoData(db);
}, 120_000);

describe("the Telegram webhook on workerd + D1", () => {
  for (const [name, run] of Object.entries(webhookCases)) it(name, () => run(workersDriver(8200)));

  it("runs housekeeping on the Cron Trigger: prunes update ids older than 7 days, resets month-old conversations", async () => {
    const now = Date.now();
    await db.orm.insert(telegramUpdates).values([
      { updateId: 1, receivedAt: now - 8 * DAY },
      { updateId: 2, receivedAt: now - 6 * DAY },
    ]);
    // Residents' conversations (a passer-by's would go after a day: test/shared/limits-cases.ts).
    for (const id of ["8290", "8291"]) await ensureResident(db.orm, "telegram", id, "zh", now);
    await db.orm.insert(conversations).values([
      { key: "telegram:8290", flow: "onboarding", step: "district", data: { page: 1 }, updatedAt: now - 31 * DAY },
      { key: "telegram:8291", flow: "onboarding", step: "district", data: {}, updatedAt: now - DAY },
    ]);

    // Housekeeping runs hourly: the cron tick on the hour.
    const onTheHour = Math.floor(now / (60 * 60 * 1000)) * 60 * 60 * 1000;
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ cron: "* * * * *", scheduledTime: onTheHour }), env, ctx);
    await waitOnExecutionContext(ctx);

    const ids = (await db.orm.select().from(telegramUpdates).where(inArray(telegramUpdates.updateId, [1, 2]))).map((r) => r.updateId);
    expect(ids).toEqual([2]);
    // Recent ones (those of the tests above) are kept.
    expect((await db.orm.select().from(telegramUpdates)).length).toBeGreaterThan(1);
    const [old] = await db.orm.select().from(conversations).where(eq(conversations.key, "telegram:8290"));
    expect(old).toMatchObject({ flow: null, step: null });
    const [recent] = await db.orm.select().from(conversations).where(eq(conversations.key, "telegram:8291"));
    expect(recent).toMatchObject({ flow: "onboarding", step: "district" });
  });
});

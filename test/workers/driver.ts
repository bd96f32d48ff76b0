// The shared test driver (test/shared/driver.ts) on workerd + D1: the real Worker's webhook, and the
// Bot API calls it made as the shared fake server of global-setup.ts recorded them.
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import worker from "../../src/worker.js";
import { sql } from "drizzle-orm";
import { openD1 } from "../../src/db/d1.js";
import { findResident } from "../../src/db/queries/residents.js";
import type { ChatDriver } from "../shared/driver.js";
import { allCalls, lastButtons, post, said, tap } from "./telegram.js";

/** People get ids `base + n`: give each file its own base, as every file's calls land in one fake server. */
export function workersDriver(base: number): ChatDriver {
  const db = openD1(env.DB);
  return {
    driver: "d1",
    db,
    person: (n, languageCode) => ({ id: base + n, ...(languageCode ? { language_code: languageCode } : {}) }),
    request: (path, init) => exports.default.fetch(new URL(path, "http://linli.test").toString(), init),
    post,
    said,
    lastButtons,
    calls: async (chatId, method) => (await allCalls()).filter((c) => (chatId === null || Number(c.body.chat_id) === chatId) && (!method || c.method === method)),
    tap,
    resident: (telegramId) => findResident(db.orm, "telegram", String(telegramId)),
    now: () => Date.now(),
    async runJob(name) {
      // The Cron Trigger ticks each minute; at a minute that is not on the hour, every job but housekeeping is due.
      if (!["outbox", "escalation"].includes(name)) throw new Error(`no cron tick runs ${name} alone`);
      // A request may have woken the outbox already (ctx.waitUntil, still running): tick until nothing
      // that is due waits or is being sent.
      const due = async () =>
        (await db.orm.all<{ n: number }>(sql`SELECT count(*) AS n FROM outbox WHERE (state = 'pending' AND not_before <= ${Date.now()}) OR state = 'sending'`))[0]!.n;
      for (let round = 0; round < 50; round++) {
        const tick = Math.floor(Date.now() / 60_000) * 60_000 + (new Date().getUTCMinutes() === 0 ? 60_000 : 0);
        const ctx = createExecutionContext();
        await worker.scheduled(createScheduledController({ cron: "* * * * *", scheduledTime: tick }), env, ctx);
        await waitOnExecutionContext(ctx);
        if (name !== "outbox" || (await due()) === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}

// Cloudflare Workers entry: the same Hono app over D1 (binding DB); the jobs run on a Cron Trigger.
// Nothing reachable from here may import better-sqlite3 or node:*.
import type { D1Database, ExecutionContext, ScheduledController } from "@cloudflare/workers-types";
import { createApp } from "./app.js";
import { botInfoFromToken, createBot } from "./bot/bot.js";
import { ConfigError, loadConfig } from "./config.js";
import { openD1 } from "./db/d1.js";
import { loadDemoData } from "./db/demo/load.js";
import type { DomainDeps } from "./domain/deps.js";
import { housekeeping } from "./jobs/housekeeping.js";
import { consoleLogger, type Logger } from "./log.js";

export interface Env {
  DB: D1Database;
  [variable: string]: unknown;
}

type Isolate = { app: ReturnType<typeof createApp>; domain: DomainDeps; logger: Logger; ready: Promise<void> };

// Built once per isolate and reused by every request it serves.
let isolate: Isolate | undefined;

function build(env: Env): Isolate {
  const config = loadConfig(env);
  const logger = consoleLogger(config.LOG_LEVEL);
  const db = openD1(env.DB);
  const domain: DomainDeps = { db, directory: db, now: () => Date.now(), defaultTimeZone: config.DEFAULT_TIME_ZONE };
  const bot = config.TELEGRAM_BOT_TOKEN
    ? createBot({
        domain,
        logger,
        token: config.TELEGRAM_BOT_TOKEN,
        apiRoot: config.TELEGRAM_API_ROOT,
        botInfo: config.TELEGRAM_BOT_USERNAME ? botInfoFromToken(config.TELEGRAM_BOT_TOKEN, config.TELEGRAM_BOT_USERNAME) : undefined,
      })
    : undefined;
  const ready = (async () => {
    // Without TELEGRAM_BOT_USERNAME, one getMe per isolate (not per request).
    if (bot && !bot.isInited()) await bot.init();
    if (config.DEMO_DATA) {
      const loaded = await loadDemoData(db);
      if (loaded) logger.info(loaded, "demo data loaded into the empty database (set DEMO_DATA=false to start empty)");
      if (loaded?.consoleAdmin) logger.info({ path: "/console", ...loaded.consoleAdmin }, "demo admin for the staff console (only while DEMO_DATA is on)");
    }
  })();
  return { app: createApp({ domain, config, logger, bot }), domain, logger, ready };
}

function isolateFor(env: Env): Isolate | Response {
  try {
    isolate ??= build(env);
    return isolate;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(JSON.stringify({ level: "fatal", msg: error.message }));
    return new Response(`linli is misconfigured: ${error.message}`, { status: 500 });
  }
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const current = isolateFor(env);
    if (current instanceof Response) return current;
    try {
      await current.ready;
    } catch (error) {
      isolate = undefined; // try again on the next request
      throw error;
    }
    return current.app.fetch(request, env, ctx);
  },

  async scheduled(_controller: ScheduledController, env: Env, ctx: ExecutionContext): Promise<void> {
    const current = isolateFor(env);
    if (current instanceof Response) return;
    ctx.waitUntil(
      housekeeping(current.domain).then(
        (done) => current.logger.debug(done, "housekeeping"),
        (error) => current.logger.error({ err: error }, "housekeeping failed"),
      ),
    );
  },
};

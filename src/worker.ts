// Cloudflare Workers entry: the same linli over D1 (binding DB); the jobs run on the Cron Trigger.
// Nothing reachable from here may import better-sqlite3 or node:*.
import type { D1Database, ExecutionContext, R2Bucket, ScheduledController } from "@cloudflare/workers-types";
import { ConfigError, loadConfig } from "./config.js";
import { openD1 } from "./db/d1.js";
import { loadDemoData } from "./demo/load.js";
import { dueJobs, runLogged } from "./jobs/job.js";
import { createLinli, type Linli } from "./linli.js";
import { consoleLogger, type Logger } from "./log.js";
import { databaseLimiter } from "./limits/database.js";
import { r2MediaStore } from "./media/r2.js";

export interface Env {
  DB: D1Database;
  /** An R2 bucket for photos uploaded in the web chat (optional: without it the web chat takes none). */
  MEDIA?: R2Bucket;
  [variable: string]: unknown;
}

type Isolate = Linli & { logger: Logger; ready: Promise<void>; woken: Set<string> };

// Built once per isolate and reused by every request it serves.
let isolate: Isolate | undefined;

function build(env: Env): Isolate {
  const config = loadConfig(env);
  const logger = consoleLogger(config.logLevel);
  const db = openD1(env.DB);
  // Isolates share no memory: the limits count in D1.
  const linli = createLinli({ db, config, logger, limiter: databaseLimiter(db), ...(env.MEDIA ? { media: r2MediaStore(env.MEDIA) } : {}) });
  // A job woken by a request (a message queued) runs as the request ends, with ctx.waitUntil.
  const woken = new Set<string>();
  linli.domain.wake = (name) => void woken.add(name);
  const ready = (async () => {
    // Without TELEGRAM_BOT_USERNAME, one getMe per isolate (not per request).
    if (linli.bot && !linli.bot.isInited()) await linli.bot.init();
    if (config.demoData) {
      const loaded = await loadDemoData(db, Date.now(), db, { history: true });
      if (loaded) logger.info(loaded, "demo data loaded into the empty database (set DEMO_DATA=false to start empty)");
      if (loaded?.consoleAdmin) logger.info({ path: "/console", ...loaded.consoleAdmin }, "demo admin for the staff console (only while DEMO_DATA is on)");
    }
  })();
  return { ...linli, logger, ready, woken };
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
    const response = await current.app.fetch(request, env, ctx);
    for (const name of current.woken) {
      current.woken.delete(name);
      const job = current.jobs.find((j) => j.name === name);
      if (job) ctx.waitUntil(runLogged(job, current.logger));
    }
    return response;
  },

  async scheduled(controller: ScheduledController, env: Env, ctx: ExecutionContext): Promise<void> {
    const current = isolateFor(env);
    if (current instanceof Response) return;
    for (const job of dueJobs(current.jobs, controller.scheduledTime)) ctx.waitUntil(runLogged(job, current.logger));
  },
};

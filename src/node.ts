// Node entry: better-sqlite3 (the embedded default), the Hono app on HOST:PORT, the bot in the mode the
// configuration asks for, and the jobs in the same process.
import { serve } from "@hono/node-server";
import { setWebhook } from "./bot/setup.js";
import { handledUpdates } from "./bot/updates.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { loadDemoData } from "./demo/load.js";
import { openSqlite } from "./db/sqlite.js";
import { markRunning } from "./db/backup.js";
import { dirname, join, resolve } from "node:path";
import { releaseAllHeld } from "./db/queries/outbox.js";
import { startJobs } from "./jobs/job.js";
import { folderMediaStore } from "./media/folder.js";
import { createLinli } from "./linli.js";
import { errorText } from "./log.js";
import { nodeLogger } from "./node-logger.js";
import { terminalDestination } from "./terminal-log.js";

function readConfig(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`linli cannot start: ${error.message}\nSee .env.example for every variable.`);
      process.exit(1);
    }
    throw error;
  }
}

async function main() {
  const config = readConfig();
  // Readable at a terminal, JSON lines everywhere else.
  const logger = nodeLogger(config.logLevel, terminalDestination());
  // Checkpoints in a thread of their own, never inside a commit on the event loop (src/db/sqlite.ts).
  const db = openSqlite(config.database.path, {
    checkpointer: true,
    onCheckpointerStopped: (error) => logger.error(error ? { err: error } : {}, "the checkpointer thread stopped: the database connection checkpoints for itself again"),
  });
  // `npm run restore` refuses while this runs (src/db/backup.ts).
  const unmark = markRunning(config.database.path);
  logger.info({ database: config.database.path }, "database ready (migrations applied)");

  if (config.demoData) {
    const loaded = await loadDemoData(db, Date.now(), db, { history: true });
    if (loaded) logger.info(loaded, "demo data loaded into the empty database (set DEMO_DATA=false to start empty)");
    if (loaded?.consoleAdmin) logger.info({ path: "/console", ...loaded.consoleAdmin }, "demo admin for the staff console (only while DEMO_DATA is on)");
  }

  const media = folderMediaStore(join(dirname(resolve(config.database.path)), "media"));
  const { app, bot, jobs, domain } = createLinli({ db, config, logger, media });
  if (bot) await bot.init();

  const server = serve({ fetch: app.fetch, hostname: config.server.host, port: config.server.port }, (info) => {
    const base = `http://${info.address.includes(":") ? `[${info.address}]` : info.address}:${info.port}`;
    logger.info({ url: base }, "listening");
    logger.info({ url: `${base}/chat` }, "resident web chat");
    logger.info({ url: `${base}/console` }, "staff console");
  });

  const webhook = config.telegram?.webhook;
  if (!bot) {
    logger.info({}, "no TELEGRAM_BOT_TOKEN: Telegram is off; residents use the web chat");
  } else if (webhook?.url) {
    const url = await setWebhook(bot.api, { secret: webhook.secret, url: webhook.url });
    logger.info({ url, bot: bot.botInfo.username }, "Telegram webhook set");
  } else {
    await bot.api.deleteWebhook();
    void bot.start({
      allowed_updates: [...handledUpdates],
      onStart: (me) => logger.info({ bot: me.username }, "Telegram long polling started"),
    });
  }

  // Messages held by the previous run of this process (it stopped while sending) are due again.
  await releaseAllHeld(db.orm);
  const running = startJobs(jobs, logger);
  domain.wake = running.wake;

  // Draining: no new connections; the requests and updates in flight finish; the outbox stops after the
  // message it is sending and the other rounds under way end; then the database is closed.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: finishing what is in flight");
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Idle keep-alive connections would hold close() open; those with a request in flight finish it.
    (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
    if (bot?.isRunning()) await bot.stop();
    await closed;
    await running.stop();
    db.close();
    unmark();
    logger.info({ signal }, "stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error) => {
  // Not the error object itself: a failed setWebhook carries its secret_token along.
  console.error(`linli failed to start: ${errorText(error)}`);
  process.exit(1);
});

// Node entry: better-sqlite3 (the embedded default), the Hono app on HOST:PORT, the bot in the mode the
// configuration asks for, and the jobs loop in the same process.
import { serve } from "@hono/node-server";
import { pino } from "pino";
import { createApp } from "./app.js";
import { botInfoFromToken, createBot, type LinliBot } from "./bot/bot.js";
import { setWebhook } from "./bot/setup.js";
import { handledUpdates } from "./bot/updates.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { loadDemoData } from "./db/demo/load.js";
import { openSqlite } from "./db/sqlite.js";
import type { DomainDeps } from "./domain/deps.js";
import { housekeeping } from "./jobs/housekeeping.js";
import type { Logger } from "./log.js";
import { terminalDestination } from "./terminal-log.js";

const HOUSEKEEPING_EVERY_MS = 60 * 60 * 1000;

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
  const pretty = terminalDestination();
  const logger = (pretty ? pino({ level: config.LOG_LEVEL }, pretty) : pino({ level: config.LOG_LEVEL })) as unknown as Logger;
  const db = openSqlite(config.DATABASE_PATH);
  const domain: DomainDeps = { db, directory: db, now: () => Date.now(), defaultTimeZone: config.DEFAULT_TIME_ZONE };
  logger.info({ database: config.DATABASE_PATH }, "database ready (migrations applied)");

  if (config.DEMO_DATA) {
    const loaded = await loadDemoData(db);
    if (loaded) logger.info(loaded, "demo data loaded into the empty database (set DEMO_DATA=false to start empty)");
    if (loaded?.consoleAdmin) logger.info({ path: "/console", ...loaded.consoleAdmin }, "demo admin for the staff console (only while DEMO_DATA is on)");
  }

  let bot: LinliBot | undefined;
  if (config.TELEGRAM_BOT_TOKEN) {
    bot = createBot({
      domain,
      logger,
      token: config.TELEGRAM_BOT_TOKEN,
      apiRoot: config.TELEGRAM_API_ROOT,
      botInfo: config.TELEGRAM_BOT_USERNAME ? botInfoFromToken(config.TELEGRAM_BOT_TOKEN, config.TELEGRAM_BOT_USERNAME) : undefined,
    });
    await bot.init();
  }

  const app = createApp({ domain, config, logger, bot });
  const server = serve({ fetch: app.fetch, hostname: config.HOST, port: config.PORT }, (info) => {
    const base = `http://${info.address.includes(":") ? `[${info.address}]` : info.address}:${info.port}`;
    logger.info({ url: base }, "listening");
    logger.info({ url: `${base}/chat` }, "resident web chat");
    logger.info({ url: `${base}/console` }, "staff console");
  });

  if (!bot) {
    logger.info({}, "no TELEGRAM_BOT_TOKEN: Telegram is off; residents use the web chat");
  } else if (config.PUBLIC_URL) {
    const url = await setWebhook(bot.api, config.PUBLIC_URL, config.TELEGRAM_WEBHOOK_SECRET!);
    logger.info({ url, bot: bot.botInfo.username }, "Telegram webhook set");
  } else {
    await bot.api.deleteWebhook();
    void bot.start({
      allowed_updates: [...handledUpdates],
      onStart: (me) => logger.info({ bot: me.username }, "Telegram long polling started"),
    });
  }

  const runHousekeeping = () =>
    housekeeping(domain).then(
      (done) => logger.debug(done, "housekeeping"),
      (error) => logger.error({ err: error }, "housekeeping failed"),
    );
  void runHousekeeping();
  const timer = setInterval(runHousekeeping, HOUSEKEEPING_EVERY_MS);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    clearInterval(timer);
    if (bot?.isRunning()) await bot.stop();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    db.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error) => {
  console.error("linli failed to start:", error);
  process.exit(1);
});

// The composition root: one place builds linli from a database, a configuration and a logger, for both
// entries (src/node.ts and src/worker.ts) and for the tests. It wires the flow engine, the Telegram bot
// when configured, the Hono app and the jobs; nothing below it builds its own dependencies.
import { Api } from "grammy";
import { createApp } from "./app.js";
import { botInfoFromToken, createBot, type LinliBot } from "./bot/bot.js";
import { telegramDeliverer } from "./bot/resident-delivery.js";
import { telegramFiles } from "./bot/files.js";
import { topicDeliverer } from "./bot/topics.js";
import type { Config } from "./config.js";
import type { Database } from "./db/database.js";
import type { DomainDeps } from "./domain/deps.js";
import type { Limiter } from "./domain/limits.js";
import { memoryLimiter } from "./limits/memory.js";
import type { MediaStore } from "./domain/media.js";
import type { Deliver } from "./domain/outbox.js";
import { createEngine, type Engine } from "./flows/engine.js";
import type { AnyFlowModule } from "./flows/module.js";
import { fallbacks, residentModules } from "./flows/modules.js";
import { onTranslationProblem } from "./i18n/index.js";
import { housekeepingJob } from "./jobs/housekeeping.js";
import type { Job } from "./jobs/job.js";
import { escalationJob } from "./jobs/escalation.js";
import { hearingsJob } from "./jobs/hearings.js";
import { verdictsJob } from "./jobs/verdicts.js";
import { defaultDispatch, outboxJob, type DispatchSettings } from "./jobs/outbox.js";
import type { Logger } from "./log.js";
import type { OutboxRoute } from "./vocabulary.js";
import { webDeliverer } from "./web/inbox.js";

export interface LinliParts {
  /** What belongs to people. */
  db: Database;
  /** What is read everywhere; the same database unless a deployment splits them. */
  directory?: Database;
  config: Config;
  logger: Logger;
  /** The clock (epoch ms, UTC); tests move it. */
  now?: () => number;
  /** The flow modules; the resident modules by default. Tests add their own. */
  modules?: readonly AnyFlowModule[];
  /** Where photos uploaded in the web chat are kept; without one the web chat takes none. */
  media?: MediaStore;
  /** The outbox's pacing, where it must differ from Telegram's limits (a benchmark of the machinery). */
  dispatch?: Partial<DispatchSettings>;
  /** Counts requests and messages for the limits: in the process by default (Node); the database on Workers. */
  limiter?: Limiter;
}

export interface Linli {
  app: ReturnType<typeof createApp>;
  domain: DomainDeps;
  engine: Engine;
  /** Present when Telegram is configured. */
  bot?: LinliBot;
  jobs: Job[];
}

export function createLinli({ db, directory = db, config, logger, now = Date.now, modules = residentModules, media, dispatch, limiter = memoryLimiter() }: LinliParts): Linli {
  onTranslationProblem((problem) => logger.warn(problem, "a message could not be formatted"));
  // `wake` is set by the entry that runs the jobs (src/node.ts, src/worker.ts).
  const domain: DomainDeps = {
    db,
    directory,
    now,
    defaultTimeZone: config.timeZone,
    limits: { limiter, rules: config.limits },
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
    ...(media ? { media } : {}),
  };
  const engine = createEngine(domain, modules, fallbacks);
  const telegram = config.telegram;
  const bot = telegram
    ? createBot({
        domain,
        engine,
        logger,
        token: telegram.token,
        apiRoot: telegram.apiRoot,
        botInfo: telegram.username ? botInfoFromToken(telegram.token, telegram.username) : undefined,
      })
    : undefined;
  // The outbox talks to Telegram without the direct replies' short automatic retries: it has its own.
  const outboxApi = telegram ? new Api(telegram.token, { apiRoot: telegram.apiRoot }) : undefined;
  const files = outboxApi && telegram ? telegramFiles(outboxApi, telegram) : undefined;
  const deliverers: Partial<Record<OutboxRoute, Deliver>> = {
    web: webDeliverer(domain, engine, files),
    ...(outboxApi ? { telegram: telegramDeliverer(domain, outboxApi, engine, media), topic: topicDeliverer(domain, outboxApi, media) } : {}),
  };
  const app = createApp({ domain, engine, config, logger, bot });
  return { app, domain, engine, bot, jobs: [housekeepingJob(domain), outboxJob(domain, deliverers, { ...defaultDispatch, ratePerSecond: config.outboxRate, ...dispatch }), escalationJob(domain), verdictsJob(domain), hearingsJob(domain)] };
}

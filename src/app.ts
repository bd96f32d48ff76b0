// The Hono app: small sub-apps, each given what it needs, joined with `app.route`. A part that is not
// configured is not mounted (no webhook without a Telegram token and PUBLIC_URL). Built by src/linli.ts.
import type { Bot } from "grammy";
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { WEBHOOK_PATH, type Config } from "./config.js";
import type { DomainDeps } from "./domain/deps.js";
import type { Engine } from "./flows/engine.js";
import type { Logger } from "./log.js";
import { webChat } from "./web/chat.js";
import type { AppEnv } from "./web/env.js";
import { health } from "./web/health.js";
import { open311 } from "./web/open311.js";
import { servicesApi } from "./web/services.js";
import { telegramWebhook } from "./web/telegram.js";

export interface AppParts {
  domain: DomainDeps;
  engine: Engine;
  config: Config;
  logger: Logger;
  /** Present when Telegram is configured. */
  bot?: Bot;
}

export function createApp({ domain, engine, config, logger, bot }: AppParts) {
  const app = new Hono<AppEnv>();

  app.use(requestId());
  app.use(async (c, next) => {
    const requestLogger = logger.child({ requestId: c.get("requestId") });
    c.set("logger", requestLogger);
    const started = performance.now();
    await next();
    requestLogger.debug({ method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) }, "request");
  });

  app.get("/", (c) => c.redirect("/chat"));
  app.route("/healthz", health(domain.db));
  app.route("/chat", webChat({ domain, engine }));
  const webhook = config.telegram?.webhook;
  if (bot && webhook) app.route(WEBHOOK_PATH, telegramWebhook({ bot, secret: webhook.secret }));
  app.route("/api/services", servicesApi(domain));
  app.route("/open311/v2", open311(domain));

  app.notFound((c) => c.json({ error: "not found" }, 404));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    c.get("logger")?.error({ err: error, method: c.req.method, path: c.req.path }, "request failed");
    return c.json({ error: "internal error", requestId: c.get("requestId") }, 500);
  });
  return app;
}

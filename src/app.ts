// One Hono app for both runtimes, built from its dependencies. src/node.ts and src/worker.ts call this.
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { webChat } from "./web/chat.js";
import type { AppDeps, AppEnv } from "./web/env.js";
import { health } from "./web/health.js";
import { open311, servicesApi } from "./web/services.js";
import { telegramWebhook } from "./web/telegram.js";
import { webhookPath } from "./bot/setup.js";
import { consoleApp } from "./web/console/index.js";
import { placesApi } from "./web/places-api.js";
import { staffApi } from "./web/staff-api.js";

export type { AppDeps };

export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.use(requestId());
  app.use(async (c, next) => {
    const logger = deps.logger.child({ requestId: c.get("requestId") });
    c.set("deps", deps);
    c.set("logger", logger);
    const started = performance.now();
    await next();
    logger.debug({ method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) }, "request");
  });

  app.get("/", (c) => c.redirect("/chat"));
  app.route("/healthz", health());
  app.route("/chat", webChat());
  app.route(webhookPath, telegramWebhook());
  app.route("/api/services", servicesApi());
  app.route("/open311/v2", open311());
  app.route("/api/places", placesApi({ domain: deps.domain }));
  app.route("/api/staff", staffApi({ domain: deps.domain, logger: deps.logger }));
  app.route(
    "/console",
    consoleApp({
      domain: deps.domain,
      logger: deps.logger,
      secureCookies: deps.config.PUBLIC_URL?.startsWith("https://") ?? false,
      botUsername: () => deps.config.TELEGRAM_BOT_USERNAME ?? (deps.bot?.isInited() ? deps.bot.botInfo.username : undefined),
    }),
  );

  app.notFound((c) => c.json({ error: "not found" }, 404));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    c.get("logger")?.error({ err: error, method: c.req.method, path: c.req.path }, "request failed");
    return c.json({ error: "internal error", requestId: c.get("requestId") }, 500);
  });
  return app;
}

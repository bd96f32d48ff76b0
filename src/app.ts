// One Hono app for both runtimes, built from its dependencies. src/node.ts and src/worker.ts call this.
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { webChat } from "./web/chat.js";
import type { AppDeps, AppEnv } from "./web/env.js";
import { health } from "./web/health.js";
import { securityHeaders } from "./web/security-headers.js";
import { open311, servicesApi } from "./web/services.js";
import { telegramWebhook } from "./web/telegram.js";
import { defaultWriteRule, MiB, KiB, writeGuard, type WriteRule } from "./web/write-guard.js";
import { webhookPath } from "./bot/setup.js";

export type { AppDeps };

/**
 * The bodies each route takes (src/web/write-guard.ts); any other path that is sent a body gets
 * `defaultWriteRule`: at most 16 KiB of JSON, from this site's own pages. An upload route adds its line here.
 */
const writeRules: [path: string, rule: WriteRule][] = [
  // The page caps a message at 4096 characters; JSON may spell each as \uXXXX (6 bytes): 24 KiB and the envelope.
  ["/chat/api", { ...defaultWriteRule, maxBytes: 32 * KiB }],
  // Telegram documents no limit for an Update; one carries at most a message and the one it replies to
  // (4096 characters each, with their entities), far below 1 MiB. Its secret header proves the sender.
  [webhookPath, { maxBytes: 1 * MiB, accepts: ["application/json"], from: "anywhere" }],
];

export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  // Our own id for every request, in the logs and in X-Request-Id on the answer. One a client sends is
  // ignored, so that no request can pass itself off as another in the logs.
  app.use(requestId({ headerName: "" }));
  app.use(async (c, next) => {
    const logger = deps.logger.child({ requestId: c.get("requestId") });
    c.set("deps", deps);
    c.set("logger", logger);
    const started = performance.now();
    await next();
    c.header("X-Request-Id", c.get("requestId"));
    logger.debug({ method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) }, "request");
  });
  app.use(securityHeaders());
  app.use(writeGuard(writeRules));

  app.get("/", (c) => c.redirect("/chat"));
  app.route("/healthz", health());
  app.route("/chat", webChat());
  app.route(webhookPath, telegramWebhook());
  app.route("/api/services", servicesApi());
  app.route("/open311/v2", open311());

  app.notFound((c) => c.json({ error: "not found" }, 404));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    c.get("logger")?.error({ err: error, method: c.req.method, path: c.req.path }, "request failed");
    return c.json({ error: "internal error", requestId: c.get("requestId") }, 500);
  });

  return app;
}

// The Hono app: small sub-apps, each given what it needs, joined with `app.route`. A part that is not
// configured is not mounted (no webhook without a Telegram token and PUBLIC_URL). Built by src/linli.ts.
import type { Bot } from "grammy";
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { telegramFiles } from "./bot/files.js";
import { WEBHOOK_PATH, type Config } from "./config.js";
import type { DomainDeps } from "./domain/deps.js";
import type { Engine } from "./flows/engine.js";
import type { Logger } from "./log.js";
import { webChat } from "./web/chat.js";
import type { AppEnv } from "./web/env.js";
import { health } from "./web/health.js";
import { open311 } from "./web/open311.js";
import type { Site } from "./web/public-url.js";
import { securityHeaders } from "./web/security-headers.js";
import { servicesApi } from "./web/services.js";
import { consoleApp } from "./web/console/index.js";
import { placesApi } from "./web/places-api.js";
import { staffApi } from "./web/staff-api.js";
import { telegramWebhook } from "./web/telegram.js";
import { limitPerAddress } from "./web/rate-limit.js";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "./db/unavailable.js";
import { defaultWriteRule, KiB, MiB, writeGuard, type WriteRule } from "./web/write-guard.js";

export interface AppParts {
  domain: DomainDeps;
  engine: Engine;
  config: Config;
  logger: Logger;
  /** Present when Telegram is configured. */
  bot?: Bot;
}

/**
 * The bodies each route takes (src/web/write-guard.ts); any other path that is sent a body gets
 * `defaultWriteRule`: at most 16 KiB of JSON, from this site's own pages. An upload route adds its line here.
 */
const writeRules: [path: string, rule: WriteRule][] = [
  // The page caps a message at 4096 characters; JSON may spell each as \uXXXX (6 bytes): 24 KiB and the envelope.
  ["/chat/api", { ...defaultWriteRule, maxBytes: 32 * KiB }],
  // A photo the page has resized (≤ 1600 px JPEG, usually under 500 KiB); the store refuses above 5 MiB.
  ["/chat/api/photos", { maxBytes: 6 * MiB, accepts: ["image/jpeg", "image/png", "image/webp"], from: "own pages" }],
  // Telegram documents no limit for an Update; one carries at most a message and the one it replies to
  // (4096 characters each, with their entities), far below 1 MiB. Its secret header proves the sender.
  [WEBHOOK_PATH, { maxBytes: 1 * MiB, accepts: ["application/json"], from: "anywhere" }],
  // The staff API authenticates with a bearer token a script holds, never with a browser's cookie: a page
  // elsewhere can add no power to its requests, so scripts and integrations may call it from anywhere.
  ["/api/staff", { maxBytes: 64 * KiB, accepts: ["application/json"], from: "anywhere" }],
  // Open311 service requests (issue 10): an integration's server posts a form (the spec's) or JSON with its
  // api_key (a staff API token); no browser cookie gives it any power.
  ["/open311/v2/requests.json", { maxBytes: 16 * KiB, accepts: ["application/x-www-form-urlencoded", "application/json"], from: "anywhere" }],
  // The staff console's plain HTML forms (they work without JavaScript); each also carries a CSRF token.
  ["/console", { maxBytes: 64 * KiB, accepts: ["application/x-www-form-urlencoded"], from: "own pages" }],
];

export function createApp({ domain, engine, config, logger, bot }: AppParts) {
  const app = new Hono<AppEnv>();
  const site: Site = { trustProxy: config.server.trustProxy, ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}) };
  // Files residents sent from Telegram, fetched for staff reading a case (the console, the staff API).
  const files = bot && config.telegram ? telegramFiles(bot.api, config.telegram) : undefined;

  // Our own id for every request, in the logs and in X-Request-Id on the answer. One a client sends is
  // ignored, so that no request can pass itself off as another in the logs.
  app.use(requestId({ headerName: "" }));
  app.use(async (c, next) => {
    const requestLogger = logger.child({ requestId: c.get("requestId") });
    c.set("logger", requestLogger);
    const started = performance.now();
    await next();
    // On the answer's own headers, as the security headers are set: Hono's c.header() on an answer
    // already made copies it into a new one, which on Node builds its body's stream (~65 µs a request).
    c.res.headers.set("X-Request-Id", c.get("requestId"));
    requestLogger.debug({ method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) }, "request");
  });
  // Not on the webhook's answers to Telegram's posts: they go to Telegram's servers, never to a browser,
  // and every update would pay for a policy and a nonce no one reads (~10–25 µs a request).
  const pageHeaders = securityHeaders();
  app.use((c, next) => (c.req.method === "POST" && c.req.path === WEBHOOK_PATH ? next() : pageHeaders(c, next)));
  app.use(writeGuard(writeRules, site));
  // Per-address limits (README, "Limits"); the webhook has none: Telegram's addresses carry everyone's
  // updates, and each person's messages are counted instead (src/bot/residents.ts).
  app.use("/chat/api/*", limitPerAddress(domain, "web-chat", (l) => l.webChat));
  app.use("/api/*", limitPerAddress(domain, "api", (l) => l.api));
  app.use("/open311/*", limitPerAddress(domain, "open311", (l) => l.open311));
  // A login attempt: the password form posted, or a one-time link opened (reading the form is none).
  app.use("/console/login/*", limitPerAddress(domain, "console-login", (l) => l.consoleLogin, (c) => c.req.method === "POST" || c.req.path !== "/console/login"));

  app.get("/", (c) => c.redirect("/chat"));
  app.route("/healthz", health(domain.db));
  app.route("/chat", webChat({ domain, engine, site }));
  const webhook = config.telegram?.webhook;
  if (bot && webhook) app.route(WEBHOOK_PATH, telegramWebhook({ bot, secret: webhook.secret }));
  app.route("/api/services", servicesApi(domain));
  app.route("/open311/v2", open311(domain));
  app.route("/api/places", placesApi({ domain }));
  app.route("/api/staff", staffApi({ domain, logger, ...(files ? { telegramFiles: files } : {}) }));
  app.route(
    "/console",
    consoleApp({
      domain,
      logger,
      secureCookies: config.publicUrl?.startsWith("https://") ?? false,
      botUsername: () => config.botUsername ?? (bot?.isInited() ? bot.botInfo.username : undefined),
      ...(files ? { telegramFiles: files } : {}),
    }),
  );

  app.notFound((c) => c.json({ error: "not found" }, 404));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    // The database busy, locked, full or unreachable for a moment: ask the client to come back.
    if (isDatabaseUnavailable(error)) {
      c.get("logger")?.warn({ err: error, method: c.req.method, path: c.req.path }, "database unavailable; answered 503");
      c.header("Retry-After", String(RETRY_AFTER_SECONDS));
      const message = "the database is busy for a moment; nothing was changed, please try again shortly";
      // The console's own pages answer with a page that keeps the form (src/web/console/pages/busy.tsx);
      // this plain text is only for what fails before them.
      return c.req.path.startsWith("/console") ? c.text(message, 503) : c.json({ error: message, retryAfter: RETRY_AFTER_SECONDS }, 503);
    }
    c.get("logger")?.error({ err: error, method: c.req.method, path: c.req.path }, "request failed");
    return c.json({ error: "internal error", requestId: c.get("requestId") }, 500);
  });
  return app;
}

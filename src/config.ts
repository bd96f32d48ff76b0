import { z } from "zod";
import { defaultLimits, type Limit, type Limits } from "./domain/limits.js";

// One schema for both runtimes. Node passes process.env, the Worker passes its bindings.
// A bad value stops start-up with a message that names the variable. The variables are read into
// sections; a part that is not configured (Telegram without a token) is absent, so the code that mounts
// it asks once and never needs a non-null assertion.

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"], { error: "must be true or false" })
  .transform((v) => v === "true" || v === "1" || v === "yes");

/** "30/1m": at most 30 in each minute; the window is a number of seconds (s), minutes (m) or hours (h). */
const limit = z
  .string()
  .regex(/^\s*\d{1,7}\s*\/\s*\d{0,4}\s*[smh]\s*$/, { error: "must be a count and a window such as 30/1m, 10/1h or 5/30s" })
  .transform((v): Limit => {
    const [, count, size, unit] = /^\s*(\d+)\s*\/\s*(\d*)\s*([smh])\s*$/.exec(v)!;
    const seconds = { s: 1, m: 60, h: 3600 }[unit as "s" | "m" | "h"];
    return { count: Number(count), windowMs: Number(size || "1") * seconds * 1000 };
  })
  .refine((l) => l.count >= 1 && l.windowMs >= 1000 && l.windowMs <= 24 * 3600_000, { error: "must allow at least 1 in a window of 1 s to 24 h" });

const url = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

export const environmentSchema = z
  .object({
    HOST: z.string().min(1).default("127.0.0.1"),
    PORT: z.coerce.number({ error: "must be a port number" }).int().min(0).max(65535).default(8787),
    DATABASE_PATH: z.string().min(1).default("./data/linli.db"),
    DEMO_DATA: bool.default(true),
    TELEGRAM_BOT_TOKEN: z
      .string()
      .regex(/^\d+:[A-Za-z0-9_-]+$/, { error: "must look like 123456:ABC-DEF… (from @BotFather)" })
      .optional(),
    /** Optional: saves a getMe call at start; the bot's id comes from the token. */
    TELEGRAM_BOT_USERNAME: z
      .string()
      .regex(/^[A-Za-z0-9_]{5,32}$/, { error: "must be the bot's username without @" })
      .optional(),
    TELEGRAM_API_ROOT: url.default("https://api.telegram.org"),
    TELEGRAM_WEBHOOK_SECRET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,256}$/, { error: "must be 16–256 characters of A–Z, a–z, 0–9, _ and -" })
      .optional(),
    PUBLIC_URL: url.optional(),
    DEFAULT_TIME_ZONE: z
      .string()
      .refine(isTimeZone, { error: "must be an IANA time zone such as Asia/Shanghai" })
      .default("Asia/Shanghai"),
    LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
    /** Messages a second the outbox sends to Telegram, all chats together (Telegram allows about 30). */
    OUTBOX_RATE: z.coerce.number({ error: "must be a number of messages a second" }).positive({ error: "must be above 0" }).max(1000).default(25),
    /**
     * The Node server sits behind a reverse proxy that terminates TLS (nginx, Caddy) and says so in
     * X-Forwarded-Proto. Only then is that header believed: anyone can send it to a server reached directly.
     */
    TRUST_PROXY: bool.default(false),
    // Limits (README, "Limits"): per address on the public entries, per person in chat.
    LIMIT_WEB_CHAT: limit.default(defaultLimits.webChat),
    LIMIT_WEB_SESSIONS: limit.default(defaultLimits.webSessions),
    LIMIT_API: limit.default(defaultLimits.api),
    LIMIT_OPEN311: limit.default(defaultLimits.open311),
    LIMIT_CONSOLE_LOGIN: limit.default(defaultLimits.consoleLogin),
    LIMIT_CHAT_MESSAGES: limit.default(defaultLimits.chatMessages),
    LIMIT_CASES: limit.default(defaultLimits.creations.case),
    LIMIT_REPORTS: limit.default(defaultLimits.creations.report),
    LIMIT_CLAIMS: limit.default(defaultLimits.creations.claim),
  })
  .superRefine((c, ctx) => {
    if (c.PUBLIC_URL && !c.TELEGRAM_BOT_TOKEN) {
      ctx.addIssue({ code: "custom", path: ["TELEGRAM_BOT_TOKEN"], message: "is required when PUBLIC_URL is set (webhook mode)" });
    }
    if (c.PUBLIC_URL && !c.TELEGRAM_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["TELEGRAM_WEBHOOK_SECRET"],
        message: "is required when PUBLIC_URL is set, so that only Telegram can post to the webhook",
      });
    }
  });

export type Environment = z.infer<typeof environmentSchema>;

export interface TelegramConfig {
  token: string;
  /** Saves the getMe call at start when known. */
  username?: string;
  apiRoot: string;
  /**
   * Telegram posts updates to WEBHOOK_PATH with this secret (always so on Workers). `url` is set with
   * PUBLIC_URL: the Node server then tells Telegram where it is; without it, the Node server long-polls.
   */
  webhook?: { secret: string; url?: string };
}

export interface Config {
  /** `trustProxy`: a reverse proxy that terminates TLS says so in X-Forwarded-Proto (believed only then). */
  server: { host: string; port: number; trustProxy: boolean };
  database: { path: string };
  demoData: boolean;
  /** Where the public reaches this deployment over https, when it is behind one. */
  publicUrl?: string;
  /** The bot's username (for t.me links: staff invitations, QR posters), also where this process runs no bot. */
  botUsername?: string;
  /** Shown for communities without a time zone of their own. */
  timeZone: string;
  logLevel: Environment["LOG_LEVEL"];
  /** Messages a second the outbox sends, all chats together. */
  outboxRate: number;
  /** How much an address or a person may do in a while. */
  limits: Limits;
  telegram?: TelegramConfig;
}

/** The path Telegram posts updates to. */
export const WEBHOOK_PATH = "/telegram/webhook";

function sections(env: Environment): Config {
  const telegram: TelegramConfig | undefined = env.TELEGRAM_BOT_TOKEN
    ? {
        token: env.TELEGRAM_BOT_TOKEN,
        ...(env.TELEGRAM_BOT_USERNAME ? { username: env.TELEGRAM_BOT_USERNAME } : {}),
        apiRoot: env.TELEGRAM_API_ROOT,
        // The schema has checked that a secret comes with PUBLIC_URL.
        ...(env.TELEGRAM_WEBHOOK_SECRET
          ? { webhook: { secret: env.TELEGRAM_WEBHOOK_SECRET, ...(env.PUBLIC_URL ? { url: new URL(WEBHOOK_PATH, env.PUBLIC_URL).toString() } : {}) } }
          : {}),
      }
    : undefined;
  return {
    server: { host: env.HOST, port: env.PORT, trustProxy: env.TRUST_PROXY },
    database: { path: env.DATABASE_PATH },
    demoData: env.DEMO_DATA,
    ...(env.PUBLIC_URL ? { publicUrl: env.PUBLIC_URL } : {}),
    ...(env.TELEGRAM_BOT_USERNAME ? { botUsername: env.TELEGRAM_BOT_USERNAME } : {}),
    timeZone: env.DEFAULT_TIME_ZONE,
    logLevel: env.LOG_LEVEL,
    outboxRate: env.OUTBOX_RATE,
    limits: {
      webChat: env.LIMIT_WEB_CHAT,
      webSessions: env.LIMIT_WEB_SESSIONS,
      api: env.LIMIT_API,
      open311: env.LIMIT_OPEN311,
      consoleLogin: env.LIMIT_CONSOLE_LOGIN,
      chatMessages: env.LIMIT_CHAT_MESSAGES,
      creations: { case: env.LIMIT_CASES, report: env.LIMIT_REPORTS, claim: env.LIMIT_CLAIMS },
    },
    ...(telegram ? { telegram } : {}),
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Reads the environment; empty strings count as unset (as in most .env files). */
export function loadConfig(env: Record<string, unknown>): Config {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, v]) => typeof v === "string" && v.trim() !== ""),
  );
  const parsed = environmentSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".") || "(environment)"} ${i.message}`));
  }
  return sections(parsed.data);
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

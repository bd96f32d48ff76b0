// Builds the whole app the way src/node.ts does — in-memory SQLite, the bot talking to a fake Bot API
// server on 127.0.0.1 — and posts Updates to the webhook as Telegram would.
import type { Update } from "grammy/types";
import { loadConfig } from "../../src/config.js";
import type { Database } from "../../src/db/database.js";
import { loadDemoData } from "../../src/demo/load.js";
import { openSqlite } from "../../src/db/sqlite.js";
import type { DomainDeps } from "../../src/domain/deps.js";
import type { AnyFlowModule } from "../../src/flows/module.js";
import { createLinli, type Linli } from "../../src/linli.js";
import { memoryMediaStore } from "../../src/media/folder.js";
import type { DispatchSettings } from "../../src/jobs/outbox.js";
import type { Logger } from "../../src/log.js";
import { findResident } from "../../src/db/queries/residents.js";
import type { ChatDriver } from "../shared/driver.js";
import { buttonLabelled, lastButtonsTo, textsTo } from "./calls.js";
import { startFakeTelegram, type FakeTelegram } from "./fake-telegram.js";
import { press, type Person } from "./updates.js";

export const TOKEN = "123456:TEST-token";
export const SECRET = "test-secret-0123456789";
export const BOT_USERNAME = "linli_test_bot";

export interface Harness {
  /** The clock every rule reads; tests may move it. */
  clock: { now: number };
  db: Database;
  domain: DomainDeps;
  telegram: FakeTelegram;
  app: Linli["app"];
  engine: Linli["engine"];
  /** The jobs that run on a clock; tests run them when they want (`runJob("outbox")`). */
  jobs: Linli["jobs"];
  runJob(name: string): Promise<unknown>;
  logs: { level: string; obj: object; msg?: string }[];
  /** Posts an Update (or any body) to the webhook with the right secret. */
  post(update: Update | unknown, headers?: Record<string, string>): Promise<Response>;
  /** Texts of every sendMessage / editMessageText the bot made to a chat, in order. */
  said(chatId: number): string[];
  /** Presses the button with this label in the last message to the person; the webhook must answer 200. */
  tap(who: Person, label: string | RegExp): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(
  options: { demo?: boolean; db?: Database; now?: number; modules?: readonly AnyFlowModule[]; logger?: Logger; env?: Record<string, string>; dispatch?: Partial<DispatchSettings> } = {},
): Promise<Harness> {
  const clock = { now: options.now ?? Date.now() };
  const telegram = await startFakeTelegram();
  const db = options.db ?? openSqlite(":memory:");
  if (options.demo !== false) await loadDemoData(db);
  const logs: Harness["logs"] = [];
  const logger = options.logger ?? recordingLogger(logs);
  const config = loadConfig({
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_BOT_USERNAME: BOT_USERNAME,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    PUBLIC_URL: "https://linli.example.org",
    DEMO_DATA: "false",
    // The tests of other things send many messages in one frozen minute; the limits' own tests
    // (test/shared/limits-cases.ts) set theirs.
    ...generousLimits,
    ...options.env,
  });
  const { app, engine, domain, jobs } = createLinli({ db, config, logger, now: () => clock.now, modules: options.modules, media: memoryMediaStore(), ...(options.dispatch ? { dispatch: options.dispatch } : {}) });
  const post: Harness["post"] = async (update, headers = {}) =>
    asTelegram(
      telegram,
      await app.request("/telegram/webhook", {
        method: "POST",
        headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET, ...headers },
        body: typeof update === "string" ? update : JSON.stringify(update),
      }),
    );
  return {
    clock,
    db,
    domain,
    telegram,
    app,
    engine,
    jobs,
    runJob: async (name) => jobs.find((j) => j.name === name)!.run(),
    logs,
    post,
    said: (chatId) => textsTo(telegram.calls, chatId),
    async tap(who, label) {
      const res = await post(press(who, buttonLabelled(lastButtonsTo(telegram.calls, who.id), label).data));
      if (res.status !== 200) throw new Error(`pressing ${label} answered ${res.status}`);
    },
    async close() {
      await telegram.close();
      // A message that was missing or did not format is a bug, whichever test met it.
      const problems = logs.filter((l) => l.msg === "a message could not be formatted");
      if (problems.length) throw new Error(`translation problems: ${JSON.stringify(problems.map((p) => p.obj))}`);
    },
  };
}

/** The webhook's answer, after Telegram ran the call its body may name (a button's answerCallbackQuery). */
async function asTelegram(telegram: FakeTelegram, res: Response): Promise<Response> {
  if (res.status === 200) telegram.webhookReply(TOKEN, await res.clone().text());
  return res;
}

/** The origin of `app.request("/path")`: our own pages are there. */
export const OWN_ORIGIN = "http://localhost";

/**
 * A browser in the web chat, on one of our own pages: keeps its session cookie like a real one.
 * `send.cookie()` is the cookie it holds ("linli_chat=…"), empty before the first answer.
 */
export function webChatClient(app: Harness["app"], acceptLanguage = "zh-CN") {
  let cookie = "";
  const send = async (input: unknown) => {
    const res = await app.request("/chat/api/messages", {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": acceptLanguage, origin: OWN_ORIGIN, ...(cookie ? { cookie } : {}) },
      body: typeof input === "string" ? input : JSON.stringify({ input }),
    });
    const set = res.headers.get("set-cookie");
    if (set) cookie = set.split(";")[0]!;
    return res;
  };
  return Object.assign(send, { cookie: () => cookie });
}

function recordingLogger(logs: Harness["logs"], bindings: object = {}): Logger {
  const write = (level: string) => (obj: object, msg?: string) => void logs.push({ level, obj: { ...bindings, ...obj }, msg });
  return {
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    child: (more) => recordingLogger(logs, { ...bindings, ...more }),
  };
}

/** The inline keyboard of the last message sent to a chat, as label/data pairs. */
export function lastButtons(telegram: FakeTelegram, chatId: number): { label: string; data: string }[] {
  return lastButtonsTo(telegram.calls, chatId);
}

/** The shared test driver (test/shared/driver.ts) over a harness; people get ids `base + n`. */
export function nodeDriver(h: Harness, base: number): ChatDriver {
  return {
    driver: "sqlite",
    db: h.db,
    person: (n, languageCode) => ({ id: base + n, ...(languageCode ? { language_code: languageCode } : {}) }),
    request: async (path, init) => h.app.request(path, init),
    post: async (update, headers) =>
      headers === undefined
        ? h.post(update)
        : asTelegram(
            h.telegram,
            await h.app.request("/telegram/webhook", {
              method: "POST",
              headers: { "content-type": "application/json", ...headers },
              body: typeof update === "string" ? update : JSON.stringify(update),
            }),
          ),
    said: async (chatId) => h.said(chatId),
    lastButtons: async (chatId) => lastButtonsTo(h.telegram.calls, chatId),
    calls: async (chatId, method) =>
      h.telegram.calls.filter((c) => (chatId === null || Number(c.body.chat_id) === chatId) && (!method || c.method === method)),
    async tap(who, label) {
      const button = buttonLabelled(lastButtonsTo(h.telegram.calls, who.id), label);
      const res = await h.post(press(who, button.data));
      if (res.status !== 200) throw new Error(`pressing ${label} answered ${res.status}`);
      return button.data;
    },
    resident: (telegramId) => findResident(h.db.orm, "telegram", String(telegramId)),
    now: () => h.clock.now,
    runJob: async (name) => void (await h.runJob(name)),
  };
}

/**
 * Limits far above what a test sends, for tests of other things that send many messages with a frozen
 * clock (the limits' own tests, test/shared/limits-cases.ts, set small ones).
 */
export const generousLimits = {
  LIMIT_WEB_CHAT: "100000/1m",
  LIMIT_WEB_SESSIONS: "100000/1h",
  LIMIT_CHAT_MESSAGES: "100000/1m",
  LIMIT_CASES: "100000/1h",
} as const;

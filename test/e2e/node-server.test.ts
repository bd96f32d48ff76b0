// `npm start` as an operator runs it: the real process, the real port, SQLite on disk, and Telegram
// reached through TELEGRAM_API_ROOT (a fake Bot API server here).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterEach, describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/index.js";
import { startFakeTelegram, type FakeTelegram } from "../support/fake-telegram.js";
import { text } from "../support/updates.js";

const TOKEN = "424242:E2E-token";
const SECRET = "e2e-secret-0123456789";

interface Running {
  child: ChildProcess;
  url: string;
  logs: Record<string, unknown>[];
  exited: Promise<number | null>;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(env: Record<string, string>): Promise<Running> {
  const dir = mkdtempSync(join(tmpdir(), "linli-e2e-"));
  const child = spawn(process.execPath, ["--import", "tsx", "src/node.ts"], {
    env: { ...process.env, PORT: "0", DATABASE_PATH: join(dir, "linli.db"), LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  cleanups.push(async () => {
    if (child.exitCode === null) child.kill("SIGKILL");
    await exited;
    rmSync(dir, { recursive: true, force: true });
  });
  const logs: Record<string, unknown>[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening" line; logs: ${JSON.stringify(logs)}`)), 30_000);
    createInterface({ input: child.stdout! }).on("line", (line) => {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (entry.msg === "listening") {
          clearTimeout(timer);
          resolve(String(entry.url));
        }
      } catch {
        // not a log line
      }
    });
    child.on("exit", (code) => reject(new Error(`exited with ${code}; logs: ${JSON.stringify(logs)}`)));
  });
  return { child, url, logs, exited };
}

async function fakeTelegram(): Promise<FakeTelegram> {
  const fake = await startFakeTelegram();
  cleanups.push(() => fake.close());
  return fake;
}

describe("npm start", () => {
  it("without a token: loads the demo data, serves /healthz and /chat, says where the chat is, stops on SIGTERM", async () => {
    const app = await start({});
    expect(app.logs.find((l) => l.msg?.toString().startsWith("demo data loaded"))).toMatchObject({ communities: expect.any(Number) });
    expect(app.logs.find((l) => l.msg === "resident web chat")?.url).toBe(`${app.url}/chat`);
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ ok: true, database: "sqlite" });
    const page = await fetch(`${app.url}/chat`);
    expect(page.headers.get("content-type")).toContain("text/html");
    // The first start prints the demo admin's console login, which works.
    const demoAdmin = app.logs.find((l) => String(l.msg).startsWith("demo admin for the staff console"));
    expect(demoAdmin).toMatchObject({ path: "/console", username: "demo-admin", password: expect.stringMatching(/^[A-Za-z0-9_-]{16}$/) });
    expect(app.logs.find((l) => l.msg === "staff console")?.url).toBe(`${app.url}/console`);
    const login = await fetch(`${app.url}/console/login`);
    const csrf = /name="csrf" value="([^"]+)"/.exec(await login.text())![1]!;
    const cookie = login.headers.getSetCookie()[0]!.split(";")[0]!;
    const loggedIn = await fetch(`${app.url}/console/login`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded", origin: app.url },
      body: new URLSearchParams({ csrf, username: "demo-admin", password: String(demoAdmin!.password) }),
    });
    expect(loggedIn.status).toBe(303);
    app.child.kill("SIGTERM");
    expect(await app.exited).toBe(0);
  });

  it("with a token and PUBLIC_URL: sets its webhook with the secret, then onboards a resident posted to it", async () => {
    const telegram = await fakeTelegram();
    const app = await start({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      PUBLIC_URL: "https://linli.example.org",
      TELEGRAM_WEBHOOK_SECRET: SECRET,
    });
    const [setWebhook] = await telegram.waitFor("setWebhook");
    expect(setWebhook!.body).toMatchObject({
      url: "https://linli.example.org/telegram/webhook",
      secret_token: SECRET,
      allowed_updates: ["message", "callback_query"],
    });
    const res = await fetch(`${app.url}/telegram/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET },
      body: JSON.stringify(text({ id: 9101, language_code: "zh" }, "/start")),
    });
    expect(res.status).toBe(200);
    const sent = telegram.callsTo("sendMessage").filter((c) => Number(c.body.chat_id) === 9101);
    expect(sent.map((c) => c.body.text).join("\n")).toContain(translator("zh")("pick-district"));
  });

  it("with a token and no PUBLIC_URL: long polling, answering what getUpdates brings", async () => {
    const telegram = await fakeTelegram();
    await start({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: telegram.apiRoot });
    await telegram.waitFor("deleteWebhook");
    await telegram.waitFor("getUpdates");
    telegram.queueUpdate(text({ id: 9102, language_code: "en" }, "/start") as unknown as Record<string, unknown>);
    const sent = await telegram.waitFor("sendMessage", 2, 15_000);
    expect(sent.some((c) => Number(c.body.chat_id) === 9102 && String(c.body.text) === translator("en")("welcome"))).toBe(true);
  });

  it("stops when Telegram refuses its webhook, saying why without printing the secret", async () => {
    const telegram = await fakeTelegram();
    telegram.failNext("setWebhook", { error_code: 400, description: "Bad Request: bad webhook: HTTPS url must be provided for webhook" });
    const dir = mkdtempSync(join(tmpdir(), "linli-e2e-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const child = spawn(process.execPath, ["--import", "tsx", "src/node.ts"], {
      env: {
        ...process.env,
        PORT: "0",
        DATABASE_PATH: join(dir, "linli.db"),
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: telegram.apiRoot,
        PUBLIC_URL: "https://linli.example.org",
        TELEGRAM_WEBHOOK_SECRET: SECRET,
      },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(telegram.lastCall("setWebhook")?.body.secret_token).toBe(SECRET);
    expect(output).toContain("linli failed to start: GrammyError: Call to 'setWebhook' failed! (400: Bad Request: bad webhook: HTTPS url must be provided for webhook)");
    expect(output).not.toContain(SECRET);
  });

  it("refuses to start on a bad variable, naming it, with exit code 1", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/node.ts"], { env: { ...process.env, TELEGRAM_API_ROOT: "not a url" } });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(stderr).toContain("TELEGRAM_API_ROOT must be an http(s) URL");
  });
});

// npm run telegram:setup: command menus per language, and the webhook with its secret.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeTelegram, type FakeTelegram } from "../support/fake-telegram.js";

let telegram: FakeTelegram;
beforeEach(async () => {
  telegram = await startFakeTelegram();
});
afterEach(() => telegram.close());

const run = (env: Record<string, string>) =>
  promisify(execFile)("node", ["--import", "tsx", "scripts/telegram-setup.ts"], { env: { ...process.env, ...env } }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

describe("npm run telegram:setup", () => {
  it("sets Chinese command menus by default, English ones for English clients, and the webhook", async () => {
    const result = await run({
      TELEGRAM_BOT_TOKEN: "123:setup",
      TELEGRAM_API_ROOT: telegram.apiRoot,
      PUBLIC_URL: "https://linli.example.org/",
      TELEGRAM_WEBHOOK_SECRET: "setup-secret-0123456789",
    });
    expect(result.code).toBe(0);
    const menus = telegram.callsTo("setMyCommands").map((c) => c.body);
    expect(menus).toHaveLength(2);
    const zh = menus.find((m) => !m.language_code)!;
    const en = menus.find((m) => m.language_code === "en")!;
    expect(zh.scope).toEqual({ type: "all_private_chats" });
    const zhCommands = zh.commands as { command: string; description: string }[];
    expect(zhCommands.find((c) => c.command === "guide")?.description).toContain("办事指南");
    expect((en.commands as { command: string; description: string }[]).map((c) => c.command)).toEqual(zhCommands.map((c) => c.command));
    expect(telegram.lastCall("setWebhook")?.body).toMatchObject({
      url: "https://linli.example.org/telegram/webhook",
      secret_token: "setup-secret-0123456789",
    });
  });

  it("says what is missing without a token", async () => {
    const result = await run({ TELEGRAM_BOT_TOKEN: "", TELEGRAM_API_ROOT: telegram.apiRoot });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("TELEGRAM_BOT_TOKEN");
    expect(telegram.calls).toHaveLength(0);
  });
});

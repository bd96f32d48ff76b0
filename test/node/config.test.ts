import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";

describe("configuration", () => {
  it("has working defaults: SQLite at ./data/linli.db on 127.0.0.1:8787, demo data on", () => {
    expect(loadConfig({})).toMatchObject({ server: { host: "127.0.0.1", port: 8787 }, database: { path: "./data/linli.db" }, demoData: true });
    expect(loadConfig({}).server.trustProxy).toBe(false);
    expect(loadConfig({}).telegram).toBeUndefined();
  });

  it("names every bad variable", () => {
    try {
      loadConfig({ PORT: "eighty", TELEGRAM_BOT_TOKEN: "nope", DEMO_DATA: "perhaps", TELEGRAM_API_ROOT: "ftp://x", DEFAULT_TIME_ZONE: "Mars/Olympus", TRUST_PROXY: "maybe" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const text = (error as Error).message;
      for (const name of ["PORT", "TELEGRAM_BOT_TOKEN", "DEMO_DATA", "TELEGRAM_API_ROOT", "DEFAULT_TIME_ZONE", "TRUST_PROXY"]) expect(text).toContain(name);
    }
  });

  it("reads Telegram into its own section: long polling without PUBLIC_URL, the webhook with it", () => {
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: "1:abc" }).telegram).toEqual({ token: "1:abc", apiRoot: "https://api.telegram.org" });
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: "1:abc", PUBLIC_URL: "https://x.example/", TELEGRAM_WEBHOOK_SECRET: "s".repeat(16) }).telegram?.webhook).toEqual({
      secret: "s".repeat(16),
      url: "https://x.example/telegram/webhook",
    });
  });

  it("requires a webhook secret with PUBLIC_URL", () => {
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: "1:abc", PUBLIC_URL: "https://x.example" })).toThrow(/TELEGRAM_WEBHOOK_SECRET/);
  });

  it("stops `npm start` with exit code 1 and the variable's name", async () => {
    const run = promisify(execFile)("npx", ["tsx", "src/node.ts"], { env: { ...process.env, PORT: "not-a-port" } });
    const error = await run.then(() => null, (e: { code: number; stderr: string }) => e);
    expect(error?.code).toBe(1);
    expect(error?.stderr).toContain("PORT must be a port number");
  });
});

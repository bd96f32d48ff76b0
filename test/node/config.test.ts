import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";

describe("configuration", () => {
  it("has working defaults: SQLite at ./data/linli.db on 127.0.0.1:8787, demo data on", () => {
    expect(loadConfig({})).toMatchObject({ HOST: "127.0.0.1", PORT: 8787, DATABASE_PATH: "./data/linli.db", DEMO_DATA: true, TRUST_PROXY: false });
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

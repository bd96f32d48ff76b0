// What the Node logger (pino, as src/node.ts builds it) and the command line write when a Bot API call
// fails: the method, error code and description, and nothing of what it was about — no chat ids,
// message texts or secrets.
import { execFile } from "node:child_process";
import { Writable } from "node:stream";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { nodeLogger } from "../../src/node-logger.js";
import { startFakeTelegram, type FakeTelegram } from "../support/fake-telegram.js";
import { startHarness, type Harness } from "../support/harness.js";
import { text } from "../support/updates.js";

let h: Harness | undefined;
let telegram: FakeTelegram | undefined;
afterEach(async () => {
  await h?.close();
  await telegram?.close();
  h = telegram = undefined;
});

/** A pino logger like src/node.ts's, writing into `lines`. */
function capturedLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { logger: nodeLogger("debug", destination), lines };
}

describe("logs on Node", () => {
  it("name a refused sendMessage by its code and description, without the message it carried", async () => {
    const { logger, lines } = capturedLogger();
    h = await startHarness({ logger });
    const person = { id: 777_001, language_code: "zh" };
    h.telegram.failNext("sendMessage", { error_code: 403 });
    expect((await h.post(text(person, "/start"))).status).toBe(200);
    // The greeting was refused, so the person got the apology instead.
    expect(h.said(person.id).at(-1)).toContain("抱歉");

    const failure = lines.map((l) => JSON.parse(l) as Record<string, any>).find((l) => l.msg === "update handler failed");
    expect(failure?.err).toMatchObject({ type: "GrammyError", method: "sendMessage", error_code: 403, description: "Forbidden: bot was blocked by the user" });
    const all = lines.join("\n");
    expect(all).not.toContain("payload");
    expect(all).not.toContain(String(person.id));
    expect(all).not.toContain("邻里");
  });
});

describe("a failed setWebhook", () => {
  const SECRET = "never-in-a-log-0123456789";
  const run = (script: string[], env: Record<string, string>) =>
    promisify(execFile)(process.execPath, ["--import", "tsx", ...script], { env: { ...process.env, ...env } }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it("stops npm run telegram:setup with its code and description, not its secret_token", async () => {
    telegram = await startFakeTelegram();
    telegram.failNext("setWebhook", { error_code: 400, description: "Bad Request: bad webhook: Failed to resolve host" });
    const result = await run(["scripts/telegram-setup.ts"], {
      TELEGRAM_BOT_TOKEN: "123:setup",
      TELEGRAM_API_ROOT: telegram.apiRoot,
      PUBLIC_URL: "https://linli.example.org",
      TELEGRAM_WEBHOOK_SECRET: SECRET,
    });
    expect(result.code).toBe(1);
    expect(telegram.lastCall("setWebhook")?.body.secret_token).toBe(SECRET);
    expect(result.stderr).toContain("Call to 'setWebhook' failed! (400: Bad Request: bad webhook: Failed to resolve host)");
    expect(result.stdout + result.stderr).not.toContain(SECRET);
  });
});

// The webhook's rules on better-sqlite3: the shared cases of test/shared/webhook-cases.ts, and what only
// an in-process fake can show — a failing Bot API and a database that is gone.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/index.js";
import { webhookCases } from "../shared/webhook-cases.js";
import { nodeDriver, startHarness, type Harness } from "../support/harness.js";
import { objectPropertyNames, text, type Person } from "../support/updates.js";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const zhou: Person = { id: 6001, language_code: "zh" };

describe("the Telegram webhook", () => {
  for (const [name, run] of Object.entries(webhookCases)) it(name, () => run(nodeDriver(h, 6100)));

  it("logs a handler error, apologises in the person's language, and still answers 200", async () => {
    h.telegram.failNext("sendMessage", { error_code: 400, description: "Bad Request: message text is empty" });
    const res = await h.post(text({ id: 6002, language_code: "en" }, "/start"));
    expect(res.status).toBe(200);
    expect(h.logs.some((l) => l.level === "error" && l.msg === "update handler failed")).toBe(true);
    expect(h.said(6002).at(-1)).toBe(translator("en")("error-apology"));
  });

  it("greets a person whose client sends a language code named like a property of every object", async () => {
    for (const [i, code] of objectPropertyNames.entries()) {
      const res = await h.post(text({ id: 6200 + i, language_code: code }, "/start"));
      expect(res.status, code).toBe(200);
      expect(h.said(6200 + i)[0], code).toBe(translator("zh")("welcome"));
    }
    expect(h.logs.filter((l) => l.level === "error")).toEqual([]);
  });

  it("answers 503 when it cannot even record the update, so that Telegram delivers it again", async () => {
    (h.db as unknown as { close(): void }).close();
    const res = await h.post(text(zhou, "/start"));
    expect(res.status).toBe(503);
    expect(h.logs.some((l) => l.level === "error" && l.msg === "webhook could not take the update")).toBe(true);
  });
});

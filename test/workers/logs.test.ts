// What the Worker's console logger (src/log.ts) writes when something fails, through the real
// src/worker.ts: what went wrong, never what it was about — no chat ids, message texts, D1 statement
// parameters (drizzle names them in its query errors) or session ids. Person ids 83xx belong to this file.
import { env, exports } from "cloudflare:workers";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { openD1 } from "../../src/db/d1.js";
import { loadDemoData } from "../../src/demo/load.js";
import { text } from "../support/updates.js";
import { failNext, post, said } from "./telegram.js";

const db = openD1(env.DB);
let printed: string[] = [];

beforeAll(async () => {
  await loadDemoData(db);
}, 120_000);

beforeEach(() => {
  printed = [];
  const keep = (...args: unknown[]) => void printed.push(args.map(String).join(" "));
  vi.spyOn(console, "log").mockImplementation(keep);
  vi.spyOn(console, "error").mockImplementation(keep);
});
afterEach(() => vi.restoreAllMocks());

const lines = () => printed.flatMap((p) => {
  try {
    return [JSON.parse(p) as Record<string, any>];
  } catch {
    return [];
  }
});

describe("logs on workerd", () => {
  it("name a refused sendMessage by its code and description, without the message it carried", async () => {
    const person = { id: 8301, language_code: "zh" };
    await failNext("sendMessage", { error_code: 403 }, person.id);
    expect((await post(text(person, "/start"))).status).toBe(200);
    expect((await said(person.id)).at(-1)).toContain("抱歉");

    const failure = lines().find((l) => l.msg === "update handler failed");
    expect(failure?.err).toMatchObject({ type: "GrammyError", method: "sendMessage", error_code: 403, description: "Forbidden: bot was blocked by the user" });
    const all = printed.join("\n");
    expect(all).not.toContain("payload");
    expect(all).not.toContain(String(person.id));
    expect(all).not.toContain("邻里");
  });

  it("name a failed D1 write without its parameters", async () => {
    const chat = (cookie: string, input: object) =>
      exports.default.fetch("http://linli.test/chat/api/messages", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://linli.test", ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ input }),
      });
    const first = await chat("", { kind: "command", name: "start", payload: "" });
    const cookie = first.headers.get("set-cookie")!.split(";")[0]!;
    const sessionId = /^linli_chat=([0-9a-f]{32})/.exec(cookie)![1]!;
    // The conversation is saved under a key that holds the session id; make that statement fail.
    await env.DB.exec("CREATE TRIGGER refuse BEFORE UPDATE ON conversations BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
    try {
      expect((await chat(cookie, { kind: "command", name: "forget", payload: "" })).status).toBe(500);
    } finally {
      await env.DB.exec("DROP TRIGGER refuse");
    }
    const failure = lines().find((l) => l.msg === "request failed");
    // The conversation's state is committed in one D1 batch: D1 says what failed, and nothing it was about.
    expect(failure?.err).toMatchObject({ message: expect.stringMatching(/^D1_ERROR: refused by the test/) });
    expect(printed.join("\n")).not.toContain(sessionId);
  });
});

// The webhook's rules (DESIGN.md): secret checked, bad bodies 400, redeliveries processed once, every
// update kind answered 200, handler errors logged and apologised for — never a 5xx.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { telegramUpdates } from "../../src/db/schema.js";
import { startHarness, type Harness } from "../support/harness.js";
import { forgedButtons, objectPropertyNames, otherKinds, press, sticker, text, type Person } from "../support/updates.js";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const zhou: Person = { id: 6001, language_code: "zh" };

describe("the Telegram webhook", () => {
  it("refuses a wrong or missing secret with 401 and handles nothing", async () => {
    expect((await h.post(text(zhou, "/start"), { "X-Telegram-Bot-Api-Secret-Token": "wrong-secret-000000" })).status).toBe(401);
    const missing = await h.app.request("/telegram/webhook", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(text(zhou, "/start")),
    });
    expect(missing.status).toBe(401);
    expect(h.telegram.calls).toHaveLength(0);
  });

  it("answers 400 to bodies that are not Updates", async () => {
    for (const body of ["{not json", "[]", "null", '"text"', JSON.stringify({ message: {} }), JSON.stringify({ update_id: "7" }), JSON.stringify({ update_id: -1 })]) {
      const res = await h.post(body);
      expect(res.status, body).toBe(400);
      expect((await res.json()).error).toBeTruthy();
    }
    expect(h.telegram.calls).toHaveLength(0);
  });

  it("processes a redelivered update once, even out of order", async () => {
    const first = text(zhou, "/start");
    const second = text(zhou, "/help");
    expect((await h.post(second)).status).toBe(200);
    expect((await h.post(first)).status).toBe(200); // older id, first time seen: handled
    const sent = h.telegram.callsTo("sendMessage").length;
    expect((await h.post(first)).status).toBe(200);
    expect((await h.post(second)).status).toBe(200);
    expect(h.telegram.callsTo("sendMessage")).toHaveLength(sent);
    expect(await h.db.orm.select().from(telegramUpdates)).toHaveLength(2);
  });

  it("answers 200 to every kind of update Telegram sends, handled or not", async () => {
    await h.post(text(zhou, "/start"));
    const before = h.telegram.calls.length;
    for (const update of otherKinds(zhou)) {
      const res = await h.post(update);
      expect(res.status, JSON.stringify(update).slice(0, 80)).toBe(200);
    }
    expect(h.telegram.calls.length).toBe(before);
    // A sticker in a private chat gets a polite answer.
    expect((await h.post(sticker(zhou))).status).toBe(200);
    expect(h.said(zhou.id).at(-1)).toBe("这里不需要发送这个。请使用下方菜单。");
  });

  it("logs a handler error, apologises in the person's language, and still answers 200", async () => {
    h.telegram.failNext("sendMessage", { error_code: 400, description: "Bad Request: message text is empty" });
    const res = await h.post(text({ id: 6002, language_code: "en" }, "/start"));
    expect(res.status).toBe(200);
    expect(h.logs.some((l) => l.level === "error" && l.msg === "update handler failed")).toBe(true);
    expect(h.said(6002).at(-1)).toBe("Sorry, something went wrong and we have logged it. Please try again in a moment.");
  });

  it("answers 503 when it cannot even record the update, so that Telegram delivers it again", async () => {
    (h.db as unknown as { close(): void }).close();
    const res = await h.post(text(zhou, "/start"));
    expect(res.status).toBe(503);
    expect(h.logs.some((l) => l.level === "error" && l.msg === "webhook could not take the update")).toBe(true);
  });

  it("never obeys forged or stale button data", async () => {
    await h.post(text(zhou, "/start"));
    for (const data of forgedButtons) {
      const res = await h.post(press(zhou, data));
      expect(res.status, data).toBe(200);
      expect(h.said(zhou.id).at(-1), data).toBe("这个按钮已经过期了。请从下方菜单重新开始。");
    }
    // Every press was answered so the client stops spinning.
    expect(h.telegram.callsTo("answerCallbackQuery")).toHaveLength(forgedButtons.length);
    expect(h.logs.filter((l) => l.level === "error")).toEqual([]);
  });

  it("answers a command named like a property of every object as unknown, never with an apology", async () => {
    await h.post(text(zhou, "/start"));
    for (const name of objectPropertyNames) {
      const res = await h.post(text(zhou, `/${name}`));
      expect(res.status, name).toBe(200);
      expect(h.said(zhou.id).at(-1), name).toBe(`没有 /${name} 这个命令。输入 /help 查看可用的命令。`);
    }
    expect(h.logs.filter((l) => l.level === "error")).toEqual([]);
  });

  it("greets a person whose client sends a language code named like a property of every object", async () => {
    for (const [i, code] of objectPropertyNames.entries()) {
      const res = await h.post(text({ id: 6100 + i, language_code: code }, "/start"));
      expect(res.status, code).toBe(200);
      expect(h.said(6100 + i)[0], code).toContain("我是“邻里”");
    }
    expect(h.logs.filter((l) => l.level === "error")).toEqual([]);
  });

  it("serves /healthz", async () => {
    const res = await h.app.request("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, database: "sqlite" });
  });
});

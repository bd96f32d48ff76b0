// The fake Bot API server (test/support/fake-telegram.ts), driven through a real grammY Bot.
import { Bot, GrammyError, InputFile } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeTelegram, type FakeTelegram } from "../support/fake-telegram.js";

const botInfo: UserFromGetMe = {
  id: 123, is_bot: true, first_name: "linli", username: "linli_test_bot",
  can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false,
  can_connect_to_business: false, has_main_web_app: false, has_topics_enabled: false,
  allows_users_to_create_topics: false, can_manage_bots: false, supports_join_request_queries: false,
};

describe("fake Telegram Bot API", () => {
  let fake: FakeTelegram;
  let bot: Bot;
  beforeEach(async () => {
    fake = await startFakeTelegram();
    bot = new Bot("123:abc", { client: { apiRoot: fake.apiRoot }, botInfo });
  });
  afterEach(() => fake.close());

  it("answers getMe with a full bot user whose id comes from the token", async () => {
    const unInit = new Bot("987654:xyz", { client: { apiRoot: fake.apiRoot } });
    await unInit.init();
    expect(unInit.botInfo).toMatchObject({ id: 987654, is_bot: true, first_name: "linli", username: "linli_test_bot", can_join_groups: true });
    expect(fake.lastCall("getMe")?.token).toBe("987654:xyz");
  });

  it("records sendMessage and answers a Message with incrementing ids", async () => {
    const first = await bot.api.sendMessage(42, "你好", { reply_markup: { inline_keyboard: [[{ text: "ok", callback_data: "ok" }]] } });
    const second = await bot.api.sendMessage(42, "again");
    expect(first).toMatchObject({ chat: { id: 42, type: "private" }, text: "你好" });
    expect(second.message_id).toBe(first.message_id + 1);
    expect(fake.callsTo("sendMessage").map((c) => c.body.text)).toEqual(["你好", "again"]);
    expect(fake.lastCall("sendMessage")).toMatchObject({ token: "123:abc", body: { chat_id: 42, text: "again" } });
    expect(await bot.api.answerCallbackQuery("cb-1")).toBe(true);
    expect(await bot.api.getWebhookInfo()).toMatchObject({ url: "", pending_update_count: 0 });
    fake.reset();
    expect(fake.calls).toHaveLength(0);
  });

  it("accepts multipart uploads and records their text fields", async () => {
    const sent = await bot.api.sendPhoto(7, new InputFile(new Uint8Array([1, 2, 3]), "a.jpg"), { caption: "图片" });
    expect(sent.photo?.length).toBeGreaterThan(0);
    expect(fake.lastCall("sendPhoto")?.body).toMatchObject({ chat_id: "7", caption: "图片", photo: expect.stringMatching(/^attach:\/\//) });
  });

  it("surfaces a scripted 403 as a GrammyError, then recovers", async () => {
    fake.failNext("sendMessage", { error_code: 403 });
    const error = await bot.api.sendMessage(1, "hi").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GrammyError);
    expect(error).toMatchObject({ error_code: 403, description: "Forbidden: bot was blocked by the user" });
    await expect(bot.api.sendMessage(1, "hi")).resolves.toMatchObject({ text: "hi" });
    expect(fake.callsTo("sendMessage")).toHaveLength(2);
  });

  it("answers a scripted 429 with retry_after, for any method with '*'", async () => {
    fake.failNext("*", { error_code: 429, retry_after: 3 }, 2);
    for (const call of [() => bot.api.sendMessage(1, "x"), () => bot.api.deleteMessage(1, 5)]) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GrammyError);
      expect(error).toMatchObject({ error_code: 429, description: "Too Many Requests: retry after 3", parameters: { retry_after: 3 } });
    }
    await expect(bot.api.deleteMessage(1, 5)).resolves.toBe(true);
  });

  it("holds a getUpdates long poll until an update is queued, and honours offset", async () => {
    const poll = bot.api.getUpdates({ offset: 0, timeout: 5 });
    await fake.waitFor("getUpdates");
    const queued = fake.queueUpdate({ message: { message_id: 1, date: 0, chat: { id: 9, type: "private", first_name: "A" }, from: { id: 9, is_bot: false, first_name: "A" }, text: "hello" } });
    const started = Date.now();
    const updates = await poll;
    expect(Date.now() - started).toBeLessThan(1000);
    expect(updates).toEqual([queued]);
    // Confirming with offset drops it; a short poll then comes back empty after the timeout.
    const t0 = Date.now();
    expect(await bot.api.getUpdates({ offset: queued.update_id + 1, timeout: 1 })).toEqual([]);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
  });

  it("ends held long polls on close()", async () => {
    const poll = bot.api.getUpdates({ timeout: 30 });
    await fake.waitFor("getUpdates");
    await fake.close();
    await expect(poll).resolves.toEqual([]);
  });

  it("delays answers by latencyMs, and waitFor times out with a clear error", async () => {
    fake.latencyMs = 150;
    const t0 = Date.now();
    await bot.api.setMyCommands([{ command: "start", description: "Start" }]);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
    await expect(fake.waitFor("sendVenue", 1, 50)).rejects.toThrow(/sendVenue/);
  });
});

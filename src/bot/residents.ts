// Residents' private chats: every message and button press goes through the flow engine.
import { Composer, type Context } from "grammy";
import type { DomainDeps } from "../domain/deps.js";
import { mayChat } from "../domain/limits.js";
import type { Engine } from "../flows/engine.js";
import { negotiate, translate } from "../i18n/index.js";
import { identify } from "../domain/residents.js";
import type { Input, Reply } from "../flows/types.js";
import { replyLater } from "../domain/outbox.js";
import { failureOf } from "./delivery-errors.js";
import { inputFromMessage } from "./inputs.js";
import type { TelegramChannel } from "./telegram-channel.js";

export function residentChats(domain: DomainDeps, engine: Engine, channel: TelegramChannel): Composer<Context> {
  const composer = new Composer<Context>();
  const privateChats = composer.chatType("private");

  const languageOf = async (from: { id: number; language_code?: string }) =>
    (await identify(domain, "telegram", String(from.id)))?.language ?? negotiate(from.language_code);

  /** Handles one input; true when it was a redelivery of an update handled before. */
  const run = async (ctx: Context, input: Input, pressed?: { messageId: number }): Promise<boolean> => {
    // Telegram always says who sent a private message or pressed a button; an update that does not is
    // not Telegram's (the webhook's fuzz test sends such) and has no one to answer.
    const from = ctx.from;
    if (!from || !ctx.chat) return false;
    // Over the person's limit: one short message for the window, then nothing until it ends.
    const verdict = await mayChat(domain, { channel: "telegram", externalId: String(from.id) });
    if (!verdict.allowed) {
      if (verdict.first) await answer(ctx.chat.id, from.id, [{ kind: "text", text: translate(await languageOf(from), "too-fast") }]);
      return false;
    }
    const to = { route: "telegram" as const, address: String(ctx.chat.id) };
    const { replies, redelivered, repliesWaiting } = await engine.handle(
      { channel: "telegram", externalId: String(from.id), languageCode: from.language_code, displayName: [from.first_name, from.last_name].filter(Boolean).join(" ") },
      channel.capabilities,
      input,
      // The update's id is recorded by the engine with its first reads, at most once (src/bot/updates.ts);
      // the outbox check of this chat is read along with them.
      { updateId: ctx.update.update_id, repliesTo: to },
    );
    if (!redelivered) await answer(ctx.chat.id, from.id, replies, { pressed, behind: repliesWaiting === true });
    return redelivered === true;
  };

  /**
   * The direct answer, sent now — unless earlier replies still wait in the outbox for this chat (`behind`:
   * it goes behind them, in order), or Telegram cannot be reached (network, 5xx after the retries, a long
   * 429): then what did not go out waits in the outbox and is delivered when Telegram is back.
   */
  const answer = async (chatId: number, userId: number, replies: Reply[], how: { pressed?: { messageId: number } | undefined; behind?: boolean } = {}) => {
    const to = { route: "telegram" as const, address: String(chatId) };
    const { pressed, behind = false } = how;
    const later = async (rest: Reply[]) => {
      const resident = await identify(domain, "telegram", String(userId));
      await replyLater(domain, { ...to, ...(resident ? { residentId: resident.id } : {}) }, rest);
    };
    if (replies.length && behind) return later(replies);
    let sent = 0;
    try {
      await channel.deliver(chatId, replies, { pressed, onSent: (n) => (sent = n) });
    } catch (error) {
      const failure = failureOf(error);
      if (failure.kind !== "transient" && failure.kind !== "pause") throw error;
      await later(replies.slice(sent));
    }
  };

  privateChats.on("message", async (ctx) => {
    const input = inputFromMessage(ctx.message, ctx.me.username);
    if (input) await run(ctx, input);
  });

  privateChats.on("callback_query:data", async (ctx) => {
    // Stop the button spinning whatever happens next: through the webhook, in its answer (src/bot/bot.ts);
    // with long polling, a request that travels while the press is handled.
    const answered = ctx.answerCallbackQuery();
    const messageId = ctx.callbackQuery.message?.message_id;
    let redelivered = false;
    try {
      redelivered = await run(ctx, { kind: "choice", data: ctx.callbackQuery.data }, messageId ? { messageId } : undefined);
    } finally {
      // A redelivered press was answered the first time; Telegram may refuse a second answer.
      await answered.catch((error: unknown) => {
        if (!redelivered) throw error;
      });
    }
  });

  // Buttons of games or inline messages carry no data for us.
  privateChats.on("callback_query", (ctx) => ctx.answerCallbackQuery());

  return composer;
}

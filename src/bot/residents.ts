// Residents' private chats: every message and button press goes through the flow engine.
import { Composer, type Context } from "grammy";
import type { Engine } from "../flows/engine.js";
import type { Input } from "../flows/types.js";
import { inputFromMessage } from "./inputs.js";
import type { TelegramChannel } from "./telegram-channel.js";

export function residentChats(engine: Engine, channel: TelegramChannel): Composer<Context> {
  const composer = new Composer<Context>();
  const privateChats = composer.chatType("private");

  const run = async (ctx: Context, input: Input, pressed?: { messageId: number }) => {
    const from = ctx.from!;
    const { replies, redelivered } = await engine.handle(
      { channel: "telegram", externalId: String(from.id), languageCode: from.language_code, displayName: [from.first_name, from.last_name].filter(Boolean).join(" ") },
      channel.capabilities,
      input,
      // Recorded by the engine with its first reads, at most once (src/bot/updates.ts).
      ctx.update.update_id,
    );
    if (!redelivered) await channel.deliver(ctx.chat!.id, replies, { pressed });
    return redelivered === true;
  };

  privateChats.on("message", async (ctx) => {
    const input = inputFromMessage(ctx.message, ctx.me.username);
    if (input) await run(ctx, input);
  });

  privateChats.on("callback_query:data", async (ctx) => {
    // Stop the button spinning whatever happens next; the answer travels while the press is handled.
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

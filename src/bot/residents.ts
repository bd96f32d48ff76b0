// Residents' private chats: every message and button press goes through the flows.
import { Composer, type Context } from "grammy";
import type { DomainDeps } from "../domain/deps.js";
import { handleInput } from "../flows/engine.js";
import type { Input } from "../flows/types.js";
import { inputFromMessage } from "./inputs.js";
import { sendReplies } from "./render.js";

export function residentChats(deps: DomainDeps): Composer<Context> {
  const composer = new Composer<Context>();
  const privateChats = composer.chatType("private");

  const run = async (ctx: Context, input: Input, pressed?: { messageId: number }) => {
    const from = ctx.from!;
    const { replies } = await handleInput(
      deps,
      { channel: "telegram", externalId: String(from.id), languageCode: from.language_code },
      input,
    );
    await sendReplies(ctx.api, ctx.chat!.id, replies, pressed);
  };

  privateChats.on("message", async (ctx) => {
    const input = inputFromMessage(ctx.message, ctx.me.username);
    if (input) await run(ctx, input);
  });

  privateChats.on("callback_query:data", async (ctx) => {
    // Stop the button spinning whatever happens next; the answer travels while the press is handled.
    const answered = ctx.answerCallbackQuery();
    const messageId = ctx.callbackQuery.message?.message_id;
    try {
      await run(ctx, { kind: "choice", data: ctx.callbackQuery.data }, messageId ? { messageId } : undefined);
    } finally {
      await answered;
    }
  });

  // Buttons of games or inline messages carry no data for us.
  privateChats.on("callback_query", (ctx) => ctx.answerCallbackQuery());

  return composer;
}

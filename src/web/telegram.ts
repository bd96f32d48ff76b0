// POST /telegram/webhook: Telegram's updates. Always answers quickly, and never 5xx for a handler's error.
// Mounted only in webhook mode (a token and PUBLIC_URL).
import type { Bot } from "grammy";
import { Hono } from "hono";
import { z } from "zod";
import type { Update } from "grammy/types";
import type { AppEnv } from "./env.js";
import { jsonBody } from "./validate.js";
import { RETRY_AFTER_SECONDS } from "../db/unavailable.js";

// What the handlers read of the two kinds they handle is checked here, so that a body shaped like an
// Update but not one Telegram would send (the fuzz suite's) is a 400, not a handler's error. Other
// kinds pass: they are acknowledged unread.
const user = z.looseObject({ id: z.number().int(), is_bot: z.boolean().optional(), first_name: z.string().optional(), language_code: z.string().optional() });
const chat = z.looseObject({ id: z.number().int(), type: z.string() });
const entity = z.looseObject({ type: z.string(), offset: z.number().int(), length: z.number().int() });
const message = z.looseObject({
  message_id: z.number().int(),
  date: z.number(),
  chat,
  from: user.optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
  entities: z.array(entity).optional(),
  caption_entities: z.array(entity).optional(),
  message_thread_id: z.number().int().optional(),
});
const updateShape = z.looseObject({
  update_id: z.number().int().nonnegative(),
  message: message.optional(),
  callback_query: z.looseObject({ id: z.string(), from: user, data: z.string().optional(), message: z.looseObject({ message_id: z.number().int(), chat }).optional() }).optional(),
});

/** Compares in time that does not depend on where the strings differ. */
function sameSecret(given: string, expected: string): boolean {
  if (given.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < expected.length; i++) difference |= given.charCodeAt(i) ^ expected.charCodeAt(i);
  return difference === 0;
}

export function telegramWebhook({ bot, secret }: { bot: Bot; secret: string }) {
  const app = new Hono<AppEnv>();
  app.post("/", async (c) => {
    if (!sameSecret(c.req.header("X-Telegram-Bot-Api-Secret-Token") ?? "", secret)) {
      return c.json({ error: "wrong or missing X-Telegram-Bot-Api-Secret-Token" }, 401);
    }
    const parsed = await jsonBody(c, updateShape, "the body is not a Telegram Update (an integer update_id, and a message or callback_query as Telegram sends them)");
    if (parsed instanceof Response) return parsed;
    // A call the bot may make in this answer's body, which Telegram then makes itself (src/bot/bot.ts:
    // `canUseWebhookReply`): one Bot API request fewer for every button pressed.
    let reply: string | undefined;
    try {
      await bot.handleUpdate(parsed.data as unknown as Update, { send: (payload) => void (reply = payload) });
    } catch (error) {
      // Handler errors never get here: the error boundary logs them, apologises and the answer is 200.
      // This is a failure before the update was taken (the database could not record its id): answer
      // 503 so that Telegram delivers it again rather than losing what the person sent.
      // The same when the database became unavailable while the update was handled (src/bot/bot.ts).
      c.get("logger").error({ err: error, updateId: parsed.data.update_id }, "webhook could not take the update");
      c.header("Retry-After", String(RETRY_AFTER_SECONDS));
      return c.json({ error: "the update could not be recorded; Telegram will deliver it again" }, 503);
    }
    if (reply) return c.body(reply, 200, { "content-type": "application/json" });
    return c.json({ ok: true });
  });
  return app;
}

import type { Middleware } from "grammy";
import type { Orm } from "../db/database.js";
import { takeUpdate } from "../db/queries/telegram.js";

/** The update kinds the bot asks Telegram for (setWebhook / getUpdates `allowed_updates`). */
export const handledUpdates = ["message", "callback_query"] as const;

/**
 * At most once per update: the first to record an update_id handles it; a redelivery (Telegram retries
 * on timeouts and errors) is acknowledged and skipped. A set of seen ids, never "lower than the last".
 */
export function onlyOnce(orm: Orm, now: () => number): Middleware {
  return async (ctx, next) => {
    if (await takeUpdate(orm, ctx.update.update_id, now())) await next();
  };
}

import type { Middleware } from "grammy";
import type { Orm } from "../db/database.js";
import { telegramUpdates } from "../db/schema.js";

/** The update kinds the bot asks Telegram for (setWebhook / getUpdates `allowed_updates`). */
export const handledUpdates = ["message", "callback_query"] as const;

/**
 * At most once per update: the first to record an update_id handles it; a redelivery (Telegram retries
 * on timeouts and errors) is acknowledged and skipped. A set of seen ids, never "lower than the last".
 */
export function onlyOnce(orm: Orm, now: () => number): Middleware {
  return async (ctx, next) => {
    const taken = await orm
      .insert(telegramUpdates)
      .values({ updateId: ctx.update.update_id, receivedAt: now() })
      .onConflictDoNothing()
      .returning({ id: telegramUpdates.updateId });
    if (taken.length === 0) return;
    await next();
  };
}

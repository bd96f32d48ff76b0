import type { Middleware } from "grammy";
import type { DomainDeps } from "../domain/deps.js";
import { firstDelivery } from "../domain/updates.js";

/** The update kinds the bot asks Telegram for (setWebhook / getUpdates `allowed_updates`). */
export const handledUpdates = ["message", "callback_query"] as const;

/** At most once per update: a redelivered update is acknowledged and skipped (src/domain/updates.ts). */
export function onlyOnce(deps: DomainDeps): Middleware {
  return async (ctx, next) => {
    if (await firstDelivery(deps, ctx.update.update_id)) await next();
  };
}

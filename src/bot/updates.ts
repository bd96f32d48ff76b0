import type { Middleware } from "grammy";
import type { DomainDeps } from "../domain/deps.js";
import { firstDelivery, giveBack } from "../domain/updates.js";

/** The update kinds the bot asks Telegram for (setWebhook / getUpdates `allowed_updates`). */
export const handledUpdates = ["message", "callback_query"] as const;

/** The database could not be used while an update was handled: it is to be delivered again. */
export class DatabaseUnavailable extends Error {
  constructor(cause: unknown) {
    super("the database was unavailable while an update was handled", { cause });
  }
}

/**
 * At most once per update: a redelivered update is acknowledged and skipped (src/domain/updates.ts).
 * One the database could not take is given back (its id forgotten, when the database lets us), so that
 * Telegram's next delivery is handled.
 */
export function onlyOnce(deps: DomainDeps): Middleware {
  return async (ctx, next) => {
    if (!(await firstDelivery(deps, ctx.update.update_id))) return;
    try {
      await next();
    } catch (error) {
      if (error instanceof DatabaseUnavailable) await giveBack(deps, ctx.update.update_id).catch(() => undefined);
      throw error;
    }
  };
}

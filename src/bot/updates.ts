import type { Context, Middleware } from "grammy";
import type { DomainDeps } from "../domain/deps.js";
import { firstDelivery, giveBack } from "../domain/updates.js";

/** The update kinds the bot asks Telegram for (setWebhook / getUpdates `allowed_updates`). */
export const handledUpdates = ["message", "callback_query"] as const;

/**
 * What a resident sends in a private chat goes to the flow engine, which records the update's id with
 * its first reads (one round trip on D1 instead of two: src/db/queries/residents.ts, readTurn).
 */
export function toTheEngine(ctx: Context): boolean {
  return ctx.chat?.type === "private" && (ctx.message !== undefined || ctx.callbackQuery?.data !== undefined);
}

/** The database could not be used while an update was handled: it is to be delivered again. */
export class DatabaseUnavailable extends Error {
  constructor(cause: unknown) {
    super("the database was unavailable while an update was handled", { cause });
  }
}

/**
 * At most once per update: a redelivered update is acknowledged and skipped (src/domain/updates.ts).
 * Updates for the engine are recorded by the engine itself (toTheEngine); the rest here, first. One the
 * database could not take is given back (its id forgotten, when the database lets us), so that Telegram's
 * next delivery is handled.
 */
export function onlyOnce(deps: DomainDeps): Middleware {
  return async (ctx, next) => {
    if (!toTheEngine(ctx) && !(await firstDelivery(deps, ctx.update.update_id))) return;
    try {
      await next();
    } catch (error) {
      if (error instanceof DatabaseUnavailable) await giveBack(deps, ctx.update.update_id).catch(() => undefined);
      throw error;
    }
  };
}

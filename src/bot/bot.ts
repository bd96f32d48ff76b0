// createBot(deps): the grammY bot, one Composer per feature, the error boundary around them.
import { autoRetry } from "@grammyjs/auto-retry";
import { Bot, type BotError, type Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { DomainDeps } from "../domain/deps.js";
import type { Engine } from "../flows/engine.js";
import { negotiate, translate } from "../i18n/index.js";
import type { Logger } from "../log.js";
import { residentChats } from "./residents.js";
import { staffGroups } from "./staff-group.js";
import { telegramChannel } from "./telegram-channel.js";
import { UpdateNotRecordedError } from "../domain/updates.js";
import { DatabaseUnavailable, onlyOnce } from "./updates.js";
import { isDatabaseUnavailable } from "../db/unavailable.js";

export interface BotDeps {
  domain: DomainDeps;
  engine: Engine;
  logger: Logger;
  token: string;
  apiRoot: string;
  /** Known bot identity, so that no getMe is needed per request (Workers) or at all. */
  botInfo?: UserFromGetMe;
}

export type LinliBot = Bot<Context>;

export function createBot(deps: BotDeps): LinliBot {
  const bot = new Bot<Context>(deps.token, {
    botInfo: deps.botInfo,
    client: {
      apiRoot: deps.apiRoot,
      // Stopping a pressed button's spinner goes back in the webhook's answer (src/web/telegram.ts):
      // Telegram runs it when the turn is done, and the bot makes one request fewer per press. Nothing
      // else does: a message must be known to have gone out, or it waits in the outbox.
      canUseWebhookReply: (method) => method === "answerCallbackQuery",
    },
  });
  // A 429 or a 5xx on a direct reply waits briefly and tries again; longer waits are the outbox's
  // business (src/bot/residents.ts queues what could not go out). A network error is not retried here:
  // auto-retry would try again for ever, holding the update while Telegram is unreachable.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 2, maxDelaySeconds: 5, rethrowHttpErrors: true }));

  bot.use(onlyOnce(deps.domain));
  bot.errorBoundary((error) => apologise(error, deps.logger), residentChats(deps.domain, deps.engine, telegramChannel(bot.api, deps.domain.media)), staffGroups(deps.domain, deps.logger));
  return bot;
}

/**
 * A handler failed: log it, tell the person briefly, and let the update count as handled — unless the
 * database was unavailable: then the update is given back (src/bot/updates.ts) and the webhook answers
 * 503, so that Telegram delivers it again rather than it being lost.
 */
async function apologise(error: BotError<Context>, logger: Logger) {
  // Nothing was done and Telegram will deliver it again if the webhook says so (src/web/telegram.ts).
  if (error.error instanceof UpdateNotRecordedError) throw error.error;
  if (isDatabaseUnavailable(error.error)) throw new DatabaseUnavailable(error.error);
  const ctx = error.ctx;
  logger.error({ err: error.error, updateId: ctx.update.update_id }, "update handler failed");
  if (!ctx.chat || ctx.chat.type !== "private") return;
  try {
    await ctx.api.sendMessage(ctx.chat.id, translate(negotiate(ctx.from?.language_code), "error-apology"));
  } catch (sendError) {
    logger.warn({ err: sendError, updateId: ctx.update.update_id }, "could not send the apology");
  }
}

/** The bot's identity without asking Telegram: its id is the token's first part. */
export function botInfoFromToken(token: string, username: string): UserFromGetMe {
  return {
    id: Number(token.split(":")[0]),
    is_bot: true,
    first_name: "linli",
    username,
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
  } as UserFromGetMe;
}

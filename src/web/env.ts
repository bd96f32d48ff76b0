import type { LinliBot } from "../bot/bot.js";
import type { Config } from "../config.js";
import type { DomainDeps } from "../domain/deps.js";
import type { Logger } from "../log.js";

/** Everything the HTTP side needs, built by src/node.ts or src/worker.ts. */
export interface AppDeps {
  domain: DomainDeps;
  config: Config;
  logger: Logger;
  /** Present when TELEGRAM_BOT_TOKEN is set. */
  bot?: LinliBot;
}

export type AppEnv = {
  Variables: { deps: AppDeps; requestId: string; logger: Logger; secureHeadersNonce?: string };
};

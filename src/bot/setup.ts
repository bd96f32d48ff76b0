// What a deployment tells Telegram once: the command menus per language, and where the webhook is.
import type { Api } from "grammy";
import type { Registry } from "../flows/registry.js";
import { languages, translate } from "../i18n/index.js";
import { handledUpdates } from "./updates.js";

/** Command menus for private chats, from the flow modules: Chinese by default, English for English clients. */
export async function setCommandMenus(api: Api, registry: Registry): Promise<void> {
  for (const lang of languages) {
    const commands = registry.listedCommands().map((command) => ({ command, description: translate(lang, `command-${command}`) }));
    const scope = { type: "all_private_chats" } as const;
    await api.setMyCommands(commands, lang === "zh" ? { scope } : { scope, language_code: lang });
  }
}

export async function setWebhook(api: Api, webhook: { secret: string; url: string }): Promise<string> {
  await api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: [...handledUpdates], drop_pending_updates: false });
  return webhook.url;
}

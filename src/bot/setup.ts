// What a deployment tells Telegram once: the command menus per language, and where the webhook is.
import type { Api } from "grammy";
import { menuCommands } from "../flows/engine.js";
import { languages, translate } from "../i18n/index.js";
import { handledUpdates } from "./updates.js";

export const webhookPath = "/telegram/webhook";

/** Command menus for private chats: Chinese by default, English for English-speaking clients. */
export async function setCommandMenus(api: Api): Promise<void> {
  for (const lang of languages) {
    const commands = menuCommands.map((command) => ({ command, description: translate(lang, `command-${command}`) }));
    const scope = { type: "all_private_chats" } as const;
    await api.setMyCommands(commands, lang === "zh" ? { scope } : { scope, language_code: lang });
  }
}

export async function setWebhook(api: Api, publicUrl: string, secret: string): Promise<string> {
  const url = new URL(webhookPath, publicUrl).toString();
  await api.setWebhook(url, { secret_token: secret, allowed_updates: [...handledUpdates], drop_pending_updates: false });
  return url;
}

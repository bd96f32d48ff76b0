// npm run telegram:setup — tells Telegram the command menus (per language, from the flow modules) and,
// with PUBLIC_URL, the webhook. Uses the same environment variables as the server (see .env.example).
import { Api } from "grammy";
import { setCommandMenus, setWebhook } from "../src/bot/setup.js";
import { ConfigError, loadConfig } from "../src/config.js";
import { residentModules } from "../src/flows/modules.js";
import { createRegistry } from "../src/flows/registry.js";
import { errorText } from "../src/log.js";

try {
  const { telegram } = loadConfig(process.env);
  if (!telegram) throw new ConfigError(["TELEGRAM_BOT_TOKEN is required for telegram:setup"]);
  const api = new Api(telegram.token, { apiRoot: telegram.apiRoot });
  await setCommandMenus(api, createRegistry(residentModules));
  console.log("command menus set for zh (default) and en");
  if (telegram.webhook?.url) {
    console.log(`webhook set: ${await setWebhook(api, { secret: telegram.webhook.secret, url: telegram.webhook.url })}`);
  } else {
    console.log("no PUBLIC_URL: webhook left alone (npm start uses long polling)");
  }
} catch (error) {
  // Not the error object itself: a failed setWebhook carries its secret_token along.
  console.error(`telegram:setup: ${error instanceof ConfigError ? error.message : errorText(error)}`);
  process.exit(1);
}

// npm run telegram:setup — tells Telegram the command menus (per language) and, with PUBLIC_URL, the webhook.
// Uses the same environment variables as the server (see .env.example).
import { Api } from "grammy";
import { setCommandMenus, setWebhook } from "../src/bot/setup.js";
import { ConfigError, loadConfig } from "../src/config.js";
import { errorText } from "../src/log.js";

try {
  const config = loadConfig(process.env);
  if (!config.TELEGRAM_BOT_TOKEN) throw new ConfigError(["TELEGRAM_BOT_TOKEN is required for telegram:setup"]);
  const api = new Api(config.TELEGRAM_BOT_TOKEN, { apiRoot: config.TELEGRAM_API_ROOT });
  await setCommandMenus(api);
  console.log("command menus set for zh (default) and en");
  if (config.PUBLIC_URL) {
    console.log(`webhook set: ${await setWebhook(api, config.PUBLIC_URL, config.TELEGRAM_WEBHOOK_SECRET!)}`);
  } else {
    console.log("no PUBLIC_URL: webhook left alone (npm start uses long polling)");
  }
} catch (error) {
  // Not the error object itself: a failed setWebhook carries its secret_token along.
  console.error(`telegram:setup: ${error instanceof ConfigError ? error.message : errorText(error)}`);
  process.exit(1);
}

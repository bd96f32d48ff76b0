// The shared test driver (test/shared/driver.ts) on workerd + D1: the real Worker's webhook, and the
// Bot API calls it made as the shared fake server of global-setup.ts recorded them.
import { env, exports } from "cloudflare:workers";
import { openD1 } from "../../src/db/d1.js";
import { findResident } from "../../src/db/queries/residents.js";
import type { ChatDriver } from "../shared/driver.js";
import { allCalls, lastButtons, post, said, tap } from "./telegram.js";

/** People get ids `base + n`: give each file its own base, as every file's calls land in one fake server. */
export function workersDriver(base: number): ChatDriver {
  const db = openD1(env.DB);
  return {
    driver: "d1",
    db,
    person: (n, languageCode) => ({ id: base + n, ...(languageCode ? { language_code: languageCode } : {}) }),
    request: (path, init) => exports.default.fetch(new URL(path, "http://linli.test").toString(), init),
    post,
    said,
    lastButtons,
    calls: async (chatId, method) => (await allCalls()).filter((c) => (chatId === null || Number(c.body.chat_id) === chatId) && (!method || c.method === method)),
    tap,
    resident: (telegramId) => findResident(db.orm, "telegram", String(telegramId)),
  };
}

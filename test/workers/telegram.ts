// What the workers tests share: posting Updates to the real Worker's webhook, and reading back the Bot
// API calls it made from the fake server of global-setup.ts. That server is shared by every file of the
// project, and files run in parallel, so everything here is filtered by chat id: give each file (and
// each test) its own person ids.
import { exports } from "cloudflare:workers";
import type { Update } from "grammy/types";
import { expect, inject } from "vitest";
import { buttonLabelled, lastButtonsTo, textsTo } from "../support/calls.js";
import type { FakeError, RecordedCall } from "../support/fake-telegram.js";
import { press, type Person } from "../support/updates.js";

export const SECRET = "test-secret-0123456789";
/** The Worker's token (vitest.config.ts). */
const TOKEN = "123456:TEST";
export const WEBHOOK = "http://linli.test/telegram/webhook";
const fakeRoot = () => `http://127.0.0.1:${inject("fakeTelegramPort")}`;

/** Posts an Update (or a raw string body) to the Worker's webhook, with the right secret unless `headers` say otherwise. */
export async function post(update: Update | string | unknown, headers: Record<string, string> = { "X-Telegram-Bot-Api-Secret-Token": SECRET }): Promise<Response> {
  return asTelegram(
    await exports.default.fetch(WEBHOOK, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof update === "string" ? update : JSON.stringify(update),
    }),
  );
}

/**
 * The webhook's answer, after Telegram ran the call its body may name (a button's answerCallbackQuery,
 * src/web/telegram.ts): here it is made to the fake server, as the bot's own calls are.
 */
export async function asTelegram(res: Response): Promise<Response> {
  if (res.status !== 200) return res;
  let reply: { method?: unknown } & Record<string, unknown>;
  try {
    reply = (await res.clone().json()) as typeof reply;
  } catch {
    return res;
  }
  if (typeof reply.method !== "string") return res;
  const { method, ...body } = reply;
  const ran = await fetch(`${fakeRoot()}/bot${TOKEN}/${method}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  await ran.body?.cancel();
  return res;
}

/** Every Bot API call the fake server has recorded, from every file of the run. */
export async function allCalls(): Promise<RecordedCall[]> {
  const res = await fetch(`${fakeRoot()}/__calls`);
  if (!res.ok) throw new Error(`fake Telegram /__calls answered ${res.status}`);
  return (await res.json()) as RecordedCall[];
}

/** The calls addressed to one chat (by `chat_id`), optionally of one method. */
export async function callsFor(chatId: number, method?: string): Promise<RecordedCall[]> {
  return (await allCalls()).filter((c) => Number(c.body.chat_id) === chatId && (!method || c.method === method));
}

/** Texts of every sendMessage / editMessageText the Worker made to a chat, in order. */
export async function said(chatId: number): Promise<string[]> {
  return textsTo(await allCalls(), chatId);
}

/** The inline keyboard of the last message sent (or edited) to a chat. */
export async function lastButtons(chatId: number): Promise<{ label: string; data: string }[]> {
  return lastButtonsTo(await allCalls(), chatId);
}

/** Presses the button with this label in the last message to the person; returns its data. */
export async function tap(who: Person, label: string | RegExp): Promise<string> {
  const button = buttonLabelled(await lastButtons(who.id), label);
  const res = await post(press(who, button.data));
  expect(res.status).toBe(200);
  return button.data;
}

/** The fake answers the next `times` calls to `method` for this chat with `answer`. */
export async function failNext(method: string, answer: FakeError, chatId: number, times = 1): Promise<void> {
  const res = await fetch(`${fakeRoot()}/__failNext`, { method: "POST", body: JSON.stringify({ method, answer, times, chatId }) });
  if (!res.ok) throw new Error(`fake Telegram /__failNext answered ${res.status}`);
}

// Reading what a bot said from recorded Bot API calls; used with the in-process fake (test/support) and
// with the shared one of the workers project (test/workers/telegram.ts).
import type { RecordedCall } from "./fake-telegram.js";

const SAYING = new Set(["sendMessage", "editMessageText"]);

function sayingTo(calls: RecordedCall[], chatId: number): RecordedCall[] {
  return calls.filter((c) => SAYING.has(c.method) && Number(c.body.chat_id) === chatId);
}

/** Texts of every sendMessage / editMessageText to a chat, in order. */
export function textsTo(calls: RecordedCall[], chatId: number): string[] {
  return sayingTo(calls, chatId).map((c) => String(c.body.text));
}

/** The inline keyboard of the last message sent (or edited) to a chat, as label/data pairs. */
export function lastButtonsTo(calls: RecordedCall[], chatId: number): { label: string; data: string }[] {
  const markup = sayingTo(calls, chatId).at(-1)?.body.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] } | undefined;
  return (markup?.inline_keyboard ?? []).flat().map((b) => ({ label: b.text, data: b.callback_data }));
}

/** The button with this label (or matching this pattern); throws, listing the labels, when there is none. */
export function buttonLabelled(buttons: { label: string; data: string }[], label: string | RegExp): { label: string; data: string } {
  const found = buttons.find((b) => (typeof label === "string" ? b.label === label : label.test(b.label)));
  if (!found) throw new Error(`no button ${label} in ${JSON.stringify(buttons.map((b) => b.label))}`);
  return found;
}

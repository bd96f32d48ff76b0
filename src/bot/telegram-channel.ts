// The Telegram channel: what it can do, and flow replies → Bot API calls. Direct replies and (later) the
// outbox deliver through the same `deliver`, so a message looks the same whichever way it came.
import type { Api } from "grammy";
import type { InlineKeyboardMarkup, ReplyKeyboardMarkup, ReplyKeyboardRemove } from "grammy/types";
import type { Button, Capabilities, Reply } from "../flows/types.js";

export const telegramCapabilities: Capabilities = {
  verifiedPhone: true,
  shareLocation: true,
  inlineButtons: true,
  editInPlace: true,
  // Telegram's own text size setting applies; a venue opens in Telegram's map.
  textSize: false,
  mapChoice: false,
};

type Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | undefined;

const inline = (rows: Button[][]): InlineKeyboardMarkup => ({
  inline_keyboard: rows.map((row) => row.map((b) => ({ text: b.label, callback_data: b.data }))),
});

/**
 * A message carries one keyboard: inline buttons win over the main menu (a reply keyboard, which stays
 * on screen from an earlier message anyway).
 */
function markupOf(reply: Extract<Reply, { kind: "text" }>): Markup {
  if (reply.buttons?.length) return inline(reply.buttons);
  if (reply.menu) return { keyboard: reply.menu.map((row) => row.map((text) => ({ text }))), resize_keyboard: true, is_persistent: true };
  if (reply.removeMenu) return { remove_keyboard: true };
  return undefined;
}

export interface TelegramChannel {
  capabilities: Capabilities;
  /**
   * Sends the replies in order. When the person pressed a button (`pressed`) and the answer is a single
   * message with buttons — a next page, a sub-list — that message is edited in place instead.
   */
  deliver(chatId: number, replies: Reply[], pressed?: { messageId: number }): Promise<void>;
}

export function telegramChannel(api: Api): TelegramChannel {
  async function send(chatId: number, reply: Reply) {
    switch (reply.kind) {
      case "text":
        await api.sendMessage(chatId, reply.text, { reply_markup: markupOf(reply) });
        return;
      case "ask":
        await api.sendMessage(chatId, reply.text, {
          reply_markup: {
            keyboard: [
              [reply.asking === "contact" ? { text: reply.button, request_contact: true } : { text: reply.button, request_location: true }],
              [{ text: reply.cancel }],
            ],
            resize_keyboard: true,
            one_time_keyboard: true,
          },
        });
        return;
      case "place":
        await api.sendVenue(chatId, reply.latitude, reply.longitude, reply.title, reply.address);
        return;
    }
  }

  return {
    capabilities: telegramCapabilities,
    async deliver(chatId, replies, pressed) {
      const [only] = replies;
      if (pressed && replies.length === 1 && only?.kind === "text" && only.buttons?.length) {
        try {
          await api.editMessageText(chatId, pressed.messageId, only.text, { reply_markup: inline(only.buttons) });
          return;
        } catch {
          // Too old to edit, or unchanged: fall through and send it as a new message.
        }
      }
      for (const reply of replies) await send(chatId, reply);
    },
  };
}

// The Telegram channel: what it can do, and flow replies → Bot API calls. Direct replies and (later) the
// outbox deliver through the same `deliver`, so a message looks the same whichever way it came.
import { InputFile, type Api } from "grammy";
import type { InlineKeyboardMarkup, ReplyKeyboardMarkup, ReplyKeyboardRemove } from "grammy/types";
import type { MediaStore } from "../domain/media.js";
import type { Attachment, Button, Capabilities, Reply } from "../flows/types.js";

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

/** Where a message goes: a chat, and in a forum supergroup a topic. */
export interface TelegramAddress {
  chatId: number | string;
  threadId?: number;
}

export interface DeliverOptions {
  /** The message whose button was pressed: a single answer with buttons replaces it. */
  pressed?: { messageId: number };
  /** Replies already sent of these (a retry from the outbox): they are skipped. */
  skip?: number;
  /** Told after each reply that went out, with how many have. */
  onSent?: (sent: number) => void;
}

export interface TelegramChannel {
  capabilities: Capabilities;
  /**
   * Sends the replies in order. When the person pressed a button (`pressed`) and the answer is a single
   * message with buttons — a next page, a sub-list — that message is edited in place instead.
   */
  deliver(to: number | string | TelegramAddress, replies: Reply[], options?: DeliverOptions): Promise<void>;
}

export function telegramChannel(api: Api, media?: MediaStore): TelegramChannel {
  /** A file: the id Telegram knows it by, or the bytes from the media store. */
  async function fileOf(attachment: Attachment): Promise<string | InputFile | null> {
    if (attachment.telegramFileId) return attachment.telegramFileId;
    if (!attachment.mediaKey || !media) return null;
    const stored = await media.get(attachment.mediaKey);
    return stored ? new InputFile(stored.bytes, attachment.fileName ?? attachment.mediaKey) : null;
  }

  async function sendMedia(chatId: number | string, thread: { message_thread_id?: number }, attachment: Attachment, caption?: string) {
    const extra = { ...thread, ...(caption ? { caption } : {}) };
    if (attachment.kind === "location") {
      if (attachment.latitude !== undefined && attachment.longitude !== undefined) await api.sendLocation(chatId, attachment.latitude, attachment.longitude, thread);
      return;
    }
    const file = await fileOf(attachment);
    if (!file) return;
    if (attachment.kind === "photo") await api.sendPhoto(chatId, file, extra);
    else if (attachment.kind === "voice") await api.sendVoice(chatId, file, extra);
    else await api.sendDocument(chatId, file, extra);
  }

  async function send(to: TelegramAddress, reply: Reply) {
    const chatId = to.chatId;
    const thread = to.threadId ? { message_thread_id: to.threadId } : {};
    switch (reply.kind) {
      case "text":
        await api.sendMessage(chatId, reply.text, { ...thread, reply_markup: markupOf(reply), ...(reply.noPreview ? { link_preview_options: { is_disabled: true } } : {}) });
        return;
      case "ask":
        await api.sendMessage(chatId, reply.text, {
          ...thread,
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
        await api.sendVenue(chatId, reply.latitude, reply.longitude, reply.title, reply.address, thread);
        return;
      case "media":
        await sendMedia(chatId, thread, reply.attachment, reply.caption);
        return;
    }
  }

  return {
    capabilities: telegramCapabilities,
    async deliver(to, replies, options = {}) {
      const address = typeof to === "object" ? to : { chatId: to };
      const [only] = replies;
      if (options.pressed && replies.length === 1 && only?.kind === "text" && only.buttons?.length) {
        try {
          await api.editMessageText(address.chatId, options.pressed.messageId, only.text, { reply_markup: inline(only.buttons) });
          return;
        } catch {
          // Too old to edit, or unchanged: fall through and send it as a new message.
        }
      }
      for (let i = options.skip ?? 0; i < replies.length; i++) {
        await send(address, replies[i]!);
        options.onSent?.(i + 1);
      }
    },
  };
}

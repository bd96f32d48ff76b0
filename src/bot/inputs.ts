// Telegram messages → channel-neutral flow inputs.
import type { Message } from "grammy/types";
import type { Input } from "../flows/types.js";

/** What a private message means, or null when it is addressed to another bot. */
export function inputFromMessage(message: Message, botUsername: string): Input | null {
  const command = commandIn(message, botUsername);
  if (command !== undefined) return command;
  if (message.text !== undefined) return { kind: "text", text: message.text };
  if (message.contact) {
    return { kind: "contact", phone: message.contact.phone_number, isOwn: message.contact.user_id === message.from?.id };
  }
  if (message.location) return { kind: "location", latitude: message.location.latitude, longitude: message.location.longitude };
  if (message.photo?.length) {
    return { kind: "photo", ref: message.photo[message.photo.length - 1]!.file_id, ...(message.caption ? { caption: message.caption } : {}) };
  }
  if (message.voice) return { kind: "voice", ref: message.voice.file_id };
  if (message.document) {
    return {
      kind: "document",
      ref: message.document.file_id,
      ...(message.document.file_name ? { name: message.document.file_name } : {}),
      ...(message.caption ? { caption: message.caption } : {}),
    };
  }
  return { kind: "unsupported" };
}

/** A `/command[@bot] payload` at the start of a text with a bot_command entity (as Telegram marks them). */
function commandIn(message: Message, botUsername: string): Input | null | undefined {
  const entity = message.entities?.find((e) => e.type === "bot_command" && e.offset === 0);
  if (!entity || message.text === undefined) return undefined;
  const [name, target] = message.text.slice(1, entity.length).split("@");
  if (target && target.toLowerCase() !== botUsername.toLowerCase()) return null;
  return { kind: "command", name: name ?? "", payload: message.text.slice(entity.length).trim() };
}

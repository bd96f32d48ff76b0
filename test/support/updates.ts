// Realistic Telegram Updates for tests and benchmarks, shaped as the Bot API sends them.
import type { Update } from "grammy/types";
import { guideButtons } from "../../src/flows/guide.js";
import { onboardingButtons } from "../../src/flows/onboarding.js";
import { privacyButtons } from "../../src/flows/privacy.js";

let nextUpdateId = 100_000;
let nextMessageId = 1;

export interface Person {
  id: number;
  first_name?: string;
  language_code?: string;
}

const user = (p: Person) => ({ id: p.id, is_bot: false, first_name: p.first_name ?? "居民", language_code: p.language_code });
const chat = (p: Person) => ({ id: p.id, type: "private" as const, first_name: p.first_name ?? "居民" });
const now = () => Math.floor(Date.now() / 1000);

export function newUpdateId(): number {
  return nextUpdateId++;
}

/** A text message; a leading /command gets its bot_command entity, as Telegram marks it. */
export function text(from: Person, body: string, updateId = newUpdateId()): Update {
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(body);
  return {
    update_id: updateId,
    message: {
      message_id: nextMessageId++,
      date: now(),
      chat: chat(from),
      from: user(from),
      text: body,
      ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
    },
  } as Update;
}

export function press(from: Person, data: string, messageId = 1, updateId = newUpdateId()): Update {
  return {
    update_id: updateId,
    callback_query: {
      id: String(updateId),
      from: user(from),
      chat_instance: "ci",
      data,
      message: { message_id: messageId, date: now(), chat: chat(from), from: { id: 1, is_bot: true, first_name: "linli" }, text: "…" },
    },
  } as Update;
}

export function contact(from: Person, phone: string, contactUserId: number | undefined, updateId = newUpdateId()): Update {
  return {
    update_id: updateId,
    message: {
      message_id: nextMessageId++,
      date: now(),
      chat: chat(from),
      from: user(from),
      contact: { phone_number: phone, first_name: "某人", ...(contactUserId ? { user_id: contactUserId } : {}) },
    },
  } as Update;
}

export function sticker(from: Person, updateId = newUpdateId()): Update {
  return {
    update_id: updateId,
    message: {
      message_id: nextMessageId++,
      date: now(),
      chat: chat(from),
      from: user(from),
      sticker: { file_id: "s1", file_unique_id: "u1", type: "regular", width: 512, height: 512, is_animated: false, is_video: false },
    },
  } as Update;
}

/**
 * Names every plain object answers through its prototype chain. Whatever a person sends — a button's
 * data, a command, a language code, a query parameter — must be looked up as their own names only.
 */
export const objectPropertyNames = ["__proto__", "constructor", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf", "__defineGetter__"];

/** Button data no button of ours carries: stale, malformed, or named like an object's property. */
export const forgedButtons = [
  onboardingButtons.encode("pick", 999_999),
  "nonsense",
  "o.s|abc|0",
  "o.s|1",
  "s.lang|fr",
  "o.consent|maybe",
  "x".repeat(64),
  // A confirmation nobody asked for.
  privacyButtons.encode("forget", "yes"),
  guideButtons.encode("svc", 2_000_000_000),
  // Named like what every object has.
  ...objectPropertyNames,
  "constructor|1",
  "toString|1|2",
  "__proto__|0",
  "__proto__.x",
  "o.__proto__",
  "o.constructor|1",
  "m.open|constructor",
  "s.hasOwnProperty",
  "hasOwnProperty|o.d",
  // The wire format of older releases.
  "pk.pick|1",
  "consent|yes",
];

export function voice(from: Person, updateId = newUpdateId()): Update {
  return {
    update_id: updateId,
    message: {
      message_id: nextMessageId++,
      date: now(),
      chat: chat(from),
      from: user(from),
      voice: { file_id: "v1", file_unique_id: "uv1", duration: 4, mime_type: "audio/ogg" },
    },
  } as Update;
}

/** Update kinds the bot does not handle, as Telegram would send them. */
export function otherKinds(from: Person): Update[] {
  const base = { message_id: nextMessageId++, date: now(), chat: chat(from), from: user(from) };
  const group = { id: -100123, type: "supergroup" as const, title: "网格员群", is_forum: true };
  return [
    { update_id: newUpdateId(), edited_message: { ...base, text: "edited", edit_date: now() } },
    { update_id: newUpdateId(), message: { ...base, chat: group, text: "group talk" } },
    { update_id: newUpdateId(), message: { ...base, chat: group, message_thread_id: 7, is_topic_message: true, forum_topic_created: { name: "议题", icon_color: 7322096 } } },
    { update_id: newUpdateId(), channel_post: { message_id: 9, date: now(), chat: { id: -100999, type: "channel", title: "公告" }, text: "notice" } },
    {
      update_id: newUpdateId(),
      my_chat_member: {
        chat: chat(from),
        from: user(from),
        date: now(),
        old_chat_member: { status: "member", user: { id: 1, is_bot: true, first_name: "linli" } },
        new_chat_member: { status: "kicked", user: { id: 1, is_bot: true, first_name: "linli" }, until_date: 0 },
      },
    },
    {
      update_id: newUpdateId(),
      chat_member: {
        chat: group,
        from: user(from),
        date: now(),
        old_chat_member: { status: "left", user: user(from) },
        new_chat_member: { status: "member", user: user(from) },
      },
    },
    {
      update_id: newUpdateId(),
      message_reaction: { chat: chat(from), message_id: 1, user: user(from), date: now(), old_reaction: [], new_reaction: [{ type: "emoji", emoji: "👍" }] },
    },
    { update_id: newUpdateId(), inline_query: { id: "iq", from: user(from), query: "低保", offset: "" } },
    { update_id: newUpdateId(), poll: { id: "p", question: "?", options: [], total_voter_count: 0, is_closed: false, is_anonymous: true, type: "regular", allows_multiple_answers: false } },
    // A kind this grammY version has never heard of.
    { update_id: newUpdateId(), some_future_kind: { anything: true } } as unknown as Update,
  ] as Update[];
}

/** A forum supergroup (a community's staff group). */
export interface Group {
  id: number;
  title?: string;
}

const groupChat = (g: Group) => ({ id: g.id, type: "supergroup" as const, title: g.title ?? "社区工作群", is_forum: true });

/** A message in a group, in a topic when `threadId` is given; a leading /command gets its entity. */
export function groupText(from: Person, group: Group, body: string, threadId?: number, updateId = newUpdateId()): Update {
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(body);
  return {
    update_id: updateId,
    message: {
      message_id: nextMessageId++,
      date: now(),
      chat: groupChat(group),
      from: user(from),
      text: body,
      ...(threadId ? { message_thread_id: threadId, is_topic_message: true } : {}),
      ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
    },
  } as Update;
}

/** A photo posted in a group's topic, with a caption (a leading /command gets its caption entity). */
export function groupPhoto(from: Person, group: Group, threadId: number, fileId = "staff-photo", caption?: string, updateId = newUpdateId()): Update {
  const command = caption ? /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(caption) : null;
  return {
    update_id: updateId,
    message: {
      message_id: nextMessageId++,
      date: now(),
      chat: groupChat(group),
      from: user(from),
      ...(caption ? { caption } : {}),
      ...(command ? { caption_entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
      photo: [{ file_id: fileId, file_unique_id: `u-${fileId}`, width: 800, height: 600 }],
      message_thread_id: threadId,
      is_topic_message: true,
    },
  } as Update;
}

/** A button pressed under a message in a group's topic. */
export function groupPress(from: Person, group: Group, data: string, threadId: number, updateId = newUpdateId()): Update {
  return {
    update_id: updateId,
    callback_query: {
      id: String(updateId),
      from: user(from),
      chat_instance: "group",
      data,
      message: { message_id: 1, date: now(), chat: groupChat(group), from: { id: 1, is_bot: true, first_name: "linli" }, text: "…", message_thread_id: threadId, is_topic_message: true },
    },
  } as Update;
}

/** A photo a resident sends in a private chat. */
export function photo(from: Person, fileId = "resident-photo", caption?: string, updateId = newUpdateId()): Update {
  return {
    update_id: updateId,
    message: {
      message_id: nextMessageId++,
      date: now(),
      chat: chat(from),
      from: user(from),
      photo: [{ file_id: fileId, file_unique_id: `u-${fileId}`, width: 800, height: 600 }],
      ...(caption ? { caption } : {}),
    },
  } as Update;
}

/** A shared location (Telegram's 📎 → Location, or the location keyboard button). */
export function location(from: Person, latitude: number, longitude: number, updateId = newUpdateId()): Update {
  return {
    update_id: updateId,
    message: { message_id: nextMessageId++, date: now(), chat: chat(from), from: user(from), location: { latitude, longitude } },
  } as Update;
}

/** A file sent as a document (e.g. a PDF named like a photo). */
export function document(from: Person, fileId: string, fileName: string, mimeType = "application/pdf", updateId = newUpdateId()): Update {
  return {
    update_id: updateId,
    message: {
      message_id: nextMessageId++,
      date: now(),
      chat: chat(from),
      from: user(from),
      document: { file_id: fileId, file_unique_id: `u-${fileId}`, file_name: fileName, mime_type: mimeType, file_size: 20 * 1024 * 1024 },
    },
  } as Update;
}

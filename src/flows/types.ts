// Channel-neutral inputs and replies. src/bot renders them for Telegram, src/web for the web chat.
// Nothing here knows which channel a person is on, except where a flow asks `ctx.who.channel` because a
// capability (sharing a verified phone number) exists only on one of them.

export type { Channel, Lang } from "../vocabulary.js";

/** What a person sent. */
export type Input =
  | { kind: "command"; name: string; payload: string }
  | { kind: "text"; text: string }
  /** A pressed inline button; `data` is untrusted (forged or stale data is answered, never obeyed). */
  | { kind: "choice"; data: string }
  /** A shared contact; `isOwn` is true only when the contact's user is the sender. */
  | { kind: "contact"; phone: string; isOwn: boolean }
  | { kind: "location"; latitude: number; longitude: number }
  | { kind: "photo"; ref: string }
  /** Anything else a person can send (a sticker, a voice note, …): answered, never stored. */
  | { kind: "unsupported" };

/** An inline button. `data` is at most 64 bytes (Telegram's callback_data limit). */
export interface Button {
  label: string;
  data: string;
}

/** What the assistant says back. */
export type Reply =
  | {
      kind: "text";
      text: string;
      /** Inline buttons under this message, in rows. */
      buttons?: Button[][];
      /** A persistent main menu (Telegram reply keyboard); each label, sent back as text, is a shortcut. */
      menu?: string[][];
      /** Remove a persistent keyboard shown earlier. */
      removeMenu?: boolean;
    }
  | { kind: "request_contact"; text: string; button: string; cancel: string }
  | { kind: "request_location"; text: string; button: string; cancel: string }
  | { kind: "venue"; latitude: number; longitude: number; title: string; address: string };

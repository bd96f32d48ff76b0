// Channel-neutral inputs and replies. A channel adapter (src/bot for Telegram, src/web for the web chat)
// turns what a person sent into an Input and draws Replies with what it can do (its Capabilities).
import type { Attachment } from "../vocabulary.js";

export type { Attachment, Channel, Lang } from "../vocabulary.js";

/** What a person sent. */
export type Input =
  | { kind: "command"; name: string; payload: string }
  | { kind: "text"; text: string }
  /** A pressed inline button; `data` is untrusted (forged or stale data is answered, never obeyed). */
  | { kind: "choice"; data: string }
  /** A shared contact; `isOwn` is true only when the channel vouches that it is the sender's own. */
  | { kind: "contact"; phone: string; isOwn: boolean }
  | { kind: "location"; latitude: number; longitude: number }
  /** A photo: a Telegram file id, or (`stored`) the key of one uploaded in the web chat. */
  | { kind: "photo"; ref: string; stored?: boolean; caption?: string }
  /**
   * A voice note: `ref` is the channel's handle for it (a Telegram file_id; the media store's key on
   * channels without one). The guide answers that it cannot listen yet; a conversation with staff relays
   * it to them as it is.
   */
  | { kind: "voice"; ref: string }
  | { kind: "document"; ref: string; name?: string; caption?: string }
  /** Anything else a person can send (a sticker, a video, …): answered, never stored. */
  | { kind: "unsupported" };

/** An inline button. `data` is at most 64 bytes (Telegram's callback_data limit); see buttons.ts. */
export interface Button {
  label: string;
  data: string;
}

/** What the assistant says back. */
export type Reply =
  | {
      kind: "text";
      text: string;
      /** Buttons under this message, in rows. */
      buttons?: Button[][];
      /** The main menu, kept on screen; each label, sent back as text, opens its entry. */
      menu?: string[][];
      /** Take away a main menu shown earlier. */
      removeMenu?: boolean;
      /**
       * A code for staff to scan (a voucher), drawn as a QR code where the channel can (the web chat). It
       * is in the text too: a channel that cannot draw it shows only the text.
       */
      qr?: string;
      /** Show no preview of a link in it (a one-time link a preview would use up). */
      noPreview?: boolean;
    }
  /** Ask for something the device can share itself (only where the channel can): a button to share, and a way out. */
  | { kind: "ask"; asking: "contact" | "location"; text: string; button: string; cancel: string }
  /** A place on a map. */
  | { kind: "place"; latitude: number; longitude: number; title: string; address: string }
  /** A photo, voice note, document or location someone sent, passed on. */
  | { kind: "media"; attachment: Attachment; caption?: string };

/** What a channel can do, for flows that must choose (they never ask which channel it is). */
export interface Capabilities {
  /** Can share a phone number the platform vouches is the person's own (Telegram's contact button). */
  verifiedPhone: boolean;
  /** Can share the device's location. */
  shareLocation: boolean;
  /** Can draw buttons under a message and send their data back. */
  inlineButtons: boolean;
  /** Can replace the message whose button was pressed, instead of adding a new one. */
  editInPlace: boolean;
  /** Can draw its text larger when the person asks (the setting is offered only where it can). */
  textSize: boolean;
  /** Draws a place as links to a map app of the person's choosing (the setting is offered only where it can). */
  mapChoice: boolean;
}

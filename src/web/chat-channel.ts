// The web chat channel: what a browser can do here, and flow replies → what the page draws. The page's
// script (chat-page.ts) draws only WebReply; everything a channel must decide is decided here, once, for
// direct replies and (later) for what waits in the outbox alike.
import type { Attachment, Capabilities, Reply } from "../flows/types.js";

export const webCapabilities: Capabilities = {
  // A browser cannot prove a phone number is the person's own.
  verifiedPhone: false,
  shareLocation: false,
  inlineButtons: true,
  editInPlace: false,
};

/** What the page draws: a message with buttons and the menu, a place with a map link, a photo, a sound, a file. */
export type WebReply =
  | { kind: "text"; text: string; buttons?: { label: string; data: string }[][]; menu?: string[][]; removeMenu?: boolean }
  | { kind: "place"; title: string; address: string; latitude: number; longitude: number }
  | { kind: "image"; src: string }
  | { kind: "audio"; src: string }
  | { kind: "file"; src: string; name: string };

/** Where the page fetches a file of the media store (only the session it belongs to may). */
export const mediaPath = (key: string) => `/chat/media/${key}`;

function renderAttachment(attachment: Attachment): WebReply | null {
  if (attachment.kind === "location" && attachment.latitude !== undefined && attachment.longitude !== undefined) {
    return { kind: "place", title: "📍", address: "", latitude: attachment.latitude, longitude: attachment.longitude };
  }
  // A file the web has no copy of (a Telegram file id the outbox could not fetch) is left out.
  if (!attachment.mediaKey) return null;
  const src = mediaPath(attachment.mediaKey);
  if (attachment.kind === "photo") return { kind: "image", src };
  if (attachment.kind === "voice") return { kind: "audio", src };
  return { kind: "file", src, name: attachment.fileName ?? "file" };
}

export function renderForWeb(replies: Reply[]): WebReply[] {
  return replies.flatMap((reply): WebReply[] => {
    switch (reply.kind) {
      case "text":
        return [reply];
      case "ask":
        // The page cannot share what is asked for: it shows the question and only the way out.
        return [{ kind: "text", text: reply.text, menu: [[reply.cancel]] }];
      case "place":
        return [reply];
      case "media": {
        const drawn = renderAttachment(reply.attachment);
        return [...(drawn ? [drawn] : []), ...(reply.caption ? [{ kind: "text" as const, text: reply.caption }] : [])];
      }
    }
  });
}

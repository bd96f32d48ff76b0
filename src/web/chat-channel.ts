// The web chat channel: what a browser can do here, and flow replies → what the page draws. The page's
// script (chat-page.ts) draws only WebReply; everything a channel must decide is decided here, once, for
// direct replies and (later) for what waits in the outbox alike.
import type { Capabilities, Reply } from "../flows/types.js";

export const webCapabilities: Capabilities = {
  // A browser cannot prove a phone number is the person's own.
  verifiedPhone: false,
  shareLocation: false,
  inlineButtons: true,
  editInPlace: false,
  textSize: true,
  mapChoice: true,
};

/** What the page draws: a message with buttons and the menu, or a place with a map link. */
export type WebReply =
  | { kind: "text"; text: string; buttons?: { label: string; data: string }[][]; menu?: string[][]; removeMenu?: boolean }
  | { kind: "place"; title: string; address: string; latitude: number; longitude: number };

export function renderForWeb(replies: Reply[]): WebReply[] {
  return replies.map((reply): WebReply => {
    switch (reply.kind) {
      case "text":
        return reply;
      case "ask":
        // The page cannot share what is asked for: it shows the question and only the way out.
        return { kind: "text", text: reply.text, menu: [[reply.cancel]] };
      case "place":
        return reply;
    }
  });
}

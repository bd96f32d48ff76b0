// The web chat channel: what a browser can do here, and flow replies → what the page draws. The page's
// script (chat-page.ts) draws only WebReply; everything a channel must decide is decided here, once, for
// direct replies and (later) for what waits in the outbox alike.
import { encode } from "uqr";
import type { Capabilities, Reply } from "../flows/types.js";

export const webCapabilities: Capabilities = {
  // A browser cannot prove a phone number is the person's own.
  verifiedPhone: false,
  shareLocation: false,
  inlineButtons: true,
  editInPlace: false,
};

/** What the page draws: a message with buttons and the menu, or a place with a map link. */
export type WebReply =
  | { kind: "text"; text: string; buttons?: { label: string; data: string }[][]; menu?: string[][]; removeMenu?: boolean; qr?: WebQr }
  | { kind: "place"; title: string; address: string; latitude: number; longitude: number };

/** A QR code as the page draws it: an SVG path of its dark modules on a `size` × `size` grid, and what it says. */
export interface WebQr {
  value: string;
  size: number;
  path: string;
}

/** Drawn here rather than in the page, so that the page's script only turns a path into an SVG element. */
export function qrForWeb(value: string): WebQr {
  const qr = encode(value, { ecc: "M", border: 2 });
  let path = "";
  qr.data.forEach((row, y) => row.forEach((dark, x) => (path += dark ? `M${x} ${y}h1v1h-1z` : "")));
  return { value, size: qr.size, path };
}

export function renderForWeb(replies: Reply[]): WebReply[] {
  return replies.map((reply): WebReply => {
    switch (reply.kind) {
      case "text": {
        const { qr, ...rest } = reply;
        return qr ? { ...rest, qr: qrForWeb(qr) } : rest;
      }
      case "ask":
        // The page cannot share what is asked for: it shows the question and only the way out.
        return { kind: "text", text: reply.text, menu: [[reply.cancel]] };
      case "place":
        return reply;
    }
  });
}

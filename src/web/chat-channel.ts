// The web chat channel: what a browser can do here, and flow replies → what the page draws. The page's
// script (chat-page.ts) draws only WebReply; everything a channel must decide is decided here, once, for
// direct replies and for what waits in the outbox alike: which bits of a text are phone numbers to call
// with one tap, which maps a place opens in (the phone's own map app, and the web map the person chose in
// settings), where the page fetches a photo, a voice note or a file staff sent, and a code to scan as a QR.
import { encode } from "uqr";
import type { Attachment, Capabilities, Reply } from "../flows/types.js";
import type { MapApp } from "../vocabulary.js";

export const webCapabilities: Capabilities = {
  // A browser cannot prove a phone number is the person's own.
  verifiedPhone: false,
  // The page asks the browser for its position (a button drawn for the "ask" reply below).
  shareLocation: true,
  inlineButtons: true,
  editInPlace: false,
  textSize: true,
  mapChoice: true,
};

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

/** A piece of a text that is a link: the page draws `text` as a link to `href`, the rest as text. */
export interface TextLink {
  text: string;
  href: string;
}

/** What the page draws: a message with buttons and the menu, a place with its map links, a photo, a sound, a file. */
export type WebReply =
  | { kind: "text"; text: string; buttons?: { label: string; data: string }[][]; menu?: string[][]; removeMenu?: boolean; links?: TextLink[]; qr?: WebQr }
  | { kind: "place"; title: string; address: string; latitude: number; longitude: number; maps: { geo: string; web: string; app: MapApp } }
  | { kind: "image"; src: string }
  | { kind: "audio"; src: string }
  | { kind: "file"; src: string; name: string };

/** The data of the button the page answers with the browser's position (no flow's button data has no dot). */
export const LOCATION_BUTTON = "@location";

/** Where the page fetches a file of the media store (only the session it belongs to may). */
export const mediaPath = (key: string) => `/chat/media/${key}`;

/** How the person likes things drawn, from their settings. */
export interface WebPreferences {
  mapApp: MapApp;
}

/**
 * Phone numbers as people write them here: a landline with its area code (027-5555-0101, 02755550101),
 * a mobile (138 0013 8000), a 123xx hotline (12345), and 110 / 119 / 120 where the text says to call.
 */
const phoneNumber =
  /(?<![\d-])(?:(?:\+?86[- ]?)?(?:0\d{2,3}-\d{3,4}-\d{4}|0\d{2,3}-?\d{7,8}|1[3-9]\d(?:[- ]?\d{4}){2})|123\d\d|(?<=(?:打|拨打|call)\s?)(?:110|119|120))(?![\d-])/g;

/** The phone numbers in a text, each as a `tel:` link. */
export function phoneLinks(text: string): TextLink[] {
  return [...text.matchAll(phoneNumber)].map(([number]) => ({ text: number, href: `tel:${number.replace(/[^\d+]/g, "")}` }));
}

/** A place on the phone's own map app (geo:) and on the chosen web map, both in WGS 84 as stored. */
export function mapLinks(place: { latitude: number; longitude: number; title: string; address: string }, app: MapApp) {
  const { latitude: lat, longitude: lon } = place;
  const name = encodeURIComponent(place.title);
  const geo = `geo:${lat},${lon}?q=${lat},${lon}(${name})`;
  const web =
    app === "baidu"
      ? `https://api.map.baidu.com/marker?location=${lat},${lon}&title=${name}&content=${encodeURIComponent(place.address)}&coord_type=wgs84&output=html&src=webapp.linli.chat`
      : `https://uri.amap.com/marker?position=${lon},${lat}&name=${name}&coordinate=wgs84&callnative=1&src=linli`;
  return { geo, web, app };
}

function renderAttachment(attachment: Attachment, preferences: WebPreferences): WebReply | null {
  if (attachment.kind === "location" && attachment.latitude !== undefined && attachment.longitude !== undefined) {
    const place = { title: "📍", address: "", latitude: attachment.latitude, longitude: attachment.longitude };
    return { kind: "place", ...place, maps: mapLinks(place, preferences.mapApp) };
  }
  // A file the web has no copy of (a Telegram file id the outbox could not fetch) is left out.
  if (!attachment.mediaKey) return null;
  const src = mediaPath(attachment.mediaKey);
  if (attachment.kind === "photo") return { kind: "image", src };
  if (attachment.kind === "voice") return { kind: "audio", src };
  return { kind: "file", src, name: attachment.fileName ?? "file" };
}

export function renderForWeb(replies: Reply[], preferences: WebPreferences = { mapApp: "amap" }): WebReply[] {
  return replies.flatMap((reply): WebReply[] => {
    switch (reply.kind) {
      case "text": {
        const { qr, ...rest } = reply;
        const links = phoneLinks(reply.text);
        return [{ ...rest, ...(links.length ? { links } : {}), ...(qr ? { qr: qrForWeb(qr) } : {}) }];
      }
      case "ask":
        // A location: a button the page answers with the browser's position (its data is the page's own,
        // never sent). A contact the page cannot share: it shows the question and only the way out.
        if (reply.asking === "location") return [{ kind: "text", text: reply.text, buttons: [[{ label: reply.button, data: LOCATION_BUTTON }]] }];
        return [{ kind: "text", text: reply.text, menu: [[reply.cancel]] }];
      case "place":
        return [{ ...reply, maps: mapLinks(reply, preferences.mapApp) }];
      case "media": {
        const drawn = renderAttachment(reply.attachment, preferences);
        return [...(drawn ? [drawn] : []), ...(reply.caption ? [{ kind: "text" as const, text: reply.caption }] : [])];
      }
    }
  });
}

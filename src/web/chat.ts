// /chat: the resident web chat. The page talks to POST /chat/api/messages with one input at a time and
// renders the replies; a signed session cookie is the person's identity here (./chat-session.ts).
import { Hono } from "hono";
import { z } from "zod";
import { identify } from "../domain/residents.js";
import type { DomainDeps } from "../domain/deps.js";
import type { Engine } from "../flows/engine.js";
import type { Input } from "../flows/types.js";
import { negotiate, translator } from "../i18n/index.js";
import { renderForWeb, webCapabilities } from "./chat-channel.js";
import { chatPage, pageWords } from "./chat-page.js";
import { chatSessions } from "./chat-session.js";
import type { AppEnv } from "./env.js";
import type { Site } from "./public-url.js";
import { inboxRoutes } from "./inbox.js";
import { jsonBody } from "./validate.js";
import { MediaRuleError, storePhoto } from "../domain/media.js";
import { translate } from "../i18n/index.js";
import { mayChat } from "../domain/limits.js";
import { newSessionRefused, tooMany } from "./rate-limit.js";
import type { Context } from "hono";

/** What the browser may send: what a person can type or tap there. */
export const webInputSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("command"),
    name: z.string().regex(/^[A-Za-z0-9_]{1,32}$/, { error: "a command name is 1–32 letters, digits or _" }),
    payload: z.string().max(64).default(""),
  }),
  z.object({ kind: z.literal("text"), text: z.string().trim().min(1, { error: "empty message" }).max(4096) }),
  z.object({ kind: z.literal("choice"), data: z.string().min(1).max(64) }),
  // The browser's position, when the person tapped "share my location" (a report's place).
  z.object({
    kind: z.literal("location"),
    latitude: z.number({ error: "a latitude is a number" }).min(-90).max(90),
    longitude: z.number({ error: "a longitude is a number" }).min(-180).max(180),
  }),
]);

const bodySchema = z.object({ input: webInputSchema });

export function webChat({ domain, engine, site }: { domain: DomainDeps; engine: Engine; site: Site }) {
  const app = new Hono<AppEnv>();
  const sessions = chatSessions(domain, site);

  app.get("/", async (c) => {
    // A returning person sees the page in the language they chose; a new one in the browser's.
    const sessionId = await sessions.current(c);
    const known = sessionId ? await identify(domain, "web", sessionId) : undefined;
    const lang = known?.language ?? negotiate(c.req.header("Accept-Language"));
    // The Content-Security-Policy (src/web/security-headers.ts) lets only this nonce's script and style run.
    return c.html(chatPage(lang, translator(lang), c.get("secureHeadersNonce")!, { textSize: known?.textSize ?? "normal" }));
  });

  /**
   * The person's session (a new one counts against the address's new sessions) and their own limit on
   * messages; or the 429 to answer instead, in their language.
   */
  async function sessionWithinLimits(c: Context<AppEnv>): Promise<string | Response> {
    let sessionId = await sessions.current(c);
    if (!sessionId) {
      const refused = await newSessionRefused(c, domain);
      if (refused) return refused;
      sessionId = await sessions.start(c);
    }
    const verdict = await mayChat(domain, { channel: "web", externalId: sessionId });
    if (verdict.allowed) return sessionId;
    const lang = (await identify(domain, "web", sessionId))?.language ?? negotiate(c.req.header("Accept-Language"));
    return tooMany(c, verdict.retryAfterSeconds, translate(lang, "too-fast"));
  }

  app.post("/api/messages", async (c) => {
    const parsed = await jsonBody(c, bodySchema);
    if (parsed instanceof Response) return parsed;
    const sessionId = await sessionWithinLimits(c);
    if (sessionId instanceof Response) return sessionId;
    const { replies, forgotten } = await engine.handle(
      { channel: "web", externalId: sessionId, languageCode: c.req.header("Accept-Language") },
      webCapabilities,
      parsed.data.input as Input,
    );
    if (forgotten) sessions.end(c);
    // The page frame follows the person's settings at once (a language or text size just changed):
    // read after the turn was committed.
    const now = forgotten ? undefined : await identify(domain, "web", sessionId);
    const lang = now?.language ?? negotiate(c.req.header("Accept-Language"));
    const page = { lang, textSize: now?.textSize ?? "normal", words: pageWords(translator(lang)) };
    return c.json({ replies: renderForWeb(replies, { mapApp: now?.mapApp ?? "amap" }), forgotten, page });
  });

  // A photo from the phone's camera or gallery, resized by the page: checked by what it is, kept in the
  // media store, and handled as the person's next input (a case takes it; elsewhere it is answered).
  app.post("/api/photos", async (c) => {
    const sessionId = await sessionWithinLimits(c);
    if (sessionId instanceof Response) return sessionId;
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const lang = (await identify(domain, "web", sessionId))?.language ?? negotiate(c.req.header("Accept-Language"));
    let key: string;
    try {
      key = await storePhoto(domain, `web:${sessionId}`, bytes);
    } catch (error) {
      if (!(error instanceof MediaRuleError)) throw error;
      const status = error.reason === "too-large" ? 413 : error.reason === "no-store" ? 503 : 415;
      return c.json({ error: translate(lang, `photo-${error.reason}`) }, status);
    }
    const { replies } = await engine.handle(
      { channel: "web", externalId: sessionId, languageCode: c.req.header("Accept-Language") },
      webCapabilities,
      { kind: "photo", ref: key, stored: true },
    );
    return c.json({ replies: renderForWeb(replies), forgotten: false, photo: `/chat/media/${key}` });
  });

  app.route("/", inboxRoutes({ domain, sessions }));

  return app;
}

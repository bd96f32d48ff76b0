// The web chat's inbox: what the outbox delivers to a web chat waits here until the page fetches it —
// within seconds while it is open, or on the next visit. Files staff sent from Telegram are fetched into
// the media store first, so the page can show them.
import { Hono } from "hono";
import { z } from "zod";
import { clearInbox, inboxAfter, putInInbox, type OutboxRow } from "../db/queries/outbox.js";
import type { DomainDeps } from "../domain/deps.js";
import { ownMedia, storeFor } from "../domain/media.js";
import type { DeliveryResult, OutboxBody } from "../domain/outbox.js";
import type { Engine } from "../flows/engine.js";
import type { Attachment, Reply } from "../flows/types.js";
import { renderForWeb, webCapabilities } from "./chat-channel.js";
import type { ChatSessions } from "./chat-session.js";
import type { AppEnv } from "./env.js";
import { jsonBody, valid } from "./validate.js";

/** Fetches a Telegram file by its id (when Telegram is configured). */
export type TelegramFiles = (fileId: string) => Promise<{ bytes: Uint8Array; contentType: string } | null>;

export function webDeliverer(deps: DomainDeps, engine: Engine, telegramFiles?: TelegramFiles) {
  /** A file the page can show: one in the media store, fetched from Telegram if it is only there. */
  async function reachable(attachment: Attachment, owner: string): Promise<Attachment> {
    if (attachment.mediaKey || !attachment.telegramFileId || !telegramFiles || !deps.media) return attachment;
    const file = await telegramFiles(attachment.telegramFileId);
    if (!file) return attachment;
    return { ...attachment, mediaKey: await storeFor(deps, owner, file.bytes, file.contentType) };
  }

  return async function deliver(message: OutboxRow): Promise<DeliveryResult> {
    const body = message.body as unknown as OutboxBody;
    let replies: Reply[];
    if ("replies" in body) replies = body.replies;
    else if ("notice" in body) replies = await engine.renderNotice({ channel: "web", externalId: message.address }, webCapabilities, body.notice);
    else return { outcome: "failed", error: "a topic post addressed to a web chat", partsSent: 0 };
    if (replies.length === 0) return { outcome: "skipped", reason: "nothing to say" };
    try {
      const owner = `web:${message.address}`;
      const ready = await Promise.all(replies.map(async (r): Promise<Reply> => (r.kind === "media" ? { ...r, attachment: await reachable(r.attachment, owner) } : r)));
      await deps.db.atomic((orm) => [putInInbox(orm, message.address, renderForWeb(ready), deps.now())]);
      return { outcome: "sent" };
    } catch (error) {
      return { outcome: "retry", error: error instanceof Error ? error.message.slice(0, 200) : "inbox write failed", partsSent: 0 };
    }
  };
}

/** GET /chat/api/inbox?after=N: what waits for this browser; POST /chat/api/inbox/ack {upTo}: fetched. GET /chat/media/:key. */
export function inboxRoutes({ domain, sessions }: { domain: DomainDeps; sessions: ChatSessions }) {
  const app = new Hono<AppEnv>();

  app.get("/api/inbox", valid("query", z.object({ after: z.coerce.number().int().nonnegative().default(0) })), async (c) => {
    const sessionId = await sessions.current(c);
    if (!sessionId) return c.json({ messages: [] });
    const rows = await inboxAfter(domain.db.orm, sessionId, c.req.valid("query").after);
    return c.json({ messages: rows.map((r) => ({ id: r.id, replies: r.replies })) });
  });

  app.post("/api/inbox/ack", async (c) => {
    const parsed = await jsonBody(c, z.object({ upTo: z.number().int().nonnegative() }));
    if (parsed instanceof Response) return parsed;
    const sessionId = await sessions.current(c);
    if (sessionId) await clearInbox(domain.db.orm, sessionId, parsed.data.upTo);
    return c.json({ ok: true });
  });

  app.get("/media/:key", async (c) => {
    const sessionId = await sessions.current(c);
    const file = sessionId ? await ownMedia(domain, c.req.param("key"), `web:${sessionId}`) : null;
    if (!file) return c.json({ error: "not found" }, 404);
    return c.body(file.bytes as unknown as ArrayBuffer, 200, { "content-type": file.contentType, "cache-control": "private, max-age=86400", "x-content-type-options": "nosniff" });
  });

  return app;
}

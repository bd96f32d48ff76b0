/**
 * A fake Telegram Bot API server for tests and benchmarks.
 *
 * Start it with `startFakeTelegram()` and point grammY at it: `new Bot(token, { client: { apiRoot: fake.apiRoot } })`.
 * grammY calls `POST {apiRoot}/bot{token}/{method}` with a JSON body (multipart/form-data when it uploads
 * files: text fields are recorded, file parts only as `"<file NAME>"`). Every call is recorded in `calls`,
 * then answered `{ ok: true, result }` with a realistic result:
 *   - getMe → a full UserFromGetMe (id = the token's numeric prefix unless `botId` is given);
 *   - sendMessage, sendPhoto, sendLocation, sendVenue, editMessageText, forwardMessage → a Message
 *     (incrementing message_id, date, chat { id, type: "private" }, text/caption/location/venue);
 *   - copyMessage → a MessageId, as the real API answers; getWebhookInfo → a WebhookInfo;
 *   - getUpdates → the queued updates (`queueUpdate`) with update_id ≥ offset (older ones are confirmed
 *     and dropped); with `timeout` it holds the request until an update is queued, the timeout ends, or
 *     `close()`;
 *   - anything else (answerCallbackQuery, setWebhook, deleteMessage, …) → true.
 * `webhookReply(token, body)` runs the method a webhook's answer names, as Telegram does.
 * `failNext(method | "*", error, times, chatId?)` makes the next calls answer in Telegram's error format instead, and
 * `latencyMs` delays every answer (for benchmarks).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import type { Update, UserFromGetMe, WebhookInfo } from "grammy/types";

export interface RecordedCall {
  method: string;
  token: string;
  body: Record<string, unknown>;
  /** Date.now() when the request arrived. */
  at: number;
}

export type FakeError =
  | { error_code: 429; retry_after: number }
  | { error_code: 403; description?: string }
  | { error_code: 500 | 502; description?: string }
  | { error_code: 400; description: string; parameters?: Record<string, unknown> }
  | { error_code: 401 | 409 | 413; description: string };

/**
 * Telegram's own error descriptions, by name (test/fixtures/bot-api-errors.json, as teloxide matches
 * them), with the code each comes with: answered by `failNext(method, knownError("BotBlocked"))`.
 */
export function knownError(name: string, parameters?: Record<string, unknown>): FakeError {
  const entry = knownErrors.find((e) => e.name === name);
  if (!entry) throw new Error(`no Bot API error named ${name}`);
  const description = entry.description.replace(/\\\n\s*/g, "");
  const code = description.startsWith("Forbidden") ? 403 : description.startsWith("Unauthorized") ? 401 : description.startsWith("Conflict") ? 409 : description.startsWith("Request Entity Too Large") ? 413 : 400;
  if (code === 403) return { error_code: 403, description };
  if (code === 400) return { error_code: 400, description, ...(parameters ? { parameters } : {}) };
  return { error_code: code, description } as FakeError;
}

/** Every name `knownError` takes. */
export const knownErrorNames = (): string[] => knownErrors.map((e) => e.name);

/** A chat the fake knows more of than its id: a forum supergroup, and what the bot may do there. */
export interface FakeChat {
  type: "private" | "group" | "supergroup";
  isForum: boolean;
  /** The bot's membership: an administrator that may manage topics, by default. */
  botStatus: "administrator" | "member";
  canManageTopics: boolean;
}

export interface FakeTelegram {
  /** `http://127.0.0.1:<port>` — pass as grammY's `client.apiRoot`. */
  apiRoot: string;
  port: number;
  /** Every call received, in order (failed ones included). */
  calls: RecordedCall[];
  /** Milliseconds to wait before every answer (0 by default). */
  latencyMs: number;
  callsTo(method: string): RecordedCall[];
  lastCall(method: string): RecordedCall | undefined;
  /**
   * What Telegram does with the body of a webhook's 200 answer: when it names a `method`, runs that call
   * as if the bot had made it (recorded, failures applied) and tells the bot nothing. True when it ran one.
   * The webhook answers a button's answerCallbackQuery this way (src/web/telegram.ts).
   */
  webhookReply(token: string, answer: string): boolean;
  /** Forgets the recorded calls and the scripted failures (not the queued updates). */
  reset(): void;
  /** Resolves with the calls to `method` once at least `count` have been recorded; rejects after `timeoutMs`. */
  waitFor(method: string, count?: number, timeoutMs?: number): Promise<RecordedCall[]>;
  /**
   * The next `times` calls to `method` (or to any method, with "*") answer this error; with `chatId`,
   * only calls addressed to that chat (for tests that share one fake and run at the same time).
   */
  failNext(method: string, answer: FakeError, times?: number, chatId?: number): void;
  /** Says what a group is (a forum supergroup, the bot an admin that may manage topics…). */
  setChat(chatId: number, chat: Partial<FakeChat>): void;
  /** Topics made in a chat, by thread id. */
  topics(chatId: number): Map<number, { name: string; closed: boolean; deleted: boolean }>;
  /** A topic staff deleted: sending to it answers "message thread not found". */
  deleteTopic(chatId: number, threadId: number): void;
  /**
   * Telegram unreachable: while on, every connection is cut before an answer (grammY sees a network
   * error, an HttpError), and nothing is recorded. `outage(ms)` turns it on for that long.
   */
  down: boolean;
  outage(ms: number): Promise<void>;
  /** Queues an update for getUpdates; a missing update_id is assigned. Wakes held long polls. */
  queueUpdate(update: Omit<Update, "update_id"> & { update_id?: number }): Update;
  close(): Promise<void>;
}

const knownErrors = (JSON.parse(readFileSync(new URL("../fixtures/bot-api-errors.json", import.meta.url), "utf8")) as { errors: { name: string; description: string }[] }).errors;

/** The smallest JPEG there is (1×1): what a downloaded Telegram file holds here. */
const tinyJpeg = Buffer.from(
  "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/yQALCAABAAEBAREA/8wABgAQEAX/2gAIAQEAAD8A0s8g/9k=",
  "base64",
);

const DESCRIPTIONS: Record<number, string> = {
  403: "Forbidden: bot was blocked by the user",
  500: "Internal Server Error",
  502: "Bad Gateway",
};

export async function startFakeTelegram(opts: { port?: number; botId?: number; username?: string; latencyMs?: number } = {}): Promise<FakeTelegram> {
  const username = opts.username ?? "linli_test_bot";
  const calls: RecordedCall[] = [];
  const failures: { method: string; answer: FakeError; left: number; chatId?: number }[] = [];
  const queue: Update[] = [];
  const pollers = new Set<() => void>(); // held getUpdates requests; each re-checks the queue when called
  const watchers = new Set<() => void>(); // pending waitFor()s
  let nextMessageId = 1;
  let nextUpdateId = 1;
  let nextThreadId = 100;
  let closed = false;
  const chats = new Map<number, FakeChat>();
  const topics = new Map<number, Map<number, { name: string; closed: boolean; deleted: boolean }>>();
  const topicsOf = (id: number) => {
    let t = topics.get(id);
    if (!t) topics.set(id, (t = new Map()));
    return t;
  };
  const chatOf = (id: number): FakeChat =>
    // A group is a forum supergroup where the bot may manage topics unless a test says otherwise.
    chats.get(id) ?? (id < 0 ? { type: "supergroup", isForum: true, botStatus: "administrator", canManageTopics: true } : { type: "private", isForum: false, botStatus: "member", canManageTopics: false });
  const botIdOf = (token: string) => opts.botId ?? (Number(token.split(":")[0]) || 1);

  const now = () => Math.floor(Date.now() / 1000);
  const chatId = (v: unknown) => (typeof v === "string" && !/^-?\d+$/.test(v) ? v : Number(v));
  const message = (body: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    message_id: body.message_id !== undefined ? Number(body.message_id) : nextMessageId++,
    date: now(),
    chat: { id: chatId(body.chat_id), type: chatOf(Number(body.chat_id)).type },
    ...(body.message_thread_id !== undefined ? { message_thread_id: Number(body.message_thread_id), is_topic_message: true } : {}),
    from: { id: opts.botId ?? 0, is_bot: true, first_name: "linli", username },
    ...(body.text !== undefined ? { text: String(body.text) } : {}),
    ...(body.caption !== undefined ? { caption: String(body.caption) } : {}),
    ...(body.reply_markup !== undefined ? { reply_markup: body.reply_markup } : {}),
    ...extra,
  });

  function resultFor(method: string, token: string, body: Record<string, unknown>): unknown {
    const location = { latitude: Number(body.latitude), longitude: Number(body.longitude) };
    switch (method) {
      case "getMe":
        return {
          id: opts.botId ?? (Number(token.split(":")[0]) || 1), is_bot: true, first_name: "linli", username,
          can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false,
          can_connect_to_business: false, has_main_web_app: false, has_topics_enabled: false,
          allows_users_to_create_topics: false, can_manage_bots: false, supports_join_request_queries: false,
        } satisfies UserFromGetMe;
      case "sendMessage":
      case "sendPhoto":
      case "sendVoice":
      case "sendDocument":
      case "forwardMessage": {
        const file = { file_id: `${method}-${nextMessageId}`, file_unique_id: `u${nextMessageId}` };
        const media =
          method === "sendPhoto"
            ? { photo: [{ ...file, width: 800, height: 600 }] }
            : method === "sendVoice"
              ? { voice: { ...file, duration: 3 } }
              : method === "sendDocument"
                ? { document: file }
                : {};
        return message({ ...body, message_id: undefined }, media);
      }
      case "createForumTopic": {
        const thread = nextThreadId++;
        topicsOf(Number(body.chat_id)).set(thread, { name: String(body.name), closed: false, deleted: false });
        return { message_thread_id: thread, name: String(body.name), icon_color: 7322096 };
      }
      case "closeForumTopic":
      case "reopenForumTopic":
        topicsOf(Number(body.chat_id)).get(Number(body.message_thread_id))!.closed = method === "closeForumTopic";
        return true;
      case "getChatMember": {
        const chat = chatOf(Number(body.chat_id));
        const user = { id: Number(body.user_id), is_bot: Number(body.user_id) === botIdOf(token), first_name: "someone" };
        if (user.is_bot && chat.botStatus === "administrator") {
          return {
            status: "administrator", user, can_be_edited: false, is_anonymous: false, can_manage_chat: true, can_delete_messages: true,
            can_manage_video_chats: true, can_restrict_members: true, can_promote_members: false, can_change_info: true,
            can_invite_users: true, can_post_stories: false, can_edit_stories: false, can_delete_stories: false,
            can_pin_messages: true, can_manage_topics: chat.canManageTopics,
          };
        }
        return { status: "member", user };
      }
      case "getFile":
        return { file_id: String(body.file_id), file_unique_id: `u-${String(body.file_id)}`, file_size: tinyJpeg.length, file_path: `photos/${String(body.file_id)}.jpg` };
      case "editMessageText":
        return message(body, { edit_date: now() });
      case "sendLocation":
        return message(body, { location });
      case "sendVenue":
        return message(body, { location, venue: { location, title: String(body.title), address: String(body.address) } });
      case "copyMessage":
        return { message_id: nextMessageId++ };
      case "getWebhookInfo":
        return { url: "", has_custom_certificate: false, pending_update_count: queue.length } satisfies WebhookInfo;
      default:
        return true;
    }
  }

  /** getUpdates: confirm updates below `offset`, then answer what is left (or hold until something arrives). */
  function getUpdates(body: Record<string, unknown>, answer: (result: unknown) => void, res: ServerResponse) {
    const offset = Number(body.offset ?? 0);
    const limit = Number(body.limit ?? 100);
    if (offset > 0) while (queue.length > 0 && queue[0]!.update_id < offset) queue.shift();
    const pending = () => (offset < 0 ? queue.slice(offset) : queue).slice(0, limit);
    const timeout = Number(body.timeout ?? 0);
    if (pending().length > 0 || timeout <= 0 || closed) return answer(pending());
    const done = () => {
      if (pending().length === 0 && !closed) return;
      clearTimeout(timer);
      pollers.delete(done);
      answer(pending());
    };
    const timer = setTimeout(() => {
      pollers.delete(done);
      answer([]);
    }, timeout * 1000);
    pollers.add(done);
    res.on("close", () => (clearTimeout(timer), pollers.delete(done))); // the client gave up
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const send = (status: number, payload: unknown) => {
      if (res.writableEnded || res.destroyed) return;
      const delay = fake.latencyMs;
      const write = () => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(payload));
      if (delay > 0) setTimeout(write, delay);
      else write();
    };
    const file = /^\/file\/bot[^/]+\/(.+)$/.exec(new URL(req.url ?? "/", "http://x").pathname);
    if (req.method === "GET" && file) return void res.writeHead(200, { "content-type": "image/jpeg" }).end(tinyJpeg);
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(new URL(req.url ?? "/", "http://x").pathname);
    if (req.method !== "POST" || !match) return send(404, { ok: false, error_code: 404, description: "Not Found" });
    const [, token, method] = match as unknown as [string, string, string];
    let body: Record<string, unknown>;
    try {
      body = await readBody(req);
    } catch {
      return send(400, { ok: false, error_code: 400, description: "Bad Request: can't parse request body" });
    }
    const answer = call(method, token, body);
    if (answer) return send(...answer);
    getUpdates(body, (result) => send(200, { ok: true, result }), res);
  }

  /** One call, recorded and answered: its HTTP status and Telegram's JSON (none yet for a getUpdates that may wait). */
  function call(method: string, token: string, body: Record<string, unknown>): [number, unknown] | undefined {
    calls.push({ method, token, body, at: Date.now() });
    for (const w of [...watchers]) w();
    const forThisChat = (f: (typeof failures)[number]) => f.chatId === undefined || Number(body.chat_id) === f.chatId;
    const failure = failures.find((f) => f.method === method && forThisChat(f)) ?? failures.find((f) => f.method === "*" && forThisChat(f));
    if (failure) {
      if (--failure.left <= 0) failures.splice(failures.indexOf(failure), 1);
      const a = failure.answer;
      if (a.error_code === 429) {
        return [429, { ok: false, error_code: 429, description: `Too Many Requests: retry after ${a.retry_after}`, parameters: { retry_after: a.retry_after } }];
      }
      const parameters = "parameters" in a && a.parameters ? { parameters: a.parameters } : {};
      return [a.error_code, { ok: false, error_code: a.error_code, description: a.description ?? DESCRIPTIONS[a.error_code], ...parameters }];
    }
    // What the real Bot API answers about forums and topics.
    const refusal = forumRefusal(method, body);
    if (refusal) return [400, { ok: false, error_code: 400, description: refusal }];
    if (method === "getUpdates") return undefined;
    return [200, { ok: true, result: resultFor(method, token, body) }];
  }

  /** A forum method or a post into a topic that Telegram would refuse, and its description. */
  function forumRefusal(method: string, body: Record<string, unknown>): string | null {
    const id = Number(body.chat_id);
    const chat = chatOf(id);
    if (method === "createForumTopic") {
      if (!chat.isForum) return "Bad Request: the chat is not a forum";
      if (chat.botStatus !== "administrator" || !chat.canManageTopics) return "Bad Request: not enough rights to create a topic";
    }
    const thread = body.message_thread_id === undefined ? undefined : topicsOf(id).get(Number(body.message_thread_id));
    if (body.message_thread_id !== undefined && (!thread || thread.deleted)) return "Bad Request: message thread not found";
    if ((method === "closeForumTopic" || method === "reopenForumTopic") && thread && thread.closed === (method === "closeForumTopic")) return "Bad Request: TOPIC_NOT_MODIFIED";
    return null;
  }

  const server = createServer((req, res) => {
    if (fake.down) return void req.socket.destroy();
    void handle(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", resolve);
  });
  const port = (server.address() as AddressInfo).port;

  const callsTo = (method: string) => calls.filter((c) => c.method === method);
  const fake: FakeTelegram = {
    apiRoot: `http://127.0.0.1:${port}`,
    port,
    calls,
    latencyMs: opts.latencyMs ?? 0,
    down: false,
    outage(ms) {
      fake.down = true;
      return new Promise((resolve) => setTimeout(() => ((fake.down = false), resolve()), ms));
    },
    callsTo,
    lastCall: (method) => callsTo(method).at(-1),
    webhookReply(token, answer) {
      if (!answer) return false;
      let payload: unknown;
      try {
        payload = JSON.parse(answer);
      } catch {
        return false;
      }
      if (typeof payload !== "object" || payload === null || typeof (payload as { method?: unknown }).method !== "string") return false;
      const { method, ...body } = payload as { method: string } & Record<string, unknown>;
      // Telegram runs it and tells the bot nothing of how it went.
      call(method, token, body);
      return true;
    },
    reset() {
      calls.length = 0;
      failures.length = 0;
    },
    waitFor(method, count = 1, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = callsTo(method);
          if (found.length < count) return;
          clearTimeout(timer);
          watchers.delete(check);
          resolve(found);
        };
        const timer = setTimeout(() => {
          watchers.delete(check);
          reject(new Error(`fake Telegram: expected ${count} call(s) to ${method} within ${timeoutMs} ms, got ${callsTo(method).length}`));
        }, timeoutMs);
        watchers.add(check);
        check();
      });
    },
    setChat(id, chat) {
      chats.set(id, { ...chatOf(id), ...chat });
    },
    topics: (id) => topicsOf(id),
    deleteTopic(id, thread) {
      const topic = topicsOf(id).get(thread);
      if (topic) topic.deleted = true;
    },
    failNext(method, answer, times = 1, chatId) {
      failures.push({ method, answer, left: times, chatId });
    },
    queueUpdate(update) {
      const full = { ...update, update_id: update.update_id ?? nextUpdateId } as Update;
      nextUpdateId = Math.max(nextUpdateId, full.update_id + 1);
      queue.push(full);
      for (const p of [...pollers]) p();
      return full;
    },
    async close() {
      closed = true;
      for (const p of [...pollers]) p(); // answers held long polls with []
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), Math.max(fake.latencyMs, 0) + 50).unref();
      });
    },
  };
  return fake;
}

/** JSON, urlencoded, or multipart/form-data (text fields kept, JSON-looking ones parsed, files summarised). */
async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers["content-type"] ?? "";
  if (raw.length === 0) return {};
  if (type.includes("application/json")) return JSON.parse(raw.toString("utf8")) as Record<string, unknown>;
  const boundary = /boundary=("?)([^";]+)\1/.exec(type)?.[2];
  if (!boundary) return Object.fromEntries(new URLSearchParams(raw.toString("utf8")));
  const body: Record<string, unknown> = {};
  for (const part of raw.toString("latin1").split(`--${boundary}`)) {
    const split = part.indexOf("\r\n\r\n");
    if (split < 0) continue;
    const headers = part.slice(0, split);
    const name = /name="([^"]*)"/i.exec(headers)?.[1];
    if (!name) continue;
    const filename = /filename="?([^"\r\n;]*)/i.exec(headers)?.[1];
    const value = Buffer.from(part.slice(split + 4).replace(/\r\n$/, ""), "latin1").toString("utf8");
    if (filename !== undefined) body[name] = `<file ${filename}>`;
    else if (/^[[{]/.test(value)) body[name] = tryJson(value);
    else body[name] = value;
  }
  return body;
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

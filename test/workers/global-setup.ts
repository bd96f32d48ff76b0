// Vitest globalSetup of the `workers` project. It runs in Node (not in workerd), before any test file,
// once per `vitest run`. It starts a plain Node HTTP server on 127.0.0.1 that stands in for the
// Telegram Bot API and hands its port to the tests with `provide`:
//   - tests read it with `inject("fakeTelegramPort")` (import { inject } from "vitest");
//   - vitest.config.ts also passes it to the Worker as the TELEGRAM_API_ROOT binding.
// workerd reaches 127.0.0.1 directly: miniflare's outbound network allows private addresses.
//
// The server answers every Bot API call `POST /bot<token>/<method>` with {"ok":true,"result":…}
// and records it. Because it is shared by every test file of the project (and files may run in
// parallel), tests read the calls of their own chat ids, or reset it between tests:
//   GET  /__calls  → [{ method, token, body }, …]  every call recorded so far
//   POST /__reset  → forgets the recorded calls
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Port of the fake Telegram Bot API server on 127.0.0.1 (test/workers/global-setup.ts). */
    fakeTelegramPort: number;
  }
}

export interface RecordedCall {
  method: string;
  token: string;
  body: Record<string, unknown>;
}

const BOT_ID = 123456;

function resultFor(method: string, body: Record<string, unknown>): unknown {
  switch (method) {
    case "getMe":
      return { id: BOT_ID, is_bot: true, first_name: "linli", username: "linli_test_bot", can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false };
    case "sendMessage":
    case "editMessageText":
      return { message_id: Math.floor(Math.random() * 1e6), date: Math.floor(Date.now() / 1000), chat: { id: Number(body.chat_id), type: "private" }, text: String(body.text ?? "") };
    default:
      return true;
  }
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  if (!raw) return {};
  if ((req.headers["content-type"] ?? "").includes("application/json")) return JSON.parse(raw) as Record<string, unknown>;
  return Object.fromEntries(new URLSearchParams(raw));
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const calls: RecordedCall[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(payload));
    };
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/__calls") return send(200, calls);
    if (url.pathname === "/__reset") {
      calls.length = 0;
      return send(200, { ok: true });
    }
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (!match) return send(404, { ok: false, error_code: 404, description: "Not Found" });
    const [, token, method] = match as unknown as [string, string, string];
    readBody(req).then(
      (body) => {
        calls.push({ method, token, body });
        send(200, { ok: true, result: resultFor(method, body) });
      },
      () => send(400, { ok: false, error_code: 400, description: "Bad Request: can't parse body" }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  project.provide("fakeTelegramPort", (server.address() as AddressInfo).port);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

// Vitest globalSetup of the `workers` project. It runs in Node (not in workerd), before any test file,
// once per `vitest run`. It starts the fake Telegram Bot API of test/support/fake-telegram.ts (the one
// the node project uses: realistic Message results for sendMessage, editMessageText, sendVenue, …) behind
// a small front server on 127.0.0.1, and hands the front server's port to the tests with `provide`:
//   - tests read it with `inject("fakeTelegramPort")` (import { inject } from "vitest");
//   - vitest.config.ts also passes it to the Worker as the TELEGRAM_API_ROOT binding.
// workerd reaches 127.0.0.1 directly: miniflare's outbound network allows private addresses.
//
// Bot API calls (`POST /bot<token>/<method>`) are passed through to the fake server, which records
// them. A workers test cannot read the fake's memory (it lives in another process), so the front server
// also answers:
//   GET  /__calls  → [{ method, token, body, at }, …]  every call recorded so far
//   POST /__reset  → forgets the recorded calls
//   POST /__failNext {method, answer, times?, chatId} → the fake's failNext, for one chat only
// The server is shared by every test file of the project (and files run in parallel): tests read the
// calls of their own chat ids (test/workers/telegram.ts), or reset it only when nothing else runs.
import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { TestProject } from "vitest/node";
import { startFakeTelegram, type FakeError } from "../support/fake-telegram.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Port of the fake Telegram Bot API server on 127.0.0.1 (test/workers/global-setup.ts). */
    fakeTelegramPort: number;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const fake = await startFakeTelegram({ username: "linli_test_bot" });

  const front = createServer((req: IncomingMessage, res: ServerResponse) => {
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(payload));
    };
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/__calls") return send(200, fake.calls);
    if (url.pathname === "/__reset") {
      fake.reset();
      return send(200, { ok: true });
    }
    if (url.pathname === "/__failNext") {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        const { method, answer, times, chatId } = JSON.parse(body) as { method: string; answer: FakeError; times?: number; chatId: number };
        // Files run at the same time: a failure for everyone would hit another file's call.
        if (typeof chatId !== "number") return send(400, { error: "chatId is required" });
        fake.failNext(method, answer, times, chatId);
        send(200, { ok: true });
      });
      return;
    }
    // Everything else goes to the fake Bot API as it came.
    const upstream = request(
      { host: "127.0.0.1", port: fake.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", (error) => {
      if (!res.headersSent) send(502, { ok: false, error_code: 502, description: `fake Telegram unreachable: ${error.message}` });
      else res.destroy(error);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve, reject) => {
    front.once("error", reject);
    front.listen(0, "127.0.0.1", resolve);
  });
  project.provide("fakeTelegramPort", (front.address() as AddressInfo).port);

  return async () => {
    await new Promise<void>((resolve) => {
      front.close(() => resolve());
      front.closeAllConnections();
    });
    await fake.close();
  };
}

// What the browser tests share: an app served on a free port of 127.0.0.1, and Debian's Chromium
// started the way every e2e file starts it (no sandbox, nothing fetched from the network by itself).
import { serve, type ServerType } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { chromium, type Browser } from "playwright-core";

/** Serves `fetch` on 127.0.0.1; `base` is its http://127.0.0.1:port. */
export function serveOnPort(fetch: (request: Request) => Response | Promise<Response>): Promise<{ server: ServerType; base: string }> {
  return new Promise((resolve) => {
    const server = serve({ fetch, hostname: "127.0.0.1", port: 0 }, (info: AddressInfo) => resolve({ server, base: `http://127.0.0.1:${info.port}` }));
  });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

// Where a request came from, for login throttling and the audit log's "from where". On Node the socket's
// address (@hono/node-server puts the IncomingMessage in c.env); on Workers the address Cloudflare
// writes into CF-Connecting-IP (a client cannot set it there). Headers a client can forge, such as
// X-Forwarded-For, are not read.
import type { Context } from "hono";

export function clientAddress(c: Context): string | null {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } }; server?: { incoming?: { socket?: { remoteAddress?: string } } } } | undefined;
  const incoming = env?.incoming ?? env?.server?.incoming;
  if (incoming) return incoming.socket?.remoteAddress ?? null;
  return c.req.header("cf-connecting-ip") ?? null;
}

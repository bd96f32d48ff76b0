// This server's address as the browser sees it. Behind a reverse proxy that terminates TLS, a request
// reaches Node as http:// and only X-Forwarded-Proto says the browser used https; that header is believed
// when TRUST_PROXY=true and never otherwise (anyone can send it to a server reached directly). Workers
// see the browser's own URL. The proxy must pass the Host header on (nginx: `proxy_set_header Host $host`;
// Caddy does by default).
import type { Context } from "hono";
import type { AppEnv } from "./env.js";

/** What the app knows of where it is reached: TRUST_PROXY and PUBLIC_URL. */
export interface Site {
  trustProxy: boolean;
  publicUrl?: string;
}

export function publicUrl(c: Context<AppEnv>, site: Site): URL {
  const url = new URL(c.req.url);
  if (site.trustProxy) {
    const scheme = c.req.header("X-Forwarded-Proto")?.split(",")[0]?.trim().toLowerCase();
    if (scheme === "https" || scheme === "http") url.protocol = `${scheme}:`;
  }
  return url;
}

/** Whether the browser reached us over TLS: cookies are then marked Secure. */
export function overTls(c: Context<AppEnv>, site: Site): boolean {
  return publicUrl(c, site).protocol === "https:";
}

/** The origins our own pages have: this request's as the browser sees it, and PUBLIC_URL's. */
export function ownOrigins(c: Context<AppEnv>, site: Site): string[] {
  return [publicUrl(c, site).origin, ...(site.publicUrl ? [new URL(site.publicUrl).origin] : [])];
}

// Headers on every response (hono/secure-headers). No page of ours may be shown inside another site's
// frame — a delete button under a decoy is a click away from being pressed — so frame-ancestors 'none',
// and X-Frame-Options: DENY for browsers older than CSP 2. A page runs only the script and style it was
// served with: each response gets a fresh nonce, which the page puts on its <script> and <style>
// (`c.get("secureHeadersNonce")`). Nothing is loaded from elsewhere.
import type { Context } from "hono";
import { secureHeaders } from "hono/secure-headers";

/**
 * Random bytes for the nonces, asked of the system 4 KiB at a time and each used once. Hono's own NONCE
 * asks for 16 bytes per response: on the development VM that call took ~30 µs, about 1 % of an update's
 * time in bench/webhook (a CPU profile). Filled on first use, inside a request (Workers allow random
 * numbers there, not at start-up).
 */
const pool = new Uint8Array(4096);
let used = pool.length;

/** A fresh nonce of 128 random bits, base64 as Hono makes it. */
export function freshNonce(): string {
  if (used + 16 > pool.length) {
    crypto.getRandomValues(pool);
    used = 0;
  }
  const bytes = pool.subarray(used, (used += 16));
  return btoa(String.fromCharCode(...bytes));
}

/** This response's nonce, made on first use and kept where the pages read it. */
function nonce(c: Context): string {
  let value = c.get("secureHeadersNonce") as string | undefined;
  if (!value) {
    value = freshNonce();
    c.set("secureHeadersNonce", value);
  }
  return `'nonce-${value}'`;
}

export function securityHeaders() {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: [nonce],
      styleSrc: [nonce],
      connectSrc: ["'self'"],
      // blob: the chat page draws the photo a person chose (an object URL of their own file) onto a canvas to make it smaller before it is sent.
      imgSrc: ["'self'", "blob:"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: "DENY",
    // HSTS is for whoever terminates TLS (the proxy, Cloudflare) to send for the whole host.
    strictTransportSecurity: false,
    // A route that sets a stricter policy of its own (the staff console: no script at all) keeps it.
    overwrite: false,
  });
}

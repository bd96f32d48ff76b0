// Headers on every response (hono/secure-headers). No page of ours may be shown inside another site's
// frame — a delete button under a decoy is a click away from being pressed — so frame-ancestors 'none',
// and X-Frame-Options: DENY for browsers older than CSP 2. A page runs only the script and style it was
// served with: each response gets a fresh nonce, which the page puts on its <script> and <style>
// (`c.get("secureHeadersNonce")`). Nothing is loaded from elsewhere.
import { NONCE, secureHeaders } from "hono/secure-headers";

export function securityHeaders() {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: [NONCE],
      styleSrc: [NONCE],
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

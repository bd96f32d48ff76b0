// What every request that may change something must be before any handler reads it (DESIGN.md: "Web
// requests that change something are JSON (or a form) from our own origin, within a size limit").
// GET, HEAD and OPTIONS only read, and pass. Anything else is checked, in this order:
//   1. it comes from a page of our own origin, else 403. SameSite cookies stop other sites only: a page
//      on a sibling subdomain or on another port of the same host is the same site, and its requests
//      carry the resident's cookie. Browsers say where a request comes from in Sec-Fetch-Site (all
//      current ones) and Origin (older Safari, which many elderly residents' phones still run);
//   2. its body is of a type the route takes, else 415. A page of another origin cannot send
//      application/json without asking first (a CORS preflight, which we never allow);
//   3. its body is no larger than the route takes, else 413, counted before anything reads it whole
//      (hono/body-limit: the declared Content-Length, or the bytes as they stream in).
// Each route's rule is in app.ts (`writeRules`); a path no rule names gets `defaultWriteRule`.
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "./env.js";
import { ownOrigins, type Site } from "./public-url.js";

export const KiB = 1024;
export const MiB = 1024 * KiB;

export interface WriteRule {
  /** The largest body taken, in bytes. */
  maxBytes: number;
  /** Media types the body may have (a request with no body needs none). */
  accepts: readonly string[];
  /**
   * "own pages": only from a page of this site's own origin. "anywhere": the route proves who is
   * sending by other means (Telegram's secret header) and no browser cookie gives it any power.
   */
  from: "own pages" | "anywhere";
}

/** Small JSON from our own pages. */
export const defaultWriteRule: WriteRule = { maxBytes: 16 * KiB, accepts: ["application/json"], from: "own pages" };

const readOnly = new Set(["GET", "HEAD", "OPTIONS"]);

/** `rules`: [path, rule] pairs; a rule covers its path and everything below it, the longest path wins. */
export function writeGuard(rules: readonly (readonly [path: string, rule: WriteRule])[], site: Site): MiddlewareHandler<AppEnv> {
  const guarded = [...rules, ["/", defaultWriteRule] as const]
    .map(([path, rule]) => ({ path: path.replace(/\/+$/, ""), rule, limit: sizeLimit(rule) }))
    .sort((a, b) => b.path.length - a.path.length);
  return async (c, next) => {
    if (readOnly.has(c.req.method)) return next();
    const path = c.req.path;
    const { rule, limit } = guarded.find((g) => path === g.path || path.startsWith(`${g.path}/`))!;
    if (rule.from === "own pages") {
      const refused = notFromOwnPage(c, site);
      if (refused) return c.json({ error: `refused: ${refused}; this address takes requests from this site's own pages only` }, 403);
    }
    if (hasBody(c) && !rule.accepts.includes(mediaType(c))) {
      return c.json({ error: `the body must be ${rule.accepts.join(" or ")} (Content-Type)` }, 415);
    }
    return limit(c, next);
  };
}

/** Why the request is not from one of our own pages, or null when it is. */
function notFromOwnPage(c: Context<AppEnv>, site: Site): string | null {
  const fetchSite = c.req.header("Sec-Fetch-Site");
  if (fetchSite !== undefined) return fetchSite === "same-origin" ? null : `the browser says it comes from elsewhere (Sec-Fetch-Site: ${fetchSite.slice(0, 20)})`;
  const origin = c.req.header("Origin");
  if (origin === undefined) return "neither Origin nor Sec-Fetch-Site says where it comes from";
  return ownOrigins(c, site).includes(origin) ? null : "Origin is another site";
}

function hasBody(c: Context<AppEnv>): boolean {
  // Over HTTP/1.1 the headers say it, without building the request's body stream (the Node server
  // builds it only when asked: BENCHMARKS.md); a Request made in code (tests, Workers' service calls)
  // may carry a body without either header.
  const length = c.req.header("Content-Length");
  const chunked = c.req.header("Transfer-Encoding") !== undefined;
  if (length !== undefined || chunked) return chunked || length !== "0";
  return Boolean(c.req.raw.body);
}

/** "application/json; charset=utf-8" → "application/json". */
function mediaType(c: Context<AppEnv>): string {
  return (c.req.header("Content-Type") ?? "").split(";")[0]!.trim().toLowerCase();
}

function sizeLimit(rule: WriteRule): MiddlewareHandler<AppEnv> {
  const tooLarge = (c: Context<AppEnv>) => c.json({ error: `the body is larger than ${rule.maxBytes} bytes, the most this address takes` }, 413);
  // Without a length in the headers (chunked, or a Request made in code), the body is counted as it is read.
  const counted = bodyLimit({ maxSize: rule.maxBytes, onError: tooLarge });
  return async (c, next) => {
    // A length in the headers is checked as Hono's bodyLimit checks it, but without asking for the body's
    // stream: the Node server then reads the body straight into c.req.json() (a CPU profile of
    // bench/webhook found building the stream among the costliest steps of an update).
    const length = c.req.header("Content-Length");
    if (length !== undefined && c.req.header("Transfer-Encoding") === undefined) {
      return Number.parseInt(length, 10) > rule.maxBytes ? tooLarge(c) : next();
    }
    return counted(c, next);
  };
}

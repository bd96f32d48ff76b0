// Per-address limits on the public entries (README, "Limits"): the web chat's API, /api, Open311 and the
// console's login. Over a limit the answer is 429 with Retry-After, before any handler runs. An address
// is the socket's on Node and CF-Connecting-IP on Workers (./client-address.ts); a request whose runtime
// gives none (an in-process test request) is not counted.
import type { Context, MiddlewareHandler } from "hono";
import type { DomainDeps } from "../domain/deps.js";
import { check, type Limit, type Limits } from "../domain/limits.js";
import { clientAddress } from "./client-address.js";
import type { AppEnv } from "./env.js";

/** The 429 answer: how long to wait in Retry-After (seconds), and why in `error`. */
export function tooMany(c: Context, retryAfterSeconds: number, error = "too many requests from this address; try again later") {
  c.header("Retry-After", String(retryAfterSeconds));
  return c.json({ error, retryAfter: retryAfterSeconds }, 429);
}

/**
 * Counts each request (those `counts` says, all by default) against the limit `pick` chooses, per
 * address, under the name `name` (its own count: the web chat's and the API's do not add up).
 */
export function limitPerAddress(domain: DomainDeps, name: string, pick: (limits: Limits) => Limit, counts?: (c: Context<AppEnv>) => boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const limits = domain.limits;
    const address = clientAddress(c);
    if (!limits || !address || (counts && !counts(c))) return next();
    const verdict = await check(limits.limiter, `${name}:${address}`, pick(limits.rules), domain.now());
    if (!verdict.allowed) {
      if (verdict.first) c.get("logger").warn({ limit: name }, "an address went over a limit");
      return tooMany(c, verdict.retryAfterSeconds);
    }
    return next();
  };
}

/** Counts a new web chat session (a browser without our cookie) of this address; the 429 to send, or null. */
export async function newSessionRefused(c: Context<AppEnv>, domain: DomainDeps): Promise<Response | null> {
  const limits = domain.limits;
  const address = clientAddress(c);
  if (!limits || !address) return null;
  const verdict = await check(limits.limiter, `web-session:${address}`, limits.rules.webSessions, domain.now());
  return verdict.allowed ? null : tooMany(c, verdict.retryAfterSeconds, "too many new chats from this address; try again later");
}

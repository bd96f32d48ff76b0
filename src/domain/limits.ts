// How much one address or one person may do in a while (issue 14: "limits, with clear answers"). A limit
// is a count in a fixed window ("30 a minute"); a `Limiter` counts hits per key and window — in the
// process on Node (src/limits/memory.ts), in the database on Workers, where every isolate must see the
// same count (src/limits/database.ts). Both count the same way, so tests hold on both.
//
// Over a limit the caller answers 429 with Retry-After (HTTP), or once per window a short message in the
// person's language (chat): `first` says whether this is the first refusal of the window.
import type { DomainDeps } from "./deps.js";

/** At most `count` in each window of `windowMs` milliseconds. */
export interface Limit {
  count: number;
  windowMs: number;
}

/** What a limiter says about one more hit: how many there have been in this window, counting this one. */
export interface Counted {
  count: number;
  /** When the current window began (epoch ms). */
  windowStart: number;
}

export interface Limiter {
  /** Counts one hit on `key` in the window of `windowMs` that holds `now`. */
  hit(key: string, windowMs: number, now: number): Promise<Counted>;
  /** Forgets windows that ended before `now` (housekeeping); returns how many. */
  prune(now: number): Promise<number>;
}

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number; first: boolean };

/** What a person may create in chat, per hour: cases (talking to a person), reports (complaints), claims (points). */
export const creationKinds = ["case", "report", "claim"] as const;
export type CreationKind = (typeof creationKinds)[number];

/** Every limit linli keeps, as configured (src/config.ts, LIMIT_*). */
export interface Limits {
  /** Per address: requests to the web chat's API (/chat/api/…). */
  webChat: Limit;
  /** Per address: new web chat sessions (a browser without our cookie). */
  webSessions: Limit;
  /** Per address: /api/… (the services, places and staff APIs). */
  api: Limit;
  /** Per address: /open311/… */
  open311: Limit;
  /** Per address: console login attempts (password and one-time links). */
  consoleLogin: Limit;
  /** Per person: chat messages and button presses, Telegram and web alike. */
  chatMessages: Limit;
  /** Per person: what they may open or file. */
  creations: Record<CreationKind, Limit>;
}

export const defaultLimits: Limits = {
  webChat: { count: 120, windowMs: 60_000 },
  webSessions: { count: 10, windowMs: 60 * 60_000 },
  api: { count: 300, windowMs: 60_000 },
  open311: { count: 300, windowMs: 60_000 },
  consoleLogin: { count: 30, windowMs: 60_000 },
  chatMessages: { count: 30, windowMs: 60_000 },
  creations: {
    case: { count: 5, windowMs: 60 * 60_000 },
    report: { count: 10, windowMs: 60 * 60_000 },
    claim: { count: 10, windowMs: 60 * 60_000 },
  },
};

/** Counts one hit of `key` against `limit` and says whether it is allowed. */
export async function check(limiter: Limiter, key: string, limit: Limit, now: number): Promise<Verdict> {
  const { count, windowStart } = await limiter.hit(key, limit.windowMs, now);
  if (count <= limit.count) return { allowed: true };
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart + limit.windowMs - now) / 1000));
  return { allowed: false, retryAfterSeconds, first: count === limit.count + 1 };
}

/** The start of the window of `windowMs` that holds `now`: windows are aligned, so every limiter agrees. */
export function windowStartOf(now: number, windowMs: number): number {
  return now - (now % windowMs);
}

/**
 * May this person create one more of `what` now? The one check every job calls before opening a case,
 * filing a report or a claim: a refused creation says nothing was made and when to try again. Without a
 * limiter (a deployment that set none up) everything is allowed.
 */
export function mayCreate(deps: DomainDeps, person: { channel: string; externalId: string }, what: CreationKind): Promise<Verdict> {
  const limits = deps.limits;
  if (!limits) return Promise.resolve({ allowed: true });
  return check(limits.limiter, `create:${what}:${person.channel}:${person.externalId}`, limits.rules.creations[what], deps.now());
}

/** Counts one chat message (or button press) of a person. */
export function mayChat(deps: DomainDeps, person: { channel: string; externalId: string }): Promise<Verdict> {
  const limits = deps.limits;
  if (!limits) return Promise.resolve({ allowed: true });
  return check(limits.limiter, `chat:${person.channel}:${person.externalId}`, limits.rules.chatMessages, deps.now());
}

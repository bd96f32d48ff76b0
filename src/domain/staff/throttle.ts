// Failed console logins slow down and then lock, per username and per address. Every attempt is counted
// before the password is checked (so that a burst of parallel guesses is counted too), and a successful
// login gives its count back. While a key is blocked no password is checked at all. A count starts
// afresh only after 15 quiet minutes, so slow guessing adds up as well as fast guessing.
import { sql } from "drizzle-orm";
import type { Orm } from "../../db/database.js";
import { loginThrottle } from "../../db/schema.js";
import { clearThrottle, throttleRows, type ThrottleRow } from "../../db/queries/staff.js";
import type { DomainDeps } from "../deps.js";

export const WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;
const MAX_SLOWDOWN_MS = 60 * 1000;

/** After `slowAfter` failures each attempt waits longer (1 s, 2 s, 4 s … up to a minute); at `lockAfter` the key locks. */
export const limits = {
  user: { slowAfter: 3, lockAfter: 10 },
  // An office behind one address has many staff: the address allows more.
  address: { slowAfter: 10, lockAfter: 30 },
} as const;

export type ThrottleKey = { key: string; limits: { slowAfter: number; lockAfter: number } };

export function throttleKeys(username: string, address: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ key: `user:${username.trim().toLowerCase().slice(0, 64)}`, limits: limits.user }];
  if (address) keys.push({ key: `addr:${address.slice(0, 64)}`, limits: limits.address });
  return keys;
}

/** Milliseconds until these keys may try again (0: now). */
export async function waitBefore(deps: DomainDeps, keys: ThrottleKey[]): Promise<number> {
  const rows = await throttleRows(deps.directory.orm, keys.map((k) => k.key));
  const now = deps.now();
  return Math.max(0, ...rows.map((r) => r.blockedUntil - now));
}

/** Counts one attempt on each key; returns the counts within the window. */
export async function countAttempt(deps: DomainDeps, keys: ThrottleKey[]): Promise<number[]> {
  const now = deps.now();
  const orm = deps.directory.orm;
  const stale = now - WINDOW_MS;
  const counts: number[] = [];
  for (const { key } of keys) {
    const [row] = await orm
      .insert(loginThrottle)
      .values({ key, failures: 1, lastAttemptAt: now, blockedUntil: 0 })
      .onConflictDoUpdate({
        target: loginThrottle.key,
        set: {
          failures: sql`CASE WHEN ${loginThrottle.lastAttemptAt} < ${stale} THEN 1 ELSE ${loginThrottle.failures} + 1 END`,
          lastAttemptAt: now,
        },
      })
      .returning({ failures: loginThrottle.failures });
    counts.push(row?.failures ?? 1);
  }
  return counts;
}

/** How long a key waits after this many failures. */
export function blockFor(failures: number, l: { slowAfter: number; lockAfter: number }): number {
  if (failures >= l.lockAfter) return LOCK_MS;
  if (failures >= l.slowAfter) return Math.min(1000 * 2 ** (failures - l.slowAfter), MAX_SLOWDOWN_MS);
  return 0;
}

/** After a failed attempt: each key waits according to its count. */
export function failureWrites(orm: Orm, keys: ThrottleKey[], counts: number[], now: number) {
  return keys.flatMap(({ key, limits: l }, i) => {
    const wait = blockFor(counts[i]!, l);
    return wait > 0 ? [orm.update(loginThrottle).set({ blockedUntil: now + wait }).where(sql`${loginThrottle.key} = ${key}`)] : [];
  });
}

/** After a successful login: the username starts afresh; the address gets its attempt back. */
export function successWrites(orm: Orm, keys: ThrottleKey[]) {
  return keys.map(({ key }) =>
    key.startsWith("user:")
      ? clearThrottle(orm, key)
      : orm.update(loginThrottle).set({ failures: sql`max(${loginThrottle.failures} - 1, 0)` }).where(sql`${loginThrottle.key} = ${key}`),
  );
}

export type { ThrottleRow };

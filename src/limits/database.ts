// The Workers limiter: counts in the database, one row per key, so that every isolate of a Worker sees
// the same count (an isolate's memory is its own, and Cloudflare's rate-limiting binding only knows
// windows of 10 or 60 seconds and says nothing about when one ends). One upsert per hit: a new window
// starts the count again at 1. Works on SQLite as well (the tests run it on both).
import { lte, sql } from "drizzle-orm";
import type { Database } from "../db/database.js";
import { rateLimits } from "../db/schema.js";
import { windowStartOf, type Limiter } from "../domain/limits.js";

export function databaseLimiter(db: Database): Limiter {
  return {
    async hit(key, windowMs, now) {
      const windowStart = windowStartOf(now, windowMs);
      const [row] = await db.orm
        .insert(rateLimits)
        .values({ key, windowStart, endsAt: windowStart + windowMs, count: 1 })
        .onConflictDoUpdate({
          target: rateLimits.key,
          set: {
            count: sql`CASE WHEN ${rateLimits.windowStart} = excluded.window_start THEN ${rateLimits.count} + 1 ELSE 1 END`,
            windowStart: sql`excluded.window_start`,
            endsAt: sql`excluded.ends_at`,
          },
        })
        .returning({ count: rateLimits.count, windowStart: rateLimits.windowStart });
      return { count: row!.count, windowStart: row!.windowStart };
    },
    async prune(now) {
      const gone = await db.orm.delete(rateLimits).where(lte(rateLimits.endsAt, now)).returning({ key: rateLimits.key });
      return gone.length;
    },
  };
}

import { sql, type SQL } from "drizzle-orm";
import type { Orm, Write } from "./database.js";
import { atomicGuard } from "./schema.js";

/**
 * A condition that must hold inside an atomic write, checked by the database in the same transaction
 * or batch as the writes around it. When it does not hold, the whole write is undone and `atomic`
 * rejects with an error whose message contains GUARD_FAILED. (A guarded UPDATE that merely affects 0
 * rows would let the other writes through; this does not.)
 */
export function guard(orm: Orm, name: string, condition: SQL): Write {
  return orm.insert(atomicGuard).values({ name, ok: sql`CASE WHEN (${condition}) THEN 1 ELSE 0 END` });
}

export const GUARD_FAILED = "linli atomic guard failed";

export function isGuardFailure(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (e.message.includes(GUARD_FAILED)) return true;
  }
  return false;
}

import { eq } from "drizzle-orm";
import type { Orm } from "../database.js";
import { signingKeys } from "../schema.js";

/** Keeps `secret` for `purpose` unless one is there already; returns the one that is kept. */
export async function keepSigningKey(orm: Orm, purpose: string, secret: string, now: number): Promise<string> {
  await orm.insert(signingKeys).values({ purpose, secret, createdAt: now }).onConflictDoNothing();
  const [kept] = await orm.select({ secret: signingKeys.secret }).from(signingKeys).where(eq(signingKeys.purpose, purpose));
  if (!kept) throw new Error(`signing key "${purpose}" was not kept`);
  return kept.secret;
}

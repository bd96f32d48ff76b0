// Keys the server signs with (the web chat's session cookie), made once and kept in the directory
// database: `npm start` needs no secret in its environment, and every process and Workers isolate signs
// with the same key. Two that start at once both offer a key; the first insert wins and both read the
// winner's back. Each process reads it once.
import type { Database } from "../db/database.js";
import { keepSigningKey } from "../db/queries/signing-keys.js";
import type { DomainDeps } from "./deps.js";

export type SigningPurpose = "web-session";

const known = new WeakMap<Database, Map<SigningPurpose, Promise<string>>>();

export function signingKey(deps: DomainDeps, purpose: SigningPurpose): Promise<string> {
  let keys = known.get(deps.directory);
  if (!keys) known.set(deps.directory, (keys = new Map()));
  let key = keys.get(purpose);
  if (!key) {
    key = keepSigningKey(deps.directory.orm, purpose, randomSecret(), deps.now());
    // A failed read (the database is down) is tried again by the next request, not remembered.
    key.catch(() => keys.delete(purpose));
    keys.set(purpose, key);
  }
  return key;
}

/** 256 random bits, hex. */
function randomSecret(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, "0")).join("");
}

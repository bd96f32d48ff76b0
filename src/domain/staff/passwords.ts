// Console passwords: argon2id with OWASP's parameters (19 MiB, 2 passes, 1 lane), in pure JavaScript
// (@noble/hashes), so that the same hash is made and checked on Node and on Workers. Stored in the PHC
// string form, so that stronger parameters can come later without breaking old hashes.
import { argon2idAsync } from "@noble/hashes/argon2.js";
import { sameSecret } from "./secrets.js";

const PARAMS = { m: 19456, t: 2, p: 1 } as const;
const SALT_BYTES = 16;
const HASH_BYTES = 32;

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/=+$/, "");
const unb64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await argon2idAsync(password, salt, { ...PARAMS, dkLen: HASH_BYTES });
  return `$argon2id$v=19$m=${PARAMS.m},t=${PARAMS.t},p=${PARAMS.p}$${b64(salt)}$${b64(hash)}`;
}

const phc = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

/** A made-up hash checked when there is no real one, so that an unknown username takes as long. */
const DECOY = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$qnlTdlbEyVNsJq0s9xiUWq2+n6ttrkQpE3OGoDRmLns";

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const match = phc.exec(stored ?? DECOY) ?? phc.exec(DECOY)!;
  const [, m, t, p, salt, expected] = match;
  const hash = await argon2idAsync(password, unb64(salt!), { m: Number(m), t: Number(t), p: Number(p), dkLen: unb64(expected!).length });
  return stored !== null && sameSecret(b64(hash), expected!);
}

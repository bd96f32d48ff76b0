// Random tokens and how they are kept: a token is shown once, and only its SHA-256 is stored, so a copy
// of the database does not let anyone act as staff.
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

/** 32 random bytes, base64url (43 characters). */
export function randomToken(bytes = 32): string {
  const raw = crypto.getRandomValues(new Uint8Array(bytes));
  let binary = "";
  for (const b of raw) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** What is stored for a token: its SHA-256 in hex. */
export function tokenHash(token: string): string {
  return bytesToHex(sha256(utf8ToBytes(token)));
}

/** Equality that takes the same time wherever the strings differ. */
export function sameSecret(a: string, b: string): boolean {
  const x = utf8ToBytes(a);
  const y = utf8ToBytes(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

/** The shape of every token linli hands out (randomToken's alphabet), checked before any lookup. */
export const tokenShape = /^[A-Za-z0-9_-]{20,100}$/;

// Photos and other files people upload in the web chat (Telegram keeps its own: those are file ids).
// The bytes live in a media store — a folder under ./data on Node, an R2 bucket on Workers — and a row
// says whose they are. A file is checked by what it is, not by what it is called.
import { eq, isNull } from "drizzle-orm";
import type { Write } from "../db/database.js";
import type { Orm } from "../db/database.js";
import { media } from "../db/schema.js";
import type { DomainDeps } from "./deps.js";

export interface MediaStore {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<{ bytes: Uint8Array; contentType: string } | null>;
  delete(key: string): Promise<void>;
}

/** The largest photo accepted (the page resizes photos before sending; this is far above what it sends). */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

/** The image types a browser can make and show, by their first bytes. */
export function imageTypeOf(bytes: Uint8Array): "image/jpeg" | "image/png" | "image/webp" | null {
  const at = (i: number) => bytes[i];
  if (bytes.length > 3 && at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return "image/jpeg";
  if (bytes.length > 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => at(i) === b)) return "image/png";
  if (bytes.length > 12 && String.fromCharCode(...bytes.slice(0, 4)) === "RIFF" && String.fromCharCode(...bytes.slice(8, 12)) === "WEBP") return "image/webp";
  return null;
}

export class MediaRuleError extends Error {
  constructor(readonly reason: "too-large" | "not-an-image" | "no-store") {
    super(reason);
  }
}

function newKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Keeps an uploaded photo for `owner` (`web:<session>`); returns its key. */
export async function storePhoto(deps: DomainDeps, owner: string, bytes: Uint8Array): Promise<string> {
  if (!deps.media) throw new MediaRuleError("no-store");
  if (bytes.length > MAX_PHOTO_BYTES) throw new MediaRuleError("too-large");
  const contentType = imageTypeOf(bytes);
  if (!contentType) throw new MediaRuleError("not-an-image");
  const key = newKey();
  await deps.media.put(key, bytes, contentType);
  await deps.db.orm.insert(media).values({ key, owner, contentType, bytes: bytes.length, createdAt: deps.now() });
  return key;
}

/** Keeps a file fetched for someone (a staff member's photo for a web chat resident); returns its key. */
export async function storeFor(deps: DomainDeps, owner: string, bytes: Uint8Array, contentType: string): Promise<string> {
  if (!deps.media) throw new MediaRuleError("no-store");
  const key = newKey();
  await deps.media.put(key, bytes, contentType);
  await deps.db.orm.insert(media).values({ key, owner, contentType, bytes: bytes.length, createdAt: deps.now() });
  return key;
}

export async function mediaRow(orm: Orm, key: string) {
  return (await orm.select().from(media).where(eq(media.key, key)).limit(1))[0];
}

/** A file, if it is this owner's. */
export async function ownMedia(deps: DomainDeps, key: string, owner: string) {
  if (!deps.media || !/^[0-9a-f]{32}$/.test(key)) return null;
  const row = await mediaRow(deps.db.orm, key);
  if (!row || row.owner !== owner) return null;
  return deps.media.get(key);
}

/** A file whoever may see it has been checked by the caller (staff in scope of its case). */
export async function anyMedia(deps: DomainDeps, key: string) {
  if (!deps.media || !/^[0-9a-f]{32}$/.test(key)) return null;
  return deps.media.get(key);
}

/** What a forgotten person uploaded loses its owner (the case keeps the photo for staff). */
export function disownMedia(orm: Orm, owner: string): Write {
  return orm.update(media).set({ owner: null }).where(eq(media.owner, owner));
}

/** Files nobody owns any more (their person was forgotten): gone from the store and the table. */
export async function purgeDisowned(deps: DomainDeps, limit = 200): Promise<number> {
  const rows = await deps.db.orm.select({ key: media.key }).from(media).where(isNull(media.owner)).limit(limit);
  for (const { key } of rows) {
    await deps.media?.delete(key);
    await deps.db.orm.delete(media).where(eq(media.key, key));
  }
  return rows.length;
}

// Staff API tokens: `Authorization: Bearer linli_…`. A token acts as its staff member, with the same
// scope; it is shown once and stored as SHA-256; a disabled staff member's tokens stop working.
import { insertToken, revokeToken, rolesOf, staffByToken, tokensOf, touchToken } from "../../db/queries/staff.js";
import type { DomainDeps } from "../deps.js";
import { viewerOf, type Actor, type Viewer } from "./actor.js";
import { canManage, parseWith, staffInScope } from "./accounts.js";
import { auditWrite, commonPlace } from "./audit.js";
import { forbidden, notFound } from "./errors.js";
import { randomToken, tokenHash, tokenShape } from "./secrets.js";
import { z } from "zod";

const PREFIX = "linli_";
/** A token's last use is written at most this often. */
const TOUCH_EVERY_MS = 60 * 1000;

const labelSchema = z.string().trim().min(1, { error: "must not be empty" }).max(60, { error: "must be at most 60 characters" });

/** A new token for a staff member (one's own, or one the actor manages); returned once, never stored. */
export async function createApiToken(deps: DomainDeps, actor: Actor, username: string, label = "api"): Promise<string> {
  const target = await staffInScope(deps, actor, username);
  if (target.member.id !== actor.staffId && !canManage(actor, target.roles)) throw forbidden();
  const name = parseWith(z.object({ label: labelSchema }), { label }).label;
  const token = `${PREFIX}${randomToken(32)}`;
  const now = deps.now();
  await deps.directory.atomic((orm) => [
    insertToken(orm, target.member.id, name, tokenHash(token), now),
    auditWrite(orm, deps, actor, "staff.token.create", commonPlace(target.roles.map((r) => r.place)), { staff: target.member.username, label: name }),
  ]);
  return token;
}

/** The staff member a bearer token acts as, or null (unknown, revoked, or the person is disabled). */
export async function viewerForToken(deps: DomainDeps, token: string, address: string | null): Promise<Viewer | null> {
  if (!token.startsWith(PREFIX) || !tokenShape.test(token)) return null;
  const row = await staffByToken(deps.directory.orm, tokenHash(token));
  if (!row || row.member.disabledAt !== null) return null;
  const now = deps.now();
  if (row.lastUsedAt === null || now - row.lastUsedAt >= TOUCH_EVERY_MS) {
    await deps.directory.atomic((orm) => [touchToken(orm, row.tokenId, now)]);
  }
  return viewerOf(row.member, await rolesOf(deps.directory.orm, row.member.id), address);
}

export function ownTokens(deps: DomainDeps, viewer: Viewer) {
  return tokensOf(deps.directory.orm, viewer.member.id);
}

export async function revokeOwnToken(deps: DomainDeps, viewer: Viewer, tokenId: number): Promise<void> {
  const token = (await tokensOf(deps.directory.orm, viewer.member.id)).find((t) => t.id === tokenId && t.revokedAt === null);
  if (!token) throw notFound();
  await deps.directory.atomic((orm) => [
    revokeToken(orm, viewer.member.id, tokenId, deps.now()),
    auditWrite(orm, deps, viewer, "staff.token.revoke", null, { staff: viewer.member.username, label: token.label }),
  ]);
}

// One-time links. A Telegram invitation (`https://t.me/<bot>?start=s-<token>`, 72 hours) links the
// Telegram account that opens it to a staff member; a console login link (`/console/login/<token>`,
// 10 minutes) is what the bot sends a linked staff member who types /console. Both are used once and
// stored as SHA-256.
import { guard, isGuardFailure } from "../../db/atomic.js";
import {
  findLink,
  findStaffById,
  findStaffByTelegram,
  insertLink,
  linkStillValid,
  unlinkTelegram,
  updateStaff,
  useLink,
  type StaffMember,
} from "../../db/queries/staff.js";
import type { DomainDeps } from "../deps.js";
import { rolesOf } from "../../db/queries/staff.js";
import { rolesWithPlaces, type Actor } from "./actor.js";
import { auditWrite, commonPlace } from "./audit.js";
import { StaffRuleError } from "./errors.js";
import { emptyScope } from "./scope.js";
import { randomToken, tokenHash, tokenShape } from "./secrets.js";

export const INVITE_MS = 72 * 60 * 60 * 1000;
export const CONSOLE_LINK_MS = 10 * 60 * 1000;

/** The `start` parameter of an invitation link: Telegram allows 64 characters of A–Z a–z 0–9 _ -. */
export const INVITE_PREFIX = "s-";

export function newLinkToken(): { token: string; hash: string } {
  const token = randomToken(32);
  return { token, hash: tokenHash(token) };
}

export function inviteLink(botUsername: string, token: string): string {
  return `https://t.me/${botUsername}?start=${INVITE_PREFIX}${token}`;
}

/**
 * `/start s-<token>` from a Telegram user: links that account to the invited staff member, once. A
 * Telegram account linked to someone else before is moved (the audit row says so).
 */
export async function linkTelegram(deps: DomainDeps, token: string, telegramUserId: number | string): Promise<StaffMember> {
  const bad = () => new StaffRuleError("link-invalid", "this invitation is unknown, used or expired");
  if (!tokenShape.test(token)) throw bad();
  const hash = tokenHash(token);
  const orm = deps.directory.orm;
  const now = deps.now();
  const link = await findLink(orm, hash);
  if (!link || link.kind !== "invite" || link.usedAt !== null || link.expiresAt <= now) throw bad();
  const member = await findStaffById(orm, link.staffId);
  if (!member || member.disabledAt !== null) throw bad();
  const telegram = String(telegramUserId);
  const previous = await findStaffByTelegram(orm, telegram);
  const roles = await rolesWithPlaces(deps, await rolesOf(orm, member.id));
  const actor: Actor = { label: `staff:${member.username}`, staffId: member.id, address: null, sees: emptyScope, manages: emptyScope };
  try {
    await deps.directory.atomic((w) => [
      guard(w, "invitation unused", linkStillValid(hash, "invite", now)),
      useLink(w, hash, now),
      ...(previous && previous.id !== member.id ? [unlinkTelegram(w, telegram, now)] : []),
      updateStaff(w, member.id, { telegramUserId: telegram, updatedAt: now }),
      auditWrite(w, deps, actor, "staff.telegram.link", commonPlace(roles.map((r) => r.place)), {
        staff: member.username,
        before: { telegramLinked: member.telegramUserId !== null },
        after: { telegramLinked: true },
        ...(previous && previous.id !== member.id ? { movedFrom: previous.username } : {}),
      }),
    ]);
  } catch (error) {
    if (isGuardFailure(error)) throw bad();
    throw error;
  }
  return { ...member, telegramUserId: telegram };
}

/**
 * `/console` from a linked staff member in a private chat: a one-time console login token (the bot sends
 * `<PUBLIC_URL>/console/login/<token>`, with link previews off so that no preview fetch uses it up).
 * null when the Telegram account belongs to no enabled staff member.
 */
export async function createConsoleLoginLink(deps: DomainDeps, telegramUserId: number | string): Promise<{ token: string; member: StaffMember; expiresAt: number } | null> {
  const member = await findStaffByTelegram(deps.directory.orm, String(telegramUserId));
  if (!member || member.disabledAt !== null) return null;
  const { token, hash } = newLinkToken();
  const now = deps.now();
  await deps.directory.atomic((orm) => [insertLink(orm, { tokenHash: hash, kind: "console_login", staffId: member.id, createdAt: now, expiresAt: now + CONSOLE_LINK_MS })]);
  return { token, member, expiresAt: now + CONSOLE_LINK_MS };
}

export function consoleLoginPath(token: string): string {
  return `/console/login/${token}`;
}

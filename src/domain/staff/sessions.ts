// Console sessions are database rows: the browser holds a random id in an HttpOnly cookie, the row its
// SHA-256 and the session's CSRF token. A login always makes a new id (and ends the session the browser
// had); a session ends after an hour without use, after twelve hours in any case, and at logout.
import { guard, isGuardFailure } from "../../db/atomic.js";
import type { Orm, Write } from "../../db/database.js";
import {
  deleteSession,
  findLink,
  findStaffById,
  findStaffByUsername,
  insertSession,
  linkStillValid,
  pruneLinks,
  pruneSessions,
  pruneThrottles,
  sessionByHash,
  touchSession,
  useLink,
  type ConsoleSession,
  type StaffMember,
} from "../../db/queries/staff.js";
import type { DomainDeps } from "../deps.js";
import type { Actor } from "./actor.js";
import { auditWrite } from "./audit.js";
import { verifyPassword } from "./passwords.js";
import { randomToken, tokenHash, tokenShape } from "./secrets.js";
import { emptyScope } from "./scope.js";
import { countAttempt, failureWrites, successWrites, throttleKeys, waitBefore, WINDOW_MS } from "./throttle.js";

export const IDLE_MS = 60 * 60 * 1000;
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;
/** A session's last use is written at most this often. */
const TOUCH_EVERY_MS = 60 * 1000;

export interface StartedSession {
  /** The cookie's value. */
  id: string;
  csrf: string;
  member: StaffMember;
  expiresAt: number;
}

function selfActor(member: StaffMember, address: string | null): Actor {
  return { label: `staff:${member.username}`, staffId: member.id, address, sees: emptyScope, manages: emptyScope };
}

/** The writes of a new session, replacing the one the browser had (if any). */
function sessionWrites(orm: Orm, deps: DomainDeps, member: StaffMember, address: string | null, replacing: string | undefined, via: "password" | "link") {
  const id = randomToken(32);
  const csrf = randomToken(32);
  const now = deps.now();
  const writes: Write[] = [];
  if (replacing && tokenShape.test(replacing)) writes.push(deleteSession(orm, tokenHash(replacing)));
  writes.push(
    insertSession(orm, { idHash: tokenHash(id), staffId: member.id, csrfToken: csrf, createdAt: now, lastSeenAt: now, expiresAt: now + SESSION_MAX_MS, address }),
    auditWrite(orm, deps, selfActor(member, address), "console.login", null, { staff: member.username, via }),
  );
  return { writes, session: { id, csrf, member, expiresAt: now + SESSION_MAX_MS } };
}

export type LoginResult =
  | { ok: true; session: StartedSession }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMs: number };

/**
 * POST /console/login. The answer never says whether the username or the password was wrong, and an
 * unknown username costs the same password hash as a known one.
 */
export async function loginWithPassword(
  deps: DomainDeps,
  input: { username: string; password: string; address: string | null; replacing?: string },
): Promise<LoginResult> {
  const keys = throttleKeys(input.username, input.address);
  const wait = await waitBefore(deps, keys);
  if (wait > 0) return { ok: false, reason: "throttled", retryAfterMs: wait };
  const counts = await countAttempt(deps, keys);
  const now = deps.now();
  // A burst of parallel guesses can get past the first check; the count stops it here.
  if (counts.some((n, i) => n > keys[i]!.limits.lockAfter)) {
    await deps.directory.atomic((orm) => failureWrites(orm, keys, counts, now));
    return { ok: false, reason: "throttled", retryAfterMs: await waitBefore(deps, keys) };
  }
  const username = input.username.trim().toLowerCase();
  const member = username.length <= 32 ? await findStaffByUsername(deps.directory.orm, username) : undefined;
  const usable = member && member.disabledAt === null ? member : undefined;
  const verified = await verifyPassword(input.password.slice(0, 256), usable?.passwordHash ?? null);
  if (!usable || !verified) {
    await deps.directory.atomic((orm) => failureWrites(orm, keys, counts, now));
    return { ok: false, reason: "invalid" };
  }
  let session!: StartedSession;
  await deps.directory.atomic((orm) => {
    const built = sessionWrites(orm, deps, usable, input.address, input.replacing, "password");
    session = built.session;
    return [...successWrites(orm, keys), ...built.writes];
  });
  return { ok: true, session };
}

/** GET /console/login/<token>: a one-time link from the bot, used once within 10 minutes. */
export async function loginWithLink(deps: DomainDeps, token: string, address: string | null, replacing?: string): Promise<StartedSession | null> {
  if (!tokenShape.test(token)) return null;
  const hash = tokenHash(token);
  const now = deps.now();
  const link = await findLink(deps.directory.orm, hash);
  if (!link || link.kind !== "console_login" || link.usedAt !== null || link.expiresAt <= now) return null;
  const member = await findStaffById(deps.directory.orm, link.staffId);
  if (!member || member.disabledAt !== null) return null;
  let session!: StartedSession;
  try {
    await deps.directory.atomic((orm) => {
      const built = sessionWrites(orm, deps, member, address, replacing, "link");
      session = built.session;
      return [guard(orm, "login link unused", linkStillValid(hash, "console_login", now)), useLink(orm, hash, now), ...built.writes];
    });
  } catch (error) {
    if (isGuardFailure(error)) return null;
    throw error;
  }
  return session;
}

export interface CurrentSession {
  member: StaffMember;
  session: ConsoleSession;
}

/** The session of a cookie, if it is still alive (an ended one is deleted on the way). */
export async function currentSession(deps: DomainDeps, id: string | undefined): Promise<CurrentSession | null> {
  if (!id || !tokenShape.test(id)) return null;
  const hash = tokenHash(id);
  const row = await sessionByHash(deps.directory.orm, hash);
  if (!row) return null;
  const now = deps.now();
  const { session, member } = row;
  if (session.expiresAt <= now || session.lastSeenAt + IDLE_MS <= now || member.disabledAt !== null) {
    await deps.directory.atomic((orm) => [deleteSession(orm, hash)]);
    return null;
  }
  if (now - session.lastSeenAt >= TOUCH_EVERY_MS) {
    await deps.directory.atomic((orm) => [touchSession(orm, hash, now)]);
    session.lastSeenAt = now;
  }
  return { member, session };
}

/**
 * Housekeeping: ended sessions, expired one-time links and login counts that have run out go; returns
 * how many rows.
 */
export async function forgetEndedStaffRecords(deps: DomainDeps): Promise<number> {
  const now = deps.now();
  const orm = deps.directory.orm;
  const sessions = await pruneSessions(orm, now, now - IDLE_MS);
  const links = await pruneLinks(orm, now);
  const throttles = await pruneThrottles(orm, now - WINDOW_MS);
  return sessions + links + throttles;
}

/** Logout: the row goes, so the cookie is worth nothing even if it was copied. */
export async function endSession(deps: DomainDeps, id: string, member: StaffMember, address: string | null): Promise<void> {
  if (!tokenShape.test(id)) return;
  await deps.directory.atomic((orm) => [
    deleteSession(orm, tokenHash(id)),
    auditWrite(orm, deps, selfActor(member, address), "console.logout", null, { staff: member.username }),
  ]);
}


// Staff, their roles at places, API tokens, one-time links, console sessions and login throttling:
// directory data, read through `deps.directory`. Reads run at once; writes are built here and run by the
// domain inside an atomic write, with the audit row that records them.
import { and, asc, eq, inArray, isNull, lt, ne, or, sql, type SQL } from "drizzle-orm";
import type { OneTimeLinkKind, PlaceKind, RolePlaceKind, StaffRole } from "../../vocabulary.js";
import type { Orm, Write } from "../database.js";
import { consoleSessions, loginThrottle, staff, staffLinks, staffRoles, staffTokens } from "../schema.js";
import { preparedOnce } from "../statements.js";
import { idsAtOrBelow } from "./places.js";

export type StaffMember = typeof staff.$inferSelect;
export type StaffRoleRow = typeof staffRoles.$inferSelect;
export type ConsoleSession = typeof consoleSessions.$inferSelect;
export type OneTimeLink = typeof staffLinks.$inferSelect;
export type ThrottleRow = typeof loginThrottle.$inferSelect;

/** The reads every console request and API call makes, prepared once per database. */
const statements = preparedOnce((orm) => ({
  sessionByHash: orm
    .select({ session: consoleSessions, member: staff })
    .from(consoleSessions)
    .innerJoin(staff, eq(staff.id, consoleSessions.staffId))
    .where(eq(consoleSessions.idHash, sql.placeholder("hash")))
    .limit(1)
    .prepare(),
  tokenByHash: orm
    .select({ tokenId: staffTokens.id, lastUsedAt: staffTokens.lastUsedAt, member: staff })
    .from(staffTokens)
    .innerJoin(staff, eq(staff.id, staffTokens.staffId))
    .where(and(eq(staffTokens.tokenHash, sql.placeholder("hash")), isNull(staffTokens.revokedAt)))
    .limit(1)
    .prepare(),
  rolesOf: orm
    .select()
    .from(staffRoles)
    .where(eq(staffRoles.staffId, sql.placeholder("staffId")))
    .orderBy(asc(staffRoles.id))
    .prepare(),
}));

// ── staff ────────────────────────────────────────────────────────────────────────────────────────

export async function findStaffByUsername(orm: Orm, username: string): Promise<StaffMember | undefined> {
  return (await orm.select().from(staff).where(eq(staff.username, username)).limit(1))[0];
}

export async function findStaffById(orm: Orm, id: number): Promise<StaffMember | undefined> {
  return (await orm.select().from(staff).where(eq(staff.id, id)).limit(1))[0];
}

export async function findStaffByTelegram(orm: Orm, telegramUserId: string): Promise<StaffMember | undefined> {
  return (await orm.select().from(staff).where(eq(staff.telegramUserId, telegramUserId)).limit(1))[0];
}

export async function countStaff(orm: Orm): Promise<number> {
  const [row] = await orm.select({ n: sql<number>`count(*)` }).from(staff);
  return Number(row?.n ?? 0);
}

export async function allStaff(orm: Orm): Promise<StaffMember[]> {
  return orm.select().from(staff).orderBy(asc(staff.username));
}

export async function staffByIds(orm: Orm, ids: number[]): Promise<StaffMember[]> {
  const unique = [...new Set(ids)];
  const out: StaffMember[] = [];
  for (let i = 0; i < unique.length; i += 90) {
    out.push(...(await orm.select().from(staff).where(inArray(staff.id, unique.slice(i, i + 90)))));
  }
  return out.sort((a, b) => a.username.localeCompare(b.username));
}

/** The id of a staff member named by username, inside a statement (for writes built before the insert runs). */
export function staffIdOf(username: string): SQL {
  return sql`(SELECT id FROM staff WHERE username = ${username})`;
}

export function insertStaff(orm: Orm, row: typeof staff.$inferInsert): Write {
  return orm.insert(staff).values(row);
}

export function updateStaff(
  orm: Orm,
  id: number,
  change: Partial<Pick<StaffMember, "nameZh" | "nameEn" | "phone" | "language" | "telegramUserId" | "passwordHash" | "disabledAt" | "updatedAt">>,
): Write {
  return orm.update(staff).set(change).where(eq(staff.id, id));
}

/** Unlinks a Telegram account from whoever had it (so that it can be linked to someone else). */
export function unlinkTelegram(orm: Orm, telegramUserId: string, now: number): Write {
  return orm.update(staff).set({ telegramUserId: null, updatedAt: now }).where(eq(staff.telegramUserId, telegramUserId));
}

// ── roles ────────────────────────────────────────────────────────────────────────────────────────

export async function rolesOf(orm: Orm, staffId: number): Promise<StaffRoleRow[]> {
  return statements(orm).rolesOf.all({ staffId });
}

export async function rolesOfMany(orm: Orm, staffIds: number[]): Promise<StaffRoleRow[]> {
  const unique = [...new Set(staffIds)];
  const out: StaffRoleRow[] = [];
  for (let i = 0; i < unique.length; i += 90) {
    out.push(...(await orm.select().from(staffRoles).where(inArray(staffRoles.staffId, unique.slice(i, i + 90))).orderBy(asc(staffRoles.id))));
  }
  return out;
}

/**
 * Roles held at or below any of these places (every role for `everywhere`). Up to 8 bound parameters a
 * place: places go in groups of 10, under D1's 100 per statement.
 */
export async function rolesAtOrBelow(orm: Orm, places: { kind: PlaceKind; id: number }[] | "everywhere"): Promise<StaffRoleRow[]> {
  if (places === "everywhere") return orm.select().from(staffRoles).orderBy(asc(staffRoles.id));
  const found = new Map<number, StaffRoleRow>();
  for (let i = 0; i < places.length; i += 10) {
    const conditions: SQL[] = [];
    for (const place of places.slice(i, i + 10)) {
      for (const kind of ["district", "street", "community", "grid"] as const) {
        const ids = idsAtOrBelow(kind, place);
        if (ids) conditions.push(sql`(${staffRoles.placeKind} = ${kind} AND ${staffRoles.placeId} IN (${ids}))`);
      }
    }
    for (const row of await orm.select().from(staffRoles).where(or(...conditions))) found.set(row.id, row);
  }
  return [...found.values()].sort((a, b) => a.id - b.id);
}

/** Grid workers of these grids who are not disabled, for the community card. */
export async function gridWorkersOf(orm: Orm, gridIds: number[]): Promise<{ gridId: number; member: StaffMember }[]> {
  const out: { gridId: number; member: StaffMember }[] = [];
  for (let i = 0; i < gridIds.length; i += 90) {
    out.push(
      ...(await orm
        .select({ gridId: staffRoles.placeId, member: staff })
        .from(staffRoles)
        .innerJoin(staff, eq(staff.id, staffRoles.staffId))
        .where(and(eq(staffRoles.role, "grid_worker"), eq(staffRoles.placeKind, "grid"), inArray(staffRoles.placeId, gridIds.slice(i, i + 90)), isNull(staff.disabledAt)))
        .orderBy(asc(staffRoles.id))),
    );
  }
  return out;
}

export function insertRole(orm: Orm, staffId: number | SQL, role: StaffRole, placeKind: RolePlaceKind, placeId: number | SQL, now: number): Write {
  return orm.insert(staffRoles).values({ staffId, role, placeKind, placeId, createdAt: now });
}

export function deleteRole(orm: Orm, staffId: number, role: StaffRole, placeKind: RolePlaceKind, placeId: number): Write {
  return orm
    .delete(staffRoles)
    .where(and(eq(staffRoles.staffId, staffId), eq(staffRoles.role, role), eq(staffRoles.placeKind, placeKind), eq(staffRoles.placeId, placeId)));
}

// ── API tokens ───────────────────────────────────────────────────────────────────────────────────

export async function staffByToken(orm: Orm, hash: string) {
  return (await statements(orm).tokenByHash.all({ hash }))[0];
}

export function insertToken(orm: Orm, staffId: number, label: string, hash: string, now: number): Write {
  return orm.insert(staffTokens).values({ staffId, label, tokenHash: hash, createdAt: now });
}

export function touchToken(orm: Orm, tokenId: number, now: number): Write {
  return orm.update(staffTokens).set({ lastUsedAt: now }).where(eq(staffTokens.id, tokenId));
}

export function revokeToken(orm: Orm, staffId: number, tokenId: number, now: number): Write {
  return orm
    .update(staffTokens)
    .set({ revokedAt: now })
    .where(and(eq(staffTokens.id, tokenId), eq(staffTokens.staffId, staffId), isNull(staffTokens.revokedAt)));
}

export async function tokensOf(orm: Orm, staffId: number) {
  return orm
    .select({ id: staffTokens.id, label: staffTokens.label, createdAt: staffTokens.createdAt, lastUsedAt: staffTokens.lastUsedAt, revokedAt: staffTokens.revokedAt })
    .from(staffTokens)
    .where(eq(staffTokens.staffId, staffId))
    .orderBy(asc(staffTokens.id));
}

// ── one-time links ───────────────────────────────────────────────────────────────────────────────

export async function findLink(orm: Orm, hash: string): Promise<OneTimeLink | undefined> {
  return (await orm.select().from(staffLinks).where(eq(staffLinks.tokenHash, hash)).limit(1))[0];
}

export function insertLink(orm: Orm, row: { tokenHash: string; kind: OneTimeLinkKind; staffId: number | SQL; createdAt: number; expiresAt: number }): Write {
  return orm.insert(staffLinks).values(row);
}

/** Marks a link used. Run it after a guard that it is still unused and valid (see `linkStillValid`). */
export function useLink(orm: Orm, hash: string, now: number): Write {
  return orm.update(staffLinks).set({ usedAt: now }).where(and(eq(staffLinks.tokenHash, hash), isNull(staffLinks.usedAt)));
}

/** For `guard()`: the link exists, is of this kind, unused and not expired. */
export function linkStillValid(hash: string, kind: OneTimeLinkKind, now: number): SQL {
  return sql`EXISTS (SELECT 1 FROM staff_links WHERE token_hash = ${hash} AND kind = ${kind} AND used_at IS NULL AND expires_at > ${now})`;
}

/** Deletes links that expired before `before`, used or not; returns how many. */
export async function pruneLinks(orm: Orm, before: number): Promise<number> {
  return (await orm.delete(staffLinks).where(lt(staffLinks.expiresAt, before)).returning({ hash: staffLinks.tokenHash })).length;
}

// ── console sessions ─────────────────────────────────────────────────────────────────────────────

export async function sessionByHash(orm: Orm, hash: string) {
  return (await statements(orm).sessionByHash.all({ hash }))[0];
}

export function insertSession(orm: Orm, row: typeof consoleSessions.$inferInsert): Write {
  return orm.insert(consoleSessions).values(row);
}

export function touchSession(orm: Orm, hash: string, now: number): Write {
  return orm.update(consoleSessions).set({ lastSeenAt: now }).where(eq(consoleSessions.idHash, hash));
}

export function deleteSession(orm: Orm, hash: string): Write {
  return orm.delete(consoleSessions).where(eq(consoleSessions.idHash, hash));
}

/** Ends every session of a staff member (disabled, password changed). */
export function deleteSessionsOf(orm: Orm, staffId: number): Write {
  return orm.delete(consoleSessions).where(eq(consoleSessions.staffId, staffId));
}

/** Ends every session of a staff member but one (the one changing the password). */
export function deleteOtherSessions(orm: Orm, staffId: number, keepHash: string | undefined): Write {
  return orm
    .delete(consoleSessions)
    .where(and(eq(consoleSessions.staffId, staffId), keepHash ? ne(consoleSessions.idHash, keepHash) : undefined));
}

/** Deletes sessions past their end or idle since before `idleBefore`; returns how many. */
export async function pruneSessions(orm: Orm, now: number, idleBefore: number): Promise<number> {
  return (await orm.delete(consoleSessions).where(or(lt(consoleSessions.expiresAt, now), lt(consoleSessions.lastSeenAt, idleBefore))).returning({ hash: consoleSessions.idHash })).length;
}

// ── login throttling ─────────────────────────────────────────────────────────────────────────────

export async function throttleRows(orm: Orm, keys: string[]): Promise<ThrottleRow[]> {
  return orm.select().from(loginThrottle).where(inArray(loginThrottle.key, keys));
}

export function clearThrottle(orm: Orm, key: string): Write {
  return orm.delete(loginThrottle).where(eq(loginThrottle.key, key));
}

/** Deletes counts that have started afresh anyway (quiet since `before`, not blocked); returns how many. */
export async function pruneThrottles(orm: Orm, before: number): Promise<number> {
  return (await orm.delete(loginThrottle).where(and(lt(loginThrottle.lastAttemptAt, before), lt(loginThrottle.blockedUntil, before))).returning({ key: loginThrottle.key })).length;
}


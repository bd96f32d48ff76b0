// Whose points: residents (with a short public member code on their points card), households (户: staff
// create them, residents join with a one-time code from the head, one household per resident) and
// organisations; and each community's issuance and shop accounts.
import { sql } from "drizzle-orm";
import { guard } from "../../db/atomic.js";
import type { Change, Orm, Write } from "../../db/database.js";
import { communityPath, placeById, type PlaceRef } from "../../db/queries/places.js";
import {
  accountByMemberCode,
  accountOfResident,
  communityAccount,
  accountOfHousehold,
  accountsOfResidents,
  deleteMember,
  ensureCommunityAccount as communityAccountWrite,
  findAccount,
  findHousehold,
  findHouseholdCode,
  householdCodeUsable,
  insertAccount,
  insertHouseholdCode,
  insertMember,
  membersOf,
  membershipOf,
  notInHousehold,
  updateAccountPlace,
  useHouseholdCode,
  type PointAccount,
  type PointHousehold,
} from "../../db/queries/points.js";
import type { Resident } from "../../db/queries/residents.js";
import { pointAccounts, pointHouseholds } from "../../db/schema.js";
import type { DomainDeps } from "../deps.js";

/** Letters and digits that cannot be mistaken for one another when read aloud or off a screen. */
const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

export function randomCode(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join("");
}

/** A member code: 8 characters (32⁸, so a city's residents almost never draw the same one twice). */
export const newMemberCode = () => randomCode(8);

/** "K7P2QX4M" → "K7P2-QX4M", as shown on the points card. */
export function showCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

/** What a person typed as a code: full-width characters as plain ones, upper case, without spaces or dashes. */
export function normaliseCode(text: string): string {
  return text.normalize("NFKC").toUpperCase().replace(/[\s\-–—]/g, "");
}

export const memberCodeShape = /^[2-9A-HJ-NP-Z]{8}$/;

export function accountOf(deps: DomainDeps, resident: Pick<Resident, "id">): Promise<PointAccount | undefined> {
  return accountOfResident(deps.db.orm, resident.id);
}

export function accountByCode(deps: DomainDeps, text: string): Promise<PointAccount | undefined> {
  const code = normaliseCode(text);
  return memberCodeShape.test(code) ? accountByMemberCode(deps.db.orm, code) : Promise.resolve(undefined);
}

/**
 * A resident's account as it should be: made (with a member code) when they have none, moved with them
 * when they changed community (the grid is the old community's, so it goes). Null without a community.
 * The change is for the flow to commit; `account` is what it will be.
 */
export function residentAccountChange(deps: DomainDeps, resident: Resident, current: PointAccount | undefined): { account: PointAccount; change: Change | null } | null {
  if (resident.communityId === null) return null;
  const communityId = resident.communityId;
  if (current) {
    if (current.communityId === communityId) return { account: current, change: null };
    return { account: { ...current, communityId, gridId: null }, change: (orm) => [updateAccountPlace(orm, current.id, { communityId, gridId: null })] };
  }
  const memberCode = newMemberCode();
  const createdAt = deps.now();
  return {
    // The id is known once written; until then nothing reads it.
    account: { id: 0, kind: "resident", communityId, gridId: null, residentId: resident.id, householdId: null, organisationId: null, memberCode, balance: 0, createdAt },
    change: (orm) => [insertAccount(orm, { kind: "resident", communityId, residentId: resident.id, memberCode, createdAt })],
  };
}

/** A resident's account for staff (an award to someone found by phone): made now if there is none. */
export async function ensureResidentAccount(deps: DomainDeps, resident: Resident): Promise<PointAccount | null> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const current = await accountOf(deps, resident);
    const planned = residentAccountChange(deps, resident, current);
    if (!planned) return current ?? null;
    if (!planned.change) return planned.account;
    try {
      await deps.db.atomic(planned.change);
    } catch (error) {
      // Made meanwhile, or a member code drawn twice: read again.
      if (!/UNIQUE/.test(String(error))) throw error;
    }
  }
  const made = await accountOf(deps, resident);
  if (!made) throw new Error("could not make the resident's points account");
  return made;
}

/** What points keep about a person, for /mydata: their member code, balance and household. */
export async function pointsAbout(deps: DomainDeps, resident: Pick<Resident, "id">): Promise<{ code: string; balance: number; household: string | null } | null> {
  const account = await accountOf(deps, resident);
  if (!account?.memberCode) return null;
  const household = await householdOf(deps, resident);
  return { code: showCode(account.memberCode), balance: account.balance, household: household?.household.name ?? null };
}

/** A community's issuance or shop account, made the first time it is needed. */
export async function ensureCommunityAccount(deps: DomainDeps, communityId: number, kind: "issuance" | "shop"): Promise<PointAccount> {
  const found = await communityAccount(deps.db.orm, communityId, kind);
  if (found) return found;
  await deps.db.atomic((orm) => [communityAccountWrite(orm, communityId, kind, deps.now())]);
  return (await communityAccount(deps.db.orm, communityId, kind))!;
}

/** Where an account belongs, as staff scope sees places (its community, and its grid when it has one). */
export async function placeOfAccount(deps: DomainDeps, account: Pick<PointAccount, "communityId" | "gridId">): Promise<PlaceRef | undefined> {
  if (account.gridId !== null) {
    const grid = await placeById(deps.directory.orm, "grid", account.gridId);
    if (grid && grid.communityId === account.communityId) return grid;
  }
  return placeById(deps.directory.orm, "community", account.communityId);
}

export async function districtOfCommunity(deps: DomainDeps, communityId: number): Promise<number | undefined> {
  return (await communityPath(deps.directory.orm, communityId))?.district.id;
}

// ── households ──────────────────────────────────────────────────────────────────────────────────

export interface HouseholdView {
  household: PointHousehold;
  account: PointAccount;
  head: boolean;
}

/** The household a resident belongs to, with its account, and whether they are its head. */
export async function householdOf(deps: DomainDeps, resident: Pick<Resident, "id">): Promise<HouseholdView | undefined> {
  const member = await membershipOf(deps.db.orm, resident.id);
  if (!member) return undefined;
  const household = await findHousehold(deps.db.orm, member.householdId);
  const account = household ? await accountOfHousehold(deps.db.orm, household.id) : undefined;
  return household && account ? { household, account, head: member.head } : undefined;
}

/** The resident accounts of a household's members (the head first). */
export async function membersOfHousehold(deps: DomainDeps, householdId: number): Promise<PointAccount[]> {
  const members = await membersOf(deps.db.orm, householdId);
  const accounts = await accountsOfResidents(deps.db.orm, members.map((m) => m.residentId));
  return members.map((m) => accounts.find((a) => a.residentId === m.residentId)).filter((a): a is PointAccount => a !== undefined);
}

/** A household and its account, in one write; `head`: a resident who heads it from the start. */
export function newHouseholdWrites(orm: Orm, row: { communityId: number; gridId: number | null; name: string; createdAt: number }, head?: { residentId: number }): Write[] {
  // The household's id inside the same write: the highest one, just made (a transaction or a D1 batch
  // runs alone, so no other household can come between).
  const householdId = sql`(SELECT max(${pointHouseholds.id}) FROM ${pointHouseholds})`;
  return [
    orm.insert(pointHouseholds).values(row),
    orm.insert(pointAccounts).values({ kind: "household", communityId: row.communityId, gridId: row.gridId, householdId: householdId as unknown as number, createdAt: row.createdAt }),
    ...(head ? [guard(orm, "points: not in a household", notInHousehold(head.residentId)), insertMember(orm, { residentId: head.residentId, householdId: householdId as unknown as number, head: true, joinedAt: row.createdAt })] : []),
  ];
}

export const JOIN_CODE_MS = 24 * 60 * 60 * 1000;

/** A one-time code a household's head gives a family member to join (valid a day). */
export function joinCodeChange(deps: DomainDeps, householdId: number): { code: string; change: Change } {
  const code = randomCode(8);
  const now = deps.now();
  return { code, change: (orm) => [insertHouseholdCode(orm, { code, householdId, createdAt: now, expiresAt: now + JOIN_CODE_MS })] };
}

export type JoinRefusal = "unknown-code" | "used-code" | "expired-code" | "already-member" | "other-community";

/** Joining with a code: what to write, or why not. */
export async function joinHousehold(deps: DomainDeps, resident: Resident, typed: string): Promise<{ household: PointHousehold; change: Change } | { refused: JoinRefusal }> {
  const code = normaliseCode(typed);
  const now = deps.now();
  const found = /^[2-9A-HJ-NP-Z]{8}$/.test(code) ? await findHouseholdCode(deps.db.orm, code) : undefined;
  if (!found) return { refused: "unknown-code" };
  if (found.usedAt !== null) return { refused: "used-code" };
  if (found.expiresAt <= now) return { refused: "expired-code" };
  if (await membershipOf(deps.db.orm, resident.id)) return { refused: "already-member" };
  const household = await findHousehold(deps.db.orm, found.householdId);
  if (!household) return { refused: "unknown-code" };
  if (household.communityId !== resident.communityId) return { refused: "other-community" };
  return {
    household,
    change: (orm) => [
      guard(orm, "points: join code usable", householdCodeUsable(code, now)),
      guard(orm, "points: not in a household", notInHousehold(resident.id)),
      useHouseholdCode(orm, code, now),
      insertMember(orm, { residentId: resident.id, householdId: household.id, head: false, joinedAt: now }),
    ],
  };
}

/** Leaving one's household (a head asks staff to hand the household over first). */
export function leaveHouseholdChange(resident: Pick<Resident, "id">): Change {
  return (orm) => [deleteMember(orm, resident.id)];
}

export type { PointAccount, PointHousehold };

export function accountById(deps: DomainDeps, id: number): Promise<PointAccount | undefined> {
  return findAccount(deps.db.orm, id);
}

// Staff keep households (户) and organisations with points accounts, and the grid a resident's account
// is counted in. Households are made by staff; a resident joins with a one-time code from the head (or
// from staff, who can make one for a household without a head yet).
import { z } from "zod";
import { guard, isGuardFailure } from "../../db/atomic.js";
import { gridsOfCommunity, placeById, type PlaceRef } from "../../db/queries/places.js";
import {
  accountOfHousehold,
  accountOfOrganisation,
  accountsOfResidents,
  findHousehold,
  householdsIn,
  insertMember,
  membersOf,
  notInHousehold,
  organisationsIn,
  residentsByIds,
  updateAccountPlace,
  type PointAccount,
  type PointHousehold,
  type PointHouseholdMember,
  type PointOrganisation,
} from "../../db/queries/points.js";
import { pointAccounts, pointOrganisations } from "../../db/schema.js";
import { organisationKinds } from "../../vocabulary.js";
import type { DomainDeps } from "../deps.js";
import { parseWith } from "../staff/accounts.js";
import type { Actor } from "../staff/actor.js";
import { auditWrite } from "../staff/audit.js";
import { forbidden, notFound } from "../staff/errors.js";
import { reaches } from "../staff/scope.js";
import { accountByCode, joinCodeChange, newHouseholdWrites } from "./accounts.js";
import { PointsRuleError } from "./errors.js";
import { accountInScope } from "./staff.js";
import { sql } from "drizzle-orm";

async function managedCommunity(deps: DomainDeps, actor: Actor, communityId: number): Promise<PlaceRef> {
  const place = await placeById(deps.directory.orm, "community", communityId);
  if (!place || !reaches(actor.sees, place)) throw notFound();
  if (!reaches(actor.manages, place)) throw forbidden();
  return place;
}

/** A grid of the community by code, or none for a blank one. */
async function gridOf(deps: DomainDeps, communityId: number, code: string | undefined): Promise<number | null> {
  if (!code) return null;
  const grid = (await gridsOfCommunity(deps.directory.orm, communityId)).find((g) => g.code === code);
  if (!grid) throw new PointsRuleError("grid-other-community", `no grid "${code}" in this community`, "grid");
  return grid.id;
}

const blankIsNone = (schema: z.ZodType) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

export const householdInputSchema = z.object({
  name: z.string().trim().min(1, { error: "must not be empty" }).max(60, { error: "must be at most 60 characters" }),
  grid: blankIsNone(z.string().trim()),
  /** The head's member code, if they already have an account. */
  head: blankIsNone(z.string().trim()),
});

export interface HouseholdSummary {
  household: PointHousehold;
  account: PointAccount | undefined;
  members: (PointHouseholdMember & { memberCode: string | null })[];
}

export async function householdsOfCommunity(deps: DomainDeps, actor: Actor, communityId: number): Promise<HouseholdSummary[]> {
  const place = await placeById(deps.directory.orm, "community", communityId);
  if (!place || !reaches(actor.sees, place)) throw notFound();
  const out: HouseholdSummary[] = [];
  for (const household of await householdsIn(deps.db.orm, [communityId])) {
    const [account, members] = await Promise.all([accountOfHousehold(deps.db.orm, household.id), membersOf(deps.db.orm, household.id)]);
    const codes = new Map((await accountsOfResidents(deps.db.orm, members.map((m) => m.residentId))).map((a) => [a.residentId, a.memberCode]));
    out.push({ household, account, members: members.map((m) => ({ ...m, memberCode: codes.get(m.residentId) ?? null })) });
  }
  return out;
}

export async function addHousehold(deps: DomainDeps, actor: Actor, communityId: number, input: unknown): Promise<PointHousehold> {
  const place = await managedCommunity(deps, actor, communityId);
  const data = parseWith(householdInputSchema, input);
  const gridId = await gridOf(deps, communityId, data.grid as string | undefined);
  let head: { residentId: number } | undefined;
  if (data.head) {
    const account = await accountByCode(deps, data.head as string);
    if (!account || account.residentId === null || account.communityId !== communityId) throw new PointsRuleError("not-found-resident", "no resident of this community has that member code", "head");
    head = { residentId: account.residentId };
  }
  const now = deps.now();
  try {
    await deps.db.atomic((orm) => [
      ...newHouseholdWrites(orm, { communityId, gridId, name: data.name, createdAt: now }, head),
      auditWrite(orm, deps, actor, "points.household.add", place, { name: data.name, head: data.head ?? null }),
    ]);
  } catch (error) {
    if (!isGuardFailure(error)) throw error;
    throw new PointsRuleError("name", "that resident belongs to a household already", "head");
  }
  return (await householdsIn(deps.db.orm, [communityId])).at(-1)!;
}

/** A join code staff make for a household (for a family whose head is not in chat). */
export async function staffJoinCode(deps: DomainDeps, actor: Actor, householdId: number): Promise<string> {
  const household = await findHousehold(deps.db.orm, householdId);
  if (!household) throw notFound();
  const place = await managedCommunity(deps, actor, household.communityId);
  const { code, change } = joinCodeChange(deps, household.id);
  await deps.db.atomic((orm) => [...change(orm), auditWrite(orm, deps, actor, "points.household.code", place, { household: household.id })]);
  return code;
}

/** Adds a resident to a household by member code (staff, at the office); heads it if it has no head. */
export async function addMember(deps: DomainDeps, actor: Actor, householdId: number, memberCode: string): Promise<void> {
  const household = await findHousehold(deps.db.orm, householdId);
  if (!household) throw notFound();
  const place = await managedCommunity(deps, actor, household.communityId);
  const account = await accountByCode(deps, memberCode);
  if (!account || account.residentId === null || account.communityId !== household.communityId) throw new PointsRuleError("not-found-resident", "no resident of this community has that member code", "member");
  const residentId = account.residentId;
  const hasHead = (await membersOf(deps.db.orm, household.id)).some((m) => m.head);
  try {
    await deps.db.atomic((orm) => [
      guard(orm, "points: not in a household", notInHousehold(residentId)),
      insertMember(orm, { residentId, householdId: household.id, head: !hasHead, joinedAt: deps.now() }),
      auditWrite(orm, deps, actor, "points.household.member", place, { household: household.id, member: account.memberCode, head: !hasHead }),
    ]);
  } catch (error) {
    if (!isGuardFailure(error)) throw error;
    throw new PointsRuleError("name", "that resident belongs to a household already", "member");
  }
}

export const organisationInputSchema = z.object({
  kind: z.enum(organisationKinds, { error: `must be one of ${organisationKinds.join(", ")}` }),
  name_zh: z.string().trim().min(1, { error: "must not be empty" }).max(60, { error: "must be at most 60 characters" }),
  name_en: z.string().trim().min(1, { error: "must not be empty" }).max(60, { error: "must be at most 60 characters" }),
  grid: blankIsNone(z.string().trim()),
});

export async function organisationsOfCommunity(deps: DomainDeps, actor: Actor, communityId: number): Promise<{ organisation: PointOrganisation; account: PointAccount | undefined }[]> {
  const place = await placeById(deps.directory.orm, "community", communityId);
  if (!place || !reaches(actor.sees, place)) throw notFound();
  const list = await organisationsIn(deps.db.orm, [communityId]);
  return Promise.all(list.map(async (organisation) => ({ organisation, account: await accountOfOrganisation(deps.db.orm, organisation.id) })));
}

export async function addOrganisation(deps: DomainDeps, actor: Actor, communityId: number, input: unknown): Promise<PointOrganisation> {
  const place = await managedCommunity(deps, actor, communityId);
  const data = parseWith(organisationInputSchema, input);
  const gridId = await gridOf(deps, communityId, data.grid as string | undefined);
  const now = deps.now();
  await deps.db.atomic((orm) => [
    orm.insert(pointOrganisations).values({ communityId, gridId, kind: data.kind, nameZh: data.name_zh, nameEn: data.name_en, createdAt: now }),
    // Its id inside the same write: the highest, just made (the write runs alone).
    orm.insert(pointAccounts).values({
      kind: "organisation",
      communityId,
      gridId,
      organisationId: sql`(SELECT max(${pointOrganisations.id}) FROM ${pointOrganisations})` as unknown as number,
      createdAt: now,
    }),
    auditWrite(orm, deps, actor, "points.organisation.add", place, { name: data.name_zh, kind: data.kind }),
  ]);
  return (await organisationsIn(deps.db.orm, [communityId])).at(-1)!;
}

/** The grid a resident's (or any) account is counted in, for grid rankings. */
export async function setAccountGrid(deps: DomainDeps, actor: Actor, accountId: number, gridCode: string): Promise<void> {
  const { account } = await accountInScope(deps, actor, accountId);
  const place = await managedCommunity(deps, actor, account.communityId);
  const gridId = await gridOf(deps, account.communityId, gridCode.trim() || undefined);
  if (gridId === account.gridId) return;
  await deps.db.atomic((orm) => [
    updateAccountPlace(orm, account.id, { gridId }),
    auditWrite(orm, deps, actor, "points.account.grid", place, { account: account.id, before: account.gridId, after: gridId }),
  ]);
}

/** The residents behind resident accounts (for staff: their phone, masked on screen). */
export async function residentsOf(deps: DomainDeps, accounts: PointAccount[]) {
  const ids = accounts.map((a) => a.residentId).filter((id): id is number => id !== null);
  return new Map((await residentsByIds(deps.db.orm, ids)).map((r) => [r.id, r]));
}

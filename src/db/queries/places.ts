// Places: district → street → community → grid. Directory data (read everywhere).
import { asc, count, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { placeKinds, type PlaceKind } from "../../vocabulary.js";
import type { Orm, Write } from "../database.js";
import { communities, districts, grids, streets } from "../schema.js";
import { preparedRead } from "../statements.js";

export type District = typeof districts.$inferSelect;
export type Street = typeof streets.$inferSelect;
export type Community = typeof communities.$inferSelect;

// The onboarding's lists and a resident's place, read many times a second: compiled once (statements.ts).
const districtList = preparedRead<Record<string, never>, PromiseLike<District[]>>([], (orm) => orm.select().from(districts).orderBy(asc(districts.sort), asc(districts.id)));
const streetList = preparedRead<{ districtId: number }, PromiseLike<Street[]>>(["districtId"], (orm, v) =>
  orm.select().from(streets).where(eq(streets.districtId, v.districtId)).orderBy(asc(streets.sort), asc(streets.id)),
);
const communityList = preparedRead<{ streetId: number }, PromiseLike<Community[]>>(["streetId"], (orm, v) =>
  orm.select().from(communities).where(eq(communities.streetId, v.streetId)).orderBy(asc(communities.sort), asc(communities.id)),
);
const streetById = preparedRead<{ id: number }, PromiseLike<Street[]>>(["id"], (orm, v) => orm.select().from(streets).where(eq(streets.id, v.id)));
const pathOf = preparedRead<{ id: number }, PromiseLike<CommunityPath[]>>(["id"], (orm, v) =>
  orm
    .select({ community: communities, street: streets, district: districts })
    .from(communities)
    .innerJoin(streets, eq(streets.id, communities.streetId))
    .innerJoin(districts, eq(districts.id, streets.districtId))
    .where(eq(communities.id, v.id)),
);

export async function allDistricts(orm: Orm): Promise<District[]> {
  return districtList(orm, {});
}

export async function streetsOf(orm: Orm, districtId: number): Promise<Street[]> {
  return streetList(orm, { districtId });
}

export async function communitiesOf(orm: Orm, streetId: number): Promise<Community[]> {
  return communityList(orm, { streetId });
}

export async function findStreet(orm: Orm, id: number): Promise<Street | undefined> {
  return (await streetById(orm, { id }))[0];
}

export async function findCommunity(orm: Orm, id: number): Promise<Community | undefined> {
  return (await orm.select().from(communities).where(eq(communities.id, id)))[0];
}

export async function findCommunityByCode(orm: Orm, code: string): Promise<Community | undefined> {
  return (await orm.select().from(communities).where(eq(communities.code, code)).limit(1))[0];
}

export type CommunityPath = { community: Community; street: Street; district: District };

/** A community with its street and district, for showing where someone belongs. */
export async function communityPath(orm: Orm, id: number): Promise<CommunityPath | undefined> {
  return (await pathOf(orm, { id }))[0];
}

export async function hasPlaces(orm: Orm): Promise<boolean> {
  const [row] = await orm.select({ one: sql<number>`1` }).from(districts).limit(1);
  return row !== undefined;
}

// ── places by code, with their ancestors (the staff side) ────────────────────────────────────────

export type Grid = typeof grids.$inferSelect;

/**
 * A place of any level with the ids of the places above it: what scope checks and audit rows need.
 * `streetId`, `communityId` and `gridId` are null above the place's own level.
 */
export interface PlaceRef {
  kind: PlaceKind;
  id: number;
  code: string;
  nameZh: string;
  nameEn: string;
  districtId: number;
  streetId: number | null;
  communityId: number | null;
  gridId: number | null;
}

const D = alias(districts, "d");
const S = alias(streets, "s");
const C = alias(communities, "c");
const G = alias(grids, "g");

/** The select of each level, with its ancestors joined; `where` picks the rows. */
function placeSelect(orm: Orm, kind: PlaceKind) {
  switch (kind) {
    case "district":
      return orm
        .select({ id: D.id, code: D.code, nameZh: D.nameZh, nameEn: D.nameEn, districtId: D.id, streetId: sql<null>`NULL`, communityId: sql<null>`NULL`, gridId: sql<null>`NULL` })
        .from(D)
        .$dynamic();
    case "street":
      return orm
        .select({ id: S.id, code: S.code, nameZh: S.nameZh, nameEn: S.nameEn, districtId: S.districtId, streetId: S.id, communityId: sql<null>`NULL`, gridId: sql<null>`NULL` })
        .from(S)
        .$dynamic();
    case "community":
      return orm
        .select({ id: C.id, code: C.code, nameZh: C.nameZh, nameEn: C.nameEn, districtId: S.districtId, streetId: C.streetId, communityId: C.id, gridId: sql<null>`NULL` })
        .from(C)
        .innerJoin(S, eq(S.id, C.streetId))
        .$dynamic();
    case "grid":
      return orm
        .select({ id: G.id, code: G.code, nameZh: G.nameZh, nameEn: G.nameEn, districtId: S.districtId, streetId: C.streetId, communityId: G.communityId, gridId: G.id })
        .from(G)
        .innerJoin(C, eq(C.id, G.communityId))
        .innerJoin(S, eq(S.id, C.streetId))
        .$dynamic();
  }
}

const ownTable = { district: D, street: S, community: C, grid: G } as const;

function asRef(kind: PlaceKind, row: Omit<PlaceRef, "kind">): PlaceRef {
  return { kind, ...row };
}

export async function placeByCode(orm: Orm, kind: PlaceKind, code: string): Promise<PlaceRef | undefined> {
  const [row] = await placeSelect(orm, kind).where(eq(ownTable[kind].code, code)).limit(1);
  return row ? asRef(kind, row) : undefined;
}

export async function placeById(orm: Orm, kind: PlaceKind, id: number): Promise<PlaceRef | undefined> {
  const [row] = await placeSelect(orm, kind).where(eq(ownTable[kind].id, id)).limit(1);
  return row ? asRef(kind, row) : undefined;
}

/** Places of one level by id, in chunks under D1's 100 bound parameters. */
export async function placesByIds(orm: Orm, kind: PlaceKind, ids: number[]): Promise<PlaceRef[]> {
  const unique = [...new Set(ids)];
  const out: PlaceRef[] = [];
  for (let i = 0; i < unique.length; i += 90) {
    const rows = await placeSelect(orm, kind).where(inArray(ownTable[kind].id, unique.slice(i, i + 90)));
    out.push(...rows.map((r) => asRef(kind, r)));
  }
  return out;
}

/** Places of every level with this code (codes are unique within a level, not across levels). */
export async function placesWithCode(orm: Orm, code: string): Promise<PlaceRef[]> {
  const found = await Promise.all(placeKinds.map((kind) => placeByCode(orm, kind, code)));
  return found.filter((p): p is PlaceRef => p !== undefined);
}

/** The places one level down (the districts for `null`), in their order. */
export async function placesBelow(orm: Orm, parent: PlaceRef | null): Promise<PlaceRef[]> {
  if (parent === null) return (await placeSelect(orm, "district").orderBy(asc(D.sort), asc(D.id))).map((r) => asRef("district", r));
  switch (parent.kind) {
    case "district":
      return (await placeSelect(orm, "street").where(eq(S.districtId, parent.id)).orderBy(asc(S.sort), asc(S.id))).map((r) => asRef("street", r));
    case "street":
      return (await placeSelect(orm, "community").where(eq(C.streetId, parent.id)).orderBy(asc(C.sort), asc(C.id))).map((r) => asRef("community", r));
    case "community":
      return (await placeSelect(orm, "grid").where(eq(G.communityId, parent.id)).orderBy(asc(G.id))).map((r) => asRef("grid", r));
    case "grid":
      return [];
  }
}

/** Every place, level by level, for the public tree (/api/places). Four reads, whatever the size. */
export async function allPlaces(orm: Orm) {
  const [d, s, c, g] = await Promise.all([
    orm.select({ id: districts.id, code: districts.code, nameZh: districts.nameZh, nameEn: districts.nameEn }).from(districts).orderBy(asc(districts.sort), asc(districts.id)),
    orm
      .select({ id: streets.id, districtId: streets.districtId, code: streets.code, nameZh: streets.nameZh, nameEn: streets.nameEn })
      .from(streets)
      .orderBy(asc(streets.sort), asc(streets.id)),
    orm
      .select({ id: communities.id, streetId: communities.streetId, code: communities.code, nameZh: communities.nameZh, nameEn: communities.nameEn, rural: communities.rural })
      .from(communities)
      .orderBy(asc(communities.sort), asc(communities.id)),
    orm.select({ id: grids.id, communityId: grids.communityId, code: grids.code, nameZh: grids.nameZh, nameEn: grids.nameEn }).from(grids).orderBy(asc(grids.id)),
  ]);
  return { districts: d, streets: s, communities: c, grids: g };
}

export async function gridsOfCommunity(orm: Orm, communityId: number): Promise<Grid[]> {
  return orm.select().from(grids).where(eq(grids.communityId, communityId)).orderBy(asc(grids.id));
}

/**
 * SQL that is true for the ids of places of `kind` at or below `place` — for "staff at or below this
 * place" and "communities in a scope" without sending lists of ids.
 */
export function idsAtOrBelow(kind: PlaceKind, place: { kind: PlaceKind; id: number }): SQL | null {
  const level = placeKinds.indexOf(kind);
  const from = placeKinds.indexOf(place.kind);
  if (level < from) return null;
  if (level === from) return sql`${place.id}`;
  const parentColumn = { district: sql`district_id`, street: sql`street_id`, community: sql`community_id` } as const;
  const table = { street: sql`streets`, community: sql`communities`, grid: sql`grids` } as const;
  const parentKind = placeKinds[level - 1] as "district" | "street" | "community";
  const parents = idsAtOrBelow(parentKind, place)!;
  return sql`SELECT id FROM ${table[kind as "street" | "community" | "grid"]} WHERE ${parentColumn[parentKind]} IN (${parents})`;
}

/** The ids of communities at or below any of these places (all communities for `everywhere`). */
export async function communityIdsUnder(orm: Orm, places: { kind: PlaceKind; id: number }[] | "everywhere"): Promise<number[]> {
  if (places === "everywhere") return (await orm.select({ id: communities.id }).from(communities)).map((r) => r.id);
  const conditions = places.map((p) => idsAtOrBelow("community", p)).filter((c): c is SQL => c !== null);
  const ids = new Set<number>();
  // One bound parameter a place: groups of 90, under D1's 100 per statement.
  for (let i = 0; i < conditions.length; i += 90) {
    const rows = await orm
      .select({ id: communities.id })
      .from(communities)
      .where(or(...conditions.slice(i, i + 90).map((c) => sql`${communities.id} IN (${c})`)));
    for (const r of rows) ids.add(r.id);
  }
  return [...ids];
}

// ── the community card ───────────────────────────────────────────────────────────────────────────

export type CommunityCardFields = Pick<
  Community,
  | "stationAddressZh"
  | "stationAddressEn"
  | "stationHoursZh"
  | "stationHoursEn"
  | "stationPhone"
  | "latitude"
  | "longitude"
  | "officeHours"
  | "officeExceptions"
  | "hoursNoteZh"
  | "hoursNoteEn"
>;

export function updateCommunityCard(orm: Orm, communityId: number, fields: CommunityCardFields): Write {
  return orm.update(communities).set(fields).where(eq(communities.id, communityId));
}

export function updateSupervisionPhone(orm: Orm, streetId: number, phone: string | null): Write {
  return orm.update(streets).set({ supervisionPhone: phone }).where(eq(streets.id, streetId));
}

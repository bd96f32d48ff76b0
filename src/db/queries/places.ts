// Places: district → street → community → grid. Directory data (read everywhere).
import { asc, eq, sql } from "drizzle-orm";
import type { Orm } from "../database.js";
import { communities, districts, streets } from "../schema.js";

export type District = typeof districts.$inferSelect;
export type Street = typeof streets.$inferSelect;
export type Community = typeof communities.$inferSelect;

export function allDistricts(orm: Orm): Promise<District[]> {
  return orm.select().from(districts).orderBy(asc(districts.sort), asc(districts.id));
}

export function streetsOf(orm: Orm, districtId: number): Promise<Street[]> {
  return orm.select().from(streets).where(eq(streets.districtId, districtId)).orderBy(asc(streets.sort), asc(streets.id));
}

export function communitiesOf(orm: Orm, streetId: number): Promise<Community[]> {
  return orm.select().from(communities).where(eq(communities.streetId, streetId)).orderBy(asc(communities.sort), asc(communities.id));
}

export async function findStreet(orm: Orm, id: number): Promise<Street | undefined> {
  return (await orm.select().from(streets).where(eq(streets.id, id)).limit(1))[0];
}

export async function findCommunity(orm: Orm, id: number): Promise<Community | undefined> {
  return (await orm.select().from(communities).where(eq(communities.id, id)).limit(1))[0];
}

export async function findCommunityByCode(orm: Orm, code: string): Promise<Community | undefined> {
  return (await orm.select().from(communities).where(eq(communities.code, code)).limit(1))[0];
}

export type CommunityPath = { community: Community; street: Street; district: District };

/** A community with its street and district, for showing where someone belongs. */
export async function communityPath(orm: Orm, id: number): Promise<CommunityPath | undefined> {
  const [row] = await orm
    .select({ community: communities, street: streets, district: districts })
    .from(communities)
    .innerJoin(streets, eq(streets.id, communities.streetId))
    .innerJoin(districts, eq(districts.id, streets.districtId))
    .where(eq(communities.id, id))
    .limit(1);
  return row;
}

export async function hasPlaces(orm: Orm): Promise<boolean> {
  const [row] = await orm.select({ one: sql<number>`1` }).from(districts).limit(1);
  return row !== undefined;
}

import { asc, count, eq, sql } from "drizzle-orm";
import type { Orm } from "../database.js";
import { communities, districts, streets } from "../schema.js";

export type District = typeof districts.$inferSelect;
export type Street = typeof streets.$inferSelect;
export type Community = typeof communities.$inferSelect;

export interface Page<T> {
  items: T[];
  page: number;
  pages: number;
}

/** One page of rows and how many pages there are, from a page query and a count query run together. */
async function paged<T>(rows: Promise<T[]>, total: Promise<{ n: number }[]>, page: number, size: number) {
  const [items, [counted]] = await Promise.all([rows, total]);
  const pages = Math.max(1, Math.ceil((counted?.n ?? 0) / size));
  return { items, page, pages } satisfies Page<T>;
}

export function listDistricts(orm: Orm, page: number, size: number): Promise<Page<District>> {
  return paged(
    orm.select().from(districts).orderBy(asc(districts.sort), asc(districts.id)).limit(size).offset(page * size),
    orm.select({ n: count() }).from(districts),
    page,
    size,
  );
}

export function listStreets(orm: Orm, districtId: number, page: number, size: number): Promise<Page<Street>> {
  return paged(
    orm
      .select()
      .from(streets)
      .where(eq(streets.districtId, districtId))
      .orderBy(asc(streets.sort), asc(streets.id))
      .limit(size)
      .offset(page * size),
    orm.select({ n: count() }).from(streets).where(eq(streets.districtId, districtId)),
    page,
    size,
  );
}

export function listCommunities(orm: Orm, streetId: number, page: number, size: number): Promise<Page<Community>> {
  return paged(
    orm
      .select()
      .from(communities)
      .where(eq(communities.streetId, streetId))
      .orderBy(asc(communities.sort), asc(communities.id))
      .limit(size)
      .offset(page * size),
    orm.select({ n: count() }).from(communities).where(eq(communities.streetId, streetId)),
    page,
    size,
  );
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

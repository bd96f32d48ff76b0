import { and, asc, count, eq, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";
import type { Lang } from "../../vocabulary.js";
import type { Database, Orm, Write } from "../database.js";
import { agencies, catalogVersion, communities, communityServices, searchMisses, searchSounds, serviceGroups, services } from "../schema.js";
import { preparedOnce, preparedRead } from "../statements.js";

export type Agency = typeof agencies.$inferSelect;
export type ServiceGroup = typeof serviceGroups.$inferSelect;
export type Service = typeof services.$inferSelect;
export type CommunityService = typeof communityServices.$inferSelect;

const statements = preparedOnce((orm) => ({
  catalogStamp: orm.select({ stamp: catalogVersion.stamp }).from(catalogVersion).where(eq(catalogVersion.id, 1)).prepare(),
}));

/** The catalogue's stamp, which changes with every write to the services or their sounds (schema: catalog_version). */
export async function catalogStamp(orm: Orm): Promise<string> {
  return (await statements(orm).catalogStamp.all())[0]?.stamp ?? "";
}

/** Every catalogue word filed under its sound (src/domain/catalog/sounds.ts). */
export async function allSounds(orm: Orm): Promise<{ key: string; word: string }[]> {
  return orm.select().from(searchSounds);
}

export async function countServices(orm: Orm): Promise<number> {
  const [row] = await orm.select({ n: count() }).from(services);
  return row?.n ?? 0;
}

const topGroupList = preparedRead<Record<string, never>, PromiseLike<ServiceGroup[]>>([], (orm) =>
  orm.select().from(serviceGroups).where(isNull(serviceGroups.parentId)).orderBy(asc(serviceGroups.sort), asc(serviceGroups.id)),
);

export async function listGroups(orm: Orm, parentId: number | null): Promise<ServiceGroup[]> {
  return parentId === null ? topGroupList(orm, {}) : subgroupsOf(orm, { groupId: parentId });
}

export async function allGroups(orm: Orm): Promise<ServiceGroup[]> {
  return orm.select().from(serviceGroups).orderBy(asc(serviceGroups.sort), asc(serviceGroups.id));
}

export async function findGroup(orm: Orm, id: number): Promise<ServiceGroup | undefined> {
  return (await orm.select().from(serviceGroups).where(eq(serviceGroups.id, id)).limit(1))[0];
}

export async function findGroupByCode(orm: Orm, code: string): Promise<ServiceGroup | undefined> {
  return (await orm.select().from(serviceGroups).where(eq(serviceGroups.code, code)).limit(1))[0];
}

/** Services of a group and of its subgroups. */
export async function servicesUnderGroup(orm: Orm, groupId: number): Promise<Service[]> {
  const children = await listGroups(orm, groupId);
  const ids = [groupId, ...children.map((g) => g.id)];
  return orm.select().from(services).where(inArray(services.groupId, ids)).orderBy(asc(services.sort), asc(services.id));
}

export async function allServices(orm: Orm): Promise<Service[]> {
  return orm.select().from(services).orderBy(asc(services.sort), asc(services.id));
}

export async function findService(orm: Orm, id: number): Promise<Service | undefined> {
  return (await orm.select().from(services).where(eq(services.id, id)).limit(1))[0];
}

export async function findServiceByCode(orm: Orm, code: string): Promise<Service | undefined> {
  return (await orm.select().from(services).where(eq(services.code, code)).limit(1))[0];
}

/**
 * What a service's card shows, in one statement: the service, its agency and group, and the community
 * with its own access-list answer (none without a community). Undefined for no such service.
 */
const card = preparedRead<{ serviceId: number; communityId: number | null }, PromiseLike<CardRow[]>>(["serviceId", "communityId"], (orm, v) =>
  orm
    .select({ service: services, agency: agencies, group: serviceGroups, community: communities, local: communityServices })
    .from(services)
    .leftJoin(agencies, eq(agencies.id, services.agencyId))
    .leftJoin(serviceGroups, eq(serviceGroups.id, services.groupId))
    // No community (null): "= NULL" matches nothing, and both are null.
    .leftJoin(communities, sql`${communities.id} = ${v.communityId}`)
    .leftJoin(communityServices, and(sql`${communityServices.communityId} = ${v.communityId}`, eq(communityServices.serviceId, services.id)))
    .where(eq(services.id, v.serviceId)),
);
type CardRow = { service: Service; agency: Agency | null; group: ServiceGroup | null; community: typeof communities.$inferSelect | null; local: CommunityService | null };

export async function cardRows(db: Database, serviceId: number, communityId: number | null) {
  const [row] = await card(db.orm, { serviceId, communityId });
  if (!row) return undefined;
  return { service: row.service, agency: row.agency ?? undefined, group: row.group ?? undefined, community: row.community ?? undefined, local: row.local ?? undefined };
}

const groupById = preparedRead<{ groupId: number }, PromiseLike<ServiceGroup[]>>(["groupId"], (orm, v) => orm.select().from(serviceGroups).where(eq(serviceGroups.id, v.groupId)));
const subgroupsOf = preparedRead<{ groupId: number }, PromiseLike<ServiceGroup[]>>(["groupId"], (orm, v) =>
  orm.select().from(serviceGroups).where(eq(serviceGroups.parentId, v.groupId)).orderBy(asc(serviceGroups.sort), asc(serviceGroups.id)),
);
const servicesIn = preparedRead<{ groupId: number }, PromiseLike<Service[]>>(["groupId"], (orm, v) =>
  orm.select().from(services).where(eq(services.groupId, v.groupId)).orderBy(asc(services.sort), asc(services.id)),
);

/** A group, its subgroups and the services directly in it, in one round trip on D1. */
export async function groupRows(db: Database, groupId: number) {
  const orm = db.orm;
  const [[group], subgroups, inGroup] = (await db.batch([groupById(orm, { groupId }), subgroupsOf(orm, { groupId }), servicesIn(orm, { groupId })] as never)) as [
    ServiceGroup[],
    ServiceGroup[],
    Service[],
  ];
  return group ? { group, subgroups, services: inGroup } : undefined;
}

/** Every access-list answer a community has of its own. */
export async function communityAnswersOf(orm: Orm, communityId: number): Promise<CommunityService[]> {
  return orm.select().from(communityServices).where(eq(communityServices.communityId, communityId));
}

/** Files catalogue words under their sounds; a word already filed is left as it is. */
export function fileSounds(orm: Orm, sounds: { key: string; word: string }[]): Write[] {
  const writes: Write[] = [];
  // Two parameters a row: 45 rows keep a statement under D1's 100.
  for (let i = 0; i < sounds.length; i += 45) writes.push(orm.insert(searchSounds).values(sounds.slice(i, i + 45)).onConflictDoNothing());
  return writes;
}

/** The questions most often left unanswered since `since`, with how often and in which language. */
export async function topSearchMisses(orm: Orm, since: number, limit: number) {
  return orm
    .select({ query: searchMisses.query, language: searchMisses.language, times: count(), last: sql<number>`max(${searchMisses.at})` })
    .from(searchMisses)
    .where(sql`${searchMisses.at} >= ${since}`)
    .groupBy(searchMisses.query, searchMisses.language)
    .orderBy(sql`count(*) DESC`, sql`max(${searchMisses.at}) DESC`)
    .limit(limit);
}

export function recordSearchMiss(orm: Orm, query: string, language: Lang, communityId: number | null, at: number): Write {
  return orm.insert(searchMisses).values({ query: query.slice(0, 200), language, communityId, at });
}

/** Deletes the questions recorded before `before`; returns how many. */
export async function pruneSearchMisses(orm: Orm, before: number): Promise<number> {
  const pruned = await orm.delete(searchMisses).where(lt(searchMisses.at, before)).returning({ id: searchMisses.id });
  return pruned.length;
}

/** A community's own access-list answer (the console's access editor). */
export function saveCommunityAnswer(orm: Orm, row: CommunityService): Write {
  return orm
    .insert(communityServices)
    .values(row)
    .onConflictDoUpdate({ target: [communityServices.communityId, communityServices.serviceId], set: { access: row.access, noteZh: row.noteZh, noteEn: row.noteEn } });
}

/** Back to the catalogue's answer. */
export function deleteCommunityAnswer(orm: Orm, communityId: number, serviceId: number): Write {
  return orm.delete(communityServices).where(and(eq(communityServices.communityId, communityId), eq(communityServices.serviceId, serviceId)));
}

/** Questions left unanswered since `since` in these communities (or anywhere, also without a community, for `null`). */
export async function searchMissesIn(orm: Orm, communityIds: number[] | null, since: number, limit: number) {
  const read = (where: SQL) =>
    orm
      .select({ query: searchMisses.query, language: searchMisses.language, times: count(), last: sql<number>`max(${searchMisses.at})` })
      .from(searchMisses)
      .where(where)
      .groupBy(searchMisses.query, searchMisses.language)
      .orderBy(sql`count(*) DESC`, sql`max(${searchMisses.at}) DESC`)
      .limit(limit);
  const recent = sql`${searchMisses.at} >= ${since}`;
  if (communityIds === null) return read(recent);
  type Row = Awaited<ReturnType<typeof read>>[number];
  const merged = new Map<string, Row>();
  for (let i = 0; i < communityIds.length; i += 90) {
    for (const row of await read(and(recent, inArray(searchMisses.communityId, communityIds.slice(i, i + 90)))!)) {
      const key = `${row.language}:${row.query}`;
      const seen = merged.get(key);
      merged.set(key, seen ? { ...row, times: seen.times + row.times, last: Math.max(seen.last, row.last) } : row);
    }
  }
  return [...merged.values()].sort((a, b) => b.times - a.times || b.last - a.last).slice(0, limit);
}

// Complaint categories as the reports, the register, Open311 and the category files read and write them.
// Directory data: a default of every community has community_id null; a community's own row replaces the
// default of the same code there.
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Orm, Write } from "../database.js";
import { complaintCategories } from "../schema.js";

export type ComplaintCategory = typeof complaintCategories.$inferSelect;
export type NewComplaintCategory = typeof complaintCategories.$inferInsert;

/** Categories by id, in chunks under D1's 100 bound parameters. */
export async function categoriesByIds(orm: Orm, ids: number[]): Promise<ComplaintCategory[]> {
  const unique = [...new Set(ids)];
  const out: ComplaintCategory[] = [];
  for (let i = 0; i < unique.length; i += 90) {
    out.push(...(await orm.select().from(complaintCategories).where(inArray(complaintCategories.id, unique.slice(i, i + 90)))));
  }
  return out;
}

/** Every category row (defaults first, then each community's own), in their order. */
export function allCategoryRows(orm: Orm): Promise<ComplaintCategory[]> {
  return orm.select().from(complaintCategories).orderBy(asc(complaintCategories.communityId), asc(complaintCategories.sort), asc(complaintCategories.id));
}

/** The defaults, enabled, in their order: Open311's services. */
export function defaultCategories(orm: Orm): Promise<ComplaintCategory[]> {
  return orm
    .select()
    .from(complaintCategories)
    .where(and(isNull(complaintCategories.communityId), isNull(complaintCategories.disabledAt)))
    .orderBy(asc(complaintCategories.sort), asc(complaintCategories.id));
}

/** A category row by its community (null: the default) and code. */
export async function categoryRow(orm: Orm, communityId: number | null, code: string): Promise<ComplaintCategory | undefined> {
  const [row] = await orm
    .select()
    .from(complaintCategories)
    .where(and(communityId === null ? isNull(complaintCategories.communityId) : eq(complaintCategories.communityId, communityId), eq(complaintCategories.code, code)))
    .limit(1);
  return row;
}

export function insertCategory(orm: Orm, row: NewComplaintCategory): Write {
  return orm.insert(complaintCategories).values(row);
}

export function updateCategory(orm: Orm, id: number, row: Partial<NewComplaintCategory>): Write {
  return orm.update(complaintCategories).set(row).where(eq(complaintCategories.id, id));
}

/** The ids of every category row (defaults and communities' own) with one of these codes (at most 50). */
export async function categoryIdsWithCodes(orm: Orm, codes: string[]): Promise<number[]> {
  if (codes.length === 0) return [];
  const rows = await orm.select({ id: complaintCategories.id }).from(complaintCategories).where(inArray(complaintCategories.code, codes.slice(0, 50)));
  return rows.map((r) => r.id);
}

// The audit log: one row per staff action, written in the same atomic write as the change it records.
import { and, desc, gte, inArray, lt, or, type SQL } from "drizzle-orm";
import type { Orm, Write } from "../database.js";
import { auditLog } from "../schema.js";

export type AuditRow = typeof auditLog.$inferSelect;
export type AuditEntry = typeof auditLog.$inferInsert;

export function insertAudit(orm: Orm, entry: AuditEntry): Write {
  return orm.insert(auditLog).values(entry);
}

/** The places whose rows a reader may see; `everywhere` sees every row, also those of no place. */
export type AuditScope =
  | "everywhere"
  | { districts: number[]; streets: number[]; communities: number[]; grids: number[] };

/**
 * Audit rows in a scope, newest first: at or after `since`, before the row id `before` (paging), at most
 * `limit`. Places are sent in chunks under D1's 100 bound parameters and the results merged.
 */
export async function auditInScope(orm: Orm, scope: AuditScope, options: { since?: number; before?: number; limit: number }): Promise<AuditRow[]> {
  const window: SQL[] = [];
  if (options.since !== undefined) window.push(gte(auditLog.at, options.since));
  if (options.before !== undefined) window.push(lt(auditLog.id, options.before));
  const read = (place?: SQL) =>
    orm
      .select()
      .from(auditLog)
      .where(and(...window, ...(place ? [place] : [])))
      .orderBy(desc(auditLog.id))
      .limit(options.limit);
  if (scope === "everywhere") return read();
  const parts: SQL[] = [];
  const columns = [
    [auditLog.districtId, scope.districts],
    [auditLog.streetId, scope.streets],
    [auditLog.communityId, scope.communities],
    [auditLog.gridId, scope.grids],
  ] as const;
  for (const [column, ids] of columns) {
    for (let i = 0; i < ids.length; i += 80) parts.push(inArray(column, ids.slice(i, i + 80)));
  }
  if (parts.length === 0) return [];
  if (parts.length === 1) return read(parts[0]);
  // Few places (the usual case): one query; many: one per chunk, merged.
  if (parts.length <= 4 && columns.reduce((n, [, ids]) => n + ids.length, 0) <= 80) return read(or(...parts));
  const seen = new Map<number, AuditRow>();
  for (const part of parts) for (const row of await read(part)) seen.set(row.id, row);
  return [...seen.values()].sort((a, b) => b.id - a.id).slice(0, options.limit);
}

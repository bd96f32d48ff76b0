// Every change a staff member (or an operator) makes is an audit row written in the same atomic write:
// who, what, before → after, when, from where, and the place it concerns.
import { auditInScope, insertAudit, type AuditRow } from "../../db/queries/audit.js";
import type { Orm, Write } from "../../db/database.js";
import type { PlaceRef } from "../../db/queries/places.js";
import type { DomainDeps } from "../deps.js";
import type { Actor } from "./actor.js";
import { auditScope, type Scope } from "./scope.js";

export type AuditPlace = Pick<PlaceRef, "districtId" | "streetId" | "communityId" | "gridId">;

export function auditWrite(
  orm: Orm,
  deps: Pick<DomainDeps, "now">,
  actor: Actor,
  action: string,
  place: AuditPlace | null,
  detail: Record<string, unknown>,
): Write {
  return insertAudit(orm, {
    at: deps.now(),
    actor: actor.label,
    action,
    detail,
    staffId: actor.staffId,
    address: actor.address,
    districtId: place?.districtId ?? null,
    streetId: place?.streetId ?? null,
    communityId: place?.communityId ?? null,
    gridId: place?.gridId ?? null,
  });
}

/**
 * The lowest place that holds all of these (for a change that concerns a person with roles in several
 * places); null when one of them is everywhere or they lie in different districts.
 */
export function commonPlace(places: (AuditPlace | null)[]): AuditPlace | null {
  if (places.length === 0 || places.some((p) => p === null)) return null;
  const all = places as AuditPlace[];
  const same = <K extends keyof AuditPlace>(k: K) => (all.every((p) => p[k] !== null && p[k] === all[0]![k]) ? all[0]![k] : null);
  const districtId = same("districtId");
  if (districtId === null) return null;
  const streetId = same("streetId");
  const communityId = streetId === null ? null : same("communityId");
  const gridId = communityId === null ? null : same("gridId");
  return { districtId, streetId, communityId, gridId };
}

export const AUDIT_PAGE = 50;

/** The audit rows a scope reaches, newest first. */
export function auditFor(deps: DomainDeps, sees: Scope, options: { since?: number; before?: number; limit?: number } = {}): Promise<AuditRow[]> {
  return auditInScope(deps.directory.orm, auditScope(sees), { ...options, limit: options.limit ?? AUDIT_PAGE });
}

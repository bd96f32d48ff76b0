// What a staff member reaches. A role at a place reaches that place and everything below it, and
// nothing beside or above it; `admin` reaches everything. The console, the staff API and later jobs all
// decide with `reaches`.
import type { PlaceRef } from "../../db/queries/places.js";
import type { AuditScope } from "../../db/queries/audit.js";
import type { PlaceKind, RolePlaceKind, StaffRole } from "../../vocabulary.js";

export interface Scope {
  everywhere: boolean;
  district: ReadonlySet<number>;
  street: ReadonlySet<number>;
  community: ReadonlySet<number>;
  grid: ReadonlySet<number>;
}

export interface HeldRole {
  role: StaffRole;
  placeKind: RolePlaceKind;
  placeId: number;
}

export const emptyScope: Scope = { everywhere: false, district: new Set(), street: new Set(), community: new Set(), grid: new Set() };
export const everywhere: Scope = { ...emptyScope, everywhere: true };

export function scopeOf(roles: readonly HeldRole[]): Scope {
  const sets = { district: new Set<number>(), street: new Set<number>(), community: new Set<number>(), grid: new Set<number>() };
  let all = false;
  for (const r of roles) {
    if (r.placeKind === "everywhere") all = true;
    else sets[r.placeKind].add(r.placeId);
  }
  return { everywhere: all, ...sets };
}

/** Whether a scope reaches a place (`null`: everywhere, which only `admin` reaches). */
export function reaches(scope: Scope, place: Pick<PlaceRef, "districtId" | "streetId" | "communityId" | "gridId"> | null): boolean {
  if (scope.everywhere) return true;
  if (place === null) return false;
  return (
    scope.district.has(place.districtId) ||
    (place.streetId !== null && scope.street.has(place.streetId)) ||
    (place.communityId !== null && scope.community.has(place.communityId)) ||
    (place.gridId !== null && scope.grid.has(place.gridId))
  );
}

/** The places a scope is made of, for reads that select what lies at or below them. */
export function scopePlaces(scope: Scope): { kind: PlaceKind; id: number }[] | "everywhere" {
  if (scope.everywhere) return "everywhere";
  return (["district", "street", "community", "grid"] as const).flatMap((kind) => [...scope[kind]].map((id) => ({ kind, id })));
}

/** Audit rows are tagged with their place and its ancestors: a scope reads the rows of its own places. */
export function auditScope(scope: Scope): AuditScope {
  if (scope.everywhere) return "everywhere";
  return { districts: [...scope.district], streets: [...scope.street], communities: [...scope.community], grids: [...scope.grid] };
}

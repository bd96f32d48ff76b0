// Who is acting: a staff member (console, staff API, Telegram), or an operator at the command line.
import { placesByIds, type PlaceRef } from "../../db/queries/places.js";
import { rolesOf, type StaffMember, type StaffRoleRow } from "../../db/queries/staff.js";
import type { PlaceKind } from "../../vocabulary.js";
import type { DomainDeps } from "../deps.js";
import { managerRoles } from "./roles.js";
import { everywhere, scopeOf, type Scope } from "./scope.js";

export interface Actor {
  /** As the audit log names it: "staff:<username>", "cli:<os user>", "system". */
  label: string;
  staffId: number | null;
  /** Where the request came from, when over HTTP. */
  address: string | null;
  /** What the actor may see… */
  sees: Scope;
  /** …and what it may change. */
  manages: Scope;
}

/** A staff member acting, with their roles. */
export interface Viewer extends Actor {
  member: StaffMember;
  roles: StaffRoleRow[];
}

/** The command line, run by whoever operates the server: reaches everything. */
export function operator(label: string): Actor {
  return { label, staffId: null, address: null, sees: everywhere, manages: everywhere };
}

export function viewerOf(member: StaffMember, roles: StaffRoleRow[], address: string | null): Viewer {
  return {
    label: `staff:${member.username}`,
    staffId: member.id,
    address,
    sees: scopeOf(roles),
    manages: scopeOf(roles.filter((r) => managerRoles.has(r.role))),
    member,
    roles,
  };
}

export async function loadViewer(deps: DomainDeps, member: StaffMember, address: string | null): Promise<Viewer> {
  return viewerOf(member, await rolesOf(deps.directory.orm, member.id), address);
}

export interface RoleAt {
  role: StaffRoleRow;
  /** null for `admin` (everywhere). */
  place: PlaceRef | null;
}

/** Roles with the places they are held at (one read per kind of place). */
export async function rolesWithPlaces(deps: DomainDeps, roles: StaffRoleRow[]): Promise<RoleAt[]> {
  const byKind = new Map<PlaceKind, PlaceRef[]>();
  for (const kind of ["district", "street", "community", "grid"] as const) {
    const ids = roles.filter((r) => r.placeKind === kind).map((r) => r.placeId);
    if (ids.length) byKind.set(kind, await placesByIds(deps.directory.orm, kind, ids));
  }
  const out: RoleAt[] = [];
  for (const role of roles) {
    if (role.placeKind === "everywhere") out.push({ role, place: null });
    else {
      const place = byKind.get(role.placeKind)?.find((p) => p.id === role.placeId);
      if (place) out.push({ role, place });
    }
  }
  return out;
}

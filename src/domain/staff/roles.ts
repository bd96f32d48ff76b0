// Which role is held at which kind of place, and which roles may change things.
import { placeKinds, staffRoles, type PlaceKind, type RolePlaceKind, type StaffRole } from "../../vocabulary.js";
import { StaffRuleError } from "./errors.js";

export const placeKindOfRole: Readonly<Record<StaffRole, RolePlaceKind>> = {
  grid_worker: "grid",
  proxy_agent: "community",
  community_staff: "community",
  street_admin: "street",
  district_admin: "district",
  admin: "everywhere",
};

/**
 * Roles that manage their scope: add staff, give and take roles, disable, edit the community card and
 * the access answers. Grid workers and proxy agents see their scope and change nothing in it here.
 */
export const managerRoles: ReadonlySet<StaffRole> = new Set(["community_staff", "street_admin", "district_admin", "admin"]);

/** The roles held at a place of this kind. */
export function rolesAt(kind: PlaceKind): StaffRole[] {
  return staffRoles.filter((r) => placeKindOfRole[r] === kind);
}

export function isStaffRole(value: string): value is StaffRole {
  return (staffRoles as readonly string[]).includes(value);
}

export function isPlaceKind(value: string): value is PlaceKind {
  return (placeKinds as readonly string[]).includes(value);
}

/** "grid_worker@ja-huiminyuan-1", "admin" (or "admin@*"): a role and the code of its place. */
export function parseRoleAt(text: string, field = "role"): { role: StaffRole; code: string | null } {
  const [role = "", code, ...rest] = text.trim().split("@");
  if (!isStaffRole(role) || rest.length > 0) {
    throw new StaffRuleError("invalid", `"${text}" is not ROLE@PLACE; roles are ${staffRoles.join(", ")}`, field);
  }
  if (role === "admin") {
    if (code !== undefined && code !== "*" && code !== "") throw new StaffRuleError("invalid", `admin is held everywhere; write "admin" without @PLACE`, field);
    return { role, code: null };
  }
  if (!code) throw new StaffRuleError("invalid", `${role} needs a place: ${role}@CODE (the code of a ${placeKindOfRole[role]})`, field);
  return { role, code };
}

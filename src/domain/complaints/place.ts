// Where a complaint is, and who handles it there. A place is a shared location (checked: not 0,0, not
// beyond the community), a building (「3栋」, "Building 3"), or words. The building matched against a
// grid's list, or else the grid whose middle is nearest the location, decides the grid; the category
// decides the role: the grid's grid worker by default, another role of the community where it says so,
// the community's staff when there is no grid or nobody in that role.
import { and, eq } from "drizzle-orm";
import { gridsOfCommunity, type Community, type Grid } from "../../db/queries/places.js";
import { gridWorkersOf, staffByIds, type StaffMember } from "../../db/queries/staff.js";
import { staffRoles } from "../../db/schema.js";
import type { DomainDeps } from "../deps.js";
import type { ComplaintCategory } from "./categories.js";

/** Farther than this from the community's station, a shared location is not the community's. */
export const MAX_KM_FROM_COMMUNITY = 20;

export interface Place {
  latitude?: number | null;
  longitude?: number | null;
  /** As the grid lists name it: 「3栋」. */
  building?: string | null;
  /** The place in the resident's words. */
  text?: string | null;
}

/** Metres between two points (haversine, on a sphere of the Earth's mean radius). */
export function metresBetween(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Why a shared location is refused: null when it is usable. */
export function locationProblem(community: Pick<Community, "latitude" | "longitude">, latitude: number, longitude: number): "zero" | "range" | null {
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return "range";
  if (Math.abs(latitude) < 1e-6 && Math.abs(longitude) < 1e-6) return "zero";
  if (community.latitude !== null && community.longitude !== null) {
    const km = metresBetween({ latitude, longitude }, { latitude: community.latitude, longitude: community.longitude }) / 1000;
    if (km > MAX_KM_FROM_COMMUNITY) return "range";
  }
  return null;
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** The building a text names, as grid lists write it (「3栋」): 3栋, 3号楼, 3幢, 三栋, "Building 3", "Block 3"; or null. */
export function buildingIn(text: string): string | null {
  const t = text.normalize("NFKC");
  const zh = /(\d{1,3}|[一二三四五六七八九十])\s*(?:号楼|栋|幢|座|号院)/.exec(t);
  if (zh) return `${CN_DIGITS[zh[1]!] ?? Number(zh[1])}栋`;
  const en = /\b(?:building|block|bldg\.?)\s*(?:no\.?\s*)?(\d{1,3})\b/i.exec(t);
  return en ? `${Number(en[1])}栋` : null;
}

/** The grid a place belongs to: its building in a grid's list, else the grid whose middle is nearest. */
export function gridOfPlace(grids: readonly Grid[], place: Place): Grid | undefined {
  if (place.building) {
    const wanted = buildingIn(place.building) ?? place.building;
    const found = grids.find((g) => g.buildings.some((b) => (buildingIn(b) ?? b) === wanted));
    if (found) return found;
  }
  if (typeof place.latitude === "number" && typeof place.longitude === "number") {
    const here = { latitude: place.latitude, longitude: place.longitude };
    let best: { grid: Grid; m: number } | undefined;
    for (const g of grids) {
      if (g.latitude === null || g.longitude === null) continue;
      const m = metresBetween(here, { latitude: g.latitude, longitude: g.longitude });
      if (!best || m < best.m) best = { grid: g, m };
    }
    if (best) return best.grid;
  }
  return undefined;
}

export interface Routing {
  grid: Grid | undefined;
  assignee: StaffMember | undefined;
}

/** The grid and the staff member a complaint of this category at this place goes to. */
export async function routeComplaint(deps: DomainDeps, community: Community, category: ComplaintCategory, place: Place): Promise<Routing> {
  const grid = gridOfPlace(await gridsOfCommunity(deps.directory.orm, community.id), place);
  const orm = deps.directory.orm;
  if (category.handlerRole === "grid_worker" && grid) {
    const [worker] = await gridWorkersOf(orm, [grid.id]);
    if (worker) return { grid, assignee: worker.member };
  }
  const inRole = async (role: ComplaintCategory["handlerRole"]) => {
    const rows = await orm
      .select({ staffId: staffRoles.staffId })
      .from(staffRoles)
      .where(and(eq(staffRoles.role, role), eq(staffRoles.placeKind, "community"), eq(staffRoles.placeId, community.id)));
    const members = await staffByIds(
      orm,
      rows.map((r) => r.staffId),
    );
    return members.find((m) => m.disabledAt === null);
  };
  const assignee = (category.handlerRole !== "grid_worker" ? await inRole(category.handlerRole) : undefined) ?? (await inRole("community_staff"));
  return { grid, assignee };
}

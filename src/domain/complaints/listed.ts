// What a list of complaints names beside each row — its category, community and grid — read once for the
// whole list (the public requests of Open311 and /api, the monthly register).
import { categoriesByIds } from "../../db/queries/complaint-categories.js";
import { placesByIds } from "../../db/queries/places.js";
import type { DomainDeps } from "../deps.js";

export async function placesOfComplaints(deps: DomainDeps, rows: readonly { categoryId: number; communityId: number; gridId: number | null }[]) {
  const [categories, communities, grids] = await Promise.all([
    categoriesByIds(
      deps.directory.orm,
      rows.map((r) => r.categoryId),
    ),
    placesByIds(
      deps.directory.orm,
      "community",
      rows.map((r) => r.communityId),
    ),
    placesByIds(
      deps.directory.orm,
      "grid",
      rows.flatMap((r) => (r.gridId === null ? [] : [r.gridId])),
    ),
  ]);
  return { categories, communities, grids };
}

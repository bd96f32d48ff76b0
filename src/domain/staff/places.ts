// Places as staff and integrations see them: the public tree, and places looked up within a scope.
import { allPlaces, placeByCode, placesBelow, placesByIds, placesWithCode, type PlaceRef } from "../../db/queries/places.js";
import type { PlaceKind } from "../../vocabulary.js";
import type { DomainDeps } from "../deps.js";
import { notFound, StaffRuleError } from "./errors.js";
import { isPlaceKind } from "./roles.js";
import { reaches, scopePlaces, type Scope } from "./scope.js";

export interface PlaceNode {
  code: string;
  name: { zh: string; en: string };
}
export interface GridNode extends PlaceNode {}
export interface CommunityNode extends PlaceNode {
  rural: boolean;
  grids: GridNode[];
}
export interface StreetNode extends PlaceNode {
  communities: CommunityNode[];
}
export interface DistrictNode extends PlaceNode {
  streets: StreetNode[];
}

// Map.groupBy arrives in Node 21; Node 20 is the floor.
function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** district → street → community → grid, with codes and names in both languages. */
export async function placeTree(deps: DomainDeps): Promise<DistrictNode[]> {
  const all = await allPlaces(deps.directory.orm);
  const node = (p: { code: string; nameZh: string; nameEn: string }) => ({ code: p.code, name: { zh: p.nameZh, en: p.nameEn } });
  const gridsOf = groupBy(all.grids, (g) => g.communityId);
  const communitiesOf = groupBy(all.communities, (c) => c.streetId);
  const streetsOf = groupBy(all.streets, (s) => s.districtId);
  return all.districts.map((d) => ({
    ...node(d),
    streets: (streetsOf.get(d.id) ?? []).map((s) => ({
      ...node(s),
      communities: (communitiesOf.get(s.id) ?? []).map((c) => ({
        ...node(c),
        rural: c.rural,
        grids: (gridsOf.get(c.id) ?? []).map(node),
      })),
    })),
  }));
}

/** A place of this kind by code, if the scope reaches it; otherwise the same "not found" as a wrong code. */
export async function placeInScope(deps: DomainDeps, sees: Scope, kind: PlaceKind, code: string): Promise<PlaceRef> {
  const place = await placeByCode(deps.directory.orm, kind, code);
  if (!place || !reaches(sees, place)) throw notFound();
  return place;
}

/** A place by code alone, of whichever level has it; an error names the argument when none or several do. */
export async function placeByAnyCode(deps: DomainDeps, text: string, field = "place"): Promise<PlaceRef> {
  const [first, second] = text.split(":");
  const qualified = second !== undefined && isPlaceKind(first!);
  const code = qualified ? second : text;
  const found = qualified ? [await placeByCode(deps.directory.orm, first, second)].filter((p): p is PlaceRef => p !== undefined) : await placesWithCode(deps.directory.orm, code);
  if (found.length === 0) throw new StaffRuleError("no-place", `no place has the code "${code}"`, field, { code });
  if (found.length > 1) {
    throw new StaffRuleError("invalid", `"${code}" is the code of a ${found.map((p) => p.kind).join(" and of a ")}; write KIND:CODE, e.g. ${found[0]!.kind}:${code}`, field);
  }
  return found[0]!;
}

/** The places a staff member starts from in the console: the places of their roles, or the districts. */
export async function topPlaces(deps: DomainDeps, sees: Scope): Promise<PlaceRef[]> {
  const places = scopePlaces(sees);
  if (places === "everywhere") return placesBelow(deps.directory.orm, null);
  const out: PlaceRef[] = [];
  for (const kind of ["district", "street", "community", "grid"] as const) {
    const ids = places.filter((p) => p.kind === kind).map((p) => p.id);
    if (ids.length) out.push(...(await placesByIds(deps.directory.orm, kind, ids)));
  }
  // A place below another one of the same person's places is reached through it.
  return out.filter((p) => !out.some((q) => q !== p && isAbove(q, p)));
}

function isAbove(upper: PlaceRef, lower: PlaceRef): boolean {
  if (upper.kind === lower.kind) return false;
  switch (upper.kind) {
    case "district":
      return lower.districtId === upper.id;
    case "street":
      return lower.streetId === upper.id;
    case "community":
      return lower.communityId === upper.id;
    case "grid":
      return false;
  }
}


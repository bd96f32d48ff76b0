// Where residents live, as they choose it: district → street → community, a page at a time.
import {
  allDistricts,
  communitiesOf,
  communityPath,
  findCommunityByCode,
  findStreet,
  streetsOf,
  type Community,
  type CommunityPath,
  type District,
  type Street,
} from "../db/queries/places.js";
import type { DomainDeps } from "./deps.js";
import { pageOf, type Page } from "./paging.js";

export type { Community, CommunityPath, District, Street };

export async function districtsPage(deps: DomainDeps, page: number, size: number): Promise<Page<District>> {
  return pageOf(await allDistricts(deps.directory.orm), page, size);
}

export async function streetsPage(deps: DomainDeps, districtId: number, page: number, size: number): Promise<Page<Street>> {
  return pageOf(await streetsOf(deps.directory.orm, districtId), page, size);
}

/** A street's communities, with the street (for the way back to its district); undefined for no such street. */
export async function communitiesPage(deps: DomainDeps, streetId: number, page: number, size: number) {
  const orm = deps.directory.orm;
  const [street, list] = await Promise.all([findStreet(orm, streetId), communitiesOf(orm, streetId)]);
  return street ? { street, list: pageOf(list, page, size) } : undefined;
}

/** The community behind a QR poster's code. */
export function communityByCode(deps: DomainDeps, code: string): Promise<Community | undefined> {
  return findCommunityByCode(deps.directory.orm, code);
}

export function placeOf(deps: DomainDeps, communityId: number): Promise<CommunityPath | undefined> {
  return communityPath(deps.directory.orm, communityId);
}

// Browsing the service guide: the top groups, what a group holds, one service.
import { findService, groupRows, listGroups, type Service, type ServiceGroup } from "../../db/queries/catalog.js";
import type { DomainDeps } from "../deps.js";

export function topGroups(deps: DomainDeps): Promise<ServiceGroup[]> {
  return listGroups(deps.directory.orm, null);
}

/** A group with its subgroups and the services directly in it; undefined for no such group. */
export async function groupContents(deps: DomainDeps, groupId: number): Promise<{ group: ServiceGroup; subgroups: ServiceGroup[]; services: Service[] } | undefined> {
  // One round trip on D1.
  return groupRows(deps.directory, groupId);
}

export function serviceById(deps: DomainDeps, id: number): Promise<Service | undefined> {
  return findService(deps.directory.orm, id);
}

// What the guide tells a resident about one service: the item, where to go and whether it is open now,
// and the access-list answer for the resident's own community.
import { communityAnswer, findAgency, findGroup, type Agency, type Service, type ServiceGroup } from "../../db/queries/catalog.js";
import { findCommunity, type Community } from "../../db/queries/places.js";
import type { DomainDeps } from "../deps.js";
import type { AccessAnswer } from "./format.js";
import { openingState, type OpeningState } from "./hours.js";

export interface ServiceCard {
  service: Service;
  group: ServiceGroup | undefined;
  agency: Agency;
  /** Whether the office is open now, in the community's time zone. */
  opening: OpeningState;
  timeZone: string;
  /** The access-list answer: the community's own where it has one, else the catalogue's. */
  access: AccessAnswer;
  accessNote?: { zh: string | null; en: string | null };
  community?: Community;
}

export async function serviceCard(deps: DomainDeps, service: Service, communityId: number | null): Promise<ServiceCard> {
  const orm = deps.db.orm;
  const [agency, group, community, local] = await Promise.all([
    findAgency(orm, service.agencyId),
    findGroup(orm, service.groupId),
    communityId ? findCommunity(orm, communityId) : undefined,
    communityId ? communityAnswer(orm, communityId, service.id) : undefined,
  ]);
  if (!agency) throw new Error(`service ${service.code} names a missing agency ${service.agencyId}`);
  const timeZone = community?.timeZone ?? deps.defaultTimeZone;
  return {
    service,
    group,
    agency,
    opening: openingState(agency.hours, agency.exceptions, deps.now(), timeZone),
    timeZone,
    access: local?.access ?? service.access,
    ...(local && (local.noteZh || local.noteEn) ? { accessNote: { zh: local.noteZh, en: local.noteEn } } : {}),
    ...(community ? { community } : {}),
  };
}

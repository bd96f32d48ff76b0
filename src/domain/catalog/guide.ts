// What the guide tells a resident about one service: the item, where to go and whether it is open now,
// and the access-list answer for the resident's own community.
import {
  communityAnswer,
  communityAnswersOf,
  findAgency,
  findGroup,
  type Agency,
  type CommunityService,
  type Service,
  type ServiceGroup,
} from "../../db/queries/catalog.js";
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

/** The community's own answer where it has one, else the catalogue's. */
function answerFor(service: Service, local: CommunityService | undefined): AccessAnswer {
  return local?.access ?? service.access;
}

/** The access-list answer of each service for one community, in one read. */
export async function accessAnswers(deps: DomainDeps, services: Service[], communityId: number): Promise<Map<number, AccessAnswer>> {
  const local = new Map((await communityAnswersOf(deps.directory.orm, communityId)).map((a) => [a.serviceId, a]));
  return new Map(services.map((s) => [s.id, answerFor(s, local.get(s.id))]));
}

export async function serviceCard(deps: DomainDeps, service: Service, communityId: number | null): Promise<ServiceCard> {
  const orm = deps.directory.orm;
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
    access: answerFor(service, local),
    ...(local && (local.noteZh || local.noteEn) ? { accessNote: { zh: local.noteZh, en: local.noteEn } } : {}),
    ...(community ? { community } : {}),
  };
}

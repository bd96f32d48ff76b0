// What the guide tells a resident about one service: the item, where to go and whether it is open now,
// and the access-list answer for the resident's own community.
import {
  cardRows,
  communityAnswersOf,
  type Agency,
  type CommunityService,
  type Service,
  type ServiceGroup,
} from "../../db/queries/catalog.js";
import type { Community } from "../../db/queries/places.js";
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

/** The card of a service by its id, for a resident of this community (or none); undefined for no such service. */
export async function serviceCardById(deps: DomainDeps, serviceId: number, communityId: number | null): Promise<ServiceCard | undefined> {
  // Everything the card shows in one round trip on D1.
  const rows = await cardRows(deps.directory, serviceId, communityId);
  if (!rows) return undefined;
  const { service, agency, group, community, local } = rows;
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

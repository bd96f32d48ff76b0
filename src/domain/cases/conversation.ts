// Talking to a person (转人工): a case of kind `conversation`. Open → answered (staff wrote) → closed;
// the resident writing within 7 days of closing reopens it, later they start a new one.
import { together, type Change } from "../../db/database.js";
import { findCase, lastClosedOf, openCasesOf, statusIfStill, type Case } from "../../db/queries/cases.js";
import { findCommunity, type Community } from "../../db/queries/places.js";
import type { Resident } from "../../db/queries/residents.js";
import type { DomainDeps } from "../deps.js";
import { mayCreate } from "../limits.js";
import { closed, openCase, reopened, residentWrote, type Content, type StaffActor } from "./cases.js";
import { officeDeadline, officeNow } from "./office.js";

export const conversationStatuses = ["open", "answered", "closed"] as const;
export type ConversationStatus = (typeof conversationStatuses)[number];

/** A closed conversation the resident writes to again within this long is reopened. */
export const REOPEN_WITHIN_MS = 7 * 24 * 60 * 60 * 1000;
/** Minutes of office time staff have for a first answer, unless the community says otherwise. */
export const FIRST_RESPONSE_MINUTES = 120;

export function firstResponseDue(deps: DomainDeps, community: Community, from: number): number | null {
  return officeDeadline(community, from, community.firstResponseMinutes ?? FIRST_RESPONSE_MINUTES, deps.defaultTimeZone);
}

/** What a resident is told about who answers and when: now, or when the office opens next. */
export function whenAnswered(deps: DomainDeps, community: Community) {
  return officeNow(community, deps.now(), deps.defaultTimeZone);
}

export type Talk =
  /** Already talking: this case. */
  | { how: "open"; case: Case }
  /** A conversation closed lately, opened again. */
  | { how: "reopened"; case: Case; change: Change }
  /** A new case (its reference is read back after the commit). */
  | { how: "new"; change: Change; community: Community }
  /** The resident opened as many cases as an hour allows (LIMIT_CASES): nothing was opened. */
  | { how: "too-many"; retryAfterSeconds: number };

/**
 * The resident wants a person: their open conversation if there is one, the last one reopened if it
 * closed within 7 days, or a new case in their community with what they said first.
 */
export async function talkToPerson(deps: DomainDeps, resident: Resident, communityId: number, first: Content, serviceId: number | null, fallbackSummary: string, residentName?: string): Promise<Talk> {
  const [open] = await openCasesOf(deps.db.orm, resident.id, "conversation");
  if (open) return { how: "open", case: open };
  const community = await findCommunity(deps.directory.orm, communityId);
  if (!community) throw new Error(`no community ${communityId}`);
  const now = deps.now();
  const recent = await lastClosedOf(deps.db.orm, resident.id, "conversation", now - REOPEN_WITHIN_MS);
  if (recent && recent.communityId === communityId) {
    const change = together(
      reopened(deps, recent, "resident", "open", firstResponseDue(deps, community, now)),
      first.text || first.attachment ? residentWrote(deps, recent, first) : null,
    );
    return { how: "reopened", case: recent, change };
  }
  const verdict = await mayCreate(deps, resident, "case");
  if (!verdict.allowed) return { how: "too-many", retryAfterSeconds: verdict.retryAfterSeconds };
  const change = openCase(deps, {
    kind: "conversation",
    status: "open",
    resident,
    ...(residentName ? { residentName } : {}),
    community,
    serviceId,
    content: first,
    dueAt: firstResponseDue(deps, community, now),
    fallbackSummary,
  });
  return { how: "new", change, community };
}

/**
 * The resident writes into their conversation. After staff answered, it waits for staff again — a
 * follow-up question counts as waiting, with a new first-response deadline — unless it moved on meanwhile.
 */
export async function residentFollowedUp(deps: DomainDeps, c: Case, content: Content): Promise<Change> {
  if (c.status !== "answered") return residentWrote(deps, c, content);
  const community = await findCommunity(deps.directory.orm, c.communityId);
  const due = community ? firstResponseDue(deps, community, deps.now()) : null;
  return together(residentWrote(deps, c, content), (orm) => [statusIfStill(orm, c.id, "answered", "open", due)]);
}

/** The resident ends the conversation from their side. */
export function endedByResident(deps: DomainDeps, c: Case, resident: Resident): Change {
  return closed(deps, c, resident, "resident", { module: "human", name: "rate", args: { caseId: c.id, ref: c.ref } });
}

/** Staff close it: the resident is asked for a rating. */
export function closedByStaff(deps: DomainDeps, c: Case, resident: Resident | undefined, by: StaffActor): Change {
  return closed(deps, c, resident, by, { module: "human", name: "rate", args: { caseId: c.id, ref: c.ref } });
}

export function reopenedByStaff(deps: DomainDeps, c: Case, community: Community, by: StaffActor): Change {
  return reopened(deps, c, by, "open", firstResponseDue(deps, community, deps.now()));
}

/** A resident's cases that are not closed (of one kind, or all), newest first. */
export function openCasesOfResident(deps: DomainDeps, resident: Resident, kind?: Case["kind"]): Promise<Case[]> {
  return openCasesOf(deps.db.orm, resident.id, kind);
}

/** A resident's own case, or undefined: residents see only their own things. */
export async function ownCase(deps: DomainDeps, resident: Resident, caseId: number): Promise<Case | undefined> {
  const c = await findCase(deps.db.orm, caseId);
  return c && c.residentId === resident.id ? c : undefined;
}

// Filing a complaint (民情诉求): a case of kind `complaint` with its own row (category, what happened,
// where, photos, whether the name is hidden), routed to whoever handles its category at its place, with
// the category's deadlines counted in the community's office hours. A category that is not the
// community's to handle is recorded as `not_responsible` with where it goes instead, which the resident is
// told at once. Also: the open complaints a new one may repeat, and "me too" (a follower, no new case).
// Chat flows commit `prepareComplaint`'s change with their conversation state; HTTP callers (Open311)
// use `fileComplaint`, which commits it and reads the case back.
import { together, type Change } from "../../db/database.js";
import { addEvent, findCase, type Case } from "../../db/queries/cases.js";
import { addFollower, complaintByFilingKey, findComplaint, insertComplaint, isFollower, openComplaintsLike, type Complaint } from "../../db/queries/complaints.js";
import { findCommunity, type Community, type Grid } from "../../db/queries/places.js";
import type { Resident } from "../../db/queries/residents.js";
import type { StaffMember } from "../../db/queries/staff.js";
import type { Attachment } from "../../vocabulary.js";
import { newCaseId, openCase, summaryOf } from "../cases/cases.js";
import { officeDeadline } from "../cases/office.js";
import type { DomainDeps } from "../deps.js";
import { queue, queueForNewCase, uniqueKey } from "../outbox.js";
import { categoryOf, type ComplaintCategory } from "./categories.js";
import { buildingIn, locationProblem, metresBetween, routeComplaint, type Place } from "./place.js";

/** At most this many photos a complaint. */
export const MAX_PHOTOS = 5;
export const MAX_DESCRIPTION = 2000;
/** "Nearby" for duplicates: the same building, or this close where both have a location. */
export const NEARBY_METRES = 200;
export const NEARBY_DAYS = 30;

export class ComplaintRuleError extends Error {
  constructor(
    readonly reason:
      | "community"
      | "category"
      | "description"
      | "location-zero"
      | "location-range"
      | "photos"
      | "not-found"
      | "not-open"
      | "own",
  ) {
    super(reason);
    this.name = "ComplaintRuleError";
  }
}

export interface ComplaintInput {
  resident: Resident;
  /** How the channel names them (a Telegram first name), for staff. */
  residentName?: string;
  communityId: number;
  categoryId: number;
  description: string;
  place?: Place;
  photos?: Attachment[];
  /** Hide their name from other residents. */
  anonymous?: boolean;
  /** The filing's own key (a retry with the same key finds the first one); made when absent. */
  key?: string;
}

export interface Filing {
  change: Change;
  key: string;
  /** The new case's id inside the filing's own write (a subquery), for writes that join it. */
  caseId: ReturnType<typeof newCaseId>;
  community: Community;
  category: ComplaintCategory;
  /** Not the community's: where it goes instead (the case is recorded as not responsible). */
  notHere: boolean;
  grid: Grid | undefined;
  assignee: StaffMember | undefined;
  acknowledgeDueAt: number | null;
  resolveDueAt: number | null;
}

export interface Filed {
  case: Case;
  complaint: Complaint;
}

/** Checks a complaint and builds its write (the case, its row, photos and place in the timeline, the topic's posts). */
export async function prepareComplaint(deps: DomainDeps, input: ComplaintInput): Promise<Filing> {
  const community = await findCommunity(deps.directory.orm, input.communityId);
  if (!community) throw new ComplaintRuleError("community");
  const category = await categoryOf(deps, community.id, input.categoryId);
  if (!category) throw new ComplaintRuleError("category");
  const description = input.description.trim();
  if (!description || description.length > MAX_DESCRIPTION) throw new ComplaintRuleError("description");
  const photos = input.photos ?? [];
  if (photos.length > MAX_PHOTOS || photos.some((p) => p.kind !== "photo" || !(p.telegramFileId || p.mediaKey))) throw new ComplaintRuleError("photos");
  const place = input.place ?? {};
  const hasLocation = typeof place.latitude === "number" && typeof place.longitude === "number";
  if (hasLocation) {
    const problem = locationProblem(community, place.latitude!, place.longitude!);
    if (problem) throw new ComplaintRuleError(problem === "zero" ? "location-zero" : "location-range");
  }
  const building = place.building ? (buildingIn(place.building) ?? place.building.slice(0, 32)) : place.text ? buildingIn(place.text) : null;
  const placeText = place.text?.trim().slice(0, 200) || null;

  const now = deps.now();
  const notHere = category.access === "not_here";
  const routing = notHere ? { grid: undefined, assignee: undefined } : await routeComplaint(deps, community, category, { ...place, building });
  const acknowledgeDueAt = notHere ? null : officeDeadline(community, now, category.acknowledgeMinutes, deps.defaultTimeZone);
  const resolveDueAt = notHere ? null : officeDeadline(community, now, category.resolveMinutes, deps.defaultTimeZone);
  const key = input.key ?? uniqueKey("complaint");
  const id = newCaseId(deps, "complaint", community);

  const extras: Attachment[] = [...photos, ...(hasLocation ? [{ kind: "location" as const, latitude: place.latitude!, longitude: place.longitude! }] : [])];
  const change = together(
    openCase(deps, {
      kind: "complaint",
      status: notHere ? "not_responsible" : "open",
      resident: input.resident,
      ...(input.residentName ? { residentName: input.residentName } : {}),
      community,
      gridId: routing.grid?.id ?? null,
      assigneeStaffId: routing.assignee?.id ?? null,
      content: { text: description },
      dueAt: acknowledgeDueAt,
      fallbackSummary: summaryOf({ text: description }, category.nameZh),
      announce: !notHere,
    }),
    (orm) => [
      insertComplaint(orm, {
        caseId: id as unknown as number,
        filingKey: key,
        categoryId: category.id,
        description,
        latitude: hasLocation ? place.latitude! : null,
        longitude: hasLocation ? place.longitude! : null,
        building,
        placeText,
        anonymous: input.anonymous === true,
        elsewhereZh: notHere ? category.elsewhereZh : null,
        elsewhereEn: notHere ? category.elsewhereEn : null,
        acknowledgeDueAt,
        resolveDueAt,
      }),
      ...extras.map((attachment) => addEvent(orm, { caseId: id, at: now, kind: "message_in", actor: "resident", attachment })),
      ...(notHere ? [addEvent(orm, { caseId: id, at: now, kind: "status", actor: "system", detail: { from: null, to: "not_responsible" } })] : []),
    ],
    // The photos and the place follow the topic's first post, in order.
    ...(notHere ? [] : extras.map((attachment) => queueForNewCase(deps, id, { post: "message", from: "resident", attachment }))),
  );
  return { change, key, caseId: id, community, category, notHere, grid: routing.grid, assignee: routing.assignee, acknowledgeDueAt, resolveDueAt };
}

/** The complaint a filing made, once its write is committed. */
export async function filedComplaint(deps: DomainDeps, key: string): Promise<Filed | undefined> {
  const complaint = await complaintByFilingKey(deps.db.orm, key);
  const c = complaint ? await findCase(deps.db.orm, complaint.caseId) : undefined;
  return complaint && c ? { case: c, complaint } : undefined;
}

/** Files a complaint outside a chat turn (an HTTP request): commits it and reads it back. A retry with the same key finds the first. */
export async function fileComplaint(deps: DomainDeps, input: ComplaintInput, alongside?: (filing: Filing) => Change): Promise<Filed & { filing: Filing }> {
  const filing = await prepareComplaint(deps, input);
  const earlier = input.key ? await filedComplaint(deps, input.key) : undefined;
  if (!earlier) {
    const change = together(filing.change, alongside?.(filing));
    await deps.db.atomic(change);
    for (const job of change.wakes ?? []) deps.wake?.(job);
  }
  const filed = earlier ?? (await filedComplaint(deps, filing.key));
  if (!filed) throw new Error("a filed complaint could not be read back");
  return { ...filed, filing };
}

// ── duplicates and "me too" ────────────────────────────────────────────────────────────────────

/** Complaints of the same community and category still open, of the last 30 days, in the same building or within 200 m. */
export async function nearbyComplaints(deps: DomainDeps, q: { communityId: number; categoryId: number; place: Place }, limit = 3): Promise<Filed[]> {
  const since = deps.now() - NEARBY_DAYS * 24 * 60 * 60 * 1000;
  const rows = await openComplaintsLike(deps.db.orm, q.communityId, q.categoryId, since);
  const building = q.place.building ? (buildingIn(q.place.building) ?? q.place.building) : q.place.text ? buildingIn(q.place.text) : null;
  const here = typeof q.place.latitude === "number" && typeof q.place.longitude === "number" ? { latitude: q.place.latitude, longitude: q.place.longitude } : null;
  return rows
    .filter(({ complaint }) => {
      if (building && complaint.building === building) return true;
      return here !== null && complaint.latitude !== null && complaint.longitude !== null && metresBetween(here, { latitude: complaint.latitude, longitude: complaint.longitude }) <= NEARBY_METRES;
    })
    .slice(0, limit)
    .map(({ c, complaint }) => ({ case: c, complaint }));
}

const followable = ["open", "investigating", "action_scheduled", "in_progress", "reopened"];

/**
 * "Me too": the resident follows a complaint of their own community that is still open — they get every
 * update and give their verdict. Anything else (another community's, closed, not a complaint, theirs) is
 * refused and changes nothing. Following twice is once.
 */
export async function followComplaint(deps: DomainDeps, resident: Resident, caseId: number): Promise<{ change: Change; case: Case; already: boolean }> {
  const c = await findCase(deps.db.orm, caseId);
  const complaint = c?.kind === "complaint" ? await findComplaint(deps.db.orm, caseId) : undefined;
  if (!c || !complaint || resident.communityId === null || c.communityId !== resident.communityId) throw new ComplaintRuleError("not-found");
  if (c.residentId === resident.id) throw new ComplaintRuleError("own");
  if (!followable.includes(c.status)) throw new ComplaintRuleError("not-open");
  if (await isFollower(deps.db.orm, c.id, resident.id)) return { change: together(), case: c, already: true };
  const now = deps.now();
  const change = together(
    (orm) => [addFollower(orm, c.id, resident.id, now), addEvent(orm, { caseId: c.id, at: now, kind: "follow", actor: "resident", detail: { follower: true } })],
    queue(deps, { key: uniqueKey(`case:${c.id}:topic`), route: "topic", address: String(c.id), body: { topic: { post: "followed" } }, caseId: c.id }),
  );
  return { change, case: c, already: false };
}

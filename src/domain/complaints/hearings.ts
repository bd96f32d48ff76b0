// Hearings (听证会): when a community gets many complaints alike — N complaints or "me too"s in one
// category within 30 days (communities.hearing_threshold, 10 by default) — staff are shown "hearing
// suggested" with the complaints behind it. Staff who manage the community schedule one (date, time,
// place, topic; audited): the complaints are taken to it (a `hearing` event on each), every complainant
// and follower is invited through the outbox with a Yes / No button (src/flows/hearing.ts renders it in
// their language), the console shows who comes, a reminder goes the day before (src/jobs/hearings.ts),
// and the outcome staff record is sent to everyone invited and attached to the complaints.
import { sql } from "drizzle-orm";
import { guard, isGuardFailure } from "../../db/atomic.js";
import { together, type Change, type Orm, type Write } from "../../db/database.js";
import { addEvent } from "../../db/queries/cases.js";
import { categoriesByIds } from "../../db/queries/complaint-categories.js";
import {
  alikeCases,
  answerInvitation,
  casesOfHearing,
  findHearing,
  findInvitation,
  followersOf,
  hearingsOf,
  hearingsToRemind,
  insertHearing,
  insertInvitation,
  invitationsOf,
  lastHearingId,
  recentAlike,
  recordOutcome,
  reminderSent,
  takeToHearing,
  type Hearing,
  type HearingInvitation,
} from "../../db/queries/hearings.js";
import { findCommunity, placesByIds, type PlaceRef } from "../../db/queries/places.js";
import { findResidentById, type Resident } from "../../db/queries/residents.js";
import { complaints, hearings } from "../../db/schema.js";
import { caseScope } from "../cases/queue.js";
import { zonedTime } from "../catalog/hours.js";
import type { DomainDeps } from "../deps.js";
import { queue, residentRoute, type OutgoingMessage } from "../outbox.js";
import type { Viewer } from "../staff/actor.js";
import { auditWrite } from "../staff/audit.js";
import { forbidden, notFound, StaffRuleError } from "../staff/errors.js";
import { reaches, type Scope } from "../staff/scope.js";

export const HEARING_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;
export const DEFAULT_HEARING_THRESHOLD = 10;
/** The reminder goes this long before the hearing starts. */
export const REMINDER_AHEAD_MS = 24 * 60 * 60 * 1000;
/** The flow module that renders the invitations, reminders and outcomes (src/flows/hearing.ts). */
export const HEARING_MODULE = "hearing";

export interface Suggestion {
  community: PlaceRef;
  categoryId: number;
  categoryCode: string;
  nameZh: string;
  nameEn: string;
  complaints: number;
  followers: number;
  threshold: number;
}

/** Communities and categories of the reader's scope where enough residents complained alike lately. */
export async function hearingSuggestions(deps: DomainDeps, sees: Scope): Promise<Suggestion[]> {
  const counts = await recentAlike(deps.db.orm, await caseScope(deps, sees), deps.now() - HEARING_WINDOW_MS);
  if (counts.length === 0) return [];
  const communities = await placesByIds(
    deps.directory.orm,
    "community",
    counts.map((c) => c.communityId),
  );
  const thresholds = new Map<number, number>();
  for (const id of new Set(counts.map((c) => c.communityId))) thresholds.set(id, (await findCommunity(deps.directory.orm, id))?.hearingThreshold ?? DEFAULT_HEARING_THRESHOLD);
  const due = counts.filter((c) => c.complaints + c.followers >= (thresholds.get(c.communityId) ?? DEFAULT_HEARING_THRESHOLD));
  const categories = await categoriesByIds(
    deps.directory.orm,
    due.map((c) => c.categoryId),
  );
  return due
    .flatMap((c) => {
      const community = communities.find((p) => p.id === c.communityId);
      const category = categories.find((k) => k.id === c.categoryId);
      if (!community || !category) return [];
      return [{ community, categoryId: c.categoryId, categoryCode: category.code, nameZh: category.nameZh, nameEn: category.nameEn, complaints: c.complaints, followers: c.followers, threshold: thresholds.get(c.communityId)! }];
    })
    .sort((a, b) => b.complaints + b.followers - (a.complaints + a.followers));
}

/** One suggestion the reader's scope reaches, with its complaints; not found when there is none (any more). */
export async function suggestion(deps: DomainDeps, sees: Scope, communityCode: string, categoryId: number) {
  const found = (await hearingSuggestions(deps, sees)).find((s) => s.community.code === communityCode && s.categoryId === categoryId);
  if (!found) throw notFound();
  const cases = await alikeCases(deps.db.orm, found.community.id, categoryId, deps.now() - HEARING_WINDOW_MS);
  return { suggestion: found, cases };
}

// ── scheduling ──────────────────────────────────────────────────────────────────────────────────

export interface HearingInput {
  /** 2026-12-05 and 19:30, in the community's time zone. */
  date: string;
  time: string;
  placeZh: string;
  placeEn?: string;
  topicZh: string;
  topicEn?: string;
}

const MAX_TEXT = 200;

function text(value: string | undefined, field: string, required: boolean): string | null {
  const v = (value ?? "").trim();
  if (!v) {
    if (required) throw new StaffRuleError("invalid", "it is empty", field);
    return null;
  }
  if (v.length > MAX_TEXT) throw new StaffRuleError("invalid", `it is at most ${MAX_TEXT} characters`, field);
  return v;
}

/** The moment a hearing starts, from a date and a time in a time zone; it must be in the future. */
function startOf(input: HearingInput, timeZone: string, now: number): number {
  if (!/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(input.date)) throw new StaffRuleError("invalid", "it is a day like 2026-12-05", "date");
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(input.time)) throw new StaffRuleError("invalid", "it is a time like 19:30", "time");
  const at = zonedTime(input.date, input.time, timeZone);
  if (!(at > now)) throw new StaffRuleError("invalid", "the hearing must start in the future", "date");
  if (at > now + 366 * 24 * 60 * 60 * 1000) throw new StaffRuleError("invalid", "the hearing must start within a year", "date");
  return at;
}

/** Whom a hearing invites: every complainant and follower of its complaints, once each. */
async function inviteesOf(deps: DomainDeps, caseRows: { id: number; residentId: number | null }[]): Promise<Resident[]> {
  const ids = new Set<number>();
  for (const c of caseRows) if (c.residentId !== null) ids.add(c.residentId);
  for (const f of await followersOf(
    deps.db.orm,
    caseRows.map((c) => c.id),
  ))
    ids.add(f.residentId);
  const out: Resident[] = [];
  for (const id of ids) {
    const r = await findResidentById(deps.db.orm, id);
    if (r) out.push(r);
  }
  return out;
}

/**
 * Commits a staff change with its audit row: in the same write when the audit log shares the database
 * (Node, one D1), right after it otherwise (as src/domain/cases/actions.ts does); then wakes the outbox.
 */
async function commitAudited(deps: DomainDeps, change: Change, audit: (orm: Orm) => Write[]): Promise<void> {
  const sameDatabase = deps.db === deps.directory;
  const all = together(change, sameDatabase ? audit : null);
  await deps.db.atomic(all);
  if (!sameDatabase) await deps.directory.atomic(audit);
  for (const job of all.wakes ?? []) deps.wake?.(job);
}

const noticeTo = (r: Resident, hearingId: number, name: "invite" | "remind" | "outcome"): OutgoingMessage => ({
  key: `hearing:${hearingId}:${name}:${r.id}`,
  ...residentRoute(r),
  body: { notice: { module: HEARING_MODULE, name, args: { hearingId } } },
  residentId: r.id,
});

/**
 * Schedules a hearing on a suggestion the viewer manages: one atomic write with the hearing, its
 * complaints taken to it (each with a `hearing` event), an invitation and a notice for each resident,
 * and the audit row. Returns the hearing's id.
 */
export async function scheduleHearing(deps: DomainDeps, viewer: Viewer, communityCode: string, categoryId: number, input: HearingInput): Promise<number> {
  const { suggestion: s, cases: caseRows } = await suggestion(deps, viewer.sees, communityCode, categoryId);
  if (!reaches(viewer.manages, s.community)) throw forbidden();
  const community = await findCommunity(deps.directory.orm, s.community.id);
  const now = deps.now();
  const startsAt = startOf(input, community?.timeZone || deps.defaultTimeZone, now);
  const placeZh = text(input.placeZh, "placeZh", true)!;
  const topicZh = text(input.topicZh, "topicZh", true)!;
  const placeEn = text(input.placeEn, "placeEn", false) ?? placeZh;
  const topicEn = text(input.topicEn, "topicEn", false) ?? topicZh;
  const invitees = await inviteesOf(deps, caseRows);

  for (let attempt = 0; attempt < 3; attempt++) {
    // The id is chosen here so that every row of the write can name it; another hearing taking it first
    // makes the insert fail, and the whole write is tried again with the next one.
    const id = (await lastHearingId(deps.db.orm)) + 1;
    const ids = caseRows.map((c) => String(Math.trunc(c.id))).join(",") || "0";
    const change = together(
      (orm: Orm): Write[] => [
        // No complaint went to another hearing since they were read.
        guard(orm, "complaints not at a hearing", sql`NOT EXISTS (SELECT 1 FROM ${complaints} WHERE ${complaints.caseId} IN (${sql.raw(ids)}) AND ${complaints.hearingId} IS NOT NULL)`),
        insertHearing(orm, { id, communityId: s.community.id, categoryId, topicZh, topicEn, startsAt, placeZh, placeEn, createdByStaffId: viewer.member.id, createdAt: now }),
        ...caseRows.flatMap((c) => [
          takeToHearing(orm, c.id, id),
          addEvent(orm, { caseId: c.id, at: now, kind: "hearing", actor: "staff", staffId: viewer.member.id, body: topicZh, detail: { hearingId: id, state: "scheduled", startsAt } }),
        ]),
        ...invitees.map((r) => insertInvitation(orm, { hearingId: id, residentId: r.id, invitedAt: now })),
      ],
      queue(deps, ...invitees.map((r) => noticeTo(r, id, "invite"))),
    );
    const audit = (orm: Orm) => [auditWrite(orm, deps, viewer, "hearing.schedule", s.community, { hearingId: id, category: s.categoryCode, startsAt, complaints: caseRows.length, invited: invitees.length })];
    try {
      await commitAudited(deps, change, audit);
      return id;
    } catch (error) {
      if (isGuardFailure(error)) throw new StaffRuleError("invalid", "some of these complaints were taken to another hearing meanwhile", "topicZh");
      if (attempt < 2 && /UNIQUE|PRIMARY KEY|constraint/i.test(`${(error as Error)?.message ?? ""} ${String((error as Error)?.cause ?? "")}`)) continue;
      throw error;
    }
  }
  throw new Error("could not schedule the hearing");
}

// ── a hearing, as staff read it ─────────────────────────────────────────────────────────────────

export interface HearingView {
  hearing: Hearing;
  community: PlaceRef;
  timeZone: string;
  category: { code: string; nameZh: string; nameEn: string } | undefined;
  cases: Awaited<ReturnType<typeof casesOfHearing>>;
  /** Who was invited, and what they answered; named as their complaint names them, when they filed one. */
  invitations: (HearingInvitation & { name: string | null; refs: string[] })[];
  coming: number;
  notComing: number;
}

/** The hearings of the reader's communities, the latest first. */
export async function hearingList(deps: DomainDeps, sees: Scope): Promise<{ hearing: Hearing; community: PlaceRef | undefined }[]> {
  const scope = await caseScope(deps, sees);
  // A grid's staff see the hearings of their grid's community (a hearing is the community's).
  const communityIds = scope === "everywhere" ? "everywhere" : [...new Set([...scope.communityIds, ...(await placesByIds(deps.directory.orm, "grid", scope.gridIds)).map((g) => g.communityId!)])];
  const rows = await hearingsOf(deps.db.orm, communityIds);
  const communities = await placesByIds(
    deps.directory.orm,
    "community",
    rows.map((h) => h.communityId),
  );
  return rows.map((hearing) => ({ hearing, community: communities.find((c) => c.id === hearing.communityId) }));
}

export async function hearingInScope(deps: DomainDeps, sees: Scope, id: number): Promise<HearingView> {
  const hearing = Number.isSafeInteger(id) ? await findHearing(deps.db.orm, id) : undefined;
  if (!hearing) throw notFound();
  const [community] = await placesByIds(deps.directory.orm, "community", [hearing.communityId]);
  const gridOfViewer = community ? (await placesByIds(deps.directory.orm, "grid", [...sees.grid])).some((g) => g.communityId === community.id) : false;
  if (!community || !(reaches(sees, community) || gridOfViewer)) throw notFound();
  const [row, [category], caseRows, invitations] = await Promise.all([
    findCommunity(deps.directory.orm, community.id),
    categoriesByIds(deps.directory.orm, [hearing.categoryId]),
    casesOfHearing(deps.db.orm, hearing.id),
    invitationsOf(deps.db.orm, hearing.id),
  ]);
  return {
    hearing,
    community,
    timeZone: row?.timeZone || deps.defaultTimeZone,
    category: category ? { code: category.code, nameZh: category.nameZh, nameEn: category.nameEn } : undefined,
    cases: caseRows,
    invitations: invitations.map((inv) => {
      const own = caseRows.filter((c) => c.residentId === inv.residentId);
      return { ...inv, name: own.find((c) => c.residentName)?.residentName ?? null, refs: own.map((c) => c.ref) };
    }),
    coming: invitations.filter((i) => i.coming === true).length,
    notComing: invitations.filter((i) => i.coming === false).length,
  };
}

// ── the residents' answers ──────────────────────────────────────────────────────────────────────

export class HearingAnswerError extends Error {
  constructor(readonly reason: "not-invited" | "over") {
    super(reason);
    this.name = "HearingAnswerError";
  }
}

/** A resident's Yes / No to their invitation, while the hearing is still to come. */
export async function answerHearing(deps: DomainDeps, resident: Resident, hearingId: number, coming: boolean): Promise<{ hearing: Hearing; change: Change }> {
  const [hearing, invitation] = await Promise.all([findHearing(deps.db.orm, hearingId), findInvitation(deps.db.orm, hearingId, resident.id)]);
  if (!hearing || !invitation) throw new HearingAnswerError("not-invited");
  if (hearing.state !== "scheduled" || hearing.startsAt <= deps.now()) throw new HearingAnswerError("over");
  const now = deps.now();
  const change: Change = (orm) => [
    guard(orm, "hearing still to come", sql`EXISTS (SELECT 1 FROM ${hearings} WHERE ${hearings.id} = ${hearingId} AND ${hearings.state} = 'scheduled' AND ${hearings.startsAt} > ${now})`),
    answerInvitation(orm, hearingId, resident.id, coming, now),
  ];
  return { hearing, change };
}

/** What a hearing is, for a notice: its topic, place and start in the resident's language and its community's time. */
export async function hearingForNotice(deps: DomainDeps, hearingId: number, residentId: number) {
  const hearing = await findHearing(deps.db.orm, hearingId);
  if (!hearing) return undefined;
  const [community, invitation, [category]] = await Promise.all([
    findCommunity(deps.directory.orm, hearing.communityId),
    findInvitation(deps.db.orm, hearingId, residentId),
    categoriesByIds(deps.directory.orm, [hearing.categoryId]),
  ]);
  return { hearing, community, category, timeZone: community?.timeZone || deps.defaultTimeZone, invitation };
}

// ── the day before, and after ───────────────────────────────────────────────────────────────────

/** Queues the reminders of hearings that start within a day (to everyone invited who did not say No). Returns how many. */
export async function remindHearings(deps: DomainDeps): Promise<number> {
  const now = deps.now();
  let sent = 0;
  for (const hearing of await hearingsToRemind(deps.db.orm, now, REMINDER_AHEAD_MS)) {
    const invited = (await invitationsOf(deps.db.orm, hearing.id)).filter((i) => i.coming !== false);
    const people: Resident[] = [];
    for (const i of invited) {
      const r = await findResidentById(deps.db.orm, i.residentId);
      if (r) people.push(r);
    }
    const change = together(
      (orm) => [
        guard(orm, "reminder not sent yet", sql`EXISTS (SELECT 1 FROM ${hearings} WHERE ${hearings.id} = ${hearing.id} AND ${hearings.reminderSentAt} IS NULL)`),
        reminderSent(orm, hearing.id, now),
      ],
      queue(deps, ...people.map((r) => noticeTo(r, hearing.id, "remind"))),
    );
    try {
      await deps.db.atomic(change);
    } catch (error) {
      if (isGuardFailure(error)) continue; // another scheduler sent them first
      throw error;
    }
    for (const job of change.wakes ?? []) deps.wake?.(job);
    sent += people.length;
  }
  return sent;
}

/** Records what a hearing decided: sent to everyone invited, and a `hearing` event on each of its complaints (audited). */
export async function recordHearingOutcome(deps: DomainDeps, viewer: Viewer, hearingId: number, outcome: { zh: string; en?: string }): Promise<void> {
  const view = await hearingInScope(deps, viewer.sees, hearingId);
  if (!reaches(viewer.manages, view.community)) throw forbidden();
  if (view.hearing.state === "cancelled") throw new StaffRuleError("invalid", "the hearing was cancelled", "outcomeZh");
  if (view.hearing.state === "held") throw new StaffRuleError("invalid", "its outcome is recorded already", "outcomeZh");
  const outcomeZh = text(outcome.zh, "outcomeZh", true)!.slice(0, MAX_TEXT);
  const outcomeEn = text(outcome.en, "outcomeEn", false) ?? outcomeZh;
  const now = deps.now();
  const people: Resident[] = [];
  for (const i of view.invitations) {
    const r = await findResidentById(deps.db.orm, i.residentId);
    if (r) people.push(r);
  }
  const change = together(
    (orm: Orm): Write[] => [
      guard(orm, "hearing not held yet", sql`EXISTS (SELECT 1 FROM ${hearings} WHERE ${hearings.id} = ${hearingId} AND ${hearings.state} = 'scheduled')`),
      recordOutcome(orm, hearingId, { outcomeZh, outcomeEn, at: now }),
      ...view.cases.map((c) => addEvent(orm, { caseId: c.id, at: now, kind: "hearing", actor: "staff", staffId: viewer.member.id, body: outcomeZh, detail: { hearingId, state: "held" } })),
    ],
    queue(deps, ...people.map((r) => noticeTo(r, hearingId, "outcome"))),
  );
  const audit = (orm: Orm) => [auditWrite(orm, deps, viewer, "hearing.outcome", view.community, { hearingId, complaints: view.cases.length, told: people.length })];
  try {
    await commitAudited(deps, change, audit);
  } catch (error) {
    if (isGuardFailure(error)) throw new StaffRuleError("invalid", "its outcome is recorded already", "outcomeZh");
    throw error;
  }
}

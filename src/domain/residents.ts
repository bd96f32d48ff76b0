// The rules about a resident's own record: who they are, where they live, what they agreed to.
// Rules that change something return a Change (src/db/database.ts) for the caller to commit — a flow's
// writes are committed with its conversation state, or not at all.
import { and, eq, isNull, lt, ne, or } from "drizzle-orm";
import { erasing, together, type Change } from "../db/database.js";
import {
  conversationKey,
  deleteConversation,
  deleteResident,
  ensureResident,
  findConversation,
  deletePassersByConversations,
  disownPassersByMedia,
  findResident,
  insertResident,
  nextResidentId,
  residentAbsent,
  resetIdleConversations,
  updateResident,
  type Resident,
} from "../db/queries/residents.js";
import { communityPath, type CommunityPath } from "../db/queries/places.js";
import { casesOf, detachResident } from "../db/queries/cases.js";
import { complaintsOfResident, detachFromComplaints } from "../db/queries/complaints.js";
import { dropInbox, dropQueuedFor } from "../db/queries/outbox.js";
import { dropInvitationsOf } from "../db/queries/hearings.js";
import { detachResident as detachFromPoints } from "../db/queries/points.js";
import { disownMedia } from "./media.js";
import { guard } from "../db/atomic.js";
import { REDACTED } from "./personal-data.js";
import { residents } from "../db/schema.js";
import type { Channel, Lang, MapApp, TextSize } from "../vocabulary.js";
import type { DomainDeps } from "./deps.js";

export type { Resident };

export class ResidentRuleError extends Error {
  constructor(readonly reason: "no-consent" | "not-own-contact" | "bad-phone" | "no-community") {
    super(reason);
  }
}

export function identify(deps: DomainDeps, channel: Channel, externalId: string) {
  return findResident(deps.db.orm, channel, externalId);
}

const HOUR = 60 * 60 * 1000;

/** Remembers when the person was last here, at most once an hour (for forgetting idle records). */
export function noteSeen(deps: DomainDeps, resident: Resident): Change | null {
  const now = deps.now();
  if (now - resident.lastSeenAt < HOUR) return null;
  return (orm) => [updateResident(orm, resident.id, { lastSeenAt: now })];
}

/** Creates the resident's row at once (the command line, tests); chat keeps passers-by unstored (`passerBy`). */
export function register(deps: DomainDeps, channel: Channel, externalId: string, language: Lang) {
  return ensureResident(deps.db.orm, channel, externalId, language, deps.now());
}

/**
 * Someone we have no record of. A visitor who only asks the guide and leaves is not a resident: this row
 * is not stored until something needs keeping (a chosen community, consent, a setting, a case) — then
 * `admit` writes it in the same atomic write as that. Its id is the one it would get now; if someone else
 * took it meanwhile, `admit`'s guard fails and the input is handled again from a fresh read.
 */
export async function passerBy(deps: DomainDeps, channel: Channel, externalId: string, language: Lang): Promise<Resident> {
  const now = deps.now();
  return {
    id: await nextResidentId(deps.db.orm),
    channel,
    externalId,
    language,
    communityId: null,
    phone: null,
    consent: null,
    consentAt: null,
    textSize: "normal",
    mapApp: "amap",
    createdAt: now,
    lastSeenAt: now,
    unreachableAt: null,
  };
}

/** Stores a passer-by's row, ahead of the writes that need it. */
export function admit(resident: Resident): Change {
  return (orm) => [guard(orm, "resident not yet stored", residentAbsent(resident)), insertResident(orm, resident)];
}

/** Whether `admit` for this person could not be committed because their row (or its id) exists now. */
export async function admittedMeanwhile(deps: DomainDeps, resident: Resident): Promise<boolean> {
  const [row] = await deps.db.orm.select({ id: residents.id }).from(residents).where(or(eq(residents.id, resident.id), and(eq(residents.channel, resident.channel), eq(residents.externalId, resident.externalId)))).limit(1);
  return row !== undefined;
}

/** Binds the person to a community; gives back the community with its street and district, for saying so. */
export async function chooseCommunity(deps: DomainDeps, resident: Resident, communityId: number): Promise<{ path: CommunityPath; change: Change }> {
  const path = await communityPath(deps.directory.orm, communityId);
  if (!path) throw new ResidentRuleError("no-community");
  return { path, change: (orm) => [updateResident(orm, resident.id, { communityId })] };
}

export function chooseLanguage(resident: Resident, language: Lang): Change {
  return (orm) => [updateResident(orm, resident.id, { language })];
}

/** Larger text where the channel can draw it: kept with the person, so every device they use follows. */
export function chooseTextSize(resident: Resident, textSize: TextSize): Change {
  return (orm) => [updateResident(orm, resident.id, { textSize })];
}

/** The web map an address opens in. */
export function chooseMapApp(resident: Resident, mapApp: MapApp): Change {
  return (orm) => [updateResident(orm, resident.id, { mapApp })];
}

export function giveConsent(deps: DomainDeps, resident: Resident): Change {
  const at = deps.now();
  return (orm) => [updateResident(orm, resident.id, { consent: "given", consentAt: at })];
}

/** Declining (or withdrawing) consent also removes what only consent allowed us to keep. */
export function declineConsent(deps: DomainDeps, resident: Resident): Change {
  const at = deps.now();
  const change = (orm: Parameters<Change>[0]) => [updateResident(orm, resident.id, { consent: "declined", consentAt: at, phone: null })];
  return resident.phone !== null ? erasing(change) : change;
}

/** Telegram numbers come as digits with or without "+"; keep "+" and 6–15 digits (E.164). */
export function normalisePhone(raw: string): string | null {
  const digits = raw.replace(/[\s()-]/g, "").replace(/^\+/, "");
  return /^\d{6,15}$/.test(digits) ? `+${digits}` : null;
}

/** Keeps a phone number the channel vouches is the person's own, with their consent. */
export function sharePhone(resident: Resident, phone: string, isOwn: boolean): { phone: string; change: Change } {
  if (!isOwn) throw new ResidentRuleError("not-own-contact");
  if (resident.consent !== "given") throw new ResidentRuleError("no-consent");
  const normalised = normalisePhone(phone);
  if (!normalised) throw new ResidentRuleError("bad-phone");
  return { phone: normalised, change: (orm) => [updateResident(orm, resident.id, { phone: normalised })] };
}

export function removePhone(resident: Resident): Change {
  return erasing((orm) => [updateResident(orm, resident.id, { phone: null })]);
}

/** Everything stored about a person, for /mydata. */
export async function storedAbout(deps: DomainDeps, resident: Resident) {
  const [place, conversation, theirCases, complaints] = await Promise.all([
    resident.communityId ? communityPath(deps.directory.orm, resident.communityId) : undefined,
    findConversation(deps.db.orm, conversationKey(resident.channel, resident.externalId)),
    casesOf(deps.db.orm, resident.id),
    complaintsOfResident(deps.db.orm, resident.id, 100),
  ]);
  // Complaints they follow ("me too") are theirs to know about too.
  const following = complaints.filter((k) => k.c.residentId !== resident.id).map((k) => k.c);
  return { resident, place, conversation, cases: theirCases, following };
}

/**
 * Deletes the person's own record and conversation. Records that others depend on (ledger entries,
 * case statistics) are kept without the person by the jobs that own them.
 */
export function forget(resident: Resident): Change {
  const key = conversationKey(resident.channel, resident.externalId);
  return erasing((orm) => [
    deleteConversation(orm, key),
    // Cases stay for the statistics, without the person; what they wrote in them is redacted.
    // Complaints (first: they find the resident's cases by their id): descriptions and places redacted,
    // their "me too"s and invitations gone, verdicts kept without them.
    ...detachFromComplaints(orm, resident.id, REDACTED),
    ...detachResident(orm, resident.id, REDACTED),
    // The points account and its entries stay, without the person (never reset, never deleted).
    ...detachFromPoints(orm, resident.id),
    // What still waited for them goes, and what they uploaded loses its owner (housekeeping removes it).
    dropQueuedFor(orm, resident.id),
    // Their hearing invitations go; the hearing keeps its complaints.
    dropInvitationsOf(orm, resident.id),
    ...(resident.channel === "web" ? [dropInbox(orm, resident.externalId)] : []),
    disownMedia(orm, `${resident.channel}:${resident.externalId}`),
    deleteResident(orm, resident.id),
  ]);
}

/** Shows a phone number with its middle hidden: +86 138****8000. */
export function maskPhone(phone: string): string {
  if (phone.length <= 7) return phone.replace(/\d(?=\d{2})/g, "*");
  return `${phone.slice(0, phone.length - 8)}****${phone.slice(-4)}`;
}

/** A conversation left mid-flow this long starts afresh at the next message. */
export const KEEP_IDLE_CONVERSATIONS_MS = 30 * 24 * HOUR;

/** Resets conversations abandoned mid-flow; returns how many. */
export function restartIdleConversations(deps: DomainDeps): Promise<number> {
  const now = deps.now();
  return resetIdleConversations(deps.db.orm, now - KEEP_IDLE_CONVERSATIONS_MS, now);
}

/** Without consent we keep only language and community, and not for ever: this long after the last visit. */
export const KEEP_WITHOUT_CONSENT_MS = 180 * 24 * HOUR;

/** Forgets people who never consented and have not been back for KEEP_WITHOUT_CONSENT_MS; returns how many. */
export async function forgetIdleWithoutConsent(deps: DomainDeps, limit = 500): Promise<number> {
  const idle = await deps.db.orm
    .select()
    .from(residents)
    .where(and(or(isNull(residents.consent), ne(residents.consent, "given")), lt(residents.lastSeenAt, deps.now() - KEEP_WITHOUT_CONSENT_MS)))
    .limit(limit);
  for (const resident of idle) await deps.db.atomic(forget(resident));
  if (idle.length) await deps.db.eraseDeleted();
  return idle.length;
}

/** A conversation (and uploads) of someone we keep no record of lasts this long after their last message. */
export const KEEP_PASSERS_BY_MS = 24 * HOUR;

/**
 * What visitors who left no record leave behind (a conversation mid-way, a photo) goes a day after their
 * last message, so abandoned anonymous sessions leave nothing; returns how many conversations and files.
 */
export async function forgetPassersBy(deps: DomainDeps): Promise<{ conversations: number; files: number }> {
  const before = deps.now() - KEEP_PASSERS_BY_MS;
  let conversations = 0;
  for (let round = 0; round < 20; round++) {
    const deleted = await deletePassersByConversations(deps.db.orm, before, 500);
    conversations += deleted;
    if (deleted < 500) break;
  }
  const files = await disownPassersByMedia(deps.db.orm, before);
  return { conversations, files };
}

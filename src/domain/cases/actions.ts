// What a staff member does to a case, from any side (the staff group's topic, the console, the staff
// API): checked against their scope, written with its timeline event, what it sends, and an audit row —
// one atomic write. The kind's own rules (statuses) come from its module (./conversation.ts, …).
import { together, type Change } from "../../db/database.js";
import { findCase, findCaseByRef, type Case } from "../../db/queries/cases.js";
import { findCommunity } from "../../db/queries/places.js";
import { findResidentById } from "../../db/queries/residents.js";
import { findStaffByUsername, rolesOf } from "../../db/queries/staff.js";
import type { DomainDeps } from "../deps.js";
import { viewerOf, type Viewer } from "../staff/actor.js";
import { auditWrite } from "../staff/audit.js";
import { assigned, CaseRuleError, staffNoted, staffReplied, type Content, type StaffActor } from "./cases.js";
import { closedByStaff, reopenedByStaff } from "./conversation.js";
import { placeOfCase, seesCase, staffActor } from "./staff.js";

export class CaseAccessError extends Error {
  constructor(readonly reason: "not-found" | "no-such-staff") {
    super(reason);
  }
}

/** A case the viewer's scope reaches; otherwise "not found", exactly as a case that does not exist. */
export async function caseForStaff(deps: DomainDeps, viewer: Viewer, id: number | string): Promise<Case> {
  const c = typeof id === "number" ? await findCase(deps.db.orm, id) : await findCaseByRef(deps.db.orm, id);
  if (!c || !(await seesCase(deps, viewer, c))) throw new CaseAccessError("not-found");
  return c;
}

async function audited(deps: DomainDeps, viewer: Viewer, c: Case, action: string, detail: Record<string, unknown>, change: Change): Promise<Change> {
  const place = await placeOfCase(deps, c);
  return together(change, (orm) => [auditWrite(orm, deps, viewer, action, place ?? null, { ref: c.ref, ...detail })]);
}

export async function replyAsStaff(deps: DomainDeps, viewer: Viewer, c: Case, via: StaffActor["via"], content: Content): Promise<Change> {
  const resident = c.residentId ? await findResidentById(deps.db.orm, c.residentId) : undefined;
  const answered = c.kind === "conversation" ? "answered" : null;
  return staffReplied(deps, c, resident, staffActor(viewer, via), content, answered);
}

export function noteAsStaff(deps: DomainDeps, viewer: Viewer, c: Case, via: StaffActor["via"], text: string): Change {
  return staffNoted(deps, c, staffActor(viewer, via), text);
}

export async function closeAsStaff(deps: DomainDeps, viewer: Viewer, c: Case, via: StaffActor["via"]): Promise<Change> {
  const resident = c.residentId ? await findResidentById(deps.db.orm, c.residentId) : undefined;
  return audited(deps, viewer, c, "case.close", { from: c.status }, closedByStaff(deps, c, resident, staffActor(viewer, via)));
}

export async function reopenAsStaff(deps: DomainDeps, viewer: Viewer, c: Case, via: StaffActor["via"]): Promise<Change> {
  const community = await findCommunity(deps.directory.orm, c.communityId);
  if (!community) throw new CaseAccessError("not-found");
  return audited(deps, viewer, c, "case.reopen", {}, reopenedByStaff(deps, c, community, staffActor(viewer, via)));
}

/** Gives the case to a staff member whose scope reaches it (the viewer themself to take it). */
export async function assignAsStaff(deps: DomainDeps, viewer: Viewer, c: Case, via: StaffActor["via"], username: string): Promise<Change> {
  const member = username === viewer.member.username ? viewer.member : await findStaffByUsername(deps.directory.orm, username.toLowerCase());
  if (!member || member.disabledAt !== null) throw new CaseAccessError("no-such-staff");
  const assignee = member.id === viewer.member.id ? viewer : viewerOf(member, await rolesOf(deps.directory.orm, member.id), null);
  if (!(await seesCase(deps, assignee, c))) throw new CaseAccessError("no-such-staff");
  const to = staffActor(assignee, via);
  return audited(deps, viewer, c, "case.assign", { from: c.assigneeStaffId, to: member.username }, assigned(deps, c, { staffId: to.staffId, name: to.name }, staffActor(viewer, via)));
}

/** Commits a change and wakes the jobs it gave work to. */
export async function commit(deps: DomainDeps, change: Change): Promise<void> {
  await deps.db.atomic(change);
  for (const job of change.wakes ?? []) deps.wake?.(job);
}

export { CaseRuleError };

// Deadlines (DESIGN.md: "SLA and escalation"): a case still waiting for staff past its deadline — counted
// in the community's office hours — goes up a level, each level once: 1 flagged in the topic and the
// console (a complaint's assignee, its grid worker, is told in private), 2 sent to the community's staff,
// 3 to the street's admins, each told once in a private Telegram message. A conversation waits for its
// first answer (the next levels at twice and three times the response time); a complaint for its
// acknowledgement, then for the fix (the next levels one more of its category's period each). The
// timeline records each step.
import { and, eq, sql } from "drizzle-orm";
import { guard, isGuardFailure } from "../../db/atomic.js";
import { together } from "../../db/database.js";
import { addEvent, overdueCases, updateCase, type Case } from "../../db/queries/cases.js";
import { findCategory, findComplaint } from "../../db/queries/complaints.js";
import { findCommunity, type Community } from "../../db/queries/places.js";
import { rolesAtOrBelow, staffByIds, type StaffMember } from "../../db/queries/staff.js";
import { cases, staffRoles } from "../../db/schema.js";
import { translate } from "../../i18n/index.js";
import type { DomainDeps } from "../deps.js";
import { queue, type OutgoingMessage } from "../outbox.js";
import { FIRST_RESPONSE_MINUTES } from "./conversation.js";
import { awaitingStatuses } from "./kinds.js";
import { officeDeadline } from "./office.js";

/** Who hears at each level: 1 the case's assignee, 2 the community's staff, 3 the street's admins. */
async function toldAt(deps: DomainDeps, level: number, community: Community, c: Case): Promise<StaffMember[]> {
  const orm = deps.directory.orm;
  let ids: number[];
  if (level <= 1) ids = c.assigneeStaffId === null ? [] : [c.assigneeStaffId];
  else {
    const roles =
      level === 2
        ? (await rolesAtOrBelow(orm, [{ kind: "community", id: community.id }])).filter((r) => r.role === "community_staff" && r.placeKind === "community")
        : await orm.select().from(staffRoles).where(and(eq(staffRoles.role, "street_admin"), eq(staffRoles.placeId, community.streetId)));
    ids = roles.map((r) => r.staffId);
  }
  const members = await staffByIds(orm, [...new Set(ids)]);
  return members.filter((m) => m.telegramUserId !== null && m.disabledAt === null);
}

/** The private messages of a level (none at level 1 for a conversation: the topic's flag is enough). */
export async function escalationNotices(deps: DomainDeps, c: Case, level: number): Promise<OutgoingMessage[]> {
  if (level < 2 && c.kind !== "complaint") return [];
  const community = await findCommunity(deps.directory.orm, c.communityId);
  if (!community) return [];
  return (await toldAt(deps, level, community, c)).map((member) => {
    const text = translate(member.language, `escalation-notice-${Math.min(3, Math.max(1, level))}`, { ref: c.ref, community: member.language === "en" ? community.nameEn : community.nameZh, summary: c.summary });
    return { key: `case:${c.id}:escalated:${level}:r${c.reopenedCount}:staff:${member.id}`, route: "telegram" as const, address: member.telegramUserId!, body: { replies: [{ kind: "text" as const, text }] }, caseId: c.id };
  });
}

/** Moves every overdue case one level up; returns how many. */
export async function escalateOverdue(deps: DomainDeps): Promise<number> {
  const now = deps.now();
  const overdue = await overdueCases(deps.db.orm, now, awaitingStatuses);
  for (const c of overdue) await escalate(deps, c, now);
  return overdue.length;
}

/** When the next level is due. */
async function nextDueOf(deps: DomainDeps, c: Case, community: Community, level: number, now: number): Promise<number | null> {
  if (level >= 3) return null;
  if (c.kind === "complaint") {
    const complaint = await findComplaint(deps.db.orm, c.id);
    const category = complaint ? await findCategory(deps.directory.orm, complaint.categoryId) : undefined;
    if (!complaint || !category) return null;
    return officeDeadline(community, now, complaint.acknowledgedAt === null ? category.acknowledgeMinutes : category.resolveMinutes, deps.defaultTimeZone);
  }
  // Twice, then three times the response time, after the case opened.
  const minutes = community.firstResponseMinutes ?? FIRST_RESPONSE_MINUTES;
  return officeDeadline(community, c.openedAt, minutes * (level + 1), deps.defaultTimeZone);
}

async function escalate(deps: DomainDeps, c: Case, now: number) {
  const community = await findCommunity(deps.directory.orm, c.communityId);
  if (!community) return;
  const level = c.escalation + 1;
  const nextDue = await nextDueOf(deps, c, community, level, now);
  const messages: OutgoingMessage[] = [
    { key: `case:${c.id}:escalated:${level}:r${c.reopenedCount}`, route: "topic", address: String(c.id), body: { topic: { post: "escalated", level } }, caseId: c.id },
    ...(await escalationNotices(deps, c, level)),
  ];
  try {
    await deps.db.atomic(
      together(
        (orm) => [
          // Only if nobody answered meanwhile: the case must still be where it was, at the level read.
          guard(orm, "still overdue", sql`EXISTS (SELECT 1 FROM ${cases} WHERE ${cases.id} = ${c.id} AND ${cases.status} = ${c.status} AND ${cases.escalation} = ${c.escalation})`),
          addEvent(orm, { caseId: c.id, at: now, kind: "escalation", actor: "system", detail: { level } }),
          updateCase(orm, c.id, { escalation: level, dueAt: nextDue }),
        ],
        queue(deps, ...messages),
      ),
    );
  } catch (error) {
    if (isGuardFailure(error)) return;
    throw error;
  }
  deps.wake?.("outbox");
}

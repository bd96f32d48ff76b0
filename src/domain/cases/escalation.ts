// Deadlines (DESIGN.md: "SLA and escalation"): a case still waiting for its first answer past its
// deadline — counted in the community's office hours — is flagged in the topic and the console; past twice
// the time it goes to the community's staff, past three times to the street's admins, each told once in a
// private Telegram message. The timeline records each step.
import { and, eq, sql } from "drizzle-orm";
import { guard, isGuardFailure } from "../../db/atomic.js";
import { together } from "../../db/database.js";
import { addEvent, overdueCases, updateCase, type Case } from "../../db/queries/cases.js";
import { findCommunity, type Community } from "../../db/queries/places.js";
import { rolesAtOrBelow, staffByIds, type StaffMember } from "../../db/queries/staff.js";
import { cases, staffRoles } from "../../db/schema.js";
import { translate } from "../../i18n/index.js";
import type { DomainDeps } from "../deps.js";
import { queue, type OutgoingMessage } from "../outbox.js";
import { FIRST_RESPONSE_MINUTES } from "./conversation.js";
import { officeDeadline } from "./office.js";

/** Who hears at each level: 2 the community's staff, 3 the street's admins. */
async function toldAt(deps: DomainDeps, level: number, community: Community): Promise<StaffMember[]> {
  const orm = deps.directory.orm;
  const roles =
    level === 2
      ? (await rolesAtOrBelow(orm, [{ kind: "community", id: community.id }])).filter((r) => r.role === "community_staff" && r.placeKind === "community")
      : await orm.select().from(staffRoles).where(and(eq(staffRoles.role, "street_admin"), eq(staffRoles.placeId, community.streetId)));
  const members = await staffByIds(orm, [...new Set(roles.map((r) => r.staffId))]);
  return members.filter((m) => m.telegramUserId !== null && m.disabledAt === null);
}

/** Moves every overdue case one level up; returns how many. */
export async function escalateOverdue(deps: DomainDeps): Promise<number> {
  const now = deps.now();
  const overdue = await overdueCases(deps.db.orm, now);
  for (const c of overdue) await escalate(deps, c, now);
  return overdue.length;
}

async function escalate(deps: DomainDeps, c: Case, now: number) {
  const community = await findCommunity(deps.directory.orm, c.communityId);
  if (!community) return;
  const level = c.escalation + 1;
  const minutes = community.firstResponseMinutes ?? FIRST_RESPONSE_MINUTES;
  // The next step's moment: twice, then three times the response time, after the case opened.
  const nextDue = level < 3 ? officeDeadline(community, c.openedAt, minutes * (level + 1), deps.defaultTimeZone) : null;
  const messages: OutgoingMessage[] = [{ key: `case:${c.id}:escalated:${level}`, route: "topic", address: String(c.id), body: { topic: { post: "escalated", level } }, caseId: c.id }];
  if (level >= 2) {
    for (const member of await toldAt(deps, level, community)) {
      const text = translate(member.language, `escalation-notice-${level}`, { ref: c.ref, community: member.language === "en" ? community.nameEn : community.nameZh, summary: c.summary });
      messages.push({ key: `case:${c.id}:escalated:${level}:staff:${member.id}`, route: "telegram", address: member.telegramUserId!, body: { replies: [{ kind: "text", text }] }, caseId: c.id });
    }
  }
  try {
    await deps.db.atomic(
      together(
        (orm) => [
          // Only if nobody answered meanwhile: the case must still be open, at the level read.
          guard(orm, "still overdue", sql`EXISTS (SELECT 1 FROM ${cases} WHERE ${cases.id} = ${c.id} AND ${cases.status} = 'open' AND ${cases.escalation} = ${c.escalation})`),
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

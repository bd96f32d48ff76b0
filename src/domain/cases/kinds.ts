// What each kind of case says about its statuses: which it can have, in which it waits for staff (its
// first-response deadline runs), what a staff reply makes it, and what staff may set by hand. A new kind
// (complaints, proxy applications) adds its line here with its own module's statuses.
import type { Case } from "../../db/queries/cases.js";
import { caseKinds, complaintStatuses, type CaseKind } from "../../vocabulary.js";
import { conversationStatuses } from "./conversation.js";

interface KindRules {
  /** Every status a case of this kind can have. */
  statuses: readonly string[];
  /** The statuses in which it waits for staff to answer (its first-response deadline runs). */
  awaiting: readonly string[];
  /** What a staff reply makes it (null: a reply leaves the status alone). */
  answered: string | null;
  /**
   * The statuses staff may set by hand, and the rule that sets each: `close` and `reopen` the cases' own
   * (./cases.ts); `complaint` a complaint's move (../complaints/handling.ts), which tells its followers too.
   */
  set: Partial<Record<string, "close" | "reopen" | "complaint">>;
  /** A staff reply acknowledges it (a complaint: the response rate counts it, the deadline becomes the fix's). */
  acknowledgedByReply?: boolean;
}

/** Proxy applications bring their own statuses with their issue; until then they have none here. */
export const kindRules: Record<CaseKind, KindRules> = {
  conversation: { statuses: conversationStatuses, awaiting: ["open"], answered: "answered", set: { open: "reopen", closed: "close" } },
  complaint: {
    statuses: complaintStatuses,
    // Waiting for staff: to acknowledge it (open, reopened), then to fix it.
    awaiting: ["open", "reopened", "investigating", "action_scheduled", "in_progress"],
    answered: null,
    set: Object.fromEntries(complaintStatuses.filter((s) => s !== "open").map((s) => [s, "complaint" as const])),
    acknowledgedByReply: true,
  },
  application: { statuses: [], awaiting: [], answered: null, set: {} },
};

/** Every status of every kind, for filters. */
export const allStatuses: readonly string[] = [...new Set(caseKinds.flatMap((k) => kindRules[k].statuses))];
export const awaitingStatuses: readonly string[] = [...new Set(caseKinds.flatMap((k) => kindRules[k].awaiting))];

/** Overdue: waiting for an answer past the deadline, or already escalated for it. A closed or answered case is not. */
export function isOverdue(c: Pick<Case, "kind" | "status" | "dueAt" | "escalation">, now: number): boolean {
  return kindRules[c.kind].awaiting.includes(c.status) && ((c.dueAt !== null && c.dueAt < now) || c.escalation > 0);
}

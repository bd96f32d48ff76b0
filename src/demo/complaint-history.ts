// Complaints as they stand after their life is over (or part of it): written as rows, for the demo's
// past months and for tests of the numbers (scorecards, the register, hearings, the benchmark). A new
// complaint is filed through the domain (src/domain/complaints/file.ts); this is history only.
import { sql } from "drizzle-orm";
import type { Orm, Write } from "../db/database.js";
import { caseEvents, caseNumbers, cases, complaintFollowers, complaints, complaintVerdicts } from "../db/schema.js";
import type { ComplaintStatus, Verdict } from "../vocabulary.js";

export interface PastComplaint {
  /** TS-20260912-0003: its number is remembered, so that a new complaint of that day takes the next one. */
  ref: string;
  communityId: number;
  gridId: number | null;
  residentId: number | null;
  residentName: string | null;
  assigneeStaffId: number | null;
  categoryId: number;
  status: ComplaintStatus;
  description: string;
  building?: string | null;
  placeText?: string | null;
  openedAt: number;
  acknowledgeDueAt: number | null;
  resolveDueAt: number | null;
  acknowledgedAt?: number | null;
  fixedAt?: number | null;
  closedAt?: number | null;
  unconfirmed?: boolean;
  duplicateOf?: number | null;
  verdicts?: { residentId: number | null; round?: number; verdict: Verdict; rating: number | null; comment?: string | null; at: number }[];
  followers?: { residentId: number; since: number }[];
}

const caseId = (ref: string) => sql`(SELECT ${cases.id} FROM ${cases} WHERE ${cases.ref} = ${ref})`;

/** The writes of one past complaint: its case, its complaint row, its opening event, its verdicts and followers. */
export function pastComplaint(orm: Orm, c: PastComplaint): Write[] {
  const [kind, day, number] = c.ref.split("-");
  const last = Math.max(c.openedAt, c.acknowledgedAt ?? 0, c.fixedAt ?? 0, c.closedAt ?? 0, ...(c.verdicts ?? []).map((v) => v.at));
  const lastVerdict = c.verdicts?.at(-1);
  const id = caseId(c.ref) as unknown as number;
  return [
    orm
      .insert(caseNumbers)
      .values({ prefix: `${kind}-${day}`, last: Number(number) })
      .onConflictDoUpdate({ target: caseNumbers.prefix, set: { last: sql`max(${caseNumbers.last}, excluded.last)` } }),
    orm.insert(cases).values({
      ref: c.ref,
      kind: "complaint",
      status: c.status,
      communityId: c.communityId,
      gridId: c.gridId,
      residentId: c.residentId,
      residentName: c.residentName,
      assigneeStaffId: c.assigneeStaffId,
      summary: c.description.length > 60 ? `${c.description.slice(0, 59)}…` : c.description,
      language: "zh",
      openedAt: c.openedAt,
      firstResponseAt: c.acknowledgedAt ?? null,
      resolvedAt: c.fixedAt ?? null,
      closedAt: c.closedAt ?? null,
      dueAt: c.acknowledgeDueAt,
      rating: lastVerdict?.rating ?? null,
      ratedAt: lastVerdict?.at ?? null,
      lastActivityAt: last,
    }),
    orm.insert(complaints).values({
      caseId: id,
      filingKey: `history:${c.ref}`,
      categoryId: c.categoryId,
      description: c.description,
      building: c.building ?? null,
      placeText: c.placeText ?? null,
      acknowledgeDueAt: c.acknowledgeDueAt,
      resolveDueAt: c.resolveDueAt,
      acknowledgedAt: c.acknowledgedAt ?? null,
      fixedAt: c.fixedAt ?? null,
      unconfirmed: c.unconfirmed ?? false,
      duplicateOf: c.duplicateOf ?? null,
    }),
    orm.insert(caseEvents).values({ caseId: id, at: c.openedAt, kind: "message_in", actor: "resident", body: c.description }),
    ...(c.verdicts ?? []).map((v) =>
      orm.insert(complaintVerdicts).values({ caseId: id, residentId: v.residentId, round: v.round ?? 0, verdict: v.verdict, rating: v.rating, comment: v.comment ?? null, at: v.at }),
    ),
    ...(c.followers ?? []).map((f) => orm.insert(complaintFollowers).values({ caseId: id, residentId: f.residentId, since: f.since })),
  ];
}

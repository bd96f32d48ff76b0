// Complaints as anyone may read them (Open311's GET requests): the category, the status in Open311's two
// words, the dates, the community that handles it and roughly where (a shared location rounded to about
// 100 m). Never the resident, their words or their photos: what a resident wrote may name people.
import { publicRequests, refsOf } from "../../db/queries/complaint-reports.js";
import { categoryIdsWithCodes } from "../../db/queries/complaint-categories.js";
import type { Orm } from "../../db/database.js";
import { addEvent } from "../../db/queries/cases.js";
import { register } from "../residents.js";
import type { Viewer } from "../staff/actor.js";
import { auditWrite } from "../staff/audit.js";
import { fileComplaint, type ComplaintInput } from "./file.js";
import { placesByIds } from "../../db/queries/places.js";
import { placesOfComplaints } from "./listed.js";
import { complaintStatuses, type ComplaintStatus, type Lang } from "../../vocabulary.js";
import type { DomainDeps } from "../deps.js";

/** Open311 has two statuses: a complaint is `closed` once it is fixed, closed, not the community's, or a duplicate. */
export const closedStatuses: readonly ComplaintStatus[] = ["fixed", "closed", "not_responsible", "duplicate"];
export const openStatuses: readonly ComplaintStatus[] = complaintStatuses.filter((s) => !closedStatuses.includes(s));
export const open311Status = (status: string): "open" | "closed" => ((closedStatuses as readonly string[]).includes(status) ? "closed" : "open");

export interface PublicQuery {
  refs?: string[];
  serviceCodes?: string[];
  from?: number;
  to?: number;
  statuses?: ("open" | "closed")[];
  limit: number;
}

export interface PublicComplaint {
  ref: string;
  status: string;
  open311: "open" | "closed";
  categoryCode: string;
  categoryName: string;
  community: string;
  grid: string | null;
  openedAt: number;
  updatedAt: number;
  expectedAt: number | null;
  latitude: number | null;
  longitude: number | null;
  /** A duplicate's original. */
  duplicateOf: string | null;
  /** Not the community's: where it goes instead, as the resident was told. */
  elsewhere: string | null;
}

const rounded = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

export async function publicComplaints(deps: DomainDeps, q: PublicQuery, lang: Lang): Promise<PublicComplaint[]> {
  const statuses = q.statuses ? q.statuses.flatMap((s) => (s === "open" ? openStatuses : closedStatuses)) : undefined;
  const categoryIds = q.serviceCodes ? await categoryIdsWithCodes(deps.directory.orm, q.serviceCodes) : undefined;
  const rows = await publicRequests(deps.db.orm, { refs: q.refs, categoryIds, from: q.from, to: q.to, statuses, limit: q.limit });
  const [{ categories, communities, grids }, originals] = await Promise.all([
    placesOfComplaints(deps, rows),
    refsOf(
      deps.db.orm,
      rows.flatMap((r) => (r.duplicateOf === null ? [] : [r.duplicateOf])),
    ),
  ]);
  const name = (n: { nameZh: string; nameEn: string } | undefined) => (n ? (lang === "en" ? n.nameEn : n.nameZh) : "");
  return rows.map((r) => {
    const category = categories.find((c) => c.id === r.categoryId);
    return {
      ref: r.ref,
      status: r.status,
      open311: open311Status(r.status),
      categoryCode: category?.code ?? "",
      categoryName: name(category),
      community: name(communities.find((c) => c.id === r.communityId)),
      grid: r.gridId === null ? null : name(grids.find((g) => g.id === r.gridId)) || null,
      openedAt: r.openedAt,
      updatedAt: r.lastActivityAt,
      expectedAt: r.resolveDueAt,
      latitude: rounded(r.latitude),
      longitude: rounded(r.longitude),
      duplicateOf: r.duplicateOf === null ? null : (originals.get(r.duplicateOf) ?? null),
      elsewhere: r.status === "not_responsible" ? ((lang === "en" ? r.elsewhereEn : r.elsewhereZh) ?? null) : null,
    };
  });
}

/**
 * A complaint an integration files over Open311 with its staff API token. It is filed under one stand-in
 * resident per integration (the reporter is not in chat: nobody reads that web inbox), and in the same
 * write come how to reach the reporter — a note only staff see — and the audit row of the staff member the
 * token acts as. The audit log is directory data: a deployment that keeps it in another database writes it
 * right after, as staff actions on cases do.
 */
export async function fileForIntegration(deps: DomainDeps, viewer: Viewer, input: Omit<ComplaintInput, "resident">, contact: string | null, language: Lang) {
  const resident = await register(deps, "web", `open311:${viewer.member.id}`, language);
  const [place] = await placesByIds(deps.directory.orm, "community", [input.communityId]);
  const sameDatabase = deps.db === deps.directory;
  const auditRow = (orm: Orm) => [auditWrite(orm, deps, viewer, "complaint.open311", place ?? null, { category: input.categoryId })];
  const filed = await fileComplaint(deps, { ...input, resident }, (filing) => (orm) => [
    ...(contact ? [addEvent(orm, { caseId: filing.caseId, at: deps.now(), kind: "note", actor: "system", body: `Open311: ${contact}` })] : []),
    ...(sameDatabase ? auditRow(orm) : []),
  ]);
  if (!sameDatabase) await deps.directory.atomic(auditRow);
  return filed;
}

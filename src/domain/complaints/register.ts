// The monthly register of complaints (台账), generated, never typed: one row per complaint a place opened
// in a month — reference, dates, category, place, handler, status, whether each deadline was met, the
// last verdict and rating — as a CSV that Excel opens with its Chinese intact (UTF-8 with a byte-order
// mark) and that runs no formula (src/csv.ts). The console (/console/reports/register.csv) and the
// command line (npm run report -- register) both write it from here; the words come from the caller.
import { registerRows, type RegisterRow } from "../../db/queries/complaint-reports.js";
import { communityZones, type CaseScope } from "../../db/queries/case-queue.js";
import type { PlaceRef } from "../../db/queries/places.js";
import { staffByIds } from "../../db/queries/staff.js";
import { toCsv } from "../../csv.js";
import type { Lang } from "../../vocabulary.js";
import { localTime } from "../catalog/hours.js";
import type { DomainDeps } from "../deps.js";
import { placesOfComplaints } from "./listed.js";
import { monthPeriod } from "./scorecards.js";

export const registerColumns = [
  "ref",
  "opened",
  "category",
  "community",
  "grid",
  "handler",
  "status",
  "acknowledged",
  "acknowledgedInTime",
  "fixed",
  "fixedInTime",
  "closed",
  "verdict",
  "rating",
] as const;
export type RegisterColumn = (typeof registerColumns)[number];

/** The register's words: `register-col-<column>`, `register-status-<status>`, `register-verdict-<verdict>`, `register-yes|no|unconfirmed`. */
export type Words = (key: string) => string;

/** Whether a deadline was met: yes, no, or empty while it is still running. */
function inTime(done: number | null, due: number | null, now: number, words: Words): string {
  if (done !== null) return due === null || done <= due ? words("register-yes") : words("register-no");
  return due !== null && due < now ? words("register-no") : "";
}

/**
 * The register of a month for a set of cases (a staff member's scope, or one place: `scopeOfPlace`).
 * Returns the CSV text and how many complaints it lists.
 */
export async function registerCsv(deps: DomainDeps, scope: CaseScope, month: string, lang: Lang, words: Words): Promise<{ csv: string; rows: number }> {
  const period = monthPeriod(month, deps.defaultTimeZone);
  const rows = await registerRows(deps.db.orm, scope, period);
  const [{ categories, communities, grids }, handlers, zones] = await Promise.all([
    placesOfComplaints(deps, rows),
    staffByIds(
      deps.directory.orm,
      rows.flatMap((r) => (r.assigneeStaffId === null ? [] : [r.assigneeStaffId])),
    ),
    communityZones(
      deps.directory.orm,
      rows.map((r) => r.communityId),
    ),
  ]);
  const name = (n: { nameZh: string; nameEn: string | null } | undefined) => (n ? (lang === "en" ? (n.nameEn ?? n.nameZh) : n.nameZh) : "");
  const now = deps.now();
  const line = (r: RegisterRow): Record<RegisterColumn, string | number | null> => {
    const zone = zones.get(r.communityId) || deps.defaultTimeZone;
    const at = (ms: number | null) => {
      if (ms === null) return "";
      const local = localTime(ms, zone);
      return `${local.date} ${local.time}`;
    };
    const handled = r.status !== "not_responsible" && r.status !== "duplicate";
    return {
      ref: r.ref,
      opened: at(r.openedAt),
      category: name(categories.find((c) => c.id === r.categoryId)),
      community: name(communities.find((c) => c.id === r.communityId) as PlaceRef | undefined),
      grid: r.gridId === null ? "" : name(grids.find((g) => g.id === r.gridId)),
      handler: r.assigneeStaffId === null ? "" : name(handlers.find((s) => s.id === r.assigneeStaffId)),
      status: words(`register-status-${r.status}`) + (r.unconfirmed ? ` (${words("register-unconfirmed")})` : ""),
      acknowledged: at(r.acknowledgedAt),
      acknowledgedInTime: handled ? inTime(r.acknowledgedAt, r.acknowledgeDueAt, now, words) : "",
      fixed: at(r.fixedAt),
      fixedInTime: handled ? inTime(r.fixedAt, r.resolveDueAt, now, words) : "",
      closed: at(r.closedAt),
      verdict: r.verdict ? words(`register-verdict-${r.verdict}`) : "",
      rating: r.rating,
    };
  };
  // The header names the columns in the reader's language; the cells follow it.
  const headers = registerColumns.map((c) => words(`register-col-${c}`));
  const body = rows.map((r) => {
    const cells = line(r);
    return Object.fromEntries(registerColumns.map((c, i) => [headers[i]!, cells[c]]));
  });
  return { csv: toCsv(headers, body, { bom: true }), rows: rows.length };
}

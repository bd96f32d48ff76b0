// What residents are told about their points when it is not the answer to what they just sent: points
// received from a family member, a claim approved or rejected, a voucher cancelled. These go through the
// outbox (src/domain/outbox.ts, issue 9): a notice names this module's renderer (`pointsNotices` in
// src/flows/points.ts) and its arguments, and the outbox renders it in the resident's language when it
// delivers it. Until the outbox is on main, `tellResident` queues nothing: residents see the outcome the
// next time they open ⭐ My points (claims with their state, entries as they came).
import type { Change } from "../../db/database.js";
import type { PointAccount } from "../../db/queries/points.js";
import type { DomainDeps } from "../deps.js";

export type PointsNoticeName = "points-received" | "claim-approved" | "claim-rejected" | "voucher-cancelled" | "award-received";

export interface PointsNotice {
  name: PointsNoticeName;
  args: Record<string, string | number | null>;
}

/**
 * The write that tells the resident whose account this is, joining the atomic write of what it tells
 * about; null when there is nobody to tell (an organisation, a forgotten resident) — or, for now, no
 * outbox to queue it in.
 */
export function tellResident(_deps: DomainDeps, account: Pick<PointAccount, "residentId">, _notice: PointsNotice): Change | null {
  if (account.residentId === null) return null;
  // The outbox queueing goes here once issue 9 lands: queue(deps, { key, ...residentRoute(resident), body: { notice: { module: "points", ... } } }).
  return null;
}

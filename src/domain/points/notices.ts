// What residents are told about their points when it is not the answer to what they just sent: points
// received from a family member or awarded by staff, a claim approved or rejected, a voucher cancelled.
// These go through the outbox (src/domain/outbox.ts): a notice names this module's renderer
// (`pointsNotices` in src/flows/points.ts) and its arguments, and the outbox renders it in the resident's
// language when it delivers it. Each notice's key comes from what it tells about, so a replayed request
// queues it once.
import type { Change } from "../../db/database.js";
import type { PointAccount } from "../../db/queries/points.js";
import { findResidentById } from "../../db/queries/residents.js";
import type { DomainDeps } from "../deps.js";
import { queue, residentRoute } from "../outbox.js";

export type PointsNoticeName = "points-received" | "claim-approved" | "claim-rejected" | "voucher-cancelled" | "award-received";

export interface PointsNotice {
  name: PointsNoticeName;
  /** Unique for what it tells about (a transfer's key, a request, a voucher). */
  about: string;
  args: Record<string, string | number | null>;
}

/**
 * The write that tells the resident whose account this is, joining the atomic write of what it tells
 * about; null when there is nobody to tell (a household, an organisation, a forgotten resident).
 */
export async function tellResident(deps: DomainDeps, account: Pick<PointAccount, "residentId">, notice: PointsNotice): Promise<Change | null> {
  if (account.residentId === null) return null;
  const resident = await findResidentById(deps.db.orm, account.residentId);
  if (!resident) return null;
  return queue(deps, {
    key: `points:${notice.name}:${notice.about}`,
    ...residentRoute(resident),
    body: { notice: { module: "points", name: notice.name, args: notice.args } },
    residentId: resident.id,
  });
}

// A resident's claim: "I volunteered at the clean-up on Saturday", under a rule residents may claim, with
// what they did in their words and a photo if they have one. It waits in the staff's approval queue; a
// second look by staff posts the award (src/domain/points/staff.ts, `decide`).
import type { Change } from "../../db/database.js";
import { insertRequest, type PointAccount, type PointRule } from "../../db/queries/points.js";
import type { DomainDeps } from "../deps.js";
import { districtOfCommunity } from "./accounts.js";
import { rulesOfDistrict } from "./rules.js";

/** The rules of the account's rulebook that residents may claim (awards only). */
export async function claimableRules(deps: DomainDeps, account: PointAccount): Promise<PointRule[]> {
  const district = await districtOfCommunity(deps, account.communityId);
  return (await rulesOfDistrict(deps, district ?? null)).filter((r) => r.claimable && r.points > 0);
}

/** The claim, for the flow to commit; asking twice with the same key asks once. */
export function claimChange(deps: DomainDeps, account: PointAccount, rule: PointRule, claim: { text: string; photo: string | null; key: string }): Change {
  const now = deps.now();
  return (orm) => [
    insertRequest(orm, {
      kind: "claim",
      accountId: account.id,
      communityId: account.communityId,
      ruleCode: rule.code,
      category: rule.category,
      amount: rule.points,
      evidence: claim.text,
      photo: claim.photo,
      requestedBy: null,
      key: claim.key,
      createdAt: now,
    }),
  ];
}

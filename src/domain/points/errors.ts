// Why a points rule refused a staff member's request. It is a StaffRuleError ("invalid", with the field),
// so the staff API answers 400 with the reason in English and the field; the console shows `why` in the
// reader's language (points-error-<why> in src/i18n/console.ts).
import { StaffRuleError } from "../staff/errors.js";

export type PointsWhy =
  | "rule-unknown"
  | "rule-other-district"
  | "rule-inactive"
  | "rule-is-penalty"
  | "rule-is-award"
  | "amount-not-rule"
  | "amount"
  | "evidence-needed"
  | "photo-needed"
  | "no-account"
  | "ambiguous-phone"
  | "not-found-resident"
  | "no-community"
  | "key"
  | "reason-needed"
  | "redemption-reversal"
  | "same-approver"
  | "voucher-other-shop"
  | "voucher-unknown"
  | "grid-other-community"
  | "name"
  | "item";

export class PointsRuleError extends StaffRuleError {
  constructor(
    readonly why: PointsWhy,
    reason: string,
    field?: string,
    args: Record<string, string | number> = {},
  ) {
    super("invalid", reason, field, args);
    this.name = "PointsRuleError";
  }
}

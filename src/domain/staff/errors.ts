// Why a staff rule refused. `code` names the reason (the console shows `error-<code>` in the reader's
// language); `reason` says it in English for the CLI and the staff API; `field` names the argument.
export type StaffRuleCode =
  | "not-found"
  | "forbidden"
  | "invalid"
  | "username-taken"
  | "role-exists"
  | "role-missing"
  | "no-place"
  | "self"
  | "link-invalid"
  | "wrong-password";

export class StaffRuleError extends Error {
  constructor(
    readonly code: StaffRuleCode,
    readonly reason: string,
    readonly field?: string,
    readonly args: Record<string, string | number> = {},
  ) {
    super(field ? `${field}: ${reason}` : reason);
    this.name = "StaffRuleError";
  }
}

/** Outside the reader's scope and not there at all look the same, so that ids cannot be probed. */
export const notFound = () => new StaffRuleError("not-found", "not found");
export const isNotFound = (error: unknown) => error instanceof StaffRuleError && error.code === "not-found";
export const forbidden = () => new StaffRuleError("forbidden", "your roles do not allow this change");

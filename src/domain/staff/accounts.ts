// Staff accounts: adding a staff member, giving and taking roles, disabling, editing what residents see
// of them. Every change is checked against the actor's scope and written in one atomic write with its
// audit row.
import { z } from "zod";
import { placeByCode, type PlaceRef } from "../../db/queries/places.js";
import {
  deleteOtherSessions,
  deleteRole,
  deleteSessionsOf,
  findStaffByUsername,
  insertLink,
  insertRole,
  insertStaff,
  rolesOf,
  staffIdOf,
  updateStaff,
  type StaffMember,
  type StaffRoleRow,
} from "../../db/queries/staff.js";
import { languages, staffRoles, type Lang, type StaffRole } from "../../vocabulary.js";
import type { DomainDeps } from "../deps.js";
import { rolesWithPlaces, type Actor, type RoleAt } from "./actor.js";
import { auditWrite, commonPlace } from "./audit.js";
import { forbidden, notFound, StaffRuleError } from "./errors.js";
import { INVITE_MS, newLinkToken } from "./links.js";
import { hashPassword, PASSWORD_MAX, PASSWORD_MIN, verifyPassword } from "./passwords.js";
import { placeKindOfRole } from "./roles.js";
import { reaches } from "./scope.js";

// ── what staff records look like ────────────────────────────────────────────────────────────────

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, { error: "a username is 2–32 characters of a–z, 0–9, . _ -, starting with a letter or digit" });
const nameSchema = z.string().trim().min(1, { error: "must not be empty" }).max(40, { error: "must be at most 40 characters" });
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 -]{2,24}$/, { error: "a phone number is digits, spaces and -, optionally starting with +" });
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, { error: `a password has at least ${PASSWORD_MIN} characters` })
  .max(PASSWORD_MAX, { error: `a password has at most ${PASSWORD_MAX} characters` });
const placeCodeSchema = z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, { error: "a place code is a–z, 0–9 and -" });

/** Blank form fields mean "not given". */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

export const newStaffSchema = z.object({
  username: usernameSchema,
  nameZh: nameSchema,
  nameEn: optional(nameSchema),
  phone: optional(phoneSchema),
  language: z.enum(languages, { error: "must be zh or en" }).default("zh"),
  password: optional(passwordSchema),
  role: z.enum(staffRoles, { error: `must be one of ${staffRoles.join(", ")}` }),
  /** The code of the role's place; none for admin. */
  place: optional(placeCodeSchema),
});
export type NewStaff = z.input<typeof newStaffSchema>;

export const profileSchema = z.object({
  nameZh: nameSchema,
  nameEn: optional(nameSchema),
  phone: optional(phoneSchema),
});

/** zod's first complaint as a rule error naming the field. */
export function invalid(error: z.ZodError): StaffRuleError {
  const issue = error.issues[0]!;
  const field = issue.path.join(".") || undefined;
  return new StaffRuleError("invalid", issue.message, field);
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  return parsed.data;
}

/** What the audit log keeps of a staff member: never the password hash or a token. */
function snapshot(m: Pick<StaffMember, "username" | "nameZh" | "nameEn" | "phone" | "language" | "disabledAt" | "telegramUserId">) {
  return {
    username: m.username,
    nameZh: m.nameZh,
    nameEn: m.nameEn,
    phone: m.phone,
    language: m.language,
    disabled: m.disabledAt !== null,
    telegramLinked: m.telegramUserId !== null,
  };
}

function roleLabel(role: StaffRole, place: PlaceRef | null): string {
  return place ? `${role}@${place.code}` : role;
}

// ── who may see and change whom ─────────────────────────────────────────────────────────────────

export interface StaffRecord {
  member: StaffMember;
  roles: RoleAt[];
}

/** A staff member by username, with their roles, if the actor may see them (else "not found"). */
export async function staffInScope(deps: DomainDeps, actor: Actor, username: string): Promise<StaffRecord> {
  const parsed = usernameSchema.safeParse(username);
  const member = parsed.success ? await findStaffByUsername(deps.directory.orm, parsed.data) : undefined;
  if (!member) throw notFound();
  const roles = await rolesWithPlaces(deps, await rolesOf(deps.directory.orm, member.id));
  if (!canSee(actor, member, roles)) throw notFound();
  return { member, roles };
}

export function canSee(actor: Actor, member: StaffMember, roles: RoleAt[]): boolean {
  return actor.sees.everywhere || member.id === actor.staffId || roles.some((r) => r.place !== null && reaches(actor.sees, r.place));
}

/** Whether the actor may change this person: all their roles lie within what the actor manages. */
export function canManage(actor: Actor, roles: RoleAt[]): boolean {
  if (actor.manages.everywhere) return true;
  return roles.length > 0 && roles.every((r) => r.place !== null && reaches(actor.manages, r.place));
}

/**
 * The place a role would be held at, if the actor may give or take it there. A place the actor cannot
 * see reads as no place at all.
 */
async function placeForRole(deps: DomainDeps, actor: Actor, role: StaffRole, code: string | null | undefined): Promise<PlaceRef | null> {
  const kind = placeKindOfRole[role];
  if (kind === "everywhere") {
    if (code) throw new StaffRuleError("invalid", "admin is held everywhere, without a place", "place");
    if (!actor.manages.everywhere) throw forbidden();
    return null;
  }
  if (!code) throw new StaffRuleError("invalid", `${role} is held at a ${kind}: give its code`, "place");
  const place = await placeByCode(deps.directory.orm, kind, code);
  if (!place || !reaches(actor.sees, place)) {
    throw new StaffRuleError("no-place", `no ${kind} has the code "${code}"`, "place", { code, kind });
  }
  if (!reaches(actor.manages, place)) throw forbidden();
  return place;
}

// ── changes ─────────────────────────────────────────────────────────────────────────────────────

export interface AddedStaff {
  member: StaffMember;
  /** The one-time Telegram invitation token (valid 72 h): `https://t.me/<bot>?start=s-<token>`. */
  inviteToken: string;
}

export async function addStaff(deps: DomainDeps, actor: Actor, input: NewStaff): Promise<AddedStaff> {
  const data = parseWith(newStaffSchema, input);
  const place = await placeForRole(deps, actor, data.role, data.place);
  if (await findStaffByUsername(deps.directory.orm, data.username)) {
    throw new StaffRuleError("username-taken", `"${data.username}" is taken`, "username", { username: data.username });
  }
  const now = deps.now();
  const passwordHash = data.password ? await hashPassword(data.password) : null;
  const invite = newLinkToken();
  const row = {
    username: data.username,
    nameZh: data.nameZh,
    nameEn: data.nameEn ?? null,
    phone: data.phone ?? null,
    language: data.language,
    telegramUserId: null,
    passwordHash,
    disabledAt: null,
    createdAt: now,
    updatedAt: now,
  };
  const kind = placeKindOfRole[data.role];
  try {
    await deps.directory.atomic((orm) => [
      insertStaff(orm, row),
      insertRole(orm, staffIdOf(data.username), data.role, kind, place?.id ?? 0, now),
      insertLink(orm, { tokenHash: invite.hash, kind: "invite", staffId: staffIdOf(data.username), createdAt: now, expiresAt: now + INVITE_MS }),
      auditWrite(orm, deps, actor, "staff.add", place, {
        staff: data.username,
        before: null,
        after: { ...snapshot(row), roles: [roleLabel(data.role, place)], password: passwordHash !== null },
      }),
    ]);
  } catch (error) {
    if (String((error as Error)?.message ?? error).includes("UNIQUE") || String((error as Error)?.cause ?? "").includes("UNIQUE")) {
      throw new StaffRuleError("username-taken", `"${data.username}" is taken`, "username", { username: data.username });
    }
    throw error;
  }
  const member = await findStaffByUsername(deps.directory.orm, data.username);
  if (!member) throw new Error("staff member vanished right after it was added");
  return { member, inviteToken: invite.token };
}

/** Gives a role at a place (by code; none for admin). */
export async function grantRole(deps: DomainDeps, actor: Actor, username: string, role: StaffRole, code: string | null): Promise<StaffRecord> {
  const target = await staffInScope(deps, actor, username);
  const place = await placeForRole(deps, actor, role, code);
  const kind = placeKindOfRole[role];
  if (target.roles.some((r) => r.role.role === role && r.role.placeKind === kind && r.role.placeId === (place?.id ?? 0))) {
    throw new StaffRuleError("role-exists", `${username} already is ${roleLabel(role, place)}`, "role", { role: roleLabel(role, place) });
  }
  const now = deps.now();
  await deps.directory.atomic((orm) => [
    insertRole(orm, target.member.id, role, kind, place?.id ?? 0, now),
    auditWrite(orm, deps, actor, "staff.role.add", place, {
      staff: target.member.username,
      before: target.roles.map((r) => roleLabel(r.role.role, r.place)),
      after: [...target.roles.map((r) => roleLabel(r.role.role, r.place)), roleLabel(role, place)],
    }),
  ]);
  return staffInScope(deps, actor, username);
}

export async function removeRole(deps: DomainDeps, actor: Actor, username: string, role: StaffRole, code: string | null): Promise<StaffRecord> {
  const target = await staffInScope(deps, actor, username);
  const kind = placeKindOfRole[role];
  const held = target.roles.find((r) => r.role.role === role && r.role.placeKind === kind && (kind === "everywhere" ? !code : r.place?.code === code));
  if (!held) throw new StaffRuleError("role-missing", `${username} is not ${code ? `${role}@${code}` : role}`, "role", { role: code ? `${role}@${code}` : role });
  if (held.place ? !reaches(actor.manages, held.place) : !actor.manages.everywhere) throw held.place && !reaches(actor.sees, held.place) ? notFound() : forbidden();
  await deps.directory.atomic((orm) => [
    deleteRole(orm, target.member.id, role, kind, held.role.placeId),
    auditWrite(orm, deps, actor, "staff.role.remove", held.place, {
      staff: target.member.username,
      before: target.roles.map((r) => roleLabel(r.role.role, r.place)),
      after: target.roles.filter((r) => r !== held).map((r) => roleLabel(r.role.role, r.place)),
    }),
  ]);
  return staffInScope(deps, actor, username);
}

/** Disables (or enables again) a staff member: their sessions end at once and their tokens stop working. */
export async function setDisabled(deps: DomainDeps, actor: Actor, username: string, disabled: boolean): Promise<StaffRecord> {
  const target = await staffInScope(deps, actor, username);
  if (target.member.id === actor.staffId) throw new StaffRuleError("self", "you cannot disable yourself", "username");
  if (!canManage(actor, target.roles)) throw forbidden();
  if ((target.member.disabledAt !== null) === disabled) return target;
  const now = deps.now();
  const after = { ...target.member, disabledAt: disabled ? now : null };
  await deps.directory.atomic((orm) => [
    updateStaff(orm, target.member.id, { disabledAt: after.disabledAt, updatedAt: now }),
    ...(disabled ? [deleteSessionsOf(orm, target.member.id)] : []),
    auditWrite(orm, deps, actor, disabled ? "staff.disable" : "staff.enable", commonPlace(target.roles.map((r) => r.place)), {
      staff: target.member.username,
      before: { disabled: target.member.disabledAt !== null },
      after: { disabled },
    }),
  ]);
  return staffInScope(deps, actor, username);
}

/** The name and phone residents see. */
export async function updateProfile(deps: DomainDeps, actor: Actor, username: string, input: z.input<typeof profileSchema>): Promise<StaffRecord> {
  const target = await staffInScope(deps, actor, username);
  if (target.member.id !== actor.staffId && !canManage(actor, target.roles)) throw forbidden();
  const data = parseWith(profileSchema, input);
  const change = { nameZh: data.nameZh, nameEn: data.nameEn ?? null, phone: data.phone ?? null };
  const before = { nameZh: target.member.nameZh, nameEn: target.member.nameEn, phone: target.member.phone };
  if (JSON.stringify(before) === JSON.stringify(change)) return target;
  await deps.directory.atomic((orm) => [
    updateStaff(orm, target.member.id, { ...change, updatedAt: deps.now() }),
    auditWrite(orm, deps, actor, "staff.profile", commonPlace(target.roles.map((r) => r.place)), { staff: target.member.username, before, after: change }),
  ]);
  return staffInScope(deps, actor, username);
}

/** A staff member's own console language. */
export async function setOwnLanguage(deps: DomainDeps, actor: Actor & { member: StaffMember }, language: Lang): Promise<void> {
  if (!languages.includes(language)) throw new StaffRuleError("invalid", "must be zh or en", "language");
  if (actor.member.language === language) return;
  await deps.directory.atomic((orm) => [
    updateStaff(orm, actor.member.id, { language, updatedAt: deps.now() }),
    auditWrite(orm, deps, actor, "staff.language", null, { staff: actor.member.username, before: actor.member.language, after: language }),
  ]);
}

/**
 * Sets a password: one's own (with the current one, if there is one), or, for an operator, anyone's.
 * Every other session of that person ends.
 */
export async function setPassword(
  deps: DomainDeps,
  actor: Actor,
  username: string,
  password: string,
  options: { current?: string; keepSession?: string } = {},
): Promise<void> {
  const target = await staffInScope(deps, actor, username);
  const own = target.member.id === actor.staffId;
  if (!own && !actor.manages.everywhere) throw forbidden();
  const next = parseWith(z.object({ password: passwordSchema }), { password }).password;
  if (own && target.member.passwordHash !== null) {
    if (!(await verifyPassword(options.current ?? "", target.member.passwordHash))) {
      throw new StaffRuleError("wrong-password", "the current password is not right", "current");
    }
  }
  const passwordHash = await hashPassword(next);
  await deps.directory.atomic((orm) => [
    updateStaff(orm, target.member.id, { passwordHash, updatedAt: deps.now() }),
    deleteOtherSessions(orm, target.member.id, options.keepSession),
    auditWrite(orm, deps, actor, "staff.password", null, { staff: target.member.username, before: { password: target.member.passwordHash !== null }, after: { password: true } }),
  ]);
}

/** A new invitation for a staff member the actor manages (or for themself). Earlier ones stay valid until used or expired. */
export async function createInvite(deps: DomainDeps, actor: Actor, username: string): Promise<string> {
  const target = await staffInScope(deps, actor, username);
  if (target.member.id !== actor.staffId && !canManage(actor, target.roles)) throw forbidden();
  if (target.member.disabledAt !== null) throw new StaffRuleError("invalid", `${username} is disabled`, "username");
  const { token, hash } = newLinkToken();
  const now = deps.now();
  await deps.directory.atomic((orm) => [
    insertLink(orm, { tokenHash: hash, kind: "invite", staffId: target.member.id, createdAt: now, expiresAt: now + INVITE_MS }),
    auditWrite(orm, deps, actor, "staff.invite", commonPlace(target.roles.map((r) => r.place)), { staff: username, expiresAt: now + INVITE_MS }),
  ]);
  return token;
}

export type { StaffRoleRow };

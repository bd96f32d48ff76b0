// Staff and cases: who may see and act on a case (their scope reaches its community or grid), and how a
// staff member is named to the people they write to (「网格员 李娟」, "Grid worker Li Juan").
import { placesByIds, type PlaceRef } from "../../db/queries/places.js";
import { findStaffById, findStaffByTelegram, rolesOf, type StaffMember, type StaffRoleRow } from "../../db/queries/staff.js";
import type { Case } from "../../db/queries/cases.js";
import type { Lang, StaffRole } from "../../vocabulary.js";
import type { DomainDeps } from "../deps.js";
import { loadViewer, type Viewer } from "../staff/actor.js";
import { reaches } from "../staff/scope.js";
import type { StaffActor } from "./cases.js";

/** The place a case belongs to: its grid when it has one, else its community. */
export async function placeOfCase(deps: DomainDeps, c: Pick<Case, "communityId" | "gridId">): Promise<PlaceRef | undefined> {
  const [place] = c.gridId ? await placesByIds(deps.directory.orm, "grid", [c.gridId]) : await placesByIds(deps.directory.orm, "community", [c.communityId]);
  return place;
}

/** Whether the viewer's roles reach the case (a role reaches its place and everything below it). */
export async function seesCase(deps: DomainDeps, viewer: Viewer, c: Pick<Case, "communityId" | "gridId">): Promise<boolean> {
  return reaches(viewer.sees, (await placeOfCase(deps, c)) ?? null);
}

/** The role a resident should read first: the one closest to them. */
const closest: StaffRole[] = ["grid_worker", "proxy_agent", "community_staff", "street_admin", "district_admin", "admin"];

const roleWords: Record<Lang, Record<StaffRole, string>> = {
  zh: { grid_worker: "网格员", proxy_agent: "代办员", community_staff: "社区工作人员", street_admin: "街道工作人员", district_admin: "区工作人员", admin: "工作人员" },
  en: { grid_worker: "Grid worker", proxy_agent: "Proxy agent", community_staff: "Community staff", street_admin: "Street staff", district_admin: "District staff", admin: "Staff" },
};

/** 「网格员 李娟」 / "Grid worker Li Juan". */
export function displayName(member: StaffMember, roles: StaffRoleRow[], lang: Lang): string {
  const role = closest.find((r) => roles.some((held) => held.role === r)) ?? "admin";
  const name = lang === "en" ? (member.nameEn ?? member.nameZh) : member.nameZh;
  return lang === "zh" ? `${roleWords.zh[role]} ${name}` : `${roleWords.en[role]} ${name}`;
}

/** A staff member's name for a reader, by id (a notice rendered at delivery time). */
export async function staffDisplayName(deps: DomainDeps, staffId: number, lang: Lang): Promise<string> {
  const member = await findStaffById(deps.directory.orm, staffId);
  if (!member) return roleWords[lang].admin;
  return displayName(member, await rolesOf(deps.directory.orm, member.id), lang);
}

/** Acting on cases from the console, the API or the staff group. */
export function staffActor(viewer: Viewer, via: StaffActor["via"]): StaffActor {
  return { staffId: viewer.member.id, name: displayName(viewer.member, viewer.roles, "zh"), via };
}

/** The staff member a Telegram account was linked to (with its invitation), if any and not disabled. */
export async function staffOfTelegram(deps: DomainDeps, telegramUserId: number | string): Promise<Viewer | undefined> {
  const member = await findStaffByTelegram(deps.directory.orm, String(telegramUserId));
  if (!member || member.disabledAt !== null) return undefined;
  return loadViewer(deps, member, null);
}

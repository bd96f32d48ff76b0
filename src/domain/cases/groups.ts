// A community's Telegram staff group: a forum supergroup where each case gets its own topic. A staff
// member who manages the community links it (/link in the group) and may unlink it (/unlink).
import { linkStaffGroup, staffGroupByChat, unlinkStaffGroup } from "../../db/queries/cases.js";
import { placeByCode, placeById, type PlaceRef } from "../../db/queries/places.js";
import type { DomainDeps } from "../deps.js";
import type { Viewer } from "../staff/actor.js";
import { auditWrite } from "../staff/audit.js";
import { reaches } from "../staff/scope.js";

export class GroupRuleError extends Error {
  constructor(readonly reason: "no-community" | "not-linked") {
    super(reason);
  }
}

/**
 * The community a group is linked to: the one named by its code, or the one community the staff member
 * manages at community level. Only a place the viewer manages counts.
 */
async function communityToLink(deps: DomainDeps, viewer: Viewer, code: string | undefined): Promise<PlaceRef> {
  if (code) {
    const place = await placeByCode(deps.directory.orm, "community", code.toLowerCase());
    if (place && reaches(viewer.manages, place)) return place;
    throw new GroupRuleError("no-community");
  }
  const own = viewer.roles.filter((r) => r.role === "community_staff" && r.placeKind === "community");
  if (own.length !== 1) throw new GroupRuleError("no-community");
  const place = await placeById(deps.directory.orm, "community", own[0]!.placeId);
  if (!place) throw new GroupRuleError("no-community");
  return place;
}

export async function linkGroup(deps: DomainDeps, viewer: Viewer, chatId: string, code?: string): Promise<PlaceRef> {
  const place = await communityToLink(deps, viewer, code);
  const now = deps.now();
  await deps.directory.atomic((orm) => [
    ...linkStaffGroup(orm, { communityId: place.id, chatId, linkedByStaffId: viewer.member.id, linkedAt: now }),
    auditWrite(orm, deps, viewer, "staff-group.link", place, { chat: chatId }),
  ]);
  return place;
}

export async function unlinkGroup(deps: DomainDeps, viewer: Viewer, chatId: string): Promise<PlaceRef> {
  const group = await staffGroupByChat(deps.directory.orm, chatId);
  const place = group ? await placeById(deps.directory.orm, "community", group.communityId) : undefined;
  if (!group || !place || !reaches(viewer.manages, place)) throw new GroupRuleError("not-linked");
  await deps.directory.atomic((orm) => [unlinkStaffGroup(orm, chatId), auditWrite(orm, deps, viewer, "staff-group.unlink", place, { chat: chatId })]);
  return place;
}

export { staffGroupByChat };

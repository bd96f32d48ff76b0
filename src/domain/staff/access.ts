// A community's access list (准入目录), as staff edit it: for each service of the catalogue, whether the
// community handles it, helps with it, or sends residents elsewhere (and where) — or keeps the
// catalogue's answer.
import { z } from "zod";
import { allGroups, allServices, communityAnswersOf, deleteCommunityAnswer, findServiceByCode, saveCommunityAnswer, type CommunityService, type Service, type ServiceGroup } from "../../db/queries/catalog.js";
import { placeById, type PlaceRef } from "../../db/queries/places.js";
import { accessAnswers, type AccessAnswer } from "../../vocabulary.js";
import type { DomainDeps } from "../deps.js";
import { parseWith } from "./accounts.js";
import type { Actor } from "./actor.js";
import { auditWrite } from "./audit.js";
import { forbidden, notFound, StaffRuleError } from "./errors.js";
import { reaches } from "./scope.js";

export interface AccessEntry {
  service: Service;
  /** The catalogue's answer, for every community without its own. */
  catalogue: AccessAnswer;
  /** The community's own answer, if it has one. */
  local: CommunityService | undefined;
}

export interface AccessList {
  groups: { group: ServiceGroup; entries: AccessEntry[] }[];
}

export async function accessList(deps: DomainDeps, communityId: number): Promise<AccessList> {
  const orm = deps.directory.orm;
  const [groups, services, answers] = await Promise.all([allGroups(orm), allServices(orm), communityAnswersOf(orm, communityId)]);
  const local = new Map(answers.map((a) => [a.serviceId, a]));
  return {
    groups: groups
      .map((group) => ({
        group,
        entries: services.filter((s) => s.groupId === group.id).map((service) => ({ service, catalogue: service.access, local: local.get(service.id) })),
      }))
      .filter((g) => g.entries.length > 0),
  };
}

const note = z.string().trim().max(300, { error: "must be at most 300 characters" });
export const answerInputSchema = z
  .object({
    /** "catalogue": no answer of the community's own. */
    access: z.enum([...accessAnswers, "catalogue"], { error: `must be one of ${[...accessAnswers, "catalogue"].join(", ")}` }),
    note_zh: note.default(""),
    note_en: note.default(""),
  })
  .refine((a) => (a.note_zh === "") === (a.note_en === ""), { error: "a note is written in both Chinese and English", path: ["note_en"] });

async function managedCommunity(deps: DomainDeps, actor: Actor, communityId: number): Promise<PlaceRef> {
  const place = await placeById(deps.directory.orm, "community", communityId);
  if (!place || !reaches(actor.sees, place)) throw notFound();
  if (!reaches(actor.manages, place)) throw forbidden();
  return place;
}

export async function setAccessAnswer(deps: DomainDeps, actor: Actor, communityId: number, serviceCode: string, input: unknown): Promise<void> {
  const place = await managedCommunity(deps, actor, communityId);
  const service = await findServiceByCode(deps.directory.orm, serviceCode);
  if (!service) throw new StaffRuleError("not-found", `no service "${serviceCode}"`, "service");
  const data = parseWith(answerInputSchema, input);
  const current = (await communityAnswersOf(deps.directory.orm, communityId)).find((a) => a.serviceId === service.id);
  const before = current ? { access: current.access, note: { zh: current.noteZh, en: current.noteEn } } : { access: "catalogue" };
  const after = data.access === "catalogue" ? { access: "catalogue" } : { access: data.access, note: { zh: data.note_zh || null, en: data.note_en || null } };
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  await deps.directory.atomic((orm) => [
    data.access === "catalogue"
      ? deleteCommunityAnswer(orm, communityId, service.id)
      : saveCommunityAnswer(orm, { communityId, serviceId: service.id, access: data.access, noteZh: data.note_zh || null, noteEn: data.note_en || null }),
    auditWrite(orm, deps, actor, "community.access", place, { community: place.code, service: service.code, catalogue: service.access, before, after }),
  ]);
}

// The catalogue as it is in the database, in the file format staff import (docs/catalog.md).
import { eq } from "drizzle-orm";
import { allGroups, allServices } from "../../db/queries/catalog.js";
import { agencies, communities, communityServices, services as servicesTable } from "../../db/schema.js";
import type { DomainDeps } from "../deps.js";
import type { Catalog } from "./format.js";

export async function exportCatalog(deps: DomainDeps): Promise<Catalog> {
  const orm = deps.directory.orm;
  const [agencyRows, groups, services, answers] = await Promise.all([
    orm.select().from(agencies).orderBy(agencies.id),
    allGroups(orm),
    allServices(orm),
    orm
      .select({ community: communities.code, service: servicesTable.code, access: communityServices.access, noteZh: communityServices.noteZh, noteEn: communityServices.noteEn })
      .from(communityServices)
      .innerJoin(communities, eq(communities.id, communityServices.communityId))
      .innerJoin(servicesTable, eq(servicesTable.id, communityServices.serviceId))
      .orderBy(communities.code, servicesTable.code),
  ]);
  const agencyCode = new Map(agencyRows.map((a) => [a.id, a.code]));
  const groupCode = new Map(groups.map((g) => [g.id, g.code]));
  const split = (joined: string) => joined.split("|").filter(Boolean);
  return {
    agencies: agencyRows.map((a) => ({
      code: a.code,
      name: { zh: a.nameZh, en: a.nameEn },
      address: { zh: a.addressZh, en: a.addressEn },
      ...(a.phone ? { phone: a.phone } : {}),
      ...(a.complaintPhone ? { complaint_phone: a.complaintPhone } : {}),
      ...(a.website ? { website: a.website } : {}),
      ...(a.latitude !== null && a.longitude !== null ? { location: { lat: a.latitude, lon: a.longitude } } : {}),
      hours: a.hours,
      exceptions: a.exceptions,
    })),
    groups: groups.map((g) => ({
      code: g.code,
      name: { zh: g.nameZh, en: g.nameEn },
      ...(g.parentId ? { parent: groupCode.get(g.parentId)! } : {}),
    })),
    services: services.map((s) => ({
      code: s.code,
      group: groupCode.get(s.groupId)!,
      title: { zh: s.titleZh, en: s.titleEn },
      ...(s.briefZh && s.briefEn ? { brief: { zh: s.briefZh, en: s.briefEn } } : {}),
      summary: { zh: s.summaryZh, en: s.summaryEn },
      eligibility: { zh: s.eligibilityZh, en: s.eligibilityEn },
      materials: s.materials,
      steps: s.steps,
      agency: agencyCode.get(s.agencyId)!,
      fee: { zh: s.feeZh, en: s.feeEn },
      time_limit: { zh: s.timeLimitZh, en: s.timeLimitEn },
      keywords: { zh: split(s.keywordsZh), en: split(s.keywordsEn) },
      access: s.access,
      proxy: s.proxy,
      certificate: s.certificate,
    })),
    community_answers: answers.map((a) => ({
      community: a.community,
      service: a.service,
      access: a.access,
      ...(a.noteZh && a.noteEn ? { note: { zh: a.noteZh, en: a.noteEn } } : {}),
    })),
  };
}

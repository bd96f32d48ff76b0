// The catalogue as it is in the database, in the file format staff import (docs/catalog.md).
import { allGroups, allServices } from "../../db/queries/catalog.js";
import { agencies } from "../../db/schema.js";
import type { DomainDeps } from "../deps.js";
import type { Catalog } from "./format.js";

export async function exportCatalog(deps: DomainDeps): Promise<Catalog> {
  const orm = deps.db.orm;
  const [agencyRows, groups, services] = await Promise.all([orm.select().from(agencies).orderBy(agencies.id), allGroups(orm), allServices(orm)]);
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
  };
}

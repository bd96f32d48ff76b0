// The service guide over HTTP: GET /api/services (search or list) and GET /api/services/{code}.
import { Hono } from "hono";
import { z } from "zod";
import { allServices, findGroupByCode, findServiceByCode, servicesUnderGroup, type Service } from "../db/queries/catalog.js";
import { findCommunityByCode } from "../db/queries/places.js";
import { accessAnswers, serviceCardById, type ServiceCard } from "../domain/catalog/guide.js";
import { MAX_QUERY_LENGTH, searchServices } from "../domain/catalog/search.js";
import type { DomainDeps } from "../domain/deps.js";
import { local } from "../i18n/index.js";
import { languages, type Lang } from "../vocabulary.js";
import type { AppEnv } from "./env.js";
import { valid } from "./validate.js";

export const serviceCode = z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, { error: "must be a code of a–z, 0–9 and -" });
const communityCode = z.string().regex(/^[a-z0-9-]{1,24}$/, { error: "must be a community code" });
const lang = z.enum(languages, { error: "must be zh or en" }).default("zh");

const listQuery = z.object({
  q: z.string().trim().max(MAX_QUERY_LENGTH, { error: `must be at most ${MAX_QUERY_LENGTH} characters` }).optional(),
  group: serviceCode.optional(),
  community: communityCode.optional(),
  lang,
  limit: z.coerce.number({ error: "must be a number" }).int().min(1).max(50).default(20),
});

function summary(s: Service, language: Lang) {
  return {
    code: s.code,
    title: local(s, "title", language),
    brief: local(s, "brief", language) || null,
    summary: local(s, "summary", language),
    access: s.access,
    proxy: s.proxy,
    certificate: s.certificate,
  };
}

function detail(card: ServiceCard, language: Lang) {
  const { service: s, agency: a } = card;
  return {
    ...summary(s, language),
    group: card.group?.code ?? null,
    eligibility: local(s, "eligibility", language),
    materials: s.materials[language],
    steps: s.steps[language],
    fee: local(s, "fee", language),
    time_limit: local(s, "timeLimit", language),
    keywords: local(s, "keywords", language).split("|").filter(Boolean),
    office: {
      code: a.code,
      name: local(a, "name", language),
      address: local(a, "address", language),
      phone: a.phone,
      complaint_phone: a.complaintPhone,
      website: a.website,
      location: a.latitude !== null && a.longitude !== null ? { lat: a.latitude, lon: a.longitude } : null,
      hours: a.hours,
      exceptions: a.exceptions,
      open_now: card.opening.open,
      next_open: card.opening.next ?? null,
      time_zone: card.timeZone,
    },
    community: card.community
      ? {
          code: card.community.code,
          access: card.access,
          note: card.accessNote ? card.accessNote[language] : null,
          station: {
            address: local(card.community, "stationAddress", language),
            hours: local(card.community, "stationHours", language),
            phone: card.community.stationPhone,
          },
        }
      : null,
  };
}

export function servicesApi(domain: DomainDeps) {
  const app = new Hono<AppEnv>();
  const orm = domain.directory.orm;

  app.get("/", valid("query", listQuery), async (c) => {
    const { q, group, community, lang: language, limit } = c.req.valid("query");
    const place = community ? await findCommunityByCode(orm, community) : undefined;
    if (community && !place) return c.json({ error: `community: no community "${community}"` }, 400);
    const groupRow = group ? await findGroupByCode(orm, group) : undefined;
    if (group && !groupRow) return c.json({ error: `group: no group "${group}"` }, 400);

    let found: Service[];
    if (q) {
      found = (await searchServices(domain, q, 50)).map((h) => h.service);
      if (groupRow) {
        const inGroup = new Set((await servicesUnderGroup(orm, groupRow.id)).map((s) => s.id));
        found = found.filter((s) => inGroup.has(s.id));
      }
    } else {
      found = groupRow ? await servicesUnderGroup(orm, groupRow.id) : await allServices(orm);
    }
    const shown = found.slice(0, limit);
    const answers = place ? await accessAnswers(domain, shown, place.id) : undefined;
    const services = shown.map((s) => ({ ...summary(s, language), access: answers?.get(s.id) ?? s.access }));
    return c.json({ query: q ?? null, count: services.length, services });
  });

  app.get("/:code", valid("param", z.object({ code: serviceCode })), valid("query", z.object({ community: communityCode.optional(), lang })), async (c) => {
    const { code } = c.req.valid("param");
    const { community, lang: language } = c.req.valid("query");
    const service = await findServiceByCode(orm, code);
    if (!service) return c.json({ error: `no service "${code}"` }, 404);
    const place = community ? await findCommunityByCode(orm, community) : undefined;
    if (community && !place) return c.json({ error: `community: no community "${community}"` }, 400);
    const card = await serviceCardById(domain, service.id, place?.id ?? null);
    if (!card) return c.json({ error: `no service "${code}"` }, 404);
    return c.json(detail(card, language));
  });

  return app;
}

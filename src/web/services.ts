// The service guide over HTTP: /api/services (JSON) and the Open311 GeoReport v2 service list.
import { Hono, type Context } from "hono";
import { z } from "zod";
import { allGroups, allServices, findGroup, findGroupByCode, findServiceByCode, servicesUnderGroup, type Service, type ServiceGroup } from "../db/queries/catalog.js";
import { findCommunityByCode } from "../db/queries/places.js";
import { accessAnswers, serviceCard, type ServiceCard } from "../domain/catalog/guide.js";
import { MAX_QUERY_LENGTH, searchServices } from "../domain/catalog/search.js";
import type { AppEnv } from "./env.js";
import { reasons } from "./validate.js";

const code = z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, { error: "must be a code of a–z, 0–9 and -" });
const lang = z.enum(["zh", "en"], { error: "must be zh or en" }).default("zh");

const listQuery = z.object({
  q: z.string().trim().max(MAX_QUERY_LENGTH, { error: `must be at most ${MAX_QUERY_LENGTH} characters` }).optional(),
  group: code.optional(),
  community: z.string().regex(/^[a-z0-9-]{1,24}$/, { error: "must be a community code" }).optional(),
  lang,
  limit: z.coerce.number({ error: "must be a number" }).int().min(1).max(50).default(20),
});

function badRequest(c: Context<AppEnv>, error: z.ZodError) {
  return c.json({ error: reasons(error) }, 400);
}

function summary(s: Service, language: "zh" | "en") {
  return {
    code: s.code,
    title: language === "zh" ? s.titleZh : s.titleEn,
    summary: language === "zh" ? s.summaryZh : s.summaryEn,
    access: s.access,
    proxy: s.proxy,
    certificate: s.certificate,
  };
}

function detail(card: ServiceCard, language: "zh" | "en") {
  const { service: s, agency: a } = card;
  const zh = language === "zh";
  return {
    ...summary(s, language),
    group: card.group?.code ?? null,
    eligibility: zh ? s.eligibilityZh : s.eligibilityEn,
    materials: zh ? s.materials.zh : s.materials.en,
    steps: zh ? s.steps.zh : s.steps.en,
    fee: zh ? s.feeZh : s.feeEn,
    time_limit: zh ? s.timeLimitZh : s.timeLimitEn,
    keywords: (zh ? s.keywordsZh : s.keywordsEn).split("|").filter(Boolean),
    office: {
      code: a.code,
      name: zh ? a.nameZh : a.nameEn,
      address: zh ? a.addressZh : a.addressEn,
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
          note: card.accessNote ? (zh ? card.accessNote.zh : card.accessNote.en) : null,
          station: {
            address: zh ? card.community.stationAddressZh : card.community.stationAddressEn,
            hours: zh ? card.community.stationHoursZh : card.community.stationHoursEn,
            phone: card.community.stationPhone,
          },
        }
      : null,
  };
}

export function servicesApi() {
  const app = new Hono<AppEnv>();

  app.get("/", async (c) => {
    const parsed = listQuery.safeParse(c.req.query());
    if (!parsed.success) return badRequest(c, parsed.error);
    const { q, group, community, lang: language, limit } = parsed.data;
    const { domain } = c.get("deps");
    const orm = domain.directory.orm;
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

  app.get("/:code", async (c) => {
    const parsed = z.object({ code, community: listQuery.shape.community, lang }).safeParse({ ...c.req.query(), code: c.req.param("code") });
    if (!parsed.success) return badRequest(c, parsed.error);
    const { domain } = c.get("deps");
    const service = await findServiceByCode(domain.directory.orm, parsed.data.code);
    if (!service) return c.json({ error: `no service "${parsed.data.code}"` }, 404);
    const place = parsed.data.community ? await findCommunityByCode(domain.directory.orm, parsed.data.community) : undefined;
    if (parsed.data.community && !place) return c.json({ error: `community: no community "${parsed.data.community}"` }, 400);
    const card = await serviceCard(domain, service, place?.id ?? null);
    return c.json(detail(card, parsed.data.lang));
  });

  return app;
}

/**
 * Open311 GeoReport v2: the service list and service definitions. Our services are information and
 * access-list entries, not requests one files here, so `metadata` is false and `type` is "realtime".
 * `?locale=en` for English (Chinese by default).
 */
export function open311() {
  const app = new Hono<AppEnv>();
  const locale = z.object({ locale: z.enum(["zh", "en", "zh-CN", "en-US", "en-GB"]).default("zh"), jurisdiction_id: z.string().max(100).optional() });

  const entry = (s: Service, group: ServiceGroup | undefined, language: "zh" | "en") => {
    const zh = language === "zh";
    return {
      service_code: s.code,
      service_name: zh ? s.titleZh : s.titleEn,
      description: zh ? s.summaryZh : s.summaryEn,
      metadata: false,
      type: "realtime",
      keywords: (zh ? s.keywordsZh : s.keywordsEn).split("|").filter(Boolean).join(","),
      group: group ? (zh ? group.nameZh : group.nameEn) : "",
    };
  };

  app.get("/services.json", async (c) => {
    const parsed = locale.safeParse(c.req.query());
    if (!parsed.success) return badRequest(c, parsed.error);
    const language = parsed.data.locale.startsWith("en") ? "en" : "zh";
    const orm = c.get("deps").domain.directory.orm;
    const [services, groups] = await Promise.all([allServices(orm), allGroups(orm)]);
    const groupOf = new Map(groups.map((g) => [g.id, g]));
    return c.json(services.map((s) => entry(s, groupOf.get(s.groupId), language)));
  });

  app.get("/services/:file{[a-z0-9-]+\\.json}", async (c) => {
    const parsed = locale.safeParse(c.req.query());
    if (!parsed.success) return badRequest(c, parsed.error);
    const serviceCode = c.req.param("file").replace(/\.json$/, "");
    const orm = c.get("deps").domain.directory.orm;
    const service = await findServiceByCode(orm, serviceCode);
    if (!service) return c.json([{ code: 404, description: `no service "${serviceCode}"` }], 404);
    const language = parsed.data.locale.startsWith("en") ? "en" : "zh";
    return c.json({ ...entry(service, await findGroup(orm, service.groupId), language), attributes: [] });
  });

  return app;
}

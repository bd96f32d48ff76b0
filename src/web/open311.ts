// Open311 GeoReport v2: the service list and service definitions. Our services are information and
// access-list entries, not requests one files here, so `metadata` is false and `type` is "realtime".
// `?locale=en` for English (Chinese by default).
import { Hono } from "hono";
import { z } from "zod";
import { allGroups, allServices, findGroup, findServiceByCode, type Service, type ServiceGroup } from "../db/queries/catalog.js";
import type { DomainDeps } from "../domain/deps.js";
import { local } from "../i18n/index.js";
import type { Lang } from "../vocabulary.js";
import type { AppEnv } from "./env.js";
import { valid } from "./validate.js";

const localeQuery = z.object({
  locale: z
    .enum(["zh", "en", "zh-CN", "en-US", "en-GB"])
    .default("zh")
    .transform((l): Lang => (l.startsWith("en") ? "en" : "zh")),
  jurisdiction_id: z.string().max(100).optional(),
});

function entry(s: Service, group: ServiceGroup | undefined, language: Lang) {
  return {
    service_code: s.code,
    service_name: local(s, "title", language),
    description: local(s, "summary", language),
    metadata: false,
    type: "realtime",
    keywords: local(s, "keywords", language).split("|").filter(Boolean).join(","),
    group: group ? local(group, "name", language) : "",
  };
}

export function open311(domain: DomainDeps) {
  const app = new Hono<AppEnv>();
  const orm = domain.directory.orm;

  app.get("/services.json", valid("query", localeQuery), async (c) => {
    const { locale } = c.req.valid("query");
    const [services, groups] = await Promise.all([allServices(orm), allGroups(orm)]);
    const groupOf = new Map(groups.map((g) => [g.id, g]));
    return c.json(services.map((s) => entry(s, groupOf.get(s.groupId), locale)));
  });

  app.get("/services/:file{[a-z0-9-]+\\.json}", valid("query", localeQuery), async (c) => {
    const { locale } = c.req.valid("query");
    const serviceCode = c.req.param("file").replace(/\.json$/, "");
    const service = await findServiceByCode(orm, serviceCode);
    if (!service) return c.json([{ code: 404, description: `no service "${serviceCode}"` }], 404);
    return c.json({ ...entry(service, await findGroup(orm, service.groupId), locale), attributes: [] });
  });

  return app;
}

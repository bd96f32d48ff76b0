// Open311 GeoReport v2: the service list and service definitions, and service requests. The catalogue's
// services are information and access-list entries, not requests one files here; the complaint
// categories are the services one files requests (complaints) for, in the group 民情诉求 / Complaints.
// `metadata` is false and `type` is "realtime" for both. `?locale=en` for English (Chinese by default).
//
// POST /requests.json files a complaint for an integration (a district's 12345 platform): `api_key` is a
// staff API token, the place is `address_id` (a community's or grid's code) or `lat`/`long` (the nearest
// community the token reaches), the category is `service_code`, `description` says what happened. The
// complaint is the integration's: a resident of its own stands for it (web channel, `open311:<staff id>`,
// whose inbox nobody reads); the reporter's name goes to staff only, their phone and email into a staff note.
//
// Requests: GET /requests.json (the spec's filters), GET /requests/{id}.json — complaints as anyone may
// read them (src/domain/complaints/public.ts: never the resident or their words), statuses in the spec's
// two words (open / closed). Bad input is a 400 in the spec's error format: [{ "code": 400, "description" }].
import { Hono } from "hono";
import { z } from "zod";
import { allGroups, allServices, findGroup, findServiceByCode, type Service, type ServiceGroup } from "../db/queries/catalog.js";
import type { DomainDeps } from "../domain/deps.js";
import { local } from "../i18n/index.js";
import type { Lang } from "../vocabulary.js";
import type { AppEnv } from "./env.js";
import { valid } from "./validate.js";
import { categoryRow, defaultCategories, type ComplaintCategory } from "../db/queries/complaint-categories.js";
import { fileForIntegration, publicComplaints, type PublicComplaint, type PublicQuery } from "../domain/complaints/public.js";
import type { Context } from "hono";
import { communityIdsUnder, findCommunity, placeByCode, placesByIds } from "../db/queries/places.js";
import { ComplaintRuleError } from "../domain/complaints/file.js";
import { metresBetween } from "../domain/complaints/place.js";
import { viewerForToken } from "../domain/staff/tokens.js";
import { reaches, scopePlaces } from "../domain/staff/scope.js";
import type { Viewer } from "../domain/staff/actor.js";

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

function categoryEntry(k: ComplaintCategory, language: Lang) {
  return {
    service_code: k.code,
    service_name: local(k, "name", language),
    description: k.access === "not_here" ? (local(k, "elsewhere", language) ?? "") : "",
    metadata: false,
    type: "realtime",
    keywords: local(k, "keywords", language).split("|").filter(Boolean).join(","),
    group: language === "en" ? "Complaints" : "民情诉求",
  };
}

/** The spec's error answer. */
const failure = (c: Context, code: 400 | 401 | 403 | 404, description: string) => c.json([{ code, description }], code);

/** W3C date-times (2026-11-01, 2026-11-01T08:00:00+08:00, …Z). */
const w3cDate = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const REF = /^[A-Z]{2,3}-\d{8}-\d{4,6}$/;
const NINETY_DAYS = 90 * 24 * 60 * 60 * 1000;
const MAX_REQUESTS = 1000;

function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
}

/** The spec's filters read from a query; a string is the reason it is refused. */
function requestQuery(q: Record<string, string>, now: number): PublicQuery | string {
  for (const [k, v] of Object.entries(q)) if (v.length > 1000) return `${k} is too long`;
  const refs = list(q.service_request_id);
  if (refs) {
    if (refs.length === 0 || refs.length > 50) return "service_request_id takes 1 to 50 ids, separated by commas";
    const bad = refs.find((r) => !REF.test(r));
    if (bad !== undefined) return `service_request_id: "${bad.slice(0, 40)}" is not a request id like TS-20261129-0042`;
    return { refs, limit: MAX_REQUESTS };
  }
  const date = (name: "start_date" | "end_date"): number | undefined | string => {
    const v = q[name];
    if (v === undefined || v === "") return undefined;
    const at = w3cDate.test(v) ? Date.parse(v) : NaN;
    return Number.isNaN(at) ? `${name}: "${v.slice(0, 40)}" is not a W3C date-time like 2026-11-01T00:00:00+08:00` : at;
  };
  const start = date("start_date");
  const end = date("end_date");
  if (typeof start === "string") return start;
  if (typeof end === "string") return end;
  if (start !== undefined && end !== undefined && end < start) return "end_date is before start_date";
  const to = end ?? (start !== undefined ? undefined : now + 1);
  const from = start ?? (to !== undefined ? to - NINETY_DAYS : undefined);
  const statuses = list(q.status);
  if (statuses && statuses.some((s) => s !== "open" && s !== "closed")) return "status is open, closed, or both separated by a comma";
  const codes = list(q.service_code);
  if (codes && (codes.length > 50 || codes.some((c) => !/^[a-z0-9-]{1,60}$/.test(c)))) return "service_code takes up to 50 codes (a–z, 0–9, -) separated by commas";
  return {
    ...(codes ? { serviceCodes: codes } : {}),
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    ...(statuses ? { statuses: statuses as ("open" | "closed")[] } : {}),
    limit: MAX_REQUESTS,
  };
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** A request as the spec shows it; nothing about the resident. */
function requestJson(r: PublicComplaint, language: Lang) {
  const notes = r.duplicateOf ? (language === "en" ? `duplicate of ${r.duplicateOf}` : `与 ${r.duplicateOf} 重复`) : (r.elsewhere ?? "");
  return {
    service_request_id: r.ref,
    status: r.open311,
    status_notes: notes,
    service_name: r.categoryName,
    service_code: r.categoryCode,
    description: "",
    agency_responsible: r.community,
    service_notice: "",
    requested_datetime: iso(r.openedAt),
    updated_datetime: iso(r.updatedAt),
    expected_datetime: r.open311 === "open" ? iso(r.expectedAt) : null,
    address: r.grid ? `${r.community} ${r.grid}` : r.community,
    address_id: "",
    zipcode: "",
    lat: r.latitude,
    long: r.longitude,
    media_url: "",
  };
}

export function open311(domain: DomainDeps) {
  const app = new Hono<AppEnv>();
  const orm = domain.directory.orm;

  app.get("/services.json", valid("query", localeQuery), async (c) => {
    const { locale } = c.req.valid("query");
    const [services, groups, categories] = await Promise.all([allServices(orm), allGroups(orm), defaultCategories(orm)]);
    const groupOf = new Map(groups.map((g) => [g.id, g]));
    return c.json([...services.map((s) => entry(s, groupOf.get(s.groupId), locale)), ...categories.map((k) => categoryEntry(k, locale))]);
  });

  app.get("/services/:file{[a-z0-9-]+\\.json}", valid("query", localeQuery), async (c) => {
    const { locale } = c.req.valid("query");
    const serviceCode = c.req.param("file").replace(/\.json$/, "");
    const service = await findServiceByCode(orm, serviceCode);
    if (!service) {
      const category = await categoryRow(orm, null, serviceCode);
      if (category && category.disabledAt === null) return c.json({ ...categoryEntry(category, locale), attributes: [] });
      return c.json([{ code: 404, description: `no service "${serviceCode}"` }], 404);
    }
    return c.json({ ...entry(service, await findGroup(orm, service.groupId), locale), attributes: [] });
  });

  // ── requests ─────────────────────────────────────────────────────────────────────────────────

  /** The community a POST names (address_id) or is nearest to (lat/long, within 3 km), among those the token reaches. */
  const communityFor = async (viewer: Viewer, form: Record<string, string>, at: { latitude: number; longitude: number } | null) => {
    if (form.address_id) {
      const place = (await placeByCode(orm, "community", form.address_id.slice(0, 60))) ?? (await placeByCode(orm, "grid", form.address_id.slice(0, 60)));
      if (!place || !reaches(viewer.sees, place)) return "address_id: no community or grid your token reaches has this code";
      return place.communityId!;
    }
    if (!at) return "address_id (a community's code) or lat and long are required";
    const ids = await communityIdsUnder(orm, scopePlaces(viewer.sees));
    let best: { id: number; metres: number } | null = null;
    for (const c of await placesByIds(orm, "community", ids)) {
      const row = await findCommunity(orm, c.id);
      if (row?.latitude == null || row.longitude == null) continue;
      const metres = metresBetween(at, { latitude: row.latitude, longitude: row.longitude });
      if (!best || metres < best.metres) best = { id: c.id, metres };
    }
    return best && best.metres <= 3000 ? best.id : "lat/long: no community your token reaches is within 3 km; give address_id";
  };

  app.post("/requests.json", async (c) => {
    const type = c.req.header("content-type") ?? "";
    let form: Record<string, string> = {};
    try {
      if (type.includes("application/json")) {
        const body = (await c.req.json()) as unknown;
        if (!body || typeof body !== "object" || Array.isArray(body)) return failure(c, 400, "the body is a JSON object of the spec's fields");
        form = Object.fromEntries(Object.entries(body).flatMap(([k, v]) => (typeof v === "string" || typeof v === "number" ? [[k, String(v)]] : [])));
      } else {
        const body = await c.req.parseBody();
        form = Object.fromEntries(Object.entries(body).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])));
      }
    } catch {
      return failure(c, 400, "the body cannot be read (application/x-www-form-urlencoded or JSON)");
    }
    const viewer = form.api_key ? await viewerForToken(domain, form.api_key, null) : null;
    if (!viewer) return failure(c, 401, "api_key is missing or not a valid staff API token");
    const language: Lang = form.locale?.startsWith("en") ? "en" : "zh";
    const description = (form.description ?? "").trim();
    if (!form.service_code) return failure(c, 400, "service_code is required");
    if (!description) return failure(c, 400, "description is required");
    if (description.length > 2000) return failure(c, 400, "description is at most 2000 characters");
    const hasLat = form.lat !== undefined && form.lat !== "";
    const hasLong = form.long !== undefined && form.long !== "";
    if (hasLat !== hasLong) return failure(c, 400, "lat and long come together");
    const at = hasLat ? { latitude: Number(form.lat), longitude: Number(form.long) } : null;
    if (at && (!Number.isFinite(at.latitude) || !Number.isFinite(at.longitude))) return failure(c, 400, "lat and long are numbers (WGS 84)");
    const communityId = await communityFor(viewer, form, at);
    if (typeof communityId === "string") return failure(c, 400, communityId);
    const category = (await categoryRow(orm, communityId, form.service_code.slice(0, 60))) ?? (await categoryRow(orm, null, form.service_code.slice(0, 60)));
    if (!category) return failure(c, 400, `service_code: no complaint category "${form.service_code.slice(0, 60)}"`);
    const reporter = [form.first_name, form.last_name].filter(Boolean).join(" ").trim().slice(0, 60);
    // How to reach the reporter, for staff only (never in a public answer).
    const contact = [form.phone && `phone ${form.phone.slice(0, 40)}`, form.email && `email ${form.email.slice(0, 100)}`].filter(Boolean).join(", ");
    let filed;
    try {
      filed = await fileForIntegration(domain, viewer, {
        residentName: reporter || `Open311 · ${viewer.member.username}`,
        communityId,
        categoryId: category.id,
        description,
        ...(at || form.address_string ? { place: { ...(at ?? {}), ...(form.address_string ? { text: form.address_string.slice(0, 200) } : {}) } } : {}),
      }, contact || null, language);
    } catch (error) {
      if (!(error instanceof ComplaintRuleError)) throw error;
      const reasons: Record<string, string> = {
        category: "service_code: this category is not one of that community's",
        "location-zero": "lat/long: 0,0 is not a place",
        "location-range": "lat/long: too far from the community",
        description: "description is required (at most 2000 characters)",
      };
      return failure(c, 400, Object.hasOwn(reasons, error.reason) ? reasons[error.reason]! : error.reason);
    }
    return c.json([{ service_request_id: filed.case.ref, service_notice: filed.filing.notHere ? (local(category, "elsewhere", language) ?? "") : "", account_id: null }], 201);
  });

  const localeOf = (c: Context): Lang | Response => {
    const parsed = localeQuery.safeParse({ locale: c.req.query("locale") ?? undefined, jurisdiction_id: c.req.query("jurisdiction_id") ?? undefined });
    return parsed.success ? parsed.data.locale : failure(c, 400, "locale is zh or en");
  };

  app.get("/requests.json", async (c) => {
    const locale = localeOf(c);
    if (locale instanceof Response) return locale;
    const query = requestQuery(c.req.query(), domain.now());
    if (typeof query === "string") return failure(c, 400, query);
    return c.json((await publicComplaints(domain, query, locale)).map((r) => requestJson(r, locale)));
  });

  app.get("/requests/:file{[A-Za-z0-9-]+\\.json}", async (c) => {
    const locale = localeOf(c);
    if (locale instanceof Response) return locale;
    const ref = c.req.param("file").replace(/\.json$/, "");
    if (!REF.test(ref)) return failure(c, 400, `"${ref.slice(0, 40)}" is not a request id like TS-20261129-0042`);
    const [found] = await publicComplaints(domain, { refs: [ref], limit: 1 }, locale);
    if (!found) return failure(c, 404, `no request "${ref}"`);
    return c.json([requestJson(found, locale)]);
  });

  return app;
}

// /api/staff: what the console does, over JSON, for integrations and scripts. `Authorization: Bearer
// <token>` (npm run staff -- token, or My account in the console); the token acts as its staff member,
// with the same scope. 401 without a valid token, 404 outside the scope (as for what does not exist),
// 403 for a change the roles do not allow, 400 with a reason for bad input, 409 for a case whose state does
// not allow the action now. Documented in docs/staff-api.md.
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { z } from "zod";
import type { AuditRow } from "../db/queries/audit.js";
import { rolesWithPlaces, type Viewer } from "../domain/staff/actor.js";
import { auditFor } from "../domain/staff/audit.js";
import { CaseActionError } from "../domain/cases/actions.js";
import { communityCard, updateCard, type CommunityCard } from "../domain/staff/card.js";
import { StaffRuleError } from "../domain/staff/errors.js";
import { placeInScope } from "../domain/staff/places.js";
import { viewerForToken } from "../domain/staff/tokens.js";
import type { DomainDeps } from "../domain/deps.js";
import type { Logger } from "../log.js";
import { clientAddress as defaultClientAddress } from "./client-address.js";
import type { TelegramFiles } from "./inbox.js";
import { staffCaseRoutes } from "./staff-api-cases.js";
import { pointsRoutes } from "./staff-points-api.js";
import { jsonBody, reasons } from "./validate.js";

export interface StaffApiOptions {
  domain: DomainDeps;
  logger: Logger;
  clientAddress?: (c: Context) => string | null;
  /** Fetches files residents sent from Telegram (a case's photos and voice notes). */
  telegramFiles?: TelegramFiles;
}

type StaffApiEnv = { Variables: { viewer: Viewer } };

const BODY_LIMIT = 64 * 1024;
const AUDIT_MAX = 200;

/** The card as JSON: names in both languages, times in the community's time zone. */
export function cardJson(card: CommunityCard) {
  const o = card.office;
  return {
    code: card.community.code,
    name: card.community.name,
    rural: card.community.rural,
    time_zone: card.community.timeZone,
    street: card.street,
    district: card.district,
    office: {
      address: o.address,
      location: o.location,
      phone: o.phone,
      hours: o.hours,
      exceptions: o.exceptions,
      hours_note: o.hoursNote,
      hours_text: o.hoursText,
      open_now: o.opening.open,
      next_open: o.opening.next ?? null,
    },
    supervision_phone: card.supervisionPhone,
    grids: card.grids,
    services: card.services,
  };
}

function auditJson(r: AuditRow) {
  return { id: r.id, at: new Date(r.at).toISOString(), actor: r.actor, action: r.action, detail: r.detail, address: r.address };
}

const auditQuery = z.object({
  since: z
    .string()
    .regex(/^\d{1,15}$|^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/, { error: "must be an ISO 8601 date or time, or epoch milliseconds" })
    .transform((s) => (/^\d+$/.test(s) ? Number(s) : Date.parse(s)))
    .refine((n) => Number.isFinite(n), { error: "must be a real date" })
    .optional(),
  before: z.coerce.number({ error: "must be an entry id" }).int().positive().optional(),
  limit: z.coerce.number({ error: "must be a number" }).int().min(1).max(AUDIT_MAX).default(100),
});

export function staffApi(options: StaffApiOptions) {
  const { domain: deps } = options;
  const addressOf = options.clientAddress ?? defaultClientAddress;
  const app = new Hono<StaffApiEnv>();

  app.use("*", bodyLimit({ maxSize: BODY_LIMIT, onError: (c) => c.json({ error: `the body is larger than ${BODY_LIMIT} bytes` }, 413) }));
  app.use("*", async (c, next) => {
    const header = c.req.header("Authorization") ?? "";
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const viewer = match ? await viewerForToken(deps, match[1]!, addressOf(c)) : null;
    if (!viewer) {
      c.header("WWW-Authenticate", 'Bearer realm="linli staff API"');
      return c.json({ error: match ? "the token is unknown, revoked, or its staff member is disabled" : "send Authorization: Bearer <token>" }, 401);
    }
    c.set("viewer", viewer);
    c.header("Cache-Control", "no-store");
    await next();
  });

  app.onError((error, c) => {
    // A refused case action: bad input is a 400; a case whose state does not allow it now, a 409.
    if (error instanceof CaseActionError) return c.json({ error: error.message, ...(error.field ? { field: error.field } : {}) }, error.conflict ? 409 : 400);
    if (!(error instanceof StaffRuleError)) throw error;
    if (error.code === "not-found") return c.json({ error: "not found" }, 404);
    if (error.code === "forbidden") return c.json({ error: error.reason }, 403);
    return c.json({ error: error.message, ...(error.field ? { field: error.field } : {}) }, 400);
  });

  app.get("/me", async (c) => {
    const viewer = c.get("viewer");
    const m = viewer.member;
    const roles = await rolesWithPlaces(deps, viewer.roles);
    return c.json({
      username: m.username,
      name: { zh: m.nameZh, en: m.nameEn ?? m.nameZh },
      phone: m.phone,
      language: m.language,
      telegram_linked: m.telegramUserId !== null,
      roles: roles.map((r) => ({
        role: r.role.role,
        place: r.place ? { kind: r.place.kind, code: r.place.code, name: { zh: r.place.nameZh, en: r.place.nameEn } } : null,
      })),
    });
  });

  app.get("/places/:code", async (c) => {
    const place = await placeInScope(deps, c.get("viewer").sees, "community", c.req.param("code"));
    return c.json(cardJson(await communityCard(deps, place.id)));
  });

  app.put("/places/:code/card", async (c) => {
    const place = await placeInScope(deps, c.get("viewer").sees, "community", c.req.param("code"));
    const body = await jsonBody(c, z.unknown());
    if (body instanceof Response) return body;
    return c.json(cardJson(await updateCard(deps, c.get("viewer"), place.id, body.data)));
  });

  app.get("/audit", async (c) => {
    const parsed = auditQuery.safeParse(c.req.query());
    if (!parsed.success) return c.json({ error: reasons(parsed.error) }, 400);
    const { since, before, limit } = parsed.data;
    const rows = await auditFor(deps, c.get("viewer").sees, { since, before, limit });
    return c.json({ entries: rows.map(auditJson), next_before: rows.length === limit ? rows.at(-1)!.id : null });
  });

  app.route("/cases", staffCaseRoutes(deps, options.telegramFiles));
  pointsRoutes(app, deps);

  app.all("*", (c) => c.json({ error: "not found" }, 404));
  return app;
}

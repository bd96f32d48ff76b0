// /api/staff/cases: the console's case queue and case page over JSON — list (filtered, paged), read
// with the timeline, write to the resident or a note, set the status, give the case to someone. Same
// scope as the console: a case outside it is a 404 like one that does not exist. Documented in
// docs/staff-api.md.
import { Hono } from "hono";
import { z } from "zod";
import type { Case } from "../db/queries/cases.js";
import type { PlaceRef } from "../db/queries/places.js";
import type { StaffMember } from "../db/queries/staff.js";
import { assignCase, MAX_STAFF_TEXT, noteOnCase, replyToCase, setCaseStatus } from "../domain/cases/actions.js";
import { allStatuses, attachmentOf, caseInScope, caseQueue, caseView, type CaseView, type QueueLine } from "../domain/cases/queue.js";
import type { DomainDeps } from "../domain/deps.js";
import { anyMedia } from "../domain/media.js";
import type { Viewer } from "../domain/staff/actor.js";
import { placeInScope } from "../domain/staff/places.js";
import { caseKinds } from "../vocabulary.js";
import type { TelegramFiles } from "./inbox.js";
import { jsonBody, reasons } from "./validate.js";

const PAGE_MAX = 100;

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const placeJson = (p: PlaceRef | undefined) => (p ? { code: p.code, name: { zh: p.nameZh, en: p.nameEn } } : null);
const staffJson = (m: StaffMember | undefined) => (m ? { username: m.username, name: { zh: m.nameZh, en: m.nameEn ?? m.nameZh } } : null);

function caseJson(c: Case, extra: { community: PlaceRef | undefined; grid: PlaceRef | undefined; assignee: StaffMember | undefined; overdue: boolean }) {
  return {
    ref: c.ref,
    kind: c.kind,
    status: c.status,
    summary: c.summary,
    community: placeJson(extra.community),
    grid: placeJson(extra.grid),
    assignee: staffJson(extra.assignee),
    language: c.language,
    overdue: extra.overdue,
    escalation: c.escalation,
    opened_at: iso(c.openedAt),
    due_at: iso(c.dueAt),
    first_response_at: iso(c.firstResponseAt),
    resolved_at: iso(c.resolvedAt),
    closed_at: iso(c.closedAt),
    last_activity_at: iso(c.lastActivityAt),
    reopened_count: c.reopenedCount,
    rating: c.rating,
    rated_at: iso(c.ratedAt),
  };
}

const lineJson = (l: QueueLine) => caseJson(l.case, l);

function caseDetailJson(v: CaseView) {
  const r = v.resident;
  return {
    ...caseJson(v.case, v),
    service: v.service ? { title: { zh: v.service.titleZh, en: v.service.titleEn } } : null,
    resident: r.forgotten ? null : { name: r.name, phone: r.phone, language: r.language, channel: r.channel, unreachable: r.unreachable },
    timeline: v.timeline.map((e) => ({
      id: e.id,
      at: iso(e.at),
      kind: e.kind,
      actor: e.actor,
      staff: staffJson(e.staff),
      text: e.text,
      attachment: e.attachment
        ? {
            kind: e.attachment.kind,
            ...(e.attachment.fileName ? { file_name: e.attachment.fileName } : {}),
            ...(e.attachment.kind === "location" ? { latitude: e.attachment.latitude ?? null, longitude: e.attachment.longitude ?? null } : { url: `/api/staff/cases/${v.case.ref}/events/${e.id}/file` }),
          }
        : null,
      detail: detailJson(e.kind, e.detail, v),
    })),
    delivery: v.delivery.map((d) => ({ route: d.route, state: d.state, attempts: d.attempts, queued_at: iso(d.createdAt), error: d.lastError })),
    complaint: v.complaint ? complaintJson(v) : null,
    next_statuses: v.nextStatuses,
  };
}

/** A complaint's own, for staff (the resident's words and place are staff's to see, as on the console). */
function complaintJson(v: CaseView) {
  const a = v.complaint!;
  const k = a.complaint;
  return {
    category: a.categoryCode,
    category_name: a.category,
    description: k.description,
    place: { text: k.placeText, building: k.building, latitude: k.latitude, longitude: k.longitude, map: a.map },
    anonymous: k.anonymous,
    photos: a.photos,
    followers: a.followers,
    duplicate_of: a.duplicateOf,
    elsewhere: k.elsewhereZh ? { zh: k.elsewhereZh, en: k.elsewhereEn ?? k.elsewhereZh } : null,
    acknowledge_due_at: iso(k.acknowledgeDueAt),
    resolve_due_at: iso(k.resolveDueAt),
    acknowledged_at: iso(k.acknowledgedAt),
    fixed_at: iso(k.fixedAt),
    unconfirmed: k.unconfirmed,
    verdicts: a.verdicts.map((x) => ({ round: x.round, verdict: x.verdict, rating: x.rating, comment: x.comment, at: iso(x.at) })),
  };
}

/** An event's detail with staff ids as usernames (ids are the database's own business). */
function detailJson(kind: string, detail: Record<string, unknown>, v: CaseView): Record<string, unknown> {
  if (kind !== "assignment") return detail;
  const username = (id: unknown) => (typeof id === "number" ? (v.people.get(id)?.member.username ?? null) : null);
  return { ...detail, from: username(detail.from), to: username(detail.to) };
}

const statusValue = z.string().refine((s) => allStatuses.includes(s), { error: `must be one of ${allStatuses.map((s) => `"${s}"`).join(", ")}` });

const listQuery = z.object({
  status: statusValue.optional(),
  kind: z.enum(caseKinds, { error: `must be one of ${caseKinds.map((k) => `"${k}"`).join(", ")}` }).optional(),
  community: z.string().max(64).optional(),
  assignee: z.enum(["me", "nobody"], { error: 'must be "me" or "nobody"' }).optional(),
  overdue: z.enum(["true", "false"], { error: 'must be "true" or "false"' }).optional(),
  page: z.coerce.number({ error: "must be a page number from 1" }).int().min(1).max(1_000_000).default(1),
  limit: z.coerce.number({ error: "must be a number" }).int().min(1).max(PAGE_MAX).default(50),
});

const messageBody = z.strictObject({
  text: z.string({ error: "must be text" }).max(MAX_STAFF_TEXT, { error: `must be at most ${MAX_STAFF_TEXT} characters` }),
  internal: z.boolean({ error: "must be true or false" }).optional(),
});
const statusBody = z.strictObject({
  status: z.string({ error: "must be text" }).max(32),
  note: z.string({ error: "must be text" }).max(MAX_STAFF_TEXT).optional(),
  /** A complaint set to "not_responsible": where it goes instead. */
  elsewhere: z.string({ error: "must be text" }).max(MAX_STAFF_TEXT).optional(),
  /** A complaint set to "duplicate": the original's reference. */
  duplicate_of: z.string({ error: "must be text" }).max(32).optional(),
});
const assigneeBody = z.strictObject({ username: z.string({ error: "must be text" }).max(64) });

type Env = { Variables: { viewer: Viewer } };

export function staffCaseRoutes(deps: DomainDeps, telegramFiles?: TelegramFiles) {
  const app = new Hono<Env>();

  app.get("/", async (c) => {
    // `?status=&kind=` (left empty) means no filter, as if the parameter were absent.
    const parsed = listQuery.safeParse(Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== "")));
    if (!parsed.success) return c.json({ error: reasons(parsed.error), field: String(parsed.error.issues[0]?.path[0] ?? "") }, 400);
    const q = parsed.data;
    const viewer = c.get("viewer");
    const community = q.community ? await placeInScope(deps, viewer.sees, "community", q.community) : undefined;
    const { lines, more } = await caseQueue(deps, viewer, {
      status: q.status ?? "all",
      ...(q.kind ? { kind: q.kind } : {}),
      ...(community ? { community } : {}),
      assignee: q.assignee ?? "anyone",
      overdue: q.overdue === "true",
      page: q.page - 1,
      size: q.limit,
    });
    return c.json({ cases: lines.map(lineJson), page: q.page, next_page: more ? q.page + 1 : null });
  });

  const caseOf = (c: { get(key: "viewer"): Viewer; req: { param(name: "ref"): string } }) => caseInScope(deps, c.get("viewer"), c.req.param("ref"));
  const detail = async (kase: Case) => caseDetailJson(await caseView(deps, kase));

  app.get("/:ref", async (c) => c.json(await detail(await caseOf(c))));

  app.get("/:ref/events/:event/file", async (c) => {
    const kase = await caseOf(c);
    const attachment = await attachmentOf(deps, kase, Number(c.req.param("event")));
    let file: { bytes: Uint8Array; contentType: string } | null = null;
    if (attachment?.mediaKey) file = await anyMedia(deps, attachment.mediaKey);
    else if (attachment?.telegramFileId && telegramFiles) file = await telegramFiles(attachment.telegramFileId).catch(() => null);
    if (!file) return c.json({ error: "not found" }, 404);
    return c.body(file.bytes as unknown as ArrayBuffer, 200, { "Content-Type": file.contentType, "Content-Disposition": "attachment", "X-Content-Type-Options": "nosniff" });
  });

  app.post("/:ref/messages", async (c) => {
    const kase = await caseOf(c);
    const body = await jsonBody(c, messageBody);
    if (body instanceof Response) return body;
    const viewer = c.get("viewer");
    if (body.data.internal) await noteOnCase(deps, viewer, kase, body.data.text, "api");
    else await replyToCase(deps, viewer, kase, { text: body.data.text }, "api");
    return c.json(await detail(await caseOf(c)), 201);
  });

  app.post("/:ref/status", async (c) => {
    const kase = await caseOf(c);
    const body = await jsonBody(c, statusBody);
    if (body instanceof Response) return body;
    const { status, note, elsewhere, duplicate_of } = body.data;
    await setCaseStatus(deps, c.get("viewer"), kase, status, "api", note, { ...(elsewhere ? { elsewhere } : {}), ...(duplicate_of ? { duplicateOf: duplicate_of } : {}) });
    return c.json(await detail(await caseOf(c)));
  });

  app.post("/:ref/assignee", async (c) => {
    const kase = await caseOf(c);
    const body = await jsonBody(c, assigneeBody);
    if (body instanceof Response) return body;
    await assignCase(deps, c.get("viewer"), kase, body.data.username, "api");
    return c.json(await detail(await caseOf(c)));
  });

  return app;
}

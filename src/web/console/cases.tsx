// /console/cases: the queue of the reader's scope and each case's page with its forms (reply, note,
// take, assign, close, reopen) and its files. Mounted by the console after its session and CSRF checks; a
// case outside the scope is the console's 404, as one that does not exist. Each form posts, then
// redirects back to the case with a notice (POST → 303 → GET); a refusal shows the page with the reason
// and what was typed.
import { Hono } from "hono";
import { placesByIds, communityIdsUnder } from "../../db/queries/places.js";
import { assignCase, CaseActionError, closeCase, noteOnCase, reopenCase, replyToCase, setCaseStatus } from "../../domain/cases/actions.js";
import { allStatuses, assignableStaff, attachmentOf, caseInScope, caseQueue, caseView, type QueueQuery } from "../../domain/cases/queue.js";
import type { Case } from "../../db/queries/cases.js";
import type { DomainDeps } from "../../domain/deps.js";
import { anyMedia } from "../../domain/media.js";
import { notFound } from "../../domain/staff/errors.js";
import { placeInScope } from "../../domain/staff/places.js";
import { scopePlaces } from "../../domain/staff/scope.js";
import { fieldLabel } from "../../i18n/console.js";
import { caseKinds, type CaseKind } from "../../vocabulary.js";
import type { TelegramFiles } from "../inbox.js";
import { html, type ConsoleContext as C, type ConsoleEnv } from "./html.js";
import { caseHref, CasePage, CasesPage } from "./pages/cases.js";

/** Notices after an action (a fixed list: a link cannot put words on the page). */
const done = new Set(["replied", "noted", "taken", "assigned", "closed", "reopened", "status"]);

/** Files shown in the page itself; anything else is downloaded, never rendered by the browser. */
const inline = new Set(["image/jpeg", "image/png", "image/webp", "image/gif", "audio/ogg", "audio/mpeg", "audio/mp4"]);

const formValue = (body: Record<string, unknown>, name: string) => (typeof body[name] === "string" ? (body[name] as string) : "");

export function caseRoutes(options: { domain: DomainDeps; telegramFiles?: TelegramFiles }) {
  const { domain: deps } = options;
  const app = new Hono<ConsoleEnv>();

  // ── the queue ──────────────────────────────────────────────────────────────────────────────────

  app.get("/", async (c) => {
    const viewer = c.get("viewer");
    const q = c.req.query();
    const status = q.status && (q.status === "all" || allStatuses.includes(q.status)) ? q.status : "active";
    const kind = caseKinds.find((k) => k === q.kind) as CaseKind | undefined;
    const assignee = q.assignee === "me" || q.assignee === "nobody" ? q.assignee : "anyone";
    const page = /^\d{1,6}$/.test(q.page ?? "") ? Math.max(0, Number(q.page) - 1) : 0;
    const community = q.community ? await placeInScope(deps, viewer.sees, "community", q.community) : undefined;
    const query: QueueQuery = { status, ...(kind ? { kind } : {}), ...(community ? { community } : {}), assignee, overdue: q.overdue === "1", page };
    const places = scopePlaces(viewer.sees);
    const [queue, communities] = await Promise.all([
      caseQueue(deps, viewer, query),
      communityIdsUnder(deps.directory.orm, places).then((ids) => placesByIds(deps.directory.orm, "community", ids)),
    ]);
    return html(c, <CasesPage ctx={c.get("page")} query={query} statuses={allStatuses} communities={communities} lines={queue.lines} more={queue.more} />);
  });

  // ── a case ─────────────────────────────────────────────────────────────────────────────────────

  const caseOf = (c: C) => caseInScope(deps, c.get("viewer"), c.req.param("ref") ?? "");

  const render = async (c: C, kase: Case, extra: { error?: string; status?: 200 | 400 | 409; form?: { reply?: string; note?: string } } = {}) => {
    const [view, assignable] = await Promise.all([caseView(deps, kase), assignableStaff(deps, kase)]);
    const notice = c.req.query("done");
    return html(
      c,
      <CasePage ctx={c.get("page")} view={view} assignable={assignable} notice={notice && done.has(notice) ? c.get("page").t(`done-${notice}`) : null} error={extra.error} form={extra.form} />,
      extra.status ?? 200,
    );
  };

  app.get("/:ref", async (c) => render(c, await caseOf(c)));

  app.get("/:ref/files/:event", async (c) => {
    const kase = await caseOf(c);
    const attachment = await attachmentOf(deps, kase, Number(c.req.param("event")));
    let file: { bytes: Uint8Array; contentType: string } | null = null;
    if (attachment?.mediaKey) file = await anyMedia(deps, attachment.mediaKey);
    else if (attachment?.telegramFileId && options.telegramFiles) file = await options.telegramFiles(attachment.telegramFileId).catch(() => null);
    if (!file) throw notFound();
    const shown = inline.has(file.contentType);
    const name = attachment?.fileName ? attachment.fileName.replace(/[^\w.-]+/g, "_").slice(0, 80) : "file";
    return c.body(file.bytes as unknown as ArrayBuffer, 200, {
      "Content-Type": shown ? file.contentType : "application/octet-stream",
      "Content-Disposition": shown ? "inline" : `attachment; filename="${name}"`,
      "Cache-Control": "private, max-age=3600",
    });
  });

  /** A refusal in the reader's words. */
  const refusal = (c: C, error: CaseActionError): string => {
    const t = c.get("page").t;
    if (error.code === "invalid") return t("error-invalid", { field: fieldLabel(t, error.field), reason: c.get("page").lang === "en" ? error.reason : /empty/.test(error.reason) ? t("reason-required") : /at most/.test(error.reason) ? t("reason-too-long") : t("reason-format") });
    return t(`error-${error.code}`, error.args);
  };

  /** An action on a case: done → back to the case with a notice; refused → the case with the reason (and what was typed). */
  const action = (path: string, run: (c: C, kase: Case, body: Record<string, unknown>) => Promise<unknown>, notice: string, keep?: "reply" | "note" | "statusNote") =>
    app.post(`/:ref/${path}`, async (c) => {
      const kase = await caseOf(c); // 404 before anything else
      const body = await c.req.parseBody();
      try {
        await run(c, kase, body);
      } catch (error) {
        if (!(error instanceof CaseActionError)) throw error;
        const fresh = await caseOf(c);
        return render(c, fresh, { error: refusal(c, error), status: error.conflict ? 409 : 400, ...(keep ? { form: { [keep]: formValue(body, keep === "statusNote" ? "note" : "text") } } : {}) });
      }
      return c.redirect(`${caseHref(kase.ref)}?done=${notice}`, 303);
    });

  action("reply", (c, kase, body) => replyToCase(deps, c.get("viewer"), kase, { text: formValue(body, "text") }, "console"), "replied", "reply");
  action("note", (c, kase, body) => noteOnCase(deps, c.get("viewer"), kase, formValue(body, "text"), "console"), "noted", "note");
  action("take", (c, kase) => assignCase(deps, c.get("viewer"), kase, c.get("viewer").member.username, "console"), "taken");
  action("assign", (c, kase, body) => assignCase(deps, c.get("viewer"), kase, formValue(body, "username"), "console"), "assigned");
  action("close", (c, kase) => closeCase(deps, c.get("viewer"), kase, "console"), "closed");
  action("reopen", (c, kase) => reopenCase(deps, c.get("viewer"), kase, "console"), "reopened");
  // A complaint's status, with the words its residents get, where it goes instead, or the original it repeats.
  action(
    "status",
    (c, kase, body) =>
      setCaseStatus(deps, c.get("viewer"), kase, formValue(body, "status"), "console", formValue(body, "note") || undefined, {
        ...(formValue(body, "elsewhere").trim() ? { elsewhere: formValue(body, "elsewhere") } : {}),
        ...(formValue(body, "duplicate_of").trim() ? { duplicateOf: formValue(body, "duplicate_of") } : {}),
      }),
    "status",
    "statusNote",
  );

  return app;
}

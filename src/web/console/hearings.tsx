// /console/hearings: what is suggested, scheduling a hearing on a suggestion, a hearing with who comes,
// and its outcome. Mounted by the console after its session and CSRF checks. Suggestions and hearings
// outside the reader's scope are the console's 404; staff who see but do not manage a community
// (grid workers) read everything and get no forms. Each form posts, then redirects (POST → 303 → GET);
// a refusal shows the page again with the reason and what was typed.
import { Hono } from "hono";
import { hearingInScope, hearingList, hearingSuggestions, recordHearingOutcome, scheduleHearing, suggestion, type HearingInput } from "../../domain/complaints/hearings.js";
import type { DomainDeps } from "../../domain/deps.js";
import { notFound, StaffRuleError } from "../../domain/staff/errors.js";
import { reaches } from "../../domain/staff/scope.js";
import { errorText } from "../../i18n/console.js";
import { html, type ConsoleContext as C, type ConsoleEnv } from "./html.js";
import { hearingHref, HearingPage, HearingsPage, SuggestionPage } from "./pages/hearings.js";

const formValue = (body: Record<string, unknown>, name: string) => (typeof body[name] === "string" ? (body[name] as string) : "");
const done = new Set(["scheduled", "outcome"]);

export function hearingRoutes(options: { domain: DomainDeps }) {
  const { domain: deps } = options;
  const app = new Hono<ConsoleEnv>();

  app.get("/", async (c) => {
    const viewer = c.get("viewer");
    const [suggestions, hearings] = await Promise.all([hearingSuggestions(deps, viewer.sees), hearingList(deps, viewer.sees)]);
    return html(c, <HearingsPage ctx={c.get("page")} suggestions={suggestions} hearings={hearings} timeZone={deps.defaultTimeZone} />);
  });

  const categoryParam = (c: C) => {
    const raw = c.req.param("category") ?? "";
    if (!/^\d{1,9}$/.test(raw)) throw notFound();
    return Number(raw);
  };

  const renderSuggestion = async (c: C, extra: { error?: string; form?: Partial<HearingInput> } = {}, status: 200 | 400 = 200) => {
    const viewer = c.get("viewer");
    const found = await suggestion(deps, viewer.sees, c.req.param("community") ?? "", categoryParam(c));
    return html(
      c,
      <SuggestionPage
        ctx={c.get("page")}
        suggestion={found.suggestion}
        cases={found.cases}
        timeZone={deps.defaultTimeZone}
        manages={reaches(viewer.manages, found.suggestion.community)}
        form={extra.form ?? {}}
        error={extra.error}
      />,
      status,
    );
  };

  app.get("/suggested/:community/:category", (c) => renderSuggestion(c));

  app.post("/suggested/:community/:category", async (c) => {
    const viewer = c.get("viewer");
    await suggestion(deps, viewer.sees, c.req.param("community"), categoryParam(c)); // 404 before anything else
    const body = await c.req.parseBody();
    const input: HearingInput = {
      date: formValue(body, "date"),
      time: formValue(body, "time"),
      placeZh: formValue(body, "placeZh"),
      placeEn: formValue(body, "placeEn"),
      topicZh: formValue(body, "topicZh"),
      topicEn: formValue(body, "topicEn"),
    };
    let id: number;
    try {
      id = await scheduleHearing(deps, viewer, c.req.param("community"), categoryParam(c), input);
    } catch (error) {
      if (!(error instanceof StaffRuleError) || error.code !== "invalid") throw error;
      return renderSuggestion(c, { error: errorText(c.get("page").t, error, c.get("page").lang), form: input }, 400);
    }
    return c.redirect(`${hearingHref(id)}?done=scheduled`, 303);
  });

  const idParam = (c: C) => {
    const raw = c.req.param("id") ?? "";
    if (!/^\d{1,9}$/.test(raw)) throw notFound();
    return Number(raw);
  };

  const renderHearing = async (c: C, extra: { error?: string; form?: { zh?: string; en?: string } } = {}, status: 200 | 400 = 200) => {
    const viewer = c.get("viewer");
    const view = await hearingInScope(deps, viewer.sees, idParam(c));
    const notice = c.req.query("done");
    return html(
      c,
      <HearingPage
        ctx={c.get("page")}
        view={view}
        manages={reaches(viewer.manages, view.community)}
        notice={notice && done.has(notice) ? c.get("page").t(`done-${notice}`) : null}
        error={extra.error}
        form={extra.form}
      />,
      status,
    );
  };

  app.get("/:id", (c) => renderHearing(c));

  app.post("/:id/outcome", async (c) => {
    const viewer = c.get("viewer");
    await hearingInScope(deps, viewer.sees, idParam(c)); // 404 before anything else
    const body = await c.req.parseBody();
    const outcome = { zh: formValue(body, "outcomeZh"), en: formValue(body, "outcomeEn") };
    try {
      await recordHearingOutcome(deps, viewer, idParam(c), outcome);
    } catch (error) {
      if (!(error instanceof StaffRuleError) || error.code !== "invalid") throw error;
      return renderHearing(c, { error: errorText(c.get("page").t, error, c.get("page").lang), form: outcome }, 400);
    }
    return c.redirect(`${hearingHref(idParam(c))}?done=outcome`, 303);
  });

  return app;
}

// /console/reports: the 三率 scorecard of a place the reader reaches (their own place by default, this
// month by default), and /console/reports/register.csv, the month's register of complaints. Mounted by
// the console after its session checks. A place outside the reader's scope is refused exactly as one
// that does not exist; a bad month or place answers 400 and writes nothing.
import { Hono } from "hono";
import { placesBelow, type PlaceRef } from "../../db/queries/places.js";
import { caseScope } from "../../domain/cases/queue.js";
import { hearingSuggestions } from "../../domain/complaints/hearings.js";
import { registerCsv } from "../../domain/complaints/register.js";
import { monthOf, monthPeriod, rangePeriod, scopeOfPlace, scorecard, type NamedPeriod } from "../../domain/complaints/scorecards.js";
import type { DomainDeps } from "../../domain/deps.js";
import type { Viewer } from "../../domain/staff/actor.js";
import { StaffRuleError } from "../../domain/staff/errors.js";
import { placeByAnyCode, topPlaces } from "../../domain/staff/places.js";
import { reaches } from "../../domain/staff/scope.js";
import { html, type ConsoleEnv } from "./html.js";
import { ReportsPage, type ReportForm } from "./pages/reports.js";

/** A place the viewer reaches, by `kind:code` or a code; an error names what was wrong. */
export async function reportPlace(deps: DomainDeps, viewer: Pick<Viewer, "sees">, text: string): Promise<PlaceRef> {
  const code = text.slice(0, 100);
  const place = await placeByAnyCode(deps, code).catch((error) => {
    if (error instanceof StaffRuleError) return undefined;
    throw error;
  });
  if (!place || !reaches(viewer.sees, place)) throw new StaffRuleError("no-place", `no place you can see has the code "${code}"`, "place", { code });
  return place;
}

export function reportRoutes(options: { domain: DomainDeps }) {
  const { domain: deps } = options;
  const app = new Hono<ConsoleEnv>();

  app.get("/", async (c) => {
    const viewer = c.get("viewer");
    const ctx = c.get("page");
    const q = c.req.query();
    const form: ReportForm = {
      place: (q.place ?? "").slice(0, 100),
      month: (q.month ?? "").slice(0, 20),
      from: (q.from ?? "").slice(0, 20),
      to: (q.to ?? "").slice(0, 20),
    };
    const tops = await topPlaces(deps, viewer.sees);
    const choices = [...tops];
    for (const top of tops.slice(0, 20)) choices.push(...(await placesBelow(deps.directory.orm, top)));
    const suggested = (await hearingSuggestions(deps, viewer.sees)).length;
    const page = (card: Awaited<ReturnType<typeof scorecard>> | null, error: string | null, status: 200 | 400 = 200) =>
      html(c, <ReportsPage ctx={ctx} card={card} form={form} choices={choices} everywhere={viewer.sees.everywhere} hearingsSuggested={suggested} error={error} />, status);

    let place: PlaceRef | null;
    let period: NamedPeriod;
    try {
      if (form.place) place = await reportPlace(deps, viewer, form.place);
      else place = viewer.sees.everywhere ? null : (tops[0] ?? null);
      if (place === null && !viewer.sees.everywhere) return page(null, null);
      if (form.from || form.to) period = rangePeriod(form.from, form.to, deps.defaultTimeZone);
      else period = monthPeriod(form.month || monthOf(deps.now(), deps.defaultTimeZone), deps.defaultTimeZone);
    } catch (error) {
      if (!(error instanceof StaffRuleError)) throw error;
      const t = ctx.t;
      return page(null, error.field === "place" ? t("reports-bad-place", { code: form.place }) : t("reports-bad-period", { reason: error.reason }), 400);
    }
    form.place = place ? `${place.kind}:${place.code}` : "";
    if (!form.from) form.month = period.lastMonth;
    return page(await scorecard(deps, place, period), null);
  });

  app.get("/register.csv", async (c) => {
    const viewer = c.get("viewer");
    const { t, lang } = c.get("page");
    const month = (c.req.query("month") ?? "").slice(0, 20);
    const placeText = c.req.query("place");
    let csv: string;
    let place: PlaceRef | null = null;
    try {
      monthPeriod(month, deps.defaultTimeZone);
      if (placeText !== undefined) place = await reportPlace(deps, viewer, placeText);
      const scope = place ? await scopeOfPlace(deps, place) : await caseScope(deps, viewer.sees);
      ({ csv } = await registerCsv(deps, scope, month, lang, t));
    } catch (error) {
      if (!(error instanceof StaffRuleError)) throw error;
      const text = error.field === "place" ? t("reports-bad-place", { code: (placeText ?? "").slice(0, 100) }) : t("reports-bad-period", { reason: error.reason });
      return c.text(text, 400);
    }
    const name = `register-${month}${place ? `-${place.code.replace(/[^\w-]+/g, "_")}` : ""}.csv`;
    return c.body(csv, 200, { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"` });
  });

  return app;
}

// Reports: the 三率 scorecard of a place for a month or a range — the three rates with what they are
// made of, the places below compared (a grid against its community), the categories and the monthly
// trend, as SVG charts and tables — and the link to the month's register (CSV).
import type { FC } from "hono/jsx";
import type { PlaceRef } from "../../../db/queries/places.js";
import { percent, type Score, type Scorecard } from "../../../domain/complaints/scorecards.js";
import { Page, type PageContext } from "../layout.js";
import { CountChart, RatesChart, rateKeys, TrendChart } from "./charts.js";
import { placeName } from "./common.js";

export interface ReportForm {
  /** `kind:code`, or "" for everywhere. */
  place: string;
  month: string;
  from: string;
  to: string;
}

export const placeParam = (p: PlaceRef | null) => (p ? `${p.kind}:${p.code}` : "");

export function reportHref(place: PlaceRef | null, form: Pick<ReportForm, "month" | "from" | "to">): string {
  const params = new URLSearchParams();
  if (place) params.set("place", placeParam(place));
  if (form.from && form.to) {
    params.set("from", form.from);
    params.set("to", form.to);
  } else if (form.month) params.set("month", form.month);
  return `/console/reports?${params.toString()}`;
}

const RateCell: FC<{ ctx: PageContext; score: Score; k: (typeof rateKeys)[number] }> = ({ ctx, score, k }) => {
  const [part, whole] = k === "response" ? [score.ackOnTime, score.ackDue] : k === "resolution" ? [score.resolvedOnTime, score.resolveDue] : [score.satisfied, score.verdicts];
  return (
    <td data-testid={`rate-${k}`}>
      <strong>{percent(score[k])}</strong> <span class="muted">({ctx.t("reports-rate-of", { part, whole })})</span>
    </td>
  );
};

const ScoreRow: FC<{ ctx: PageContext; label: unknown; score: Score; testid?: string }> = ({ ctx, label, score, testid }) => (
  <tr data-testid={testid}>
    <th scope="row">{label}</th>
    <td data-testid="received">{String(score.received)}</td>
    {rateKeys.map((k) => (
      <RateCell ctx={ctx} score={score} k={k} />
    ))}
    <td>{String(score.notResponsible)}</td>
    <td>{String(score.unconfirmed)}</td>
  </tr>
);

const ScoreHead: FC<{ ctx: PageContext; first: string }> = ({ ctx, first }) => (
  <thead>
    <tr>
      <th scope="col">{first}</th>
      <th scope="col">{ctx.t("reports-received")}</th>
      {rateKeys.map((k) => (
        <th scope="col">{ctx.t(`reports-${k}`)}</th>
      ))}
      <th scope="col">{ctx.t("reports-not-responsible")}</th>
      <th scope="col">{ctx.t("reports-unconfirmed")}</th>
    </tr>
  </thead>
);

export const ReportsPage: FC<{
  ctx: PageContext;
  card: Scorecard | null;
  form: ReportForm;
  /** Places the reader may pick: theirs and one level below. */
  choices: PlaceRef[];
  everywhere: boolean;
  /** How many hearings the reader's communities are suggested to hold. */
  hearingsSuggested: number;
  error?: string | null;
}> = ({ ctx, card, form, choices, everywhere, hearingsSuggested, error }) => {
  const { t } = ctx;
  const name = (p: PlaceRef | null) => (p ? `${placeName(ctx, p)} (${t(`kind-${p.kind}`)})` : t("reports-everywhere"));
  return (
    <Page ctx={ctx} title={t("reports-title")} nav="reports" error={error}>
      <h1>
        {t("reports-title")}
        {card ? <span class="muted"> · {name(card.place)}</span> : null}
      </h1>
      {hearingsSuggested > 0 ? (
        <p class="warning" data-testid="hearings-suggested">
          {t("reports-hearings-suggested", { count: hearingsSuggested })}{" "}
          <a href="/console/hearings">{t("reports-open-hearings")}</a>
        </p>
      ) : null}
      <form method="get" action="/console/reports" class="card">
        <div class="row two">
          <div>
            <label for="f-place">{t("reports-place")}</label>
            <select id="f-place" name="place">
              {everywhere ? (
                <option value="" selected={form.place === ""}>
                  {t("reports-everywhere")}
                </option>
              ) : null}
              {choices.map((p) => (
                <option value={placeParam(p)} selected={form.place === placeParam(p)}>
                  {name(p)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="f-month">{t("reports-month")}</label>
            <input id="f-month" type="month" name="month" value={form.month} />
          </div>
        </div>
        <div class="row two">
          <div>
            <label for="f-from">
              {t("reports-from")}
              <span class="hint">{t("reports-range-hint")}</span>
            </label>
            <input id="f-from" type="date" name="from" value={form.from} />
          </div>
          <div>
            <label for="f-to">{t("reports-to")}</label>
            <input id="f-to" type="date" name="to" value={form.to} />
          </div>
        </div>
        <button type="submit">{t("reports-show")}</button>
      </form>
      {card ? (
        <>
          <section class="card" data-testid="scorecard">
            <p class="muted">{t("reports-period", { period: card.period.label })}</p>
            {card.total.received === 0 ? <p data-testid="nothing">{t("reports-nothing")}</p> : null}
            <div class="scroll" tabindex={0} role="region" aria-label={t("reports-place")}>
              <table>
                <ScoreHead ctx={ctx} first={t("reports-place")} />
                <tbody>
                  <ScoreRow ctx={ctx} label={card.community ? t("reports-this-grid") : name(card.place)} score={card.total} testid="total" />
                  {card.community ? <ScoreRow ctx={ctx} label={name(card.community.place)} score={card.community.score} testid="community" /> : null}
                </tbody>
              </table>
            </div>
            {card.community ? (
              <>
                <h2>{t("reports-compare")}</h2>
                <RatesChart
                  ctx={ctx}
                  items={[
                    { label: placeName(ctx, card.place!), score: card.total },
                    { label: placeName(ctx, card.community.place), score: card.community.score },
                  ]}
                />
              </>
            ) : null}
            <p class="muted">{t("reports-rates-hint")}</p>
            <p>
              <a class="button secondary" data-testid="register-link" href={`/console/reports/register.csv?month=${encodeURIComponent(card.period.lastMonth)}${card.place ? `&place=${encodeURIComponent(placeParam(card.place))}` : ""}`}>
                {t("reports-register")}
              </a>
              <span class="hint">{t("reports-register-hint")}</span>
            </p>
          </section>
          {card.below.length ? (
            <section class="card" data-testid="below">
              <h2>{t("reports-below")}</h2>
              <RatesChart ctx={ctx} items={card.below.map((b) => ({ label: placeName(ctx, b.place), score: b.score }))} />
              <div class="scroll" tabindex={0} role="region" aria-label={t("reports-below")}>
                <table>
                  <ScoreHead ctx={ctx} first={t("reports-place")} />
                  <tbody>
                    {card.below.map((b) => (
                      <ScoreRow ctx={ctx} label={<a href={reportHref(b.place, form)}>{placeName(ctx, b.place)}</a>} score={b.score} testid={`below-${b.place.code}`} />
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ) : null}
          {card.categories.length ? (
            <section class="card" data-testid="categories">
              <h2>{t("reports-categories")}</h2>
              <CountChart ctx={ctx} items={card.categories.map((c) => ({ label: ctx.lang === "en" ? c.nameEn : c.nameZh, count: c.score.received }))} />
              <div class="scroll" tabindex={0} role="region" aria-label={t("reports-categories")}>
                <table>
                  <ScoreHead ctx={ctx} first={t("reports-category")} />
                  <tbody>
                    {card.categories.map((c) => (
                      <ScoreRow ctx={ctx} label={ctx.lang === "en" ? c.nameEn : c.nameZh} score={c.score} testid={`category-${c.code}`} />
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ) : null}
          <section class="card" data-testid="trend">
            <h2>{t("reports-trend", { months: card.trend.length })}</h2>
            <TrendChart ctx={ctx} months={card.trend} />
            <div class="scroll" tabindex={0} role="region" aria-label={t("reports-trend", { months: card.trend.length })}>
              <table>
                <ScoreHead ctx={ctx} first={t("reports-trend-month")} />
                <tbody>
                  {card.trend.map((m) => (
                    <ScoreRow ctx={ctx} label={m.month} score={m.score} testid={`month-${m.month}`} />
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      ) : null}
    </Page>
  );
};

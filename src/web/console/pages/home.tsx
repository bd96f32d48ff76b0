// Home: what needs me — the cases of my scope in progress per kind and status (and how many are overdue),
// and what residents asked that the guide could not answer.
import type { FC } from "hono/jsx";
import { Page, type PageContext } from "../layout.js";
import { CaseCounts } from "./cases.js";
import { PlaceLink } from "./common.js";
import type { PlaceRef } from "../../../db/queries/places.js";
import type { CaseKind } from "../../../vocabulary.js";

export const HomePage: FC<{
  ctx: PageContext;
  cases: { kind: CaseKind; status: string; count: number; overdue: number }[];
  misses: { query: string; language: string; times: number }[];
  places: PlaceRef[];
  notice?: string | null;
}> = ({ ctx, cases, misses, places, notice }) => {
  const { t } = ctx;
  return (
    <Page ctx={ctx} title={t("nav-home")} nav="home" notice={notice}>
      <h1>{t("home-title", { name: ctx.viewer ? (ctx.lang === "zh" ? ctx.viewer.member.nameZh : (ctx.viewer.member.nameEn ?? ctx.viewer.member.nameZh)) : "" })}</h1>
      <section class="card" data-testid="my-places">
        <h2>{t("home-my-places")}</h2>
        {places.length === 0 ? (
          <p class="muted">{t("home-no-roles")}</p>
        ) : (
          <ul class="list">
            {places.map((p) => (
              <li>
                <PlaceLink ctx={ctx} place={p} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="card" data-testid="cases">
        <h2>{t("home-cases")}</h2>
        {cases.length === 0 ? (
          <p class="muted">{t("home-no-cases")}</p>
        ) : (
          <CaseCounts ctx={ctx} counts={cases} />
        )}
        <a class="button secondary" href="/console/cases">
          {t("cases-open-queue")}
        </a>
      </section>
      <section class="card" data-testid="misses">
        <h2>{t("home-misses")}</h2>
        {misses.length === 0 ? (
          <p class="muted">{t("home-no-misses")}</p>
        ) : (
          <ul class="list">
            {misses.map((m) => (
              <li>
                「{m.query}」 <span class="muted">{t("home-miss-times", { times: m.times })}</span>
              </li>
            ))}
          </ul>
        )}
        <p class="muted">{t("home-misses-hint")}</p>
      </section>
    </Page>
  );
};


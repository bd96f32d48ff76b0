// Hearings: what is suggested (many complaints alike in a community), a suggestion with its complaints and
// the form to schedule a hearing, and a hearing with who comes and the form for its outcome.
import type { FC } from "hono/jsx";
import type { Hearing } from "../../../db/queries/hearings.js";
import type { PlaceRef } from "../../../db/queries/places.js";
import type { HearingInput, HearingView, Suggestion } from "../../../domain/complaints/hearings.js";
import { Field, Page, PostForm, type PageContext } from "../layout.js";
import { caseHref } from "./cases.js";
import { formatTime, placeName } from "./common.js";

const categoryName = (ctx: PageContext, c: { nameZh: string; nameEn: string } | undefined) => (c ? (ctx.lang === "en" ? c.nameEn : c.nameZh) : "");

export const suggestionHref = (s: Pick<Suggestion, "community" | "categoryId">) => `/console/hearings/suggested/${encodeURIComponent(s.community.code)}/${s.categoryId}`;
export const hearingHref = (id: number) => `/console/hearings/${id}`;

export const HearingsPage: FC<{
  ctx: PageContext;
  suggestions: Suggestion[];
  hearings: { hearing: Hearing; community: PlaceRef | undefined }[];
  timeZone: string;
}> = ({ ctx, suggestions, hearings, timeZone }) => {
  const { t } = ctx;
  return (
    <Page ctx={ctx} title={t("hearings-title")} nav="hearings">
      <h1>{t("hearings-title")}</h1>
      <section class="card" data-testid="suggestions">
        <h2>{t("hearings-suggested")}</h2>
        {suggestions.length === 0 ? (
          <p class="muted">{t("hearings-no-suggestion")}</p>
        ) : (
          <ul class="list">
            {suggestions.map((s) => (
              <li data-testid={`suggestion-${s.community.code}-${s.categoryCode}`}>
                {t("hearings-suggestion-line", { community: placeName(ctx, s.community), category: categoryName(ctx, s), complaints: s.complaints, followers: s.followers })}{" "}
                <a href={suggestionHref(s)}>{t("hearings-open-suggestion")}</a>
              </li>
            ))}
          </ul>
        )}
        <p class="muted">{t("hearings-suggested-hint", { threshold: suggestions[0]?.threshold ?? 10 })}</p>
      </section>
      <section class="card" data-testid="hearings">
        <h2>{t("hearings-list")}</h2>
        {hearings.length === 0 ? (
          <p class="muted">{t("hearings-none")}</p>
        ) : (
          <ul class="list">
            {hearings.map(({ hearing, community }) => (
              <li>
                <a href={hearingHref(hearing.id)}>{ctx.lang === "en" ? hearing.topicEn : hearing.topicZh}</a>{" "}
                <span class="muted">
                  {community ? placeName(ctx, community) : ""} · {formatTime(ctx, hearing.startsAt, timeZone)} · {t(`hearing-state-${hearing.state}`)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
};

export const SuggestionPage: FC<{
  ctx: PageContext;
  suggestion: Suggestion;
  cases: { ref: string; summary: string; openedAt: number; status: string }[];
  timeZone: string;
  manages: boolean;
  form: Partial<HearingInput>;
  error?: string | null;
}> = ({ ctx, suggestion, cases, timeZone, manages, form, error }) => {
  const { t } = ctx;
  return (
    <Page ctx={ctx} title={t("hearings-title")} nav="hearings" error={error}>
      <h1>{t("hearings-schedule-title", { community: placeName(ctx, suggestion.community), category: categoryName(ctx, suggestion) })}</h1>
      <section class="card" data-testid="suggestion-cases">
        <h2>{t("hearings-cases", { count: cases.length })}</h2>
        <ul class="list">
          {cases.map((c) => (
            <li>
              <a href={caseHref(c.ref)}>{c.ref}</a> <span class="summary">{c.summary}</span> <span class="muted">{formatTime(ctx, c.openedAt, timeZone)}</span>
            </li>
          ))}
        </ul>
      </section>
      <section class="card">
        <h2>{t("hearings-form")}</h2>
        {manages ? (
          <PostForm ctx={ctx} action={suggestionHref(suggestion)}>
            <div class="row two">
              <Field label={t("hearings-date")} name="date" type="date" value={form.date} required />
              <Field label={t("hearings-time")} name="time" type="time" value={form.time} required />
            </div>
            <div class="row two">
              <Field label={t("hearings-place-zh")} name="placeZh" value={form.placeZh} required />
              <Field label={t("hearings-place-en")} name="placeEn" value={form.placeEn} />
            </div>
            <div class="row two">
              <Field label={t("hearings-topic-zh")} name="topicZh" value={form.topicZh} required />
              <Field label={t("hearings-topic-en")} name="topicEn" value={form.topicEn} />
            </div>
            <p class="muted">{t("hearings-schedule-hint")}</p>
            <button type="submit">{t("hearings-schedule")}</button>
          </PostForm>
        ) : (
          <p class="muted">{t("hearings-cannot-manage")}</p>
        )}
      </section>
    </Page>
  );
};

export const HearingPage: FC<{ ctx: PageContext; view: HearingView; manages: boolean; notice?: string | null; error?: string | null; form?: { zh?: string; en?: string } }> = ({
  ctx,
  view,
  manages,
  notice,
  error,
  form,
}) => {
  const { t } = ctx;
  const h = view.hearing;
  const unanswered = view.invitations.length - view.coming - view.notComing;
  return (
    <Page ctx={ctx} title={t("hearings-title")} nav="hearings" notice={notice} error={error}>
      <h1>{t("hearing-title", { topic: ctx.lang === "en" ? h.topicEn : h.topicZh })}</h1>
      <section class="card" data-testid="hearing">
        <dl>
          <dt>{t("hearing-when")}</dt>
          <dd data-testid="when">{formatTime(ctx, h.startsAt, view.timeZone)}</dd>
          <dt>{t("hearing-where")}</dt>
          <dd>
            {placeName(ctx, view.community)} · {ctx.lang === "en" ? h.placeEn : h.placeZh}
          </dd>
          <dt>{t("hearing-category")}</dt>
          <dd>{categoryName(ctx, view.category)}</dd>
          <dt>{t("hearing-state")}</dt>
          <dd data-testid="state">{t(`hearing-state-${h.state}`)}</dd>
          {h.reminderSentAt ? (
            <>
              <dt>{t("hearing-reminder")}</dt>
              <dd>{t("hearing-reminder-sent", { time: formatTime(ctx, h.reminderSentAt, view.timeZone) })}</dd>
            </>
          ) : null}
          {h.outcomeZh ? (
            <>
              <dt>{t("hearing-outcome")}</dt>
              <dd data-testid="outcome">{ctx.lang === "en" ? h.outcomeEn : h.outcomeZh}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <section class="card" data-testid="invitations">
        <h2>{t("hearing-invited", { count: view.invitations.length, coming: view.coming, notComing: view.notComing, unanswered })}</h2>
        <ul class="list">
          {view.invitations.map((i) => (
            <li data-testid={`invitation-${i.residentId}`}>
              {i.name ?? t("hearing-follower")} {i.refs.length ? <span class="muted">({i.refs.join(", ")})</span> : null} ·{" "}
              <strong>{i.coming === true ? t("hearing-answer-yes") : i.coming === false ? t("hearing-answer-no") : t("hearing-answer-none")}</strong>
            </li>
          ))}
        </ul>
      </section>
      <section class="card">
        <h2>{t("hearings-cases", { count: view.cases.length })}</h2>
        <ul class="list">
          {view.cases.map((c) => (
            <li>
              <a href={caseHref(c.ref)}>{c.ref}</a> <span class="summary">{c.summary}</span>
            </li>
          ))}
        </ul>
      </section>
      {manages && h.state === "scheduled" ? (
        <section class="card">
          <h2>{t("hearing-outcome")}</h2>
          <PostForm ctx={ctx} action={`${hearingHref(h.id)}/outcome`}>
            <label for="f-outcomeZh">{t("hearing-outcome-zh")}</label>
            <textarea id="f-outcomeZh" name="outcomeZh" required>
              {form?.zh ?? ""}
            </textarea>
            <label for="f-outcomeEn">{t("hearing-outcome-en")}</label>
            <textarea id="f-outcomeEn" name="outcomeEn">
              {form?.en ?? ""}
            </textarea>
            <p class="muted">{t("hearing-outcome-hint")}</p>
            <button type="submit">{t("hearing-outcome-save")}</button>
          </PostForm>
        </section>
      ) : null}
    </Page>
  );
};

// The service catalogue, read-only, with the communities in my scope; and one community's access list:
// for each service, the catalogue's answer and the community's own (handled / assisted / not here, and
// where to go instead).
import type { FC } from "hono/jsx";
import type { ServiceGroup, Service } from "../../../db/queries/catalog.js";
import type { PlaceRef } from "../../../db/queries/places.js";
import type { AccessList } from "../../../domain/staff/access.js";
import { accessAnswers } from "../../../vocabulary.js";
import { Field, Page, PostForm, type PageContext } from "../layout.js";
import { placeHref, placeName, PlaceLink } from "./common.js";

export const CatalogPage: FC<{ ctx: PageContext; groups: { group: ServiceGroup; services: Service[] }[]; communities: PlaceRef[] }> = ({ ctx, groups, communities }) => {
  const { t, lang } = ctx;
  return (
    <Page ctx={ctx} title={t("nav-catalog")} nav="catalog">
      <h1>{t("nav-catalog")}</h1>
      {communities.length ? (
        <section class="card">
          <h2>{t("catalog-communities")}</h2>
          <ul class="list">
            {communities.map((c) => (
              <li>
                <a href={`${placeHref(c)}/services`}>{placeName(ctx, c)}</a> <span class="muted">({c.code})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {groups.map(({ group, services }) => (
        <section class="card">
          <h2>{lang === "zh" ? group.nameZh : group.nameEn}</h2>
          <ul class="list">
            {services.map((s) => (
              <li>
                {lang === "zh" ? s.titleZh : s.titleEn} <span class="tag">{t(`access-${s.access}`)}</span>
                <div class="muted">{lang === "zh" ? s.summaryZh : s.summaryEn}</div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Page>
  );
};

export const AccessPage: FC<{ ctx: PageContext; place: PlaceRef; list: AccessList; manages: boolean; error?: string | null; notice?: string | null }> = ({
  ctx,
  place,
  list,
  manages,
  error,
  notice,
}) => {
  const { t, lang } = ctx;
  const base = `${placeHref(place)}/services`;
  return (
    <Page ctx={ctx} title={`${placeName(ctx, place)} · ${t("access-title")}`} nav="catalog" error={error} notice={notice}>
      <p class="crumbs">
        <PlaceLink ctx={ctx} place={place} />
      </p>
      <h1>{t("access-title")}</h1>
      <p class="muted">{t("access-explain")}</p>
      {list.groups.map(({ group, entries }) => (
        <section class="card">
          <h2>{lang === "zh" ? group.nameZh : group.nameEn}</h2>
          <ul class="list">
            {entries.map(({ service, catalogue, local }) => (
              <li id={`s-${service.code}`}>
                <strong>{lang === "zh" ? service.titleZh : service.titleEn}</strong>
                <div>
                  <span class="tag">{t(`access-${local?.access ?? catalogue}`)}</span>
                  <span class="muted">{local ? t("access-own") : t("access-from-catalogue")}</span>
                </div>
                {local && (local.noteZh || local.noteEn) ? <div class="muted">{lang === "zh" ? local.noteZh : local.noteEn}</div> : null}
                {manages ? (
                  <PostForm ctx={ctx} action={`${base}/${encodeURIComponent(service.code)}`}>
                    <label for={`a-${service.code}`}>{t("access-answer")}</label>
                    <select id={`a-${service.code}`} name="access">
                      <option value="catalogue" selected={!local}>
                        {t("access-catalogue", { answer: t(`access-${catalogue}`) })}
                      </option>
                      {accessAnswers.map((a) => (
                        <option value={a} selected={local?.access === a}>
                          {t(`access-${a}`)}
                        </option>
                      ))}
                    </select>
                    <div class="row two">
                      <Field label={t("access-note-zh")} hint={t("access-note-hint")} name="note_zh" value={local?.noteZh} />
                      <Field label={t("access-note-en")} name="note_en" value={local?.noteEn} />
                    </div>
                    <button type="submit" class="secondary">
                      {t("save")}
                    </button>
                  </PostForm>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Page>
  );
};

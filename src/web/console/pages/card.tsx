// The community card (四到社区): how residents will see it, and the editor for those who manage the
// community. Plain form fields: the weekly hours one line a day ("08:30-12:00, 14:00-17:30"), dated
// exceptions one row each, with a few empty rows for new ones.
import type { FC } from "hono/jsx";
import type { PlaceRef } from "../../../db/queries/places.js";
import { weekdays, type Weekday } from "../../../domain/catalog/format.js";
import type { CommunityCard } from "../../../domain/staff/card.js";
import { cardInputOf } from "../../../domain/staff/card.js";
import { Field, Page, PostForm, type PageContext } from "../layout.js";
import { placeHref } from "./common.js";

export interface CardForm {
  addressZh: string;
  addressEn: string;
  lat: string;
  lon: string;
  phone: string;
  hours: Record<Weekday, string>;
  noteZh: string;
  noteEn: string;
  exceptions: { date: string; closed: boolean; open: string; noteZh: string; noteEn: string }[];
}

const EMPTY_EXCEPTION_ROWS = 3;
const MAX_EXCEPTION_ROWS = 60;

export function cardFormOf(card: CommunityCard): CardForm {
  const input = cardInputOf(card);
  return {
    addressZh: input.address.zh,
    addressEn: input.address.en,
    lat: input.location ? String(input.location.lat) : "",
    lon: input.location ? String(input.location.lon) : "",
    phone: input.phone ?? "",
    hours: Object.fromEntries(weekdays.map((d) => [d, (input.hours[d] ?? []).join(", ")])) as Record<Weekday, string>,
    noteZh: input.hours_note?.zh ?? "",
    noteEn: input.hours_note?.en ?? "",
    exceptions: input.exceptions.map((e) => ({ date: e.date, closed: e.closed, open: e.open.join(", "), noteZh: e.note?.zh ?? "", noteEn: e.note?.en ?? "" })),
  };
}

const str = (body: Record<string, unknown>, name: string) => (typeof body[name] === "string" ? (body[name] as string) : "");

export function cardFormFrom(body: Record<string, unknown>): CardForm {
  const exceptions: CardForm["exceptions"] = [];
  for (let i = 0; i < MAX_EXCEPTION_ROWS + EMPTY_EXCEPTION_ROWS; i++) {
    if (!(`ex${i}_date` in body)) break;
    exceptions.push({
      date: str(body, `ex${i}_date`).trim(),
      closed: body[`ex${i}_closed`] === "on",
      open: str(body, `ex${i}_open`),
      noteZh: str(body, `ex${i}_note_zh`),
      noteEn: str(body, `ex${i}_note_en`),
    });
  }
  return {
    addressZh: str(body, "address_zh"),
    addressEn: str(body, "address_en"),
    lat: str(body, "lat").trim(),
    lon: str(body, "lon").trim(),
    phone: str(body, "phone"),
    hours: Object.fromEntries(weekdays.map((d) => [d, str(body, `hours_${d}`)])) as Record<Weekday, string>,
    noteZh: str(body, "note_zh"),
    noteEn: str(body, "note_en"),
    exceptions,
  };
}

/** "8:30-12:00，14:00–17:30" → ["08:30-12:00", "14:00-17:30"]; what stays malformed is left for the domain to refuse. */
export function ranges(text: string): string[] {
  return text
    .split(/[,，;；、\s]+/)
    .map((r) => r.trim().replace(/[–—~～至到]/g, "-").replace(/：/g, ":"))
    .filter(Boolean)
    .map((r) => r.replace(/(^|-)(\d):/g, (_m, start: string, hour: string) => `${start}0${hour}:`));
}

/** The form as the domain's card input (which validates it). */
export function cardInputFrom(form: CardForm): unknown {
  const number = (s: string) => (s === "" ? NaN : Number(s));
  const location = form.lat === "" && form.lon === "" ? null : { lat: number(form.lat), lon: number(form.lon) };
  return {
    address: { zh: form.addressZh, en: form.addressEn },
    location,
    phone: form.phone.trim() === "" ? null : form.phone,
    hours: Object.fromEntries(weekdays.map((d) => [d, ranges(form.hours[d])]).filter(([, r]) => (r as string[]).length > 0)),
    exceptions: form.exceptions
      .filter((e) => e.date !== "" || e.open.trim() !== "" || e.noteZh.trim() !== "" || e.noteEn.trim() !== "")
      .map((e) => ({
        date: e.date,
        closed: e.closed,
        open: e.closed ? [] : ranges(e.open),
        ...(e.noteZh.trim() || e.noteEn.trim() ? { note: { zh: e.noteZh, en: e.noteEn } } : {}),
      })),
    hours_note: form.noteZh.trim() === "" && form.noteEn.trim() === "" ? null : { zh: form.noteZh, en: form.noteEn },
  };
}

const telHref = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, "")}`;

/** The card as residents will read it. */
export const CardPreview: FC<{ ctx: PageContext; card: CommunityCard }> = ({ ctx, card }) => {
  const { t, lang } = ctx;
  const office = card.office;
  const opening = office.opening;
  return (
    <section class="card" data-testid="card-preview">
      <h2>{t("card-preview")}</h2>
      <dl>
        <dt>{t("card-address")}</dt>
        <dd>
          {office.address ? office.address[lang] : "—"}
          {office.location ? (
            <>
              {" "}
              <a href={`https://www.openstreetmap.org/?mlat=${office.location.lat}&mlon=${office.location.lon}#map=17/${office.location.lat}/${office.location.lon}`} rel="noopener noreferrer">
                {t("card-map")}
              </a>
            </>
          ) : null}
        </dd>
        <dt>{t("card-hours")}</dt>
        <dd data-testid="card-hours">
          {office.hoursText ? office.hoursText[lang] : "—"}
          <br />
          <span class="muted">
            {opening.open
              ? t("card-open-now")
              : opening.next
                ? t("card-opens", { day: t(`weekday-${opening.next.weekday}`), time: opening.next.time })
                : t("card-closed")}
          </span>
        </dd>
        <dt>{t("card-phone")}</dt>
        <dd>{office.phone ? <a href={telHref(office.phone)}>{office.phone}</a> : "—"}</dd>
        <dt>{t("supervision-phone")}</dt>
        <dd>{card.supervisionPhone ? <a href={telHref(card.supervisionPhone)}>{card.supervisionPhone}</a> : "—"}</dd>
        <dt>{t("card-grids")}</dt>
        <dd>
          <ul class="list" data-testid="card-grids">
            {card.grids.map((g) => (
              <li>
                {g.name[lang]}:{" "}
                {g.workers.length === 0
                  ? t("card-no-worker")
                  : g.workers.map((w, i) => (
                      <>
                        {i > 0 ? "、" : ""}
                        {w.name[lang]}
                        {w.phone ? (
                          <>
                            {" "}
                            <a href={telHref(w.phone)}>{w.phone}</a>
                          </>
                        ) : null}
                      </>
                    ))}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t("card-services")}</dt>
        <dd>
          {card.services.length ? (
            <details>
              <summary>{t("card-services-count", { count: card.services.length })}</summary>
              <ul class="list">
                {card.services.map((s) => (
                  <li>
                    {s.title[lang]} <span class="tag">{t(`access-${s.access}`)}</span>
                  </li>
                ))}
              </ul>
            </details>
          ) : (
            "—"
          )}
        </dd>
      </dl>
    </section>
  );
};

export const CardPage: FC<{
  ctx: PageContext;
  place: PlaceRef;
  card: CommunityCard;
  form: CardForm;
  manages: boolean;
  error?: string | null;
  notice?: string | null;
}> = ({ ctx, place, card, form, manages, error, notice }) => {
  const { t } = ctx;
  const base = placeHref(place);
  const rows = [...form.exceptions, ...Array.from({ length: EMPTY_EXCEPTION_ROWS }, () => ({ date: "", closed: false, open: "", noteZh: "", noteEn: "" }))];
  return (
    <Page ctx={ctx} title={`${card.community.name[ctx.lang]} · ${t("card-title")}`} nav="places" error={error} notice={notice}>
      <p class="crumbs">
        <a href={base}>{card.community.name[ctx.lang]}</a>
      </p>
      <h1>{t("card-title")}</h1>
      <CardPreview ctx={ctx} card={card} />
      {manages ? (
        <section class="card">
          <h2>{t("card-edit")}</h2>
          <PostForm ctx={ctx} action={`${base}/card`}>
            <div class="row two">
              <Field label={t("field-address-zh")} name="address_zh" value={form.addressZh} required />
              <Field label={t("field-address-en")} name="address_en" value={form.addressEn} required />
              <Field label={t("field-latitude")} name="lat" type="text" inputmode="decimal" value={form.lat} />
              <Field label={t("field-longitude")} name="lon" type="text" inputmode="decimal" value={form.lon} />
            </div>
            <Field label={t("card-phone")} hint={t("field-phone-hint")} name="phone" type="tel" value={form.phone} />
            <fieldset>
              <legend>{t("card-weekly-hours")}</legend>
              <p class="muted">{t("card-hours-hint")}</p>
              <div class="row two">
                {weekdays.map((d) => (
                  <Field label={t(`weekday-${d}`)} name={`hours_${d}`} value={form.hours[d]} />
                ))}
              </div>
              <div class="row two">
                <Field label={t("field-hours-note-zh")} hint={t("field-hours-note-hint")} name="note_zh" value={form.noteZh} />
                <Field label={t("field-hours-note-en")} name="note_en" value={form.noteEn} />
              </div>
            </fieldset>
            <fieldset>
              <legend>{t("card-exceptions")}</legend>
              <p class="muted">{t("card-exceptions-hint")}</p>
              {rows.map((e, i) => (
                <div class="row five">
                  <Field label={t("field-date")} name={`ex${i}_date`} type="date" value={e.date} />
                  <label class="check">
                    <input type="checkbox" name={`ex${i}_closed`} checked={e.closed} /> {t("field-closed")}
                  </label>
                  <Field label={t("field-open-instead")} name={`ex${i}_open`} value={e.open} />
                  <Field label={t("field-note-zh")} name={`ex${i}_note_zh`} value={e.noteZh} />
                  <Field label={t("field-note-en")} name={`ex${i}_note_en`} value={e.noteEn} />
                </div>
              ))}
            </fieldset>
            <button type="submit" data-testid="save-card">
              {t("save")}
            </button>
          </PostForm>
        </section>
      ) : null}
    </Page>
  );
};

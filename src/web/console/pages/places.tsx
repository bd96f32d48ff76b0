// Places in my scope: where I start (the places of my roles), and one place with what lies below it, its
// staff, and — for those who manage it — adding a staff member there.
import type { FC } from "hono/jsx";
import type { PlaceRef } from "../../../db/queries/places.js";
import type { StaffMember } from "../../../db/queries/staff.js";
import type { RoleAt } from "../../../domain/staff/actor.js";
import { Field, named, Page, PostForm, type PageContext } from "../layout.js";
import { placeHref, placeName, PlaceLink, roleText } from "./common.js";

export const PlacesPage: FC<{ ctx: PageContext; places: PlaceRef[] }> = ({ ctx, places }) => (
  <Page ctx={ctx} title={ctx.t("nav-places")} nav="places">
    <h1>{ctx.t("nav-places")}</h1>
    <div class="card">
      {places.length === 0 ? (
        <p class="muted">{ctx.t("home-no-roles")}</p>
      ) : (
        <ul class="list">
          {places.map((p) => (
            <li>
              <PlaceLink ctx={ctx} place={p} />
            </li>
          ))}
        </ul>
      )}
    </div>
  </Page>
);

export interface StaffHere {
  member: StaffMember;
  roles: RoleAt[];
}

export interface NewStaffForm {
  username?: string;
  nameZh?: string;
  nameEn?: string;
  phone?: string;
  roleAt?: string;
}

export const StaffList: FC<{ ctx: PageContext; staff: StaffHere[] }> = ({ ctx, staff }) =>
  staff.length === 0 ? (
    <p class="muted">{ctx.t("staff-none")}</p>
  ) : (
    <ul class="list" data-testid="staff-list">
      {staff.map(({ member, roles }) => (
        <li>
          <a href={`/console/staff/${encodeURIComponent(member.username)}`}>
            {named(ctx.lang, member)} <span class="muted">@{member.username}</span>
          </a>
          <div>
            {member.disabledAt !== null ? <span class="tag off">{ctx.t("staff-disabled")}</span> : null}
            {roles.map((r) => (
              <span class="tag">{roleText(ctx, r)}</span>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );

export const PlacePage: FC<{
  ctx: PageContext;
  place: PlaceRef;
  ancestors: PlaceRef[];
  below: PlaceRef[];
  staff: StaffHere[];
  manages: boolean;
  addOptions: { value: string; label: string }[];
  supervisionPhone?: string | null;
  form?: NewStaffForm;
  error?: string | null;
  notice?: string | null;
  invite?: { username: string; link: string | null; token: string } | null;
}> = (p) => {
  const { ctx, place } = p;
  const { t } = ctx;
  const title = placeName(ctx, place);
  const base = placeHref(place);
  return (
    <Page ctx={ctx} title={title} nav="places" error={p.error} notice={p.notice}>
      {p.ancestors.length ? <p class="crumbs">{p.ancestors.map((a) => placeName(ctx, a)).join(" · ")}</p> : null}
      <h1>
        {title} <span class="muted">({t(`kind-${place.kind}`)} · {place.code})</span>
      </h1>
      {p.invite ? (
        <div class="card" data-testid="invite">
          <h2>{t("invite-title", { username: p.invite.username })}</h2>
          <p>{p.invite.link ? t("invite-text") : t("invite-no-bot")}</p>
          <code class="secret">{p.invite.link ?? `/start s-${p.invite.token}`}</code>
        </div>
      ) : null}
      {place.kind === "community" ? (
        <div class="card">
          <a class="button" href={`${base}/card`} data-testid="open-card">
            {t("card-title")}
          </a>
          <a class="button secondary" href={`${base}/services`}>
            {t("access-title")}
          </a>
        </div>
      ) : null}
      {place.kind === "street" ? (
        <section class="card">
          <h2>{t("supervision-phone")}</h2>
          {p.manages ? (
            <PostForm ctx={ctx} action={`${base}/supervision-phone`}>
              <Field label={t("supervision-phone")} hint={t("supervision-phone-hint")} name="phone" type="tel" value={p.supervisionPhone} />
              <button type="submit">{t("save")}</button>
            </PostForm>
          ) : (
            <p>{p.supervisionPhone ?? t("none")}</p>
          )}
        </section>
      ) : null}
      {p.below.length ? (
        <section class="card">
          <h2>{t(`below-${place.kind}`)}</h2>
          <ul class="list" data-testid="below">
            {p.below.map((b) => (
              <li>
                <PlaceLink ctx={ctx} place={b} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section class="card">
        <h2>{t("staff-here")}</h2>
        <StaffList ctx={ctx} staff={p.staff} />
      </section>
      {p.manages && p.addOptions.length ? (
        <section class="card">
          <h2>{t("staff-add")}</h2>
          <PostForm ctx={ctx} action={`${base}/staff`}>
            <label for="f-roleAt">{t("field-role")}</label>
            <select id="f-roleAt" name="roleAt" required>
              {p.addOptions.map((o) => (
                <option value={o.value} selected={o.value === p.form?.roleAt}>
                  {o.label}
                </option>
              ))}
            </select>
            <div class="row two">
              <Field label={t("field-username")} hint={t("field-username-hint")} name="username" value={p.form?.username} required autocomplete="off" />
              <Field label={t("field-phone")} hint={t("field-phone-hint")} name="phone" type="tel" value={p.form?.phone} />
              <Field label={t("field-name-zh")} name="nameZh" value={p.form?.nameZh} required />
              <Field label={t("field-name-en")} hint={t("field-name-en-hint")} name="nameEn" value={p.form?.nameEn} />
            </div>
            <Field label={t("field-initial-password")} hint={t("field-initial-password-hint")} name="password" type="password" autocomplete="new-password" />
            <button type="submit" data-testid="add-staff">
              {t("staff-add-button")}
            </button>
          </PostForm>
        </section>
      ) : null}
    </Page>
  );
};

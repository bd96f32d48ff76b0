// Staff in my scope, and one staff member: their roles (those I can see), and — when I manage them —
// giving and taking roles, their name and phone, an invitation for Telegram, disabling.
import type { FC } from "hono/jsx";
import type { StaffMember } from "../../../db/queries/staff.js";
import type { RoleAt } from "../../../domain/staff/actor.js";
import { staffRoles } from "../../../vocabulary.js";
import { Field, named, Page, PostForm, type PageContext } from "../layout.js";
import { placeHref, roleText } from "./common.js";
import { StaffList, type StaffHere } from "./places.js";

export const StaffListPage: FC<{ ctx: PageContext; staff: StaffHere[]; q: string; more: boolean }> = ({ ctx, staff, q, more }) => (
  <Page ctx={ctx} title={ctx.t("nav-staff")} nav="staff">
    <h1>{ctx.t("nav-staff")}</h1>
    <form method="get" action="/console/staff" class="card">
      <Field label={ctx.t("staff-search")} name="q" value={q} />
      <button type="submit" class="secondary">
        {ctx.t("search")}
      </button>
    </form>
    <div class="card">
      <StaffList ctx={ctx} staff={staff} />
      {more ? <p class="muted">{ctx.t("staff-more")}</p> : null}
    </div>
  </Page>
);

export const StaffPage: FC<{
  ctx: PageContext;
  member: StaffMember;
  /** The roles the reader can see, and whether they may take each. */
  roles: { role: RoleAt; removable: boolean }[];
  hiddenRoles: number;
  manages: boolean;
  self: boolean;
  error?: string | null;
  notice?: string | null;
  invite?: { link: string | null; token: string } | null;
}> = (p) => {
  const { ctx, member } = p;
  const { t } = ctx;
  const base = `/console/staff/${encodeURIComponent(member.username)}`;
  return (
    <Page ctx={ctx} title={named(ctx.lang, member)} nav="staff" error={p.error} notice={p.notice}>
      <h1>
        {named(ctx.lang, member)} <span class="muted">@{member.username}</span>
      </h1>
      {p.invite ? (
        <div class="card" data-testid="invite">
          <h2>{t("invite-title", { username: member.username })}</h2>
          <p>{p.invite.link ? t("invite-text") : t("invite-no-bot")}</p>
          <code class="secret">{p.invite.link ?? `/start s-${p.invite.token}`}</code>
        </div>
      ) : null}
      <section class="card">
        <dl>
          <dt>{t("field-name-zh")}</dt>
          <dd>{member.nameZh}</dd>
          <dt>{t("field-name-en")}</dt>
          <dd>{member.nameEn ?? "—"}</dd>
          <dt>{t("field-phone")}</dt>
          <dd>{member.phone ? <a href={`tel:${member.phone.replace(/[^0-9+]/g, "")}`}>{member.phone}</a> : "—"}</dd>
          <dt>{t("field-language")}</dt>
          <dd>{t(`language-${member.language}`)}</dd>
          <dt>{t("staff-telegram")}</dt>
          <dd>{member.telegramUserId ? t("yes") : t("no")}</dd>
          <dt>{t("staff-password")}</dt>
          <dd>{member.passwordHash ? t("yes") : t("no")}</dd>
          <dt>{t("staff-state")}</dt>
          <dd data-testid="state">{member.disabledAt !== null ? t("staff-disabled") : t("staff-active")}</dd>
        </dl>
      </section>
      <section class="card">
        <h2>{t("staff-roles")}</h2>
        {p.roles.length === 0 ? <p class="muted">{t("staff-no-roles")}</p> : null}
        <ul class="list" data-testid="roles">
          {p.roles.map(({ role, removable }) => (
            <li>
              {role.place ? <a href={placeHref(role.place)}>{roleText(ctx, role)}</a> : roleText(ctx, role)}
              {removable ? (
                <PostForm ctx={ctx} action={`${base}/roles/remove`} class="inline">
                  <input type="hidden" name="role" value={role.role.role} />
                  <input type="hidden" name="place" value={role.place?.code ?? ""} />{" "}
                  <button type="submit" class="secondary">
                    {t("role-remove")}
                  </button>
                </PostForm>
              ) : null}
            </li>
          ))}
        </ul>
        {p.hiddenRoles > 0 ? <p class="muted">{t("staff-hidden-roles", { count: p.hiddenRoles })}</p> : null}
        {hasManagerRole(ctx) ? (
          <PostForm ctx={ctx} action={`${base}/roles`}>
            <h2>{t("role-add")}</h2>
            <div class="row two">
              <div>
                <label for="f-role">{t("field-role")}</label>
                <select id="f-role" name="role">
                  {staffRoles.map((r) => (
                    <option value={r}>{t(`role-${r}`)}</option>
                  ))}
                </select>
              </div>
              <Field label={t("field-place-code")} hint={t("field-place-code-hint")} name="place" />
            </div>
            <button type="submit">{t("role-add-button")}</button>
          </PostForm>
        ) : null}
      </section>
      {p.manages || p.self ? (
        <section class="card">
          <h2>{t("staff-profile")}</h2>
          <PostForm ctx={ctx} action={`${base}/profile`}>
            <div class="row two">
              <Field label={t("field-name-zh")} name="nameZh" value={member.nameZh} required />
              <Field label={t("field-name-en")} hint={t("field-name-en-hint")} name="nameEn" value={member.nameEn} />
            </div>
            <Field label={t("field-phone")} hint={t("field-phone-hint")} name="phone" type="tel" value={member.phone} />
            <button type="submit">{t("save")}</button>
          </PostForm>
        </section>
      ) : null}
      {(p.manages || p.self) && member.disabledAt === null ? (
        <section class="card">
          <h2>{t("invite-heading")}</h2>
          <p class="muted">{t("invite-explain")}</p>
          <PostForm ctx={ctx} action={`${base}/invite`}>
            <button type="submit" class="secondary">
              {t("invite-button")}
            </button>
          </PostForm>
        </section>
      ) : null}
      {p.manages && !p.self ? (
        <section class="card">
          {member.disabledAt === null ? (
            <PostForm ctx={ctx} action={`${base}/disable`}>
              <p class="muted">{t("staff-disable-explain")}</p>
              <button type="submit" class="danger" data-testid="disable">
                {t("staff-disable")}
              </button>
            </PostForm>
          ) : (
            <PostForm ctx={ctx} action={`${base}/enable`}>
              <button type="submit">{t("staff-enable")}</button>
            </PostForm>
          )}
        </section>
      ) : null}
    </Page>
  );
};

function hasManagerRole(ctx: PageContext): boolean {
  const m = ctx.viewer?.manages;
  return !!m && (m.everywhere || m.district.size + m.street.size + m.community.size + m.grid.size > 0);
}

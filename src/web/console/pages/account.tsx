// My account: the console's language, my password, and my API tokens for the staff API.
import type { FC } from "hono/jsx";
import { languages } from "../../../vocabulary.js";
import { Field, Page, PostForm, type PageContext } from "../layout.js";
import { formatTime } from "./common.js";

export interface TokenRow {
  id: number;
  label: string;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

export const AccountPage: FC<{
  ctx: PageContext;
  tokens: TokenRow[];
  hasPassword: boolean;
  timeZone: string;
  newToken?: string | null;
  error?: string | null;
  notice?: string | null;
}> = ({ ctx, tokens, hasPassword, timeZone, newToken, error, notice }) => {
  const { t } = ctx;
  const member = ctx.viewer!.member;
  return (
    <Page ctx={ctx} title={t("nav-account")} nav="account" error={error} notice={notice}>
      <h1>{t("nav-account")}</h1>
      <section class="card">
        <h2>{t("field-language")}</h2>
        <PostForm ctx={ctx} action="/console/account/language">
          <select name="language" aria-label={t("field-language")}>
            {languages.map((l) => (
              <option value={l} selected={member.language === l}>
                {t(`language-${l}`)}
              </option>
            ))}
          </select>
          <button type="submit">{t("save")}</button>
        </PostForm>
      </section>
      <section class="card">
        <h2>{t("account-password")}</h2>
        <PostForm ctx={ctx} action="/console/account/password">
          {hasPassword ? <Field label={t("field-current-password")} name="current" type="password" autocomplete="current-password" /> : null}
          <Field label={t("field-new-password")} hint={t("field-password-hint")} name="password" type="password" autocomplete="new-password" required />
          <button type="submit">{t("save")}</button>
        </PostForm>
      </section>
      <section class="card">
        <h2>{t("account-tokens")}</h2>
        <p class="muted">{t("account-tokens-explain")}</p>
        {newToken ? (
          <div data-testid="new-token">
            <p>{t("account-token-once")}</p>
            <code class="secret">{newToken}</code>
          </div>
        ) : null}
        <ul class="list">
          {tokens.map((tok) => (
            <li>
              {tok.label} <span class="muted">{formatTime(ctx, tok.createdAt, timeZone)}</span>{" "}
              {tok.revokedAt !== null ? (
                <span class="tag off">{t("account-token-revoked")}</span>
              ) : (
                <PostForm ctx={ctx} action={`/console/account/tokens/${tok.id}/revoke`} class="inline">
                  <button type="submit" class="secondary">
                    {t("account-token-revoke")}
                  </button>
                </PostForm>
              )}
            </li>
          ))}
        </ul>
        <PostForm ctx={ctx} action="/console/account/tokens">
          <Field label={t("field-token-label")} name="label" value="api" />
          <button type="submit">{t("account-token-create")}</button>
        </PostForm>
      </section>
    </Page>
  );
};

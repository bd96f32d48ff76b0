// The login page: username and password; or the answer to a one-time link that did not work.
import type { FC } from "hono/jsx";
import { Field, Page, type PageContext } from "../layout.js";

export const LoginPage: FC<{ ctx: PageContext; loginCsrf: string; next: string; username?: string; error?: string | null; notice?: string | null }> = (p) => {
  const { t } = p.ctx;
  return (
    <Page ctx={p.ctx} title={t("login-title")} error={p.error} notice={p.notice}>
      <div class="card">
        <h1>{t("login-title")}</h1>
        <form method="post" action="/console/login">
          <input type="hidden" name="csrf" value={p.loginCsrf} />
          <input type="hidden" name="next" value={p.next} />
          <Field label={t("field-username")} name="username" value={p.username} required autocomplete="username" />
          <Field label={t("field-password")} name="password" type="password" required autocomplete="current-password" />
          <button type="submit" data-testid="login">
            {t("login-button")}
          </button>
        </form>
        <p class="muted">{t("login-telegram-hint")}</p>
      </div>
    </Page>
  );
};

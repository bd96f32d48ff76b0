// The frame of every console page: header, the navigation, a notice or an error, and the page.
import type { Child, FC, PropsWithChildren } from "hono/jsx";
import type { ConsoleT } from "../../i18n/console.js";
import type { Lang } from "../../vocabulary.js";
import type { Viewer } from "../../domain/staff/actor.js";
import { navigation, type NavBadge } from "./nav.js";

export interface PageContext {
  t: ConsoleT;
  lang: Lang;
  /** Absent on the login page. */
  viewer?: Viewer;
  /** The session's CSRF token, for every form. */
  csrf?: string;
  /** What waits behind navigation entries (src/web/console/nav.ts), by entry id. */
  navBadges?: Map<string, NavBadge[]>;
}

/** A name in the reader's language. */
export const named = (lang: Lang, n: { nameZh: string; nameEn: string | null }) => (lang === "zh" ? n.nameZh : (n.nameEn ?? n.nameZh));

export const Csrf: FC<{ ctx: PageContext }> = ({ ctx }) => <input type="hidden" name="csrf" value={ctx.csrf ?? ""} />;

/** A POST form carrying the session's CSRF token. */
export const PostForm: FC<PropsWithChildren<{ ctx: PageContext; action: string; class?: string }>> = ({ ctx, action, children, ...rest }) => (
  <form method="post" action={action} class={rest.class}>
    <Csrf ctx={ctx} />
    {children}
  </form>
);

export const Field: FC<{
  label: string;
  name: string;
  value?: string | number | null;
  type?: string;
  hint?: string;
  required?: boolean;
  autocomplete?: string;
  inputmode?: "text" | "decimal" | "numeric" | "tel";
}> = (p) => (
  <div>
    <label for={`f-${p.name}`}>
      {p.label}
      {p.hint ? <span class="hint">{p.hint}</span> : null}
    </label>
    <input
      id={`f-${p.name}`}
      type={p.type ?? "text"}
      name={p.name}
      value={p.value === null || p.value === undefined ? "" : String(p.value)}
      required={p.required}
      autocomplete={p.autocomplete}
      inputmode={p.inputmode}
      step={p.type === "number" ? "any" : undefined}
    />
  </div>
);

export const Page: FC<
  PropsWithChildren<{ ctx: PageContext; title: string; nav?: string; notice?: string | null; error?: string | null; bare?: boolean }>
> = ({ ctx, title, nav, notice, error, children }) => {
  const { t, viewer } = ctx;
  return (
    <html lang={ctx.lang === "zh" ? "zh-CN" : "en"}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#0f766e" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${title} · ${t("console-title")}`}</title>
        <link rel="stylesheet" href="/console/console.css" />
      </head>
      <body>
        <header>
          <a class="brand" href="/console">
            {t("console-title")}
          </a>
          {viewer ? (
            <>
              <span class="who" data-testid="who">
                {named(ctx.lang, viewer.member)}
              </span>
              <PostForm ctx={ctx} action="/console/logout">
                <button type="submit" data-testid="logout">
                  {t("logout")}
                </button>
              </PostForm>
            </>
          ) : null}
        </header>
        {viewer ? (
          <nav aria-label={t("nav-label")}>
            <ul>
              {navigation
                .filter((entry) => !entry.visible || entry.visible(viewer))
                .map((entry) => (
                  <li>
                    <a href={entry.path} aria-current={entry.id === nav ? "page" : undefined}>
                      {t(entry.label)}
                      {(ctx.navBadges?.get(entry.id) ?? []).map((b) => (
                        <span class={b.late ? "badge late" : "badge"}>{b.text}</span>
                      ))}
                    </a>
                  </li>
                ))}
            </ul>
          </nav>
        ) : null}
        <main>
          {notice ? (
            <p class="notice" role="status" data-testid="notice">
              {notice}
            </p>
          ) : null}
          {error ? (
            <p class="error" role="alert" data-testid="error">
              {error}
            </p>
          ) : null}
          {children as Child}
        </main>
      </body>
    </html>
  );
};

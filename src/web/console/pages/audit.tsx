// The audit log of my scope, newest first: who, what, before → after, when, from where.
import type { FC } from "hono/jsx";
import type { AuditRow } from "../../../db/queries/audit.js";
import { Page, type PageContext } from "../layout.js";
import { formatTime } from "./common.js";

const compact = (value: unknown) => (value === undefined ? "" : JSON.stringify(value));

export const AuditPage: FC<{ ctx: PageContext; rows: AuditRow[]; timeZone: string; next: number | null }> = ({ ctx, rows, timeZone, next }) => {
  const { t } = ctx;
  return (
    <Page ctx={ctx} title={t("nav-audit")} nav="audit">
      <h1>{t("nav-audit")}</h1>
      <div class="card scroll">
        {rows.length === 0 ? (
          <p class="muted">{t("audit-empty")}</p>
        ) : (
          <table data-testid="audit">
            <thead>
              <tr>
                <th>{t("audit-when")}</th>
                <th>{t("audit-who")}</th>
                <th>{t("audit-what")}</th>
                <th>{t("audit-change")}</th>
                <th>{t("audit-where")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const { before, after, ...rest } = r.detail as { before?: unknown; after?: unknown };
                return (
                  <tr>
                    <td>{formatTime(ctx, r.at, timeZone)}</td>
                    <td>{r.actor}</td>
                    <td>
                      {r.action}
                      <div class="muted">{compact(rest)}</div>
                    </td>
                    <td>
                      {before !== undefined || after !== undefined ? (
                        <>
                          <div>{compact(before)}</div>
                          <div>→ {compact(after)}</div>
                        </>
                      ) : null}
                    </td>
                    <td>{r.address ?? "—"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {next !== null ? (
          <a class="button secondary" href={`/console/audit?before=${next}`}>
            {t("audit-older")}
          </a>
        ) : null}
      </div>
    </Page>
  );
};

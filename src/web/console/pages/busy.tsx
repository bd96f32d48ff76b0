// The database busy, locked or full for a moment (README, "Faults"): nothing was saved, and what the staff
// member sent is given back in a form that posts it to the same address again — what they typed in
// fields they can still edit, the form's own hidden values (the CSRF token, which row, which action)
// hidden as they were — so nothing they wrote is lost. Passwords are never written into a page: those
// fields come back empty, to be typed again.
import type { FC } from "hono/jsx";
import { fieldLabel } from "../../../i18n/console.js";
import { Page, type PageContext } from "../layout.js";

/** The names the console's forms carry as hidden inputs (grep `type="hidden"` in src/web/console). */
const HIDDEN = new Set(["csrf", "action", "back", "code", "decision", "key", "next", "place", "role"]);
const SECRET = /password|^current$/i;

/** A field's label in the reader's words where the console has one ("hours_mon" → "Monday's hours"), else its name. */
function labelOf(ctx: PageContext, name: string): string {
  const direct = fieldLabel(ctx.t, name);
  if (direct !== name) return direct;
  const dotted = name.replace("_", ".");
  const label = fieldLabel(ctx.t, dotted);
  return label !== dotted ? label : name;
}

/** `fields`: what a form sent (null for a page that was only being read). */
export const DatabaseBusyPage: FC<{ ctx: PageContext; action: string; fields: [string, string][] | null; retryAfter: number }> = ({ ctx, action, fields, retryAfter }) => (
  <Page ctx={ctx} title={ctx.t(fields ? "busy-title" : "busy-read-title")} error={ctx.t(fields ? "busy-text" : "busy-read-text", { seconds: retryAfter })}>
    <div class="card">
      <h1>{ctx.t(fields ? "busy-title" : "busy-read-title")}</h1>
      {fields ? (
        <form method="post" action={action} data-testid="kept-form">
          <p>{ctx.t("busy-kept")}</p>
          {fields.map(([name, value], i) =>
            HIDDEN.has(name) ? (
              <input type="hidden" name={name} value={value} />
            ) : (
              <div>
                <label for={`kept-${i}`}>{labelOf(ctx, name)}</label>
                {SECRET.test(name) ? (
                  <input id={`kept-${i}`} type="password" name={name} value="" autocomplete="off" />
                ) : value.includes("\n") || value.length > 80 ? (
                  <textarea id={`kept-${i}`} name={name} rows={Math.min(12, Math.max(3, value.split("\n").length + 1))}>
                    {value}
                  </textarea>
                ) : (
                  <input id={`kept-${i}`} type="text" name={name} value={value} />
                )}
              </div>
            ),
          )}
          <button type="submit" data-testid="send-again">
            {ctx.t("busy-send-again")}
          </button>
        </form>
      ) : null}
      {/* Home, not the form's own address: many console forms post to an address that has no page. */}
      <a class="button secondary" href="/console">
        {ctx.t("nav-home")}
      </a>
    </div>
  </Page>
);

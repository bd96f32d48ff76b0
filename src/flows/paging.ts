// Long lists of buttons, a page at a time: ◀ previous · next ▶ as buttons, and "page 2 of 5" said in
// the message itself — a counter drawn as a button looks pressable and does nothing.
import type { FlowContext } from "./context.js";
import type { Button } from "./types.js";

export function pageNavigation(ctx: FlowContext, page: number, pages: number, to: (page: number) => Button["data"]): Button[] {
  const nav: Button[] = [];
  if (page > 0) nav.push({ label: ctx.t("button-previous"), data: to(page - 1) });
  if (page + 1 < pages) nav.push({ label: ctx.t("button-next"), data: to(page + 1) });
  return nav;
}

/** The question with where the list stands, when it has more than one page. */
export function withPageCounter(ctx: FlowContext, text: string, page: number, pages: number): string {
  return pages > 1 ? `${text}${ctx.t("page-of", { page: page + 1, pages })}` : text;
}

/** Buttons two to a row. */
export function pairs(buttons: Button[]): Button[][] {
  const rows: Button[][] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  return rows;
}

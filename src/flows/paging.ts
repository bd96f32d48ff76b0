// The row under a long list of buttons: ◀ previous · 2/5 · next ▶.
import type { FlowContext } from "./context.js";
import { labelButton } from "./menu.js";
import type { Button } from "./types.js";

export function pageNavigation(ctx: FlowContext, page: number, pages: number, to: (page: number) => Button["data"]): Button[] {
  const nav: Button[] = [];
  if (page > 0) nav.push({ label: ctx.t("button-previous"), data: to(page - 1) });
  if (pages > 1) nav.push(labelButton(ctx.t("page-of", { page: page + 1, pages })));
  if (page + 1 < pages) nav.push({ label: ctx.t("button-next"), data: to(page + 1) });
  return nav;
}

/** Buttons two to a row. */
export function pairs(buttons: Button[]): Button[][] {
  const rows: Button[][] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  return rows;
}

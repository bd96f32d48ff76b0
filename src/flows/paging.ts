// The row under a long list of buttons: ◀ previous · 2/5 · next ▶.
import { button, type Choice } from "./choices.js";
import type { FlowContext } from "./context.js";
import type { Button } from "./types.js";

export function pageNavigation(ctx: FlowContext, page: number, pages: number, to: (page: number) => Choice): Button[] {
  const nav: Button[] = [];
  if (page > 0) nav.push(button(ctx.t("button-previous"), to(page - 1)));
  // The "2/5" label informs; pressing it does nothing.
  if (pages > 1) nav.push(button(ctx.t("page-of", { page: page + 1, pages }), { action: "nop" }));
  if (page + 1 < pages) nav.push(button(ctx.t("button-next"), to(page + 1)));
  return nav;
}

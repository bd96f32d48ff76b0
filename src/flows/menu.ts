// The main menu, help, and the answers to what the assistant does not understand.
import { idle, say, type FlowContext, type Outcome } from "./context.js";
import type { Reply } from "./types.js";

/** Main-menu entries, in the order shown. Only entries whose feature works are listed. */
export const menuItems = ["guide", "settings", "mydata", "help"] as const;
export type MenuItem = (typeof menuItems)[number];

export function menuKeyboard(ctx: FlowContext): string[][] {
  return [[ctx.t("menu-guide")], [ctx.t("menu-settings"), ctx.t("menu-mydata")], [ctx.t("menu-help")]];
}

/** A menu label typed or tapped (reply keyboards send their label as text), in either language. */
export function menuItemForText(ctx: FlowContext, text: string): MenuItem | null {
  const wanted = text.trim();
  for (const item of menuItems) {
    if (ctx.t(`menu-${item}`) === wanted) return item;
  }
  return null;
}

export function showMenu(ctx: FlowContext, textKey = "menu-intro"): Outcome {
  return say([{ kind: "text", text: ctx.t(textKey), menu: menuKeyboard(ctx) }], idle);
}

export function help(ctx: FlowContext): Outcome {
  return say(
    [
      {
        kind: "text",
        text: ctx.t(ctx.who.channel === "telegram" ? "help-text-telegram" : "help-text-web"),
        menu: menuKeyboard(ctx),
      },
    ],
    idle,
  );
}

export function unknownCommand(ctx: FlowContext, name: string): Outcome {
  return say([{ kind: "text", text: ctx.t("unknown-command", { command: `/${name}` }), menu: menuKeyboard(ctx) }]);
}

/** A button whose data we never drew, or one from a message whose moment has passed. */
export function staleButton(ctx: FlowContext): Outcome {
  return say([{ kind: "text", text: ctx.t("stale-button"), menu: menuKeyboard(ctx) }]);
}

export function unexpectedInput(ctx: FlowContext): Outcome {
  const reply: Reply = { kind: "text", text: ctx.t("unexpected-input"), menu: menuKeyboard(ctx) };
  return say([reply]);
}

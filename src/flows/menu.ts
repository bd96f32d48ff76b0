// The core module: the main menu, help, leaving a flow, and the answers for what nobody else understood.
// Its buttons open any module's menu entry by the module's name, or the main menu itself (the way back
// from the top of any list).
import { z } from "zod";
import { buttonCodec } from "./buttons.js";
import { idle, say, type FlowContext, type Outcome } from "./context.js";
import { flowModule, type Fallbacks } from "./module.js";
import type { Button } from "./types.js";

export const menuButtons = buttonCodec("m", {
  /** Opens the menu entry of the module with this name. */
  open: [z.string().regex(/^[a-z][a-z0-9-]{0,23}$/)],
  /** Back to the main menu, leaving whatever the person was doing. */
  menu: [],
});

/** An inline button that opens a module's menu entry. */
export const menuButton = (label: string, module: string): Button => menuButtons.button(label, "open", module);
/** "↩ Back" at the top of a list: to the main menu. */
export const backToMenu = (ctx: FlowContext): Button => menuButtons.button(ctx.t("button-back"), "menu");

export function showMenu(ctx: FlowContext, textKey = "menu-intro"): Outcome {
  return say([{ kind: "text", text: ctx.t(textKey), menu: ctx.menu() }], idle);
}

/** What linli does and how to use it, in words: buttons, not commands (commands still work for those who type them). */
export function help(ctx: FlowContext): Outcome {
  return say([{ kind: "text", text: ctx.t("help-intro"), menu: ctx.menu() }], idle);
}

export const fallbacks: Fallbacks = {
  unknownCommand: (ctx) => say([{ kind: "text", text: ctx.t("unknown-command"), menu: ctx.menu() }]),
  /** A button whose data we never drew, or one from a message whose moment has passed. */
  staleButton: (ctx) => say([{ kind: "text", text: ctx.t("stale-button"), menu: ctx.menu() }]),
  unexpected: (ctx) => say([{ kind: "text", text: ctx.t("unexpected-input"), menu: ctx.menu() }]),
};

export const menu = flowModule({
  name: "menu",
  commands: {
    menu: { run: (ctx) => showMenu(ctx), listed: true },
    help: { run: help, listed: true },
    // Leaving a flow: the flow may have something to do first (a conversation with staff ends).
    cancel: { run: (ctx) => ctx.registry.hooksOf(ctx.state.flow)?.leave?.(ctx) ?? showMenu(ctx, "cancelled"), listed: true },
  },
  menu: { label: "menu-help", position: 90, open: help },
  buttons: {
    codec: menuButtons,
    press(ctx, pressed) {
      if (pressed.action === "menu") return showMenu(ctx);
      const entry = ctx.registry.menuEntries().find((e) => e.module === pressed.values[0]);
      return entry ? entry.open(ctx) : fallbacks.staleButton(ctx);
    },
  },
});

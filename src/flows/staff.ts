// Staff in a private chat with the bot: opening their invitation (`/start s-<token>`) links the Telegram
// account to their staff account; `/console` sends a one-time console login link. Residents never see
// these: the command is not in their menus, and it answers only linked staff.
import { StaffRuleError } from "../domain/staff/errors.js";
import { consoleLoginPath, createConsoleLoginLink, linkTelegram } from "../domain/staff/links.js";
import { idle, say, type FlowContext, type Outcome } from "./context.js";
import { flowModule } from "./module.js";

async function invitation(ctx: FlowContext, token: string): Promise<Outcome> {
  if (ctx.who.channel !== "telegram") return say([{ kind: "text", text: ctx.t("staff-link-invalid"), menu: ctx.menu() }], idle);
  try {
    const member = await linkTelegram(ctx.deps, token, ctx.who.externalId);
    const name = ctx.lang === "en" ? (member.nameEn ?? member.nameZh) : member.nameZh;
    return say([{ kind: "text", text: ctx.t("staff-linked", { name }), menu: ctx.menu() }], idle);
  } catch (error) {
    if (error instanceof StaffRuleError) return say([{ kind: "text", text: ctx.t("staff-link-invalid"), menu: ctx.menu() }], idle);
    throw error;
  }
}

async function consoleLink(ctx: FlowContext): Promise<Outcome> {
  if (ctx.who.channel !== "telegram") return say([{ kind: "text", text: ctx.t("staff-not-linked") }]);
  if (!ctx.deps.publicUrl) return say([{ kind: "text", text: ctx.t("staff-console-no-url") }]);
  const link = await createConsoleLoginLink(ctx.deps, ctx.who.externalId);
  if (!link) return say([{ kind: "text", text: ctx.t("staff-not-linked") }]);
  const url = new URL(consoleLoginPath(link.token), ctx.deps.publicUrl).toString();
  // No link preview: fetching the page would use the one-time link up.
  return say([{ kind: "text", text: ctx.t("staff-console-link", { url }), noPreview: true }]);
}

export const staff = flowModule({
  name: "staff",
  commands: { console: { run: consoleLink } },
  deepLinks: { s: invitation },
});

// How a resident reaches a person when the assistant cannot help. Today: the phone of their own
// community's station (or the 12345 government hotline while they have no community). Tomorrow: the
// talk-to-a-person job (转人工) — when a module named PERSON_MODULE with a menu entry is listed, every
// "not found", every "I want a person" and every voice note offers it as a button, with no change here.
import { placeOf } from "../domain/places.js";
import { local } from "../i18n/index.js";
import type { FlowContext } from "./context.js";
import { menuButton } from "./menu.js";
import type { Button } from "./types.js";

/** The module name the talk-to-a-person job will have (docs/architecture.md, "Reaching a person"). */
export const PERSON_MODULE = "person";

/** "☎️ 社区服务站（花楼水塔社区）：027-5555-2001，周一至周五 …", or the general hotline without a community. */
export async function stationLine(ctx: FlowContext): Promise<string> {
  const place = ctx.resident.communityId ? await placeOf(ctx.deps, ctx.resident.communityId) : undefined;
  const c = place?.community;
  if (!c?.stationPhone) return ctx.t("reach-hotline");
  const hours = local(c, "stationHours", ctx.lang);
  return ctx.t(hours ? "reach-station" : "reach-station-no-hours", { community: local(c, "name", ctx.lang), phone: c.stationPhone, hours: hours ?? "" });
}

/** The button that hands the conversation to a person, once that job exists; null until then. */
export function personButton(ctx: FlowContext): Button | null {
  const entry = ctx.registry.menuEntries().find((e) => e.module === PERSON_MODULE);
  return entry ? menuButton(ctx.t(entry.label), PERSON_MODULE) : null;
}

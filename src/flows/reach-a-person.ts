// How a resident reaches a person when the assistant cannot help: the phone of their own community's
// station (or the 12345 government hotline while they have no community), and — where the deployment runs
// the talk-to-a-person job (转人工, ./human.ts), PERSON_MODULE — its button under every "not found" and
// every voice note the guide cannot take, and its entry for every "I want a person" (./words.ts).
import { placeOf } from "../domain/places.js";
import { local } from "../i18n/index.js";
import type { FlowContext } from "./context.js";
import { menuButton } from "./menu.js";
import type { Button } from "./types.js";

/** The talk-to-a-person job's module name (docs/architecture.md, "Reaching a person"). */
export const PERSON_MODULE = "human";

/** "☎️ 社区服务站（花楼水塔社区）：027-5555-2001，周一至周五 …", or the general hotline without a community. */
export async function stationLine(ctx: FlowContext): Promise<string> {
  const place = ctx.resident.communityId ? await placeOf(ctx.deps, ctx.resident.communityId) : undefined;
  const c = place?.community;
  if (!c?.stationPhone) return ctx.t("reach-hotline");
  const hours = local(c, "stationHours", ctx.lang);
  return ctx.t(hours ? "reach-station" : "reach-station-no-hours", { community: local(c, "name", ctx.lang), phone: c.stationPhone, hours: hours ?? "" });
}

/** The button that hands the conversation to a person; null where the job is not run. */
export function personButton(ctx: FlowContext): Button | null {
  const entry = ctx.registry.menuEntries().find((e) => e.module === PERSON_MODULE);
  return entry ? menuButton(ctx.t(entry.label), PERSON_MODULE) : null;
}

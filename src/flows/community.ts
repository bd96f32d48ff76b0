// The community card (四到社区) in chat: what residents ask all the time — the community's phone, where
// its office is and whether it is open now, who their grid worker is, the street's supervision phone, and
// what the office handles itself. Answer first (name, open now, phone, address); the rest one tap away.
import { z } from "zod";
import { communityCard, hoursText, type CommunityCard } from "../domain/staff/card.js";
import { buttonCodec } from "./buttons.js";
import { say, type FlowContext, type Outcome } from "./context.js";
import { flowModule } from "./module.js";
import { districtsStep } from "./onboarding.js";
import type { Reply } from "./types.js";
import { menuButton } from "./menu.js";

export const communityButtons = buttonCodec("c", {
  /** The grid workers, the supervision phone and the services handled here. */
  more: [],
});

/** What residents say when they want the card. */
const asksForCard = [
  /(社区|居委会|村委会?|网格员?|办公室|服务站).{0,6}(电话|号码|几点|时间|在哪|哪里|地址|是谁|上班|下班|开门)/,
  /^(我的)?(社区|网格员|居委会|村委会)(电话|是谁)?[?？。!！]*$/,
  /\b(community|office|grid worker)\b.{0,30}\b(phone|number|hours|open|address|where|who)\b/i,
  /\b(who is my grid worker|office hours)\b/i,
];

function mainCard(ctx: FlowContext, card: CommunityCard): Reply[] {
  const lang = ctx.lang;
  const unknown = ctx.t("community-unknown");
  const { opening } = card.office;
  const state = opening.open
    ? ctx.t("community-open-now")
    : opening.next
      ? ctx.t("community-opens-at", { day: ctx.t(`weekday-${opening.next.weekday}`), time: opening.next.time })
      : ctx.t("community-closed-long");
  const lines = [
    ctx.t("community-card", {
      community: card.community.name[lang],
      state,
      phone: card.office.phone ?? unknown,
      address: card.office.address?.[lang] ?? unknown,
    }),
  ];
  const hours = hoursText(card.office.hours, card.office.hoursNote, lang);
  if (hours) lines.push(ctx.t("community-hours", { hours }));
  const replies: Reply[] = [
    {
      kind: "text",
      text: lines.join("\n"),
      buttons: [[communityButtons.button(ctx.t("button-community-more"), "more")], [menuButton(ctx.t("button-community-guide"), "guide")]],
    },
  ];
  if (card.office.location) {
    replies.push({ kind: "place", latitude: card.office.location.lat, longitude: card.office.location.lon, title: card.community.name[lang], address: card.office.address?.[lang] ?? "" });
  }
  return replies;
}

function moreCard(ctx: FlowContext, card: CommunityCard): Reply {
  const lang = ctx.lang;
  const lines: string[] = [];
  for (const grid of card.grids) {
    const workers = grid.workers.map((w) => (w.phone ? ctx.t("community-worker", { name: w.name[lang], phone: w.phone }) : ctx.t("community-worker-nophone", { name: w.name[lang] })));
    lines.push(workers.length ? ctx.t("community-grid", { grid: grid.name[lang], workers: workers.join(ctx.t("list-separator")) }) : ctx.t("community-grid-none", { grid: grid.name[lang] }));
  }
  if (card.supervisionPhone) lines.push(ctx.t("community-supervision", { street: card.street.name[lang], phone: card.supervisionPhone }));
  const shown = card.services.slice(0, 8).map((s) => s.title[lang]);
  if (shown.length) {
    const rest = card.services.length - shown.length;
    lines.push(ctx.t("community-services", { services: shown.join(ctx.t("list-separator")) + (rest > 0 ? ` ${ctx.t("community-services-more", { count: rest })}` : "") }));
  }
  return { kind: "text", text: lines.join("\n"), buttons: [[menuButton(ctx.t("button-community-guide"), "guide")]] };
}

async function showCard(ctx: FlowContext, more = false): Promise<Outcome> {
  if (ctx.resident.communityId === null) {
    return say([{ kind: "text", text: ctx.t("community-choose") }, await districtsStep(ctx, 0)], { flow: "community", step: "choose", data: {} });
  }
  const card = await communityCard(ctx.deps, ctx.resident.communityId);
  return say(more ? [moreCard(ctx, card)] : mainCard(ctx, card));
}

export const community = flowModule({
  name: "community",
  commands: { community: { run: (ctx) => showCard(ctx), listed: true } },
  menu: { label: "menu-community", position: 50, open: (ctx) => showCard(ctx) },
  buttons: { codec: communityButtons, press: (ctx) => showCard(ctx, true) },
  state: z.object({ step: z.literal("choose"), data: z.object({}) }),
  claim: (ctx, input) => (input.kind === "text" && asksForCard.some((p) => p.test(input.text.trim())) ? showCard(ctx) : null),
  afterCommunity: (ctx) => showCard(ctx),
});

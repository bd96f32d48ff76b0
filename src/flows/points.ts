// ⭐ 我的积分 / My points: the balance (own and household), the rank in the community this year, the last
// entries in plain words, how to earn (the rulebook by category), the shop with vouchers, sending points
// to family, joining a household with the head's code, and claims with a photo for staff to approve.
// Every change is a confirmation away, and the confirmation button carries only a one-time word kept in
// the conversation: a forged or old button changes nothing. Amounts, recipients and items are read again
// when the person confirms.
import { z } from "zod";
import type { Change } from "../domain/change.js";
import { together } from "../domain/change.js";
import {
  accountByCode,
  accountOf,
  householdOf,
  joinCodeChange,
  joinHousehold,
  leaveHouseholdChange,
  membersOfHousehold,
  showCode,
  accountById,
  type PointAccount,
} from "../domain/points/accounts.js";
import { pointsCard, statementPage, type EntryView } from "../domain/points/card.js";
import { claimChange, claimableRules } from "../domain/points/claims.js";
import { planChange, refusalChange, transferPlan, type Plan, type Refusal } from "../domain/points/ledger.js";
import { tellResident, type PointsNoticeName } from "../domain/points/notices.js";
import { byCategory, ruleOfCode, rulesOfDistrict, type PointRule } from "../domain/points/rules.js";
import { redemptionFor, shopItem, shopItems, showVoucherCode, vouchersOf, type PointItem } from "../domain/points/shop.js";
import { placeOf } from "../domain/places.js";
import { pageOf } from "../domain/paging.js";
import { local } from "../i18n/index.js";
import { pointCategories, type PointCategory } from "../vocabulary.js";
import { buttonCodec, field } from "./buttons.js";
import { idle, say, type FlowContext, type FlowState, type Outcome } from "./context.js";
import { flowModule } from "./module.js";
import { privacyNotice } from "./onboarding.js";
import { pageNavigation } from "./paging.js";
import type { Button, Input, Reply } from "./types.js";
import { formatMoment } from "../intl.js";

const nonce = z.string().regex(/^[A-Za-z0-9_-]{12}$/);
const categoryField = field.oneOf(pointCategories as unknown as [PointCategory, ...PointCategory[]]);

export const pointsButtons = buttonCodec("pt", {
  /** The points card. */
  home: [],
  /** The statement, entries older than this id (0: the newest). */
  hist: [field.id],
  /** How to earn: the categories. */
  earn: [],
  /** A category's rules, a page of them. */
  cat: [categoryField, field.page],
  /** The shop, a page of items. */
  shop: [field.page],
  /** One item. */
  item: [field.id],
  /** Redeem this item (asks to confirm). */
  buy: [field.id],
  /** Send points: choose who. */
  send: [],
  /** Send to this account (one's household or a member of it). */
  to: [field.id],
  /** Send this many (asks to confirm). */
  amt: [field.id],
  /** Yes, to what was just asked (a one-time word from the conversation). */
  ok: [nonce],
  /** No: back to the points card. */
  no: [],
  /** My household. */
  hh: [],
  /** A code for a family member to join (the head). */
  inv: [],
  /** Join a household with a code. */
  join: [],
  /** Leave the household (asks to confirm). */
  leave: [],
  /** Claim points: the rules one may claim. */
  claim: [field.page],
  /** Claim under this rule. */
  cr: [field.id],
  /** No photo for the claim. */
  skip: [],
  /** My vouchers. */
  vch: [],
});

const steps = ["send-to", "send-amount", "send-confirm", "redeem-confirm", "join-code", "claim-text", "claim-photo", "claim-confirm", "leave-confirm"] as const;
type Step = (typeof steps)[number];

const stateSchema = z.object({
  step: z.enum(steps),
  data: z
    .object({
      to: z.number().int().positive().optional(),
      toName: z.string().max(80).optional(),
      amount: z.number().int().positive().optional(),
      item: z.number().int().positive().optional(),
      rule: z.number().int().positive().optional(),
      text: z.string().max(500).optional(),
      photo: z.string().max(300).nullable().optional(),
      nonce: nonce.optional(),
    })
    .strict(),
});
type Data = z.infer<typeof stateSchema>["data"];

const at = (step: Step, data: Data = {}): FlowState => ({ flow: "points", step, data });

function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_");
}

const PAGE = 6;
const QUICK_AMOUNTS = [1, 5, 10, 20, 50];

const text = (t: string, buttons?: Button[][]): Reply => ({ kind: "text", text: t, ...(buttons ? { buttons } : {}) });
const back = (ctx: FlowContext) => pointsButtons.button(ctx.t("points-button-back"), "home");
const stale = (ctx: FlowContext) => say([{ kind: "text", text: ctx.t("stale-button"), menu: ctx.menu() }]);

/** "11月20日" / "20 Nov", in the community's time zone. */
function day(ctx: FlowContext, epochMs: number): string {
  return formatMoment(ctx.lang, epochMs, { month: ctx.lang === "zh" ? "long" : "short", day: "numeric", timeZone: ctx.deps.defaultTimeZone });
}

const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

/** How an account on the other side of an entry is named to a resident. */
function otherName(ctx: FlowContext, other: PointAccount | undefined): string {
  if (!other) return "";
  if (other.kind === "household") return ctx.t("points-other-household");
  if (other.kind === "resident") return other.memberCode ? showCode(other.memberCode) : ctx.t("points-other-someone");
  return "";
}

/** "+5 垃圾分类督导 11月20日" */
export function entryLine(ctx: FlowContext, e: EntryView): string {
  const t = e.transfer;
  const rule = e.rule ? local(e.rule, "name", ctx.lang) : undefined;
  const item = e.itemName?.[ctx.lang];
  let what: string;
  switch (t.kind) {
    case "award":
      what = rule ?? ctx.t("points-entry-award");
      break;
    case "penalty":
      what = t.shortfall > 0 ? ctx.t("points-entry-penalty-short", { what: rule ?? ctx.t("points-entry-penalty"), shortfall: t.shortfall }) : (rule ?? ctx.t("points-entry-penalty"));
      break;
    case "transfer":
      what = ctx.t(e.signed >= 0 ? "points-entry-from" : "points-entry-to", { who: otherName(ctx, e.other) });
      break;
    case "redemption":
      what = ctx.t("points-entry-redeemed", { item: item ?? "" });
      break;
    case "reversal":
      what = ctx.t("points-entry-reversal", { what: rule ?? item ?? "" });
      break;
  }
  return `${signed(e.signed)} ${what} ${day(ctx, t.at)}`;
}

// ── the points card ─────────────────────────────────────────────────────────────────────────────

/** Points keep a record about the person: only with their consent, and in a community. */
function needsMore(ctx: FlowContext): Outcome | null {
  if (ctx.resident.consent !== "given") return say([text(ctx.t("points-needs-consent")), privacyNotice(ctx)], idle);
  if (ctx.resident.communityId === null) return say([{ kind: "text", text: ctx.t("points-needs-community"), menu: ctx.menu() }], idle);
  return null;
}

async function home(ctx: FlowContext, notice?: string): Promise<Outcome> {
  const missing = needsMore(ctx);
  if (missing) return missing;
  const card = (await pointsCard(ctx.deps, ctx.resident))!;
  const lines = [
    ...(notice ? [notice, ""] : []),
    ctx.t("points-balance", { points: card.account.balance, code: card.account.memberCode ? showCode(card.account.memberCode) : "" }),
    card.household ? ctx.t("points-household-balance", { points: card.household.account.balance, name: card.household.household.name }) : ctx.t("points-no-household"),
    card.rank ? ctx.t("points-rank", { rank: card.rank, earned: card.earnedThisYear }) : ctx.t("points-no-rank"),
  ];
  if (card.recent.length) lines.push("", ctx.t("points-recent"), ...card.recent.map((e) => entryLine(ctx, e)));
  const pending = card.claims.filter((c) => c.status === "pending").length;
  const decided = card.claims.find((c) => c.status !== "pending");
  if (pending) lines.push("", ctx.t("points-claims-pending", { count: pending }));
  else if (decided && decided.decidedAt !== null && ctx.deps.now() - decided.decidedAt < 14 * 24 * 60 * 60 * 1000) {
    lines.push("", ctx.t(decided.status === "approved" ? "points-claim-was-approved" : "points-claim-was-rejected", { points: decided.amount, reason: decided.reason ?? "" }));
  }
  const buttons = [
    [pointsButtons.button(ctx.t("points-button-earn"), "earn"), pointsButtons.button(ctx.t("points-button-shop"), "shop", 0)],
    [pointsButtons.button(ctx.t("points-button-send"), "send"), pointsButtons.button(ctx.t("points-button-household"), "hh")],
    [pointsButtons.button(ctx.t("points-button-claim"), "claim", 0), pointsButtons.button(ctx.t("points-button-vouchers"), "vch")],
    [pointsButtons.button(ctx.t("points-button-history"), "hist", 0)],
  ];
  return { replies: [text(lines.join("\n"), buttons)], state: idle, ...(card.change ? { writes: card.change } : {}) };
}

/** The person's account, or the card (which makes it) when there is none yet. */
async function withAccount(ctx: FlowContext, then: (account: PointAccount) => Promise<Outcome> | Outcome): Promise<Outcome> {
  const missing = needsMore(ctx);
  if (missing) return missing;
  const account = await accountOf(ctx.deps, ctx.resident);
  if (!account || account.communityId !== ctx.resident.communityId) return home(ctx);
  return then(account);
}

async function history(ctx: FlowContext, before: number): Promise<Outcome> {
  return withAccount(ctx, async (account) => {
    const page = await statementPage(ctx.deps, account, 8, before === 0 ? undefined : before);
    const lines = page.entries.length ? page.entries.map((e) => entryLine(ctx, e)) : [ctx.t("points-history-empty")];
    const nav: Button[] = [];
    if (page.more) nav.push(pointsButtons.button(ctx.t("points-button-older"), "hist", page.entries.at(-1)!.transfer.id));
    nav.push(back(ctx));
    return say([text([ctx.t("points-history", { points: account.balance }), ...lines].join("\n"), [nav])]);
  });
}

// ── how to earn ─────────────────────────────────────────────────────────────────────────────────

async function districtRules(ctx: FlowContext): Promise<PointRule[]> {
  const place = ctx.resident.communityId ? await placeOf(ctx.deps, ctx.resident.communityId) : undefined;
  return rulesOfDistrict(ctx.deps, place?.district.id ?? null);
}

async function earn(ctx: FlowContext): Promise<Outcome> {
  const rules = await districtRules(ctx);
  if (rules.length === 0) return say([text(ctx.t("points-rules-empty"), [[back(ctx)]])]);
  const groups = byCategory(rules);
  const rows = pointCategories.filter((c) => groups.get(c)!.length).map((c) => [pointsButtons.button(ctx.t(`points-category-${c}`), "cat", c, 0)]);
  rows.push([back(ctx)]);
  const intro = [ctx.t("points-earn-intro"), ...(rules.some((r) => r.example) ? [ctx.t("points-rules-example")] : [])];
  return say([text(intro.join("\n"), rows)]);
}

async function category(ctx: FlowContext, c: PointCategory, page: number): Promise<Outcome> {
  const rules = byCategory(await districtRules(ctx)).get(c)!;
  const shown = pageOf(rules, page, PAGE);
  const lines = shown.items.map((r) => `${signed(r.points)} ${local(r, "name", ctx.lang)}${r.claimable ? " 🙋" : ""}`);
  const rows: Button[][] = [];
  const nav = pageNavigation(ctx, shown.page, shown.pages, (p) => pointsButtons.encode("cat", c, p));
  if (nav.length) rows.push(nav);
  rows.push([pointsButtons.button(ctx.t("points-button-categories"), "earn"), back(ctx)]);
  return say([text([ctx.t(`points-category-${c}`), ...lines, ...(rules.some((r) => r.claimable) ? [ctx.t("points-claimable-hint")] : [])].join("\n"), rows)]);
}

// ── the shop ────────────────────────────────────────────────────────────────────────────────────

async function shop(ctx: FlowContext, page: number): Promise<Outcome> {
  return withAccount(ctx, async (account) => {
    const items = await shopItems(ctx.deps, account.communityId, { activeOnly: true });
    if (items.length === 0) return say([text(ctx.t("points-shop-empty"), [[back(ctx)]])]);
    const shown = pageOf(items, page, PAGE);
    const rows = shown.items.map((i) => [pointsButtons.button(ctx.t("points-item-button", { name: local(i, "name", ctx.lang), points: i.points }), "item", i.id)]);
    const nav = pageNavigation(ctx, shown.page, shown.pages, (p) => pointsButtons.encode("shop", p));
    if (nav.length) rows.push(nav);
    rows.push([back(ctx)]);
    return say([text(ctx.t("points-shop-intro", { points: account.balance }), rows)]);
  });
}

/** An item of the person's community's shop that is offered, or undefined. */
async function itemHere(ctx: FlowContext, account: PointAccount, id: number): Promise<PointItem | undefined> {
  const item = await shopItem(ctx.deps, id);
  return item && item.active && item.communityId === account.communityId ? item : undefined;
}

function itemText(ctx: FlowContext, item: PointItem): string {
  const description = local(item, "description", ctx.lang);
  return [
    `🛒 ${local(item, "name", ctx.lang)}`,
    ...(description ? [description] : []),
    ctx.t("points-item-points", { points: item.points }),
    item.stock > 0 ? ctx.t("points-item-stock", { stock: item.stock }) : ctx.t("points-item-sold-out"),
    ctx.t("points-item-pickup", { place: local(item, "pickup", ctx.lang), hours: local(item, "hours", ctx.lang) }),
  ].join("\n");
}

async function showItem(ctx: FlowContext, id: number): Promise<Outcome> {
  return withAccount(ctx, async (account) => {
    const item = await itemHere(ctx, account, id);
    if (!item) return stale(ctx);
    const rows: Button[][] = [];
    if (item.stock > 0 && account.balance >= item.points) rows.push([pointsButtons.button(ctx.t("points-button-redeem"), "buy", item.id)]);
    rows.push([pointsButtons.button(ctx.t("points-button-shop"), "shop", 0), back(ctx)]);
    const why = item.stock > 0 && account.balance < item.points ? [ctx.t("points-item-not-enough", { points: account.balance })] : [];
    return say([text([itemText(ctx, item), ...why].join("\n"), rows)]);
  });
}

function confirmRows(ctx: FlowContext, word: string, yes: string): Button[][] {
  return [[pointsButtons.button(yes, "ok", word), pointsButtons.button(ctx.t("points-button-cancel"), "no")]];
}

async function askRedeem(ctx: FlowContext, id: number): Promise<Outcome> {
  return withAccount(ctx, async (account) => {
    const item = await itemHere(ctx, account, id);
    if (!item) return stale(ctx);
    if (item.stock < 1) return say([text(ctx.t("points-refused-stock"), [[pointsButtons.button(ctx.t("points-button-shop"), "shop", 0)]])]);
    if (account.balance < item.points) return say([text(ctx.t("points-refused-short", { points: account.balance }), [[back(ctx)]])]);
    const word = newNonce();
    return say(
      [text(ctx.t("points-redeem-confirm", { item: local(item, "name", ctx.lang), points: item.points, after: account.balance - item.points }), confirmRows(ctx, word, ctx.t("points-button-redeem-yes")))],
      at("redeem-confirm", { item: item.id, nonce: word }),
    );
  });
}

/** What to say when the ledger refused, as it is now; and what the refusal leaves behind. */
function refusal(ctx: FlowContext, plan: Plan, fallback: Refusal, reply: (reason: Refusal) => Reply[]) {
  return async (): Promise<Outcome> => {
    const reason = (await plan.diagnose(ctx.deps)) ?? fallback;
    return { replies: reply(reason), state: idle, writes: refusalChange(ctx.deps, plan, reason) };
  };
}

async function redeem(ctx: FlowContext, data: Data): Promise<Outcome> {
  return withAccount(ctx, async (account) => {
    const item = data.item ? await itemHere(ctx, account, data.item) : undefined;
    if (!item) return stale(ctx);
    const { plan, voucherCode } = await redemptionFor(ctx.deps, account, item, `chat:${ctx.resident.id}:${data.nonce}`);
    const refusedReply = (reason: Refusal): Reply[] => [
      text(reason === "stock" ? ctx.t("points-refused-stock") : ctx.t("points-refused-short", { points: account.balance }), [[pointsButtons.button(ctx.t("points-button-shop"), "shop", 0), back(ctx)]]),
    ];
    if (item.stock < 1 || account.balance < item.points) return { replies: refusedReply(item.stock < 1 ? "stock" : "short"), state: idle };
    const code = showVoucherCode(voucherCode);
    return {
      replies: [
        {
          kind: "text",
          text: ctx.t("points-redeemed", { item: local(item, "name", ctx.lang), code, place: local(item, "pickup", ctx.lang), hours: local(item, "hours", ctx.lang), points: account.balance - item.points }),
          qr: voucherCode,
          buttons: [[pointsButtons.button(ctx.t("points-button-vouchers"), "vch"), back(ctx)]],
        },
      ],
      state: idle,
      writes: planChange(plan),
      refused: refusal(ctx, plan, "stock", refusedReply),
    };
  });
}

async function vouchers(ctx: FlowContext): Promise<Outcome> {
  return withAccount(ctx, async (account) => {
    const list = await vouchersOf(ctx.deps, account.id);
    if (list.length === 0) return say([text(ctx.t("points-vouchers-empty"), [[pointsButtons.button(ctx.t("points-button-shop"), "shop", 0), back(ctx)]])]);
    const replies: Reply[] = [];
    const reserved = list.filter((v) => v.status === "reserved").slice(0, 3);
    for (const v of reserved) {
      const item = await shopItem(ctx.deps, v.itemId);
      replies.push({
        kind: "text",
        text: ctx.t("points-voucher", { item: item ? local(item, "name", ctx.lang) : "", code: showVoucherCode(v.code), place: item ? local(item, "pickup", ctx.lang) : "", hours: item ? local(item, "hours", ctx.lang) : "" }),
        qr: v.code,
      });
    }
    const older = list.filter((v) => !reserved.includes(v)).slice(0, 8);
    const lines: string[] = [];
    for (const v of older) {
      const item = await shopItem(ctx.deps, v.itemId);
      lines.push(ctx.t(`points-voucher-${v.status}`, { item: item ? local(item, "name", ctx.lang) : "", code: showVoucherCode(v.code), date: day(ctx, v.closedAt ?? v.createdAt) }));
    }
    replies.push(text([reserved.length ? ctx.t("points-vouchers-show") : ctx.t("points-vouchers-none-open"), ...lines].join("\n"), [[back(ctx)]]));
    return say(replies);
  });
}

// ── sending points ──────────────────────────────────────────────────────────────────────────────

/** Whom a resident may send to with a tap: their household and its other members. */
async function familyTargets(ctx: FlowContext, account: PointAccount): Promise<{ account: PointAccount; name: string }[]> {
  const household = await householdOf(ctx.deps, ctx.resident);
  if (!household) return [];
  const out = [{ account: household.account, name: ctx.t("points-to-household", { name: household.household.name }) }];
  for (const member of await membersOfHousehold(ctx.deps, household.household.id)) {
    if (member.id !== account.id && member.memberCode) out.push({ account: member, name: showCode(member.memberCode) });
  }
  return out;
}

async function askRecipient(ctx: FlowContext): Promise<Outcome> {
  return withAccount(ctx, async (account) => {
    if (account.balance < 1) return say([text(ctx.t("points-send-nothing"), [[back(ctx)]])]);
    const targets = await familyTargets(ctx, account);
    const rows = targets.map((t) => [pointsButtons.button(t.name, "to", t.account.id)]);
    rows.push([back(ctx)]);
    return say([text(ctx.t(targets.length ? "points-send-to" : "points-send-to-code"), rows)], at("send-to"));
  });
}

async function recipientChosen(ctx: FlowContext, to: PointAccount, name: string): Promise<Outcome> {
  return withAccount(ctx, async (account) => {
    if (to.id === account.id) return say([text(ctx.t("points-send-self"), [[back(ctx)]])], at("send-to"));
    const quick = QUICK_AMOUNTS.filter((n) => n <= account.balance).map((n) => pointsButtons.button(String(n), "amt", n));
    const rows = quick.length ? [quick, [back(ctx)]] : [[back(ctx)]];
    return say([text(ctx.t("points-send-amount", { who: name, points: account.balance }), rows)], at("send-amount", { to: to.id, toName: name }));
  });
}

async function recipientPressed(ctx: FlowContext, id: number): Promise<Outcome> {
  if (ctx.state.flow !== "points" || ctx.state.step !== "send-to") return stale(ctx);
  return withAccount(ctx, async (account) => {
    // Only what was offered: the household and its members, read again now.
    const target = (await familyTargets(ctx, account)).find((t) => t.account.id === id);
    return target ? recipientChosen(ctx, target.account, target.name) : stale(ctx);
  });
}

async function recipientTyped(ctx: FlowContext, typed: string): Promise<Outcome> {
  return withAccount(ctx, async (account) => {
    const to = await accountByCode(ctx.deps, typed);
    if (!to || to.kind !== "resident") return say([text(ctx.t("points-send-unknown-code"), [[back(ctx)]])], at("send-to"));
    if (to.id === account.id) return say([text(ctx.t("points-send-self"), [[back(ctx)]])], at("send-to"));
    return recipientChosen(ctx, to, showCode(to.memberCode!));
  });
}

/** "12", "１２", "12分": a whole number above 0; anything else is null. */
export function parseAmount(typed: string): number | null {
  const t = typed.normalize("NFKC").trim().replace(/\s*(分|积分|points?|pts?)$/i, "");
  return /^\d{1,9}$/.test(t) && Number(t) > 0 ? Number(t) : null;
}

async function amountChosen(ctx: FlowContext, amount: number | null): Promise<Outcome> {
  const data = ctx.state.data as Data;
  if (ctx.state.flow !== "points" || ctx.state.step !== "send-amount" || !data.to) return stale(ctx);
  return withAccount(ctx, async (account) => {
    if (amount === null) return say([text(ctx.t("points-send-amount-invalid"), [[back(ctx)]])]);
    if (amount > account.balance) return say([text(ctx.t("points-send-amount-too-much", { points: account.balance }), [[back(ctx)]])]);
    const word = newNonce();
    return say(
      [text(ctx.t("points-send-confirm", { who: data.toName ?? "", amount, after: account.balance - amount }), confirmRows(ctx, word, ctx.t("points-button-send-yes")))],
      at("send-confirm", { ...data, amount, nonce: word }),
    );
  });
}

async function send(ctx: FlowContext, data: Data): Promise<Outcome> {
  return withAccount(ctx, async (account) => {
    const to = data.to ? await accountById(ctx.deps, data.to) : undefined;
    if (!to || !data.amount || to.id === account.id) return stale(ctx);
    const plan = transferPlan({ key: `chat:${ctx.resident.id}:${data.nonce}`, at: ctx.deps.now(), timeZone: ctx.deps.defaultTimeZone, from: account, to, amount: data.amount });
    const short = (): Reply[] => [text(ctx.t("points-refused-short", { points: account.balance }), [[back(ctx)]])];
    if (account.balance < data.amount) return { replies: short(), state: idle };
    const told = await tellResident(ctx.deps, to, { name: "points-received", about: plan.key, args: { points: data.amount, from: account.memberCode } });
    return {
      replies: [text(ctx.t("points-sent", { who: data.toName ?? "", amount: data.amount, points: account.balance - data.amount }), [[back(ctx)]])],
      state: idle,
      writes: together(planChange(plan), told),
      refused: refusal(ctx, plan, "short", short),
    };
  });
}

// ── the household ───────────────────────────────────────────────────────────────────────────────

async function household(ctx: FlowContext): Promise<Outcome> {
  return withAccount(ctx, async () => {
    const mine = await householdOf(ctx.deps, ctx.resident);
    if (!mine) {
      return say([text(ctx.t("points-household-none"), [[pointsButtons.button(ctx.t("points-button-join"), "join")], [back(ctx)]])]);
    }
    const members = await membersOfHousehold(ctx.deps, mine.household.id);
    const lines = [
      ctx.t("points-household", { name: mine.household.name, points: mine.account.balance }),
      ctx.t("points-household-members", { members: members.map((m) => (m.memberCode ? showCode(m.memberCode) : "—")).join(ctx.t("list-separator")) }),
    ];
    const rows: Button[][] = [];
    if (mine.head) rows.push([pointsButtons.button(ctx.t("points-button-invite"), "inv")]);
    else rows.push([pointsButtons.button(ctx.t("points-button-leave"), "leave")]);
    rows.push([back(ctx)]);
    return say([text(lines.join("\n"), rows)]);
  });
}

async function invite(ctx: FlowContext): Promise<Outcome> {
  return withAccount(ctx, async () => {
    const mine = await householdOf(ctx.deps, ctx.resident);
    if (!mine?.head) return stale(ctx);
    const { code, change } = joinCodeChange(ctx.deps, mine.household.id);
    return { replies: [text(ctx.t("points-invite-code", { code: showCode(code) }), [[back(ctx)]])], state: idle, writes: change };
  });
}

async function joinTyped(ctx: FlowContext, typed: string): Promise<Outcome> {
  return withAccount(ctx, async () => {
    const joined = await joinHousehold(ctx.deps, ctx.resident, typed);
    if ("refused" in joined) {
      const retry = joined.refused === "already-member" || joined.refused === "other-community" ? idle : at("join-code");
      return say([text(ctx.t(`points-join-${joined.refused}`), [[back(ctx)]])], retry);
    }
    return {
      replies: [text(ctx.t("points-joined", { name: joined.household.name }), [[pointsButtons.button(ctx.t("points-button-household"), "hh"), back(ctx)]])],
      state: idle,
      writes: joined.change,
      refused: () => say([text(ctx.t("points-join-used-code"), [[back(ctx)]])], idle),
    };
  });
}

async function askLeave(ctx: FlowContext): Promise<Outcome> {
  return withAccount(ctx, async () => {
    const mine = await householdOf(ctx.deps, ctx.resident);
    if (!mine || mine.head) return stale(ctx);
    const word = newNonce();
    return say([text(ctx.t("points-leave-confirm", { name: mine.household.name }), confirmRows(ctx, word, ctx.t("points-button-leave-yes")))], at("leave-confirm", { nonce: word }));
  });
}

async function leave(ctx: FlowContext): Promise<Outcome> {
  const mine = await householdOf(ctx.deps, ctx.resident);
  if (!mine || mine.head) return stale(ctx);
  return { replies: [text(ctx.t("points-left", { name: mine.household.name }), [[back(ctx)]])], state: idle, writes: leaveHouseholdChange(ctx.resident) };
}

// ── claims ──────────────────────────────────────────────────────────────────────────────────────

async function claimStart(ctx: FlowContext, page: number): Promise<Outcome> {
  return withAccount(ctx, async (account) => {
    const rules = await claimableRules(ctx.deps, account);
    if (rules.length === 0) return say([text(ctx.t("points-claim-none"), [[back(ctx)]])]);
    const shown = pageOf(rules, page, PAGE);
    const rows = shown.items.map((r) => [pointsButtons.button(`${signed(r.points)} ${local(r, "name", ctx.lang)}`, "cr", r.id)]);
    const nav = pageNavigation(ctx, shown.page, shown.pages, (p) => pointsButtons.encode("claim", p));
    if (nav.length) rows.push(nav);
    rows.push([back(ctx)]);
    return say([text(ctx.t("points-claim-intro"), rows)]);
  });
}

async function claimRule(ctx: FlowContext, ruleId: number): Promise<Outcome> {
  return withAccount(ctx, async (account) => {
    const rule = (await claimableRules(ctx.deps, account)).find((r) => r.id === ruleId);
    if (!rule) return stale(ctx);
    return say([text(ctx.t("points-claim-ask-text", { rule: local(rule, "name", ctx.lang) }), [[back(ctx)]])], at("claim-text", { rule: rule.id }));
  });
}

function claimTyped(ctx: FlowContext, typed: string): Outcome {
  const data = ctx.state.data as Data;
  const said = typed.trim();
  if (said.length < 4) return say([text(ctx.t("points-claim-text-short"), [[back(ctx)]])]);
  if (said.length > 500) return say([text(ctx.t("points-claim-text-long"), [[back(ctx)]])]);
  return say([text(ctx.t("points-claim-ask-photo"), [[pointsButtons.button(ctx.t("points-button-skip-photo"), "skip")], [back(ctx)]])], at("claim-photo", { rule: data.rule, text: said }));
}

async function claimConfirm(ctx: FlowContext, photo: string | null): Promise<Outcome> {
  const data = ctx.state.data as Data;
  if (ctx.state.flow !== "points" || ctx.state.step !== "claim-photo" || !data.rule || !data.text) return stale(ctx);
  return withAccount(ctx, async (account) => {
    const rule = (await claimableRules(ctx.deps, account)).find((r) => r.id === data.rule);
    if (!rule) return stale(ctx);
    const word = newNonce();
    const summary = ctx.t("points-claim-confirm", { rule: local(rule, "name", ctx.lang), points: rule.points, text: data.text!, photo: photo ? ctx.t("points-claim-with-photo") : ctx.t("points-claim-without-photo") });
    return say([text(summary, confirmRows(ctx, word, ctx.t("points-button-claim-yes")))], at("claim-confirm", { ...data, photo, nonce: word }));
  });
}

async function claim(ctx: FlowContext, data: Data): Promise<Outcome> {
  return withAccount(ctx, async (account) => {
    const rule = (await claimableRules(ctx.deps, account)).find((r) => r.id === data.rule);
    if (!rule || !data.text) return stale(ctx);
    const change: Change = claimChange(ctx.deps, account, rule, { text: data.text, photo: data.photo ?? null, key: `claim:${ctx.resident.id}:${data.nonce}` });
    return { replies: [text(ctx.t("points-claimed", { rule: local(rule, "name", ctx.lang), points: rule.points }), [[back(ctx)]])], state: idle, writes: change };
  });
}

// ── notices (what the outbox delivers) ──────────────────────────────────────────────────────────

const str = (v: unknown) => (v === null || v === undefined ? "" : String(v));

/**
 * What a resident is told about their points when it is not the answer to what they just sent, rendered
 * at delivery in their language (src/domain/points/notices.ts queues them). The outbox calls these by
 * name through the module's `notices`.
 */
/** A rule's name in the reader's language (a rule no longer in the rulebook: its code). */
async function ruleName(ctx: FlowContext, code: unknown): Promise<string> {
  const rule = await ruleOfCode(ctx.deps, str(code));
  return rule ? local(rule, "name", ctx.lang) : str(code);
}

export const pointsNotices: Record<PointsNoticeName, (ctx: FlowContext, args: Record<string, unknown>) => Promise<Reply[]>> = {
  "points-received": async (ctx, a) => [text(ctx.t("notice-points-received", { from: a.from ? showCode(str(a.from)) : ctx.t("points-other-someone"), points: Number(a.points) }), [[back(ctx)]])],
  "claim-approved": async (ctx, a) => [text(ctx.t("notice-claim-approved", { rule: await ruleName(ctx, a.rule), points: Number(a.points) }), [[back(ctx)]])],
  "claim-rejected": async (ctx, a) => [text(ctx.t("notice-claim-rejected", { rule: await ruleName(ctx, a.rule), reason: str(a.reason) }), [[back(ctx)]])],
  "voucher-cancelled": async (ctx, a) => [text(ctx.t("notice-voucher-cancelled", { voucher: showVoucherCode(str(a.voucher)), points: Number(a.points) }), [[back(ctx)]])],
  "award-received": async (ctx, a) => [text(ctx.t("notice-award-received", { rule: await ruleName(ctx, a.rule), points: Number(a.points) }), [[back(ctx)]])],
};

// ── the module ──────────────────────────────────────────────────────────────────────────────────

/** "Yes" to what was just asked: only with the word the conversation holds for it. */
function confirmed(ctx: FlowContext, word: string): Promise<Outcome> | Outcome {
  const data = ctx.state.data as Data;
  if (ctx.state.flow !== "points" || !data.nonce || data.nonce !== word) return stale(ctx);
  switch (ctx.state.step as Step) {
    case "send-confirm":
      return send(ctx, data);
    case "redeem-confirm":
      return redeem(ctx, data);
    case "claim-confirm":
      return claim(ctx, data);
    case "leave-confirm":
      return leave(ctx);
    default:
      return stale(ctx);
  }
}

function resume(ctx: FlowContext, input: Input): Promise<Outcome> | Outcome | null {
  const step = ctx.state.step as Step;
  if (input.kind === "photo" && step === "claim-photo") return claimConfirm(ctx, input.ref);
  if (input.kind !== "text") return null;
  switch (step) {
    case "send-to":
      return recipientTyped(ctx, input.text);
    case "send-amount":
      return amountChosen(ctx, parseAmount(input.text));
    case "join-code":
      return joinTyped(ctx, input.text);
    case "claim-text":
      return claimTyped(ctx, input.text);
    case "claim-photo":
      return say([text(ctx.t("points-claim-ask-photo"), [[pointsButtons.button(ctx.t("points-button-skip-photo"), "skip")], [back(ctx)]])]);
    default:
      // A confirmation is answered with its buttons; anything typed leaves it for the other modules.
      return null;
  }
}

export const points = flowModule({
  name: "points",
  commands: { points: { run: (ctx) => home(ctx), listed: true } },
  menu: { label: "menu-points", position: 40, open: (ctx) => home(ctx) },
  buttons: {
    codec: pointsButtons,
    press(ctx, pressed) {
      switch (pressed.action) {
        case "home":
        case "no":
          return home(ctx);
        case "hist":
          return history(ctx, pressed.values[0]);
        case "earn":
          return earn(ctx);
        case "cat":
          return category(ctx, ...pressed.values);
        case "shop":
          return shop(ctx, pressed.values[0]);
        case "item":
          return showItem(ctx, pressed.values[0]);
        case "buy":
          return askRedeem(ctx, pressed.values[0]);
        case "send":
          return askRecipient(ctx);
        case "to":
          return recipientPressed(ctx, pressed.values[0]);
        case "amt":
          return amountChosen(ctx, pressed.values[0] > 0 ? pressed.values[0] : null);
        case "ok":
          return confirmed(ctx, pressed.values[0]);
        case "hh":
          return household(ctx);
        case "inv":
          return invite(ctx);
        case "join":
          return withAccount(ctx, () => say([text(ctx.t("points-join-ask"), [[back(ctx)]])], at("join-code")));
        case "leave":
          return askLeave(ctx);
        case "claim":
          return claimStart(ctx, pressed.values[0]);
        case "cr":
          return claimRule(ctx, pressed.values[0]);
        case "skip":
          return claimConfirm(ctx, null);
        case "vch":
          return vouchers(ctx);
      }
    },
  },
  state: stateSchema,
  resume,
  notices: pointsNotices,
});

// The 三率 scorecards of complaints: for a place (a grid, a community, a street, a district, or everywhere)
// and a period (a month or any range of days), how many complaints came in, and
//   - the response rate: acknowledged by the acknowledge deadline, of those acknowledged or past it;
//   - the resolution rate: fixed by the resolve deadline, of those fixed or past it;
//   - the satisfaction rate: residents' verdicts "fixed" or "partly fixed" with a rating of 4 or 5, of all
//     verdicts given. A complaint closed as fixed because nobody answered in 7 days (unconfirmed) is
//     counted apart and is in no rate: nobody said they were satisfied.
// Complaints handled elsewhere (not responsible) count as received but in neither deadline rate; a
// duplicate counts once, at the original. A complaint belongs to the period it was opened in; its
// deadlines are judged as of now. Months and days are those of the deployment's time zone.
// Each place also gets the places one level below it, its categories and a monthly trend; a grid gets its
// community beside it (grid workers see their own grid against the community's, as figures only).
import { complaintTallies, type Period, type Tally } from "../../db/queries/complaint-reports.js";
import { categoriesByIds } from "../../db/queries/complaint-categories.js";
import { communityIdsUnder, placeById, placesBelow, placesByIds, type PlaceRef } from "../../db/queries/places.js";
import type { CaseScope } from "../../db/queries/case-queue.js";
import { zonedTime } from "../catalog/hours.js";
import type { DomainDeps } from "../deps.js";
import { StaffRuleError } from "../staff/errors.js";
import { dateTimeFormat } from "../../intl.js";

export type { Period } from "../../db/queries/complaint-reports.js";

/** A period with the words that name it: `2026-11`, or `2026-09-01..2026-11-30` (both days included). */
export interface NamedPeriod extends Period {
  label: string;
  /** The month it ends in (`2026-11`): where the trend ends. */
  lastMonth: string;
}

export interface Totals {
  received: number;
  notResponsible: number;
  ackDue: number;
  ackOnTime: number;
  resolveDue: number;
  resolvedOnTime: number;
  unconfirmed: number;
  verdicts: number;
  satisfied: number;
}

export interface Score extends Totals {
  /** 0–1, or null when nothing was due yet (no verdict given). */
  response: number | null;
  resolution: number | null;
  satisfaction: number | null;
}

export interface CategoryScore {
  categoryId: number;
  code: string;
  nameZh: string;
  nameEn: string;
  score: Score;
}

export interface Scorecard {
  /** null: everywhere. */
  place: PlaceRef | null;
  period: NamedPeriod;
  total: Score;
  /** The places one level below, each with its score (all of them, even with nothing). */
  below: { place: PlaceRef; score: Score }[];
  /** Categories that had a complaint, most complaints first. */
  categories: CategoryScore[];
  /** The months up to the period's last one, oldest first. */
  trend: { month: string; score: Score }[];
  /** A grid's community, to compare with. */
  community?: { place: PlaceRef; score: Score };
}

export const TREND_MONTHS = 6;

const empty = (): Totals => ({ received: 0, notResponsible: 0, ackDue: 0, ackOnTime: 0, resolveDue: 0, resolvedOnTime: 0, unconfirmed: 0, verdicts: 0, satisfied: 0 });

export function sumTallies(tallies: readonly Totals[]): Totals {
  const out = empty();
  for (const t of tallies) for (const k of Object.keys(out) as (keyof Totals)[]) out[k] += t[k];
  return out;
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

export function scoreOf(t: Totals): Score {
  return { ...t, response: share(t.ackOnTime, t.ackDue), resolution: share(t.resolvedOnTime, t.resolveDue), satisfaction: share(t.satisfied, t.verdicts) };
}

/** A rate as people read it: 「87.5%」, or 「—」 when there is nothing to rate. */
export function percent(rate: number | null): string {
  return rate === null ? "—" : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

// ── periods ─────────────────────────────────────────────────────────────────────────────────────

const monthShape = /^(\d{4})-(0[1-9]|1[0-2])$/;
const dayShape = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

function previousMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

function validYear(y: number) {
  return y >= 2000 && y <= 2100;
}

/** A calendar month (`2026-11`) in a time zone; a bad one is refused with the argument named. */
export function monthPeriod(month: string, timeZone: string, field = "month"): NamedPeriod {
  const m = monthShape.exec(month);
  if (!m || !validYear(Number(m[1]))) throw new StaffRuleError("invalid", `"${month.slice(0, 20)}" is not a month like 2026-11`, field);
  return { from: zonedTime(`${month}-01`, "00:00", timeZone), to: zonedTime(`${nextMonth(month)}-01`, "00:00", timeZone), label: month, lastMonth: month };
}

function realDay(day: string): boolean {
  const m = dayShape.exec(day);
  if (!m || !validYear(Number(m[1]))) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCDate() === Number(m[3]);
}

function dayAfter(day: string): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Days `from` to `to`, both included (at most about six years). */
export function rangePeriod(from: string, to: string, timeZone: string): NamedPeriod {
  if (!realDay(from)) throw new StaffRuleError("invalid", `"${from.slice(0, 20)}" is not a day like 2026-09-01`, "from");
  if (!realDay(to)) throw new StaffRuleError("invalid", `"${to.slice(0, 20)}" is not a day like 2026-11-30`, "to");
  if (to < from) throw new StaffRuleError("invalid", "the range ends before it starts", "to");
  if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 6) throw new StaffRuleError("invalid", "the range is longer than six years", "to");
  return { from: zonedTime(from, "00:00", timeZone), to: zonedTime(dayAfter(to), "00:00", timeZone), label: `${from}..${to}`, lastMonth: to.slice(0, 7) };
}

/** The month a moment falls in, in a time zone. */
export function monthOf(epochMs: number, timeZone: string): string {
  const parts = dateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit" }).formatToParts(new Date(epochMs));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}`;
}

/** The `count` months up to `last`, oldest first. */
export function monthsUpTo(last: string, count: number): string[] {
  const out = [last];
  while (out.length < count) out.unshift(previousMonth(out[0]!));
  return out;
}

// ── places ──────────────────────────────────────────────────────────────────────────────────────

/** The cases a place holds, as the queries take them (null: everywhere). */
export async function scopeOfPlace(deps: DomainDeps, place: PlaceRef | null): Promise<CaseScope> {
  if (place === null) return "everywhere";
  if (place.kind === "grid") return { communityIds: [], gridIds: [place.id] };
  return { communityIds: await communityIdsUnder(deps.directory.orm, [place]), gridIds: [] };
}

/** Which place one level below `place` a tally belongs to (its id), or null when none (a case without a grid). */
async function belowKey(deps: DomainDeps, place: PlaceRef | null, tallies: Tally[]): Promise<(t: Tally) => number | null> {
  const kind = place === null ? "district" : place.kind;
  if (kind === "grid") return () => null;
  if (kind === "community") return (t) => t.gridId;
  if (kind === "street") return (t) => t.communityId;
  const communities = await placesByIds(
    deps.directory.orm,
    "community",
    tallies.map((t) => t.communityId),
  );
  const byId = new Map(communities.map((c) => [c.id, c]));
  return place === null ? (t) => byId.get(t.communityId)?.districtId ?? null : (t) => byId.get(t.communityId)?.streetId ?? null;
}

// ── the scorecard ───────────────────────────────────────────────────────────────────────────────

/** The score of a place for a period (totals only). */
export async function placeScore(deps: DomainDeps, place: PlaceRef | null, period: Period): Promise<Score> {
  return scoreOf(sumTallies(await complaintTallies(deps.db.orm, await scopeOfPlace(deps, place), period, deps.now())));
}

/**
 * The scorecard of a place the reader may see (the caller checks it: `placeInScope`). Two reads for the
 * period and two per month of the trend, whatever the size of the place.
 */
export async function scorecard(deps: DomainDeps, place: PlaceRef | null, period: NamedPeriod, options: { trendMonths?: number } = {}): Promise<Scorecard> {
  const scope = await scopeOfPlace(deps, place);
  const now = deps.now();
  const tallies = await complaintTallies(deps.db.orm, scope, period, now);

  const [below, keyOf] = await Promise.all([placesBelow(deps.directory.orm, place), belowKey(deps, place, tallies)]);
  const belowTotals = new Map<number, Totals[]>();
  for (const t of tallies) {
    const id = keyOf(t);
    if (id !== null) belowTotals.set(id, [...(belowTotals.get(id) ?? []), t]);
  }

  const byCategory = new Map<number, Totals[]>();
  for (const t of tallies) byCategory.set(t.categoryId, [...(byCategory.get(t.categoryId) ?? []), t]);
  const categoryRows = await categoriesByIds(deps.directory.orm, [...byCategory.keys()]);
  const categories = [...byCategory.entries()]
    .map(([id, ts]) => {
      const row = categoryRows.find((r) => r.id === id);
      return { categoryId: id, code: row?.code ?? String(id), nameZh: row?.nameZh ?? String(id), nameEn: row?.nameEn ?? String(id), score: scoreOf(sumTallies(ts)) };
    })
    .sort((a, b) => b.score.received - a.score.received || a.code.localeCompare(b.code));

  const trend: Scorecard["trend"] = [];
  for (const month of monthsUpTo(period.lastMonth, options.trendMonths ?? TREND_MONTHS)) {
    // The period's own month is counted already.
    const same = period.label === month;
    const p = monthPeriod(month, deps.defaultTimeZone);
    trend.push({ month, score: scoreOf(sumTallies(same ? tallies : await complaintTallies(deps.db.orm, scope, p, now))) });
  }

  const out: Scorecard = {
    place,
    period,
    total: scoreOf(sumTallies(tallies)),
    below: below.map((p) => ({ place: p, score: scoreOf(sumTallies(belowTotals.get(p.id) ?? [])) })),
    categories,
    trend,
  };
  if (place?.kind === "grid" && place.communityId !== null) {
    const community = await placeById(deps.directory.orm, "community", place.communityId);
    if (community) out.community = { place: community, score: await placeScore(deps, community, period) };
  }
  return out;
}

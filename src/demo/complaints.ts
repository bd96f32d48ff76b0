// Demo history of complaints: the last four months of made-up complaints in the communities of two demo
// streets, so that the 三率 scorecards, the trend and the register show something on a fresh `npm start`,
// and one community with enough complaints alike lately that the console suggests a hearing. Everything
// is fictional: the words, the residents (web residents `demo-resident-N`, who never open a chat) and the
// handling. The same `now` gives the same history (a seeded random sequence). Deadlines are counted in
// plain hours here, not office hours. Loaded after the categories exist, and only into a database with
// no complaint yet.
import { eq, sql } from "drizzle-orm";
import type { Database } from "../db/database.js";
import { defaultCategories, type ComplaintCategory } from "../db/queries/complaint-categories.js";
import { placeByCode, gridsOfCommunity } from "../db/queries/places.js";
import { ensureResident } from "../db/queries/residents.js";
import { gridWorkersOf } from "../db/queries/staff.js";
import { cases } from "../db/schema.js";
import { localTime } from "../domain/catalog/hours.js";
import type { DomainDeps } from "../domain/deps.js";
import type { ComplaintStatus, Verdict } from "../vocabulary.js";
import { pastComplaint, type PastComplaint } from "./complaint-history.js";
import { demoDistricts } from "./places.js";
import type { Seed } from "./seed.js";

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const HISTORY_DAYS = 120;
/** The community that gets many complaints alike lately (a hearing is suggested there). */
export const DEMO_HEARING_COMMUNITY = "ja-huiminyuan";

/** A small seeded generator (mulberry32): the same seed, the same history. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SAYINGS = ["（演示）楼下有问题，麻烦看一下", "（演示）这个问题好几天了", "（演示）请尽快处理", "（演示）邻居们都反映过"];

/** The communities of the first two demo streets. */
function demoCommunityCodes(): string[] {
  return demoDistricts[0]!.streets.slice(0, 2).flatMap((s) => s.communities.map((c) => c.code));
}

async function hasComplaints(db: Database): Promise<boolean> {
  const [row] = await db.orm.select({ one: sql<number>`1` }).from(cases).where(eq(cases.kind, "complaint")).limit(1);
  return row !== undefined;
}

/** The complaints of the demo history, as rows (exported for tests). */
export async function demoHistory(deps: DomainDeps, categories: ComplaintCategory[], residents: number[]): Promise<PastComplaint[]> {
  const now = deps.now();
  const next = random(Math.floor(now / DAY));
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const numbers = new Map<string, number>();
  const refFor = (at: number) => {
    const day = localTime(at, deps.defaultTimeZone).date.replaceAll("-", "");
    const n = (numbers.get(day) ?? 0) + 1;
    numbers.set(day, n);
    return `TS-${day}-${String(n).padStart(4, "0")}`;
  };
  const handled = categories.filter((c) => c.access === "handled");
  const out: PastComplaint[] = [];
  for (const code of demoCommunityCodes()) {
    const community = await placeByCode(deps.directory.orm, "community", code);
    if (!community) continue;
    const grids = await gridsOfCommunity(deps.directory.orm, community.id);
    const workers = await gridWorkersOf(
      deps.directory.orm,
      grids.map((g) => g.id),
    );
    for (let day = HISTORY_DAYS; day >= 1; day--) {
      if (next() > 0.3) continue;
      const openedAt = now - day * DAY + Math.floor(next() * 10) * HOUR;
      const category = next() < 0.1 ? pick(categories) : pick(handled.length ? handled : categories);
      const grid = grids.length ? pick(grids) : undefined;
      const worker = workers.find((w) => w.gridId === grid?.id)?.member;
      out.push(pastOne(next, { ref: "", communityId: community.id, gridId: grid?.id ?? null, category, openedAt, now, assignee: worker?.id ?? null, residentId: residents.length ? pick(residents) : null }));
    }
  }
  // Lately, many alike in one community: complaints of its first category, and residents saying "me too".
  const hearing = await placeByCode(deps.directory.orm, "community", DEMO_HEARING_COMMUNITY);
  const first = handled[0] ?? categories[0];
  if (hearing && first) {
    const grids = await gridsOfCommunity(deps.directory.orm, hearing.id);
    for (let i = 0; i < 6; i++) {
      const openedAt = now - (2 + i * 3) * DAY;
      const one = pastOne(next, { ref: "", communityId: hearing.id, gridId: grids[i % Math.max(1, grids.length)]?.id ?? null, category: first, openedAt, now, assignee: null, residentId: residents[i] ?? null });
      one.status = i < 2 ? "open" : "in_progress";
      one.fixedAt = null;
      one.closedAt = null;
      one.verdicts = [];
      one.unconfirmed = false;
      one.acknowledgedAt = i < 2 ? null : openedAt + HOUR;
      one.followers = residents.slice(6 + i, 7 + i).map((r) => ({ residentId: r, since: openedAt + DAY }));
      out.push(one);
    }
  }
  out.sort((a, b) => a.openedAt - b.openedAt);
  for (const c of out) c.ref = refFor(c.openedAt);
  return out;
}

/** One complaint whose life is as far along as its age allows: acknowledged, fixed, judged (mostly on time and well). */
function pastOne(
  next: () => number,
  o: { ref: string; communityId: number; gridId: number | null; category: ComplaintCategory; openedAt: number; now: number; assignee: number | null; residentId: number | null },
): PastComplaint {
  const ackDue = o.openedAt + o.category.acknowledgeMinutes * 60_000;
  const resolveDue = o.openedAt + o.category.resolveMinutes * 60_000;
  const base: PastComplaint = {
    ref: o.ref,
    communityId: o.communityId,
    gridId: o.gridId,
    residentId: o.residentId,
    residentName: o.residentId === null ? null : "演示居民",
    assigneeStaffId: o.assignee,
    categoryId: o.category.id,
    status: "open",
    description: SAYINGS[Math.floor(next() * SAYINGS.length)]!,
    openedAt: o.openedAt,
    acknowledgeDueAt: ackDue,
    resolveDueAt: resolveDue,
  };
  if (o.category.access === "not_here") return { ...base, status: "not_responsible", closedAt: o.openedAt, acknowledgedAt: o.openedAt };
  const acknowledgedAt = o.openedAt + (next() < 0.85 ? 0.5 : 1.5) * (ackDue - o.openedAt);
  if (acknowledgedAt > o.now) return base;
  const fixedAt = o.openedAt + (next() < 0.75 ? 0.6 : 1.6) * (resolveDue - o.openedAt);
  if (fixedAt > o.now) return { ...base, status: next() < 0.5 ? "investigating" : "in_progress", acknowledgedAt };
  const answered = fixedAt + (1 + Math.floor(next() * 3)) * DAY;
  if (answered > o.now) return { ...base, status: "fixed", acknowledgedAt, fixedAt };
  const roll = next();
  if (roll < 0.2) return { ...base, status: "closed", acknowledgedAt, fixedAt, closedAt: fixedAt + 7 * DAY, unconfirmed: true };
  const verdict: Verdict = roll < 0.75 ? "fixed" : roll < 0.9 ? "partly" : "not_fixed";
  const rating = verdict === "fixed" ? (next() < 0.8 ? 5 : 4) : verdict === "partly" ? (next() < 0.5 ? 4 : 3) : 1 + Math.floor(next() * 2);
  const status: ComplaintStatus = verdict === "not_fixed" ? "reopened" : "closed";
  return {
    ...base,
    status,
    acknowledgedAt,
    fixedAt,
    closedAt: status === "closed" ? answered : null,
    verdicts: [{ residentId: o.residentId, verdict, rating, at: answered }],
  };
}

export const complaintHistorySeed: Seed = {
  name: "complaint-history",
  async load(deps) {
    if (await hasComplaints(deps.db)) return { complaints: 0 };
    const categories = await defaultCategories(deps.directory.orm);
    if (categories.length === 0) return { complaints: 0 };
    const residents: number[] = [];
    for (let i = 1; i <= 12; i++) residents.push((await ensureResident(deps.db.orm, "web", `demo-resident-${i}`, "zh", deps.now())).id);
    const history = await demoHistory(deps, categories, residents);
    // In slices: one atomic write each, a few statements per complaint (D1 takes batches of any size, but
    // the first start should not hold one huge transaction).
    for (let i = 0; i < history.length; i += 50) await deps.db.atomic((orm) => history.slice(i, i + 50).flatMap((c) => pastComplaint(orm, c)));
    return { complaints: history.length };
  },
};

// npm run bench:complaints — the complaints' numbers and the case queue over 1 million complaints on
// SQLite (a file, as `npm start` keeps it): the 三率 scorecard of a district, a street, a community and a
// grid for a month (with its places below, categories and six-month trend), everywhere for a year, the
// month's register of a community, the hearing suggestions of a district, and the case queue's first
// page and counts for a district admin. p50/p99 of BENCH_ROUNDS runs each. The complaints are spread over
// the demo communities and the last twelve months, written straight into the tables.
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { placeByCode, gridsOfCommunity } from "../src/db/queries/places.js";
import { registerRows } from "../src/db/queries/complaint-reports.js";
import { findStaffByUsername } from "../src/db/queries/staff.js";
import { complaintCategories, communities } from "../src/db/schema.js";
import { openSqlite } from "../src/db/sqlite.js";
import { loadDemoData } from "../src/demo/load.js";
import { caseCounts, caseQueue } from "../src/domain/cases/queue.js";
import { hearingSuggestions } from "../src/domain/complaints/hearings.js";
import { monthOf, monthPeriod, placeScore, rangePeriod, scopeOfPlace, scorecard } from "../src/domain/complaints/scorecards.js";
import type { DomainDeps } from "../src/domain/deps.js";
import { loadViewer } from "../src/domain/staff/actor.js";
import { localTime } from "../src/domain/catalog/hours.js";

const SIZE = Number(process.env.BENCH_COMPLAINTS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

const dir = mkdtempSync(join(tmpdir(), "linli-bench-complaints-"));
const db = openSqlite(join(dir, "linli.db"));
const now = Date.now();
const deps: DomainDeps = { db, directory: db, now: () => now, defaultTimeZone: "Asia/Shanghai" };
await loadDemoData(db, now);

// ── the complaints ───────────────────────────────────────────────────────────────────────────────

const loadStart = performance.now();
for (let i = 0; i < 10; i++) await db.orm.insert(complaintCategories).values({ communityId: null, code: `bench-${i}`, nameZh: `类别${i}`, nameEn: `Category ${i}` });
const categoryIds = (await db.orm.select({ id: complaintCategories.id }).from(complaintCategories)).map((r) => r.id);
const places: { communityId: number; gridIds: number[] }[] = [];
for (const c of await db.orm.select({ id: communities.id }).from(communities)) places.push({ communityId: c.id, gridIds: (await gridsOfCommunity(db.orm, c.id)).map((g) => g.id) });

const client = (db.orm as unknown as { $client: import("better-sqlite3").Database }).$client;
const insertCase = client.prepare(
  `INSERT INTO cases (ref, kind, status, community_id, grid_id, resident_id, summary, language, opened_at, first_response_at, resolved_at, closed_at, due_at, escalation, reopened_count, last_activity_at)
   VALUES (?, 'complaint', ?, ?, ?, NULL, '（基准测试）', 'zh', ?, ?, ?, ?, ?, 0, 0, ?)`,
);
const insertComplaint = client.prepare(
  `INSERT INTO complaints (case_id, filing_key, category_id, description, acknowledge_due_at, resolve_due_at, acknowledged_at, fixed_at, unconfirmed) VALUES (?, 'bench:' || ?, ?, '（基准测试）', ?, ?, ?, ?, ?)`,
);
const insertVerdict = client.prepare(`INSERT INTO complaint_verdicts (case_id, resident_id, round, verdict, rating, at) VALUES (?, NULL, 0, ?, ?, ?)`);
let seed = 42;
const next = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const perDay = new Map<string, number>();
const statuses = ["open", "investigating", "in_progress", "fixed", "closed", "closed", "closed", "closed", "not_responsible", "duplicate"];
client.transaction(() => {
  for (let i = 0; i < SIZE; i++) {
    const place = places[Math.floor(next() * places.length)]!;
    const gridId = place.gridIds.length ? place.gridIds[Math.floor(next() * place.gridIds.length)]! : null;
    // In the order they come in, as a real database holds them (ids rising with time).
    const openedAt = now - 365 * DAY + Math.floor(((i + next()) / SIZE) * 365 * DAY);
    const day = new Date(openedAt + 8 * HOUR).toISOString().slice(0, 10).replaceAll("-", "");
    const n = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, n);
    const status = statuses[Math.floor(next() * statuses.length)]!;
    const ackDue = openedAt + 4 * HOUR;
    const resolveDue = openedAt + 5 * DAY;
    const acked = status === "open" ? null : openedAt + (next() < 0.85 ? 2 : 6) * HOUR;
    const fixed = status === "fixed" || status === "closed" ? openedAt + (next() < 0.75 ? 3 : 7) * DAY : null;
    const closed = status === "closed" ? (fixed ?? openedAt) + 2 * DAY : null;
    const result = insertCase.run(`TS-${day}-${String(n).padStart(6, "0")}`, status, place.communityId, gridId, openedAt, acked, fixed, closed, ackDue, closed ?? fixed ?? acked ?? openedAt);
    const caseId = Number(result.lastInsertRowid);
    const unconfirmed = status === "closed" && next() < 0.2;
    insertComplaint.run(caseId, caseId, categoryIds[Math.floor(next() * categoryIds.length)]!, ackDue, resolveDue, acked, fixed, unconfirmed ? 1 : 0);
    if (status === "closed" && !unconfirmed) {
      const roll = next();
      insertVerdict.run(caseId, roll < 0.75 ? "fixed" : roll < 0.9 ? "partly" : "not_fixed", roll < 0.75 ? 5 : roll < 0.9 ? 4 : 2, closed!);
    }
  }
})();
// The page cache, 64 MB by default here; BENCH_CACHE_MB=2 measures with SQLite's own 2 MB, which
// src/db/sqlite.ts keeps for now (BENCHMARKS.md: the difference, and why it is not set there yet).
client.pragma(`cache_size = -${Number(process.env.BENCH_CACHE_MB ?? 64) * 1024}`);
client.pragma("analysis_limit = 1000");
client.exec("ANALYZE");
const loadMs = performance.now() - loadStart;

// ── the measurements ─────────────────────────────────────────────────────────────────────────────

const month = monthPeriod(monthOf(now - 35 * DAY, "Asia/Shanghai"), "Asia/Shanghai");
const year = rangePeriod(localTime(now - 365 * DAY, "Asia/Shanghai").date, localTime(now, "Asia/Shanghai").date, "Asia/Shanghai");
const district = (await placeByCode(db.orm, "district", "jiangan"))!;
const street = (await placeByCode(db.orm, "street", "jiangan-houhu"))!;
const community = (await placeByCode(db.orm, "community", "ja-huiminyuan"))!;
const grid = (await placeByCode(db.orm, "grid", "ja-huiminyuan-1"))!;
const admin = await loadViewer(deps, (await findStaffByUsername(db.orm, "da-jiangan"))!, null);
const communityScope = await scopeOfPlace(deps, community);

const measures: [string, () => Promise<unknown>][] = [
  ["scorecard: a district, a month (+ streets, categories, 6-month trend)", () => scorecard(deps, district, month)],
  ["scorecard: a street, a month", () => scorecard(deps, street, month)],
  ["scorecard: a community, a month", () => scorecard(deps, community, month)],
  ["scorecard: a grid, a month (+ its community)", () => scorecard(deps, grid, month)],
  ...(process.env.BENCH_EVERYWHERE === "0" ? [] : ([["rates only: everywhere, a year", () => placeScore(deps, null, year)]] as [string, () => Promise<unknown>][])),
  ["register rows: a community, a month", () => registerRows(db.orm, communityScope, month)],
  ["hearing suggestions: a district", () => hearingSuggestions(deps, admin.sees)],
  ["case queue: a district admin's first page", () => caseQueue(deps, admin, { status: "active", assignee: "anyone", overdue: false, page: 0 })],
  ["case queue: a district admin's counts", () => caseCounts(deps, admin.sees)],
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
console.log(`complaints over ${SIZE.toLocaleString("en")} complaints on SQLite (a file, WAL); loaded in ${(loadMs / 1000).toFixed(1)} s`);
console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${new Date().toISOString().slice(0, 10)}; ${ROUNDS} runs each\n`);
console.log("| query | p50 ms | p99 ms |");
console.log("|---|---:|---:|");
for (const [name, run] of measures) {
  await run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  console.log(`| ${name} | ${percentile(samples, 50).toFixed(1)} | ${percentile(samples, 99).toFixed(1)} |`);
}
db.close();
rmSync(dir, { recursive: true, force: true });

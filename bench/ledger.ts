// npm run bench:ledger — the points ledger on SQLite as src/node.ts opens it (a file, WAL, the app's
// synchronous setting), with all of its checks on: every transfer goes through the ledger's `post` /
// `postBatch` (idempotency key looked up, balance guard, CHECK constraints, the trigger that moves both
// balances and the earned totals, the entry's indexes), and is read back.
//   1. transfers per second: one commit per transfer, then group commits of 100 and 500 transfers;
//   2. the ledger filled to BENCH_ENTRIES entries (10 million by default) with the same statement;
//   3. balance and statement lookups (the reads of My points and GET /api/staff/points/accounts/{id})
//      at random accounts: p50 and p99.
// Environment: BENCH_ENTRIES (10000000), BENCH_ACCOUNTS (10000), BENCH_TRANSFERS (20000), BENCH_LOOKUPS (10000),
// BENCH_DIR (a temporary directory; the file is deleted afterwards unless BENCH_KEEP=1).
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { openSqlite } from "../src/db/sqlite.js";
import { statementOf, type PointAccount } from "../src/db/queries/points.js";
import { pointAccounts } from "../src/db/schema.js";
import type { DomainDeps } from "../src/domain/deps.js";
import { awardPlan, post, postBatch, transferPlan, type Plan } from "../src/domain/points/ledger.js";
import { accountById } from "../src/domain/points/accounts.js";
import { verifyLedger } from "../src/domain/points/verify.js";

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 10_000_000);
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 10_000);
const TRANSFERS = Number(process.env.BENCH_TRANSFERS ?? 20_000);
const LOOKUPS = Number(process.env.BENCH_LOOKUPS ?? 10_000);
const COMMUNITIES = 10;
const ZONE = "Asia/Shanghai";

const dir = process.env.BENCH_DIR ?? mkdtempSync(join(tmpdir(), "linli-ledger-"));
const file = join(dir, "ledger.db");
const db = openSqlite(file);
const client = (db.orm as unknown as { $client: import("better-sqlite3").Database }).$client;
const deps: DomainDeps = { db, directory: db, now: () => Date.now(), defaultTimeZone: ZONE };

// A cheap deterministic random, so that two runs do the same work.
let seed = 20261130;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const rows: { what: string; count: string; rate: string; p50: string; p99: string }[] = [];
const fmt = (n: number) => n.toLocaleString("en-US");

async function setUp(): Promise<{ issuance: PointAccount[]; residents: PointAccount[] }> {
  await db.atomic((orm) => Array.from({ length: COMMUNITIES }, (_, c) => orm.insert(pointAccounts).values({ kind: "issuance", communityId: 900_000 + c, createdAt: 0 })));
  const insert = client.prepare("INSERT INTO point_accounts (kind, community_id, created_at, balance) VALUES ('resident', ?, 0, 0)");
  client.transaction(() => {
    for (let i = 0; i < ACCOUNTS; i++) insert.run(900_000 + (i % COMMUNITIES));
  })();
  const all = await db.orm.select().from(pointAccounts);
  const issuance = all.filter((a) => a.kind === "issuance");
  const residents = all.filter((a) => a.kind === "resident");
  // Every resident starts with plenty, awarded through the ledger (so that transfers are never short).
  for (let i = 0; i < residents.length; i += 500) {
    const plans = residents.slice(i, i + 500).map((r) =>
      awardPlan({ key: `seed:${r.id}`, at: Date.now(), timeZone: ZONE, to: r, issuance: issuance[(r.communityId - 900_000) % COMMUNITIES]!, rule: { code: "bench", category: "public_virtue" }, amount: 1_000_000_000 }),
    );
    const results = await postBatch(deps, plans);
    if (results.some((r) => !r.ok)) throw new Error("seeding refused");
  }
  return { issuance, residents };
}

let counter = 0;
let withAwards = true;
/** A transfer between two residents, or (one in five) an award under a capped rule. */
function nextPlan(residents: PointAccount[], issuance: PointAccount[]): Plan {
  const from = pick(residents);
  let to = pick(residents);
  while (to.id === from.id) to = pick(residents);
  const key = `bench:${++counter}`;
  if (withAwards && counter % 5 === 0) {
    return awardPlan({ key, at: Date.now(), timeZone: ZONE, to, issuance: issuance[(to.communityId - 900_000) % COMMUNITIES]!, rule: { code: "bench-capped", category: "community_building", caps: { day: 1000, month: null, year: null } }, amount: 1 });
  }
  return transferPlan({ key, at: Date.now(), timeZone: ZONE, from, to, amount: 1 + Math.floor(random() * 5) });
}

async function transfersPerSecond(residents: PointAccount[], issuance: PointAccount[]) {
  // One commit per transfer: the answer a resident waits for in chat.
  const single = Math.min(2_000, TRANSFERS);
  withAwards = true;
  const latencies: number[] = [];
  let started = performance.now();
  for (let i = 0; i < single; i++) {
    const t = performance.now();
    const result = await post(deps, nextPlan(residents, issuance));
    latencies.push(performance.now() - t);
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
  }
  let seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  rows.push({ what: "transfers with 1 in 5 an award, one commit each", count: fmt(single), rate: `${fmt(Math.round(single / seconds))}/s`, p50: percentile(latencies, 50).toFixed(2), p99: percentile(latencies, 99).toFixed(2) });
  // Group commits: what a batch from the staff API or an import does. Two mixes: transfers between
  // residents only, and one in five an award under a capped rule (which also keeps the earned totals).
  for (const [size, awards] of [
    [100, false],
    [500, false],
    [100, true],
    [500, true],
  ] as const) {
    withAwards = awards;
    const batchLatencies: number[] = [];
    started = performance.now();
    for (let done = 0; done < TRANSFERS; done += size) {
      const plans = Array.from({ length: Math.min(size, TRANSFERS - done) }, () => nextPlan(residents, issuance));
      const t = performance.now();
      const results = await postBatch(deps, plans);
      batchLatencies.push(performance.now() - t);
      if (results.some((r) => !r.ok)) throw new Error("a transfer was refused");
    }
    seconds = (performance.now() - started) / 1000;
    batchLatencies.sort((a, b) => a - b);
    rows.push({
      what: `${awards ? "transfers with 1 in 5 an award" : "transfers"}, ${size} a commit`,
      count: fmt(TRANSFERS),
      rate: `${fmt(Math.round(TRANSFERS / seconds))}/s`,
      p50: `${percentile(batchLatencies, 50).toFixed(1)} per batch`,
      p99: `${percentile(batchLatencies, 99).toFixed(1)} per batch`,
    });
  }
}

/** Fills the ledger with the same insert the ledger uses (trigger and indexes included), in big transactions. */
function fill(residents: PointAccount[], target: number) {
  const have = () => Number((client.prepare("SELECT max(id) AS n FROM point_transfers").get() as { n: number | null }).n ?? 0);
  const insert = client.prepare(
    `INSERT INTO point_transfers (key, kind, debit_account_id, credit_account_id, amount, community_id, month, at, fingerprint)
     VALUES (?, 'transfer', ?, ?, 1, ?, 202611, ?, 'bench')`,
  );
  const chunk = client.transaction((from: number, count: number) => {
    for (let i = 0; i < count; i++) {
      const a = residents[Math.floor(random() * residents.length)]!;
      let b = residents[Math.floor(random() * residents.length)]!;
      if (b.id === a.id) b = residents[(residents.indexOf(a) + 1) % residents.length]!;
      insert.run(`fill:${from + i}`, a.id, b.id, a.communityId, 1764460800000 + from + i);
    }
  });
  // Loading a snapshot is not serving residents: no fsync per chunk while filling (restored after).
  const before = client.pragma("synchronous", { simple: true });
  const cache = client.pragma("cache_size", { simple: true });
  client.pragma("synchronous = OFF");
  // The entries' indexes by account take inserts all over the file: keep them in memory while loading.
  client.pragma("cache_size = -2000000");
  const started = performance.now();
  let n = have();
  const first = n;
  while (n < target) {
    const count = Math.min(100_000, target - n);
    chunk(n, count);
    n += count;
    if (process.stdout.isTTY) process.stdout.write(`\rfilling: ${fmt(n)} / ${fmt(target)} entries`);
  }
  client.pragma(`synchronous = ${before}`);
  client.pragma(`cache_size = ${cache}`);
  if (process.stdout.isTTY) process.stdout.write("\n");
  const seconds = (performance.now() - started) / 1000;
  rows.push({ what: "filling (one transaction per 100,000)", count: fmt(n - first), rate: `${fmt(Math.round((n - first) / seconds))}/s`, p50: "", p99: "" });
  client.pragma("wal_checkpoint(TRUNCATE)");
  client.exec("ANALYZE");
}

async function lookups(residents: PointAccount[]) {
  const measure = async (what: string, run: (account: PointAccount) => Promise<unknown>) => {
    for (let i = 0; i < 200; i++) await run(pick(residents)); // warm-up
    const times: number[] = [];
    const started = performance.now();
    for (let i = 0; i < LOOKUPS; i++) {
      const account = pick(residents);
      const t = performance.now();
      await run(account);
      times.push(performance.now() - t);
    }
    const seconds = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    rows.push({ what, count: fmt(LOOKUPS), rate: `${fmt(Math.round(LOOKUPS / seconds))}/s`, p50: percentile(times, 50).toFixed(3), p99: percentile(times, 99).toFixed(3) });
  };
  await measure("balance lookup (account row)", async (a) => {
    const found = await accountById(deps, a.id);
    if (!found) throw new Error("missing account");
  });
  await measure("statement lookup (last 20 entries)", async (a) => {
    const entries = await statementOf(db.orm, a.id, 20);
    if (entries.length === 0) throw new Error("no entries");
  });
  await measure("statement page (20 entries before an older one)", async (a) => {
    const newest = await statementOf(db.orm, a.id, 1);
    await statementOf(db.orm, a.id, 20, newest[0]!.id - 5_000_000);
  });
}

async function main() {
  const t0 = Date.now();
  console.log(`ledger bench: ${file}; ${fmt(ACCOUNTS)} residents in ${COMMUNITIES} communities; target ${fmt(ENTRIES)} entries`);
  const synchronous = ["OFF", "NORMAL", "FULL", "EXTRA"][Number(client.pragma("synchronous", { simple: true }))];
  console.log(`SQLite ${(client.prepare("SELECT sqlite_version() AS v").get() as { v: string }).v}, journal_mode ${client.pragma("journal_mode", { simple: true })}, synchronous ${synchronous} (as src/db/sqlite.ts leaves it)`);
  const { issuance, residents } = await setUp();
  await transfersPerSecond(residents, issuance);
  fill(residents, ENTRIES);
  const total = Number((await db.orm.get<{ n: number }>(sql`SELECT count(*) AS n FROM point_transfers`))!.n);
  await lookups(residents);
  const started = performance.now();
  const report = await verifyLedger(deps);
  const verifySeconds = (performance.now() - started) / 1000;
  if (!report.ok) throw new Error(`verify found differences: ${JSON.stringify(report).slice(0, 300)}`);
  const size = statSync(file).size;
  console.log("");
  console.log("| what | count | rate | p50 ms | p99 ms |");
  console.log("|---|---:|---:|---:|---:|");
  for (const r of rows) console.log(`| ${r.what} | ${r.count} | ${r.rate} | ${r.p50} | ${r.p99} |`);
  console.log("");
  console.log(`ledger: ${fmt(total)} entries, ${fmt(report.accounts)} accounts, ${(size / 1024 / 1024 / 1024).toFixed(2)} GiB on disk; npm run points -- verify over all of it: ${verifySeconds.toFixed(1)} s, no difference`);
  console.log(`whole run: ${Math.round((Date.now() - t0) / 1000)} s`);
  db.close();
  if (!process.env.BENCH_DIR && process.env.BENCH_KEEP !== "1") rmSync(dir, { recursive: true, force: true });
}

await main();


// npm run bench:search — the guide's search latency over generated catalogues of 5,000 services on SQLite.
// Two catalogues (bench/catalogue.ts): one made the way a real district's list of services is made
// (distinct titles, keywords shared the way they are in a city), the target; and the demo services
// repeated with a district's name in each copy, where every piece of every question is shared by ~78
// services: the worst case. The questions are the search fixture's, each asked BENCH_ROUNDS times.
// BENCH_CATALOGUE=realistic|repeated runs one of them only. It ends by saying whether the target —
// p99 under 5 ms on the city-like catalogue (issue 13) — holds, on the clock and in CPU time.
//
// As in production, the catalogue is imported by one process and searched by another: this one
// generates and imports each catalogue into a SQLite file, then starts a fresh process that opens the
// file and searches it, as a server does after an import. Searched in the importing process, the
// searches would share it with the collection of the import's few hundred MB of garbage.
// BENCH_SAME_PROCESS=1 searches in the importing process, in memory, as this benchmark first did.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openSqlite } from "../src/db/sqlite.js";
import type { Catalog } from "../src/domain/catalog/format.js";
import { importCatalog } from "../src/domain/catalog/import.js";
import { searchServices } from "../src/domain/catalog/search.js";
import { searchQuestions } from "../test/fixtures/search-questions.js";
import { realisticCatalogue, repeatedCatalogue } from "./catalogue.js";

const SIZE = Number(process.env.BENCH_SERVICES ?? 5000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const only = process.env.BENCH_CATALOGUE;
const sameProcess = process.env.BENCH_SAME_PROCESS === "1";
/** Set in the searching process: the catalogue's file, where to write the verdict, the catalogue's name. */
const measuring = process.env.BENCH_MEASURE;

/** The issue's target: the 99th percentile of a search's time, in ms. */
const TARGET_P99_MS = 5;

const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

interface Verdict {
  name: string;
  clockP99: number;
  cpuP99: number;
  /** The p99 over questions of each question's fastest round: what the search itself costs, without waits. */
  bestP99: number;
  loadBefore: string;
  loadAfter: string;
}

/** Imports a catalogue, then searches it: in a process of its own (a file), or in this one (in memory). */
async function run(name: string, catalog: Catalog): Promise<Verdict> {
  const dir = sameProcess ? undefined : mkdtempSync(join(tmpdir(), "linli-bench-search-"));
  const file = dir ? join(dir, "catalogue.db") : ":memory:";
  const db = openSqlite(file);
  const loadStart = performance.now();
  const report = await importCatalog({ db, directory: db, now: () => Date.now(), defaultTimeZone: "Asia/Shanghai" }, catalog);
  if (!report.ok) throw new Error(report.errors.slice(0, 5).join("\n"));
  console.log(`\n${name}: ${SIZE} services imported into SQLite (better-sqlite3, ${dir ? "a file" : "in memory"}) in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`);
  if (!dir) {
    const verdict = await search(name, db);
    db.close();
    return verdict;
  }
  db.close();
  try {
    const out = join(dir, "verdict.json");
    const searching = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      stdio: "inherit",
      env: { ...process.env, BENCH_MEASURE: JSON.stringify({ file, out, name }) },
    });
    if (searching.status !== 0) throw new Error(`the searching process failed (${searching.status ?? searching.signal})`);
    return JSON.parse(readFileSync(out, "utf8")) as Verdict;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Searches an imported catalogue: the first search (which builds the index), a warm-up, then the rounds. */
async function search(name: string, db: ReturnType<typeof openSqlite>): Promise<Verdict> {
  const deps = { db, directory: db, now: () => Date.now(), defaultTimeZone: "Asia/Shanghai" };
  // The first search after an import pays for whatever is built once per catalogue (and, in a fresh
  // process, pinyin's dictionary).
  const firstStart = performance.now();
  await searchServices(deps, searchQuestions[0]!.q);
  const firstMs = performance.now() - firstStart;
  for (const q of searchQuestions.slice(1, 6)) await searchServices(deps, q.q); // warm-up
  const groups: Record<string, number[]> = { "all questions": [], "1–2 characters": [], "Chinese, 3+ characters": [], English: [] };
  // CPU time as well as the time on the clock: on a shared machine the clock also counts the time the
  // process waited for a core, which a loaded VM makes long (the load average is printed at the top).
  const cpu: number[] = [];
  const fastest = new Map<string, number>();
  let found = 0;
  const loadBefore = load();
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of searchQuestions) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const hits = await searchServices(deps, q.q, 5);
      const ms = performance.now() - start;
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
      fastest.set(q.q, Math.min(fastest.get(q.q) ?? Infinity, ms));
      // The repeated catalogue suffixes each copy's code with its number ("dibao-3").
      if (round === 0 && hits.some((h) => h.service.code === q.expect || h.service.code.startsWith(`${q.expect}-`))) found++;
      groups["all questions"]!.push(ms);
      const compact = q.q.replace(/\s/g, "");
      if (q.lang === "en") groups.English!.push(ms);
      else if (compact.length <= 2) groups["1–2 characters"]!.push(ms);
      else groups["Chinese, 3+ characters"]!.push(ms);
    }
  }
  console.log(`first search (builds the index) ${firstMs.toFixed(0)} ms`);
  console.log(`the fixture's expected service among the first 5: ${found}/${searchQuestions.length}\n`);
  console.log("| questions | searches | p50 ms | p99 ms | max ms |");
  console.log("|---|---:|---:|---:|---:|");
  for (const [group, samples] of Object.entries(groups)) {
    if (samples.length === 0) continue;
    const sorted = [...samples].sort((a, b) => a - b);
    console.log(`| ${group} | ${sorted.length} | ${percentile(sorted, 50).toFixed(2)} | ${percentile(sorted, 99).toFixed(2)} | ${sorted.at(-1)!.toFixed(2)} |`);
  }
  const cpuSorted = [...cpu].sort((a, b) => a - b);
  console.log(`| all questions, CPU time | ${cpuSorted.length} | ${percentile(cpuSorted, 50).toFixed(2)} | ${percentile(cpuSorted, 99).toFixed(2)} | ${cpuSorted.at(-1)!.toFixed(2)} |`);
  // A question slow in every round costs that much work; one slow in one round only waited (for a core,
  // for the garbage collector).
  const best = [...fastest].sort((a, b) => b[1] - a[1]);
  const bestSorted = best.map(([, ms]) => ms).reverse();
  console.log(`| each question's fastest of ${ROUNDS} rounds | ${bestSorted.length} | ${percentile(bestSorted, 50).toFixed(2)} | ${percentile(bestSorted, 99).toFixed(2)} | ${bestSorted.at(-1)!.toFixed(2)} |`);
  console.log(`\nslowest questions even in their fastest round: ${best.slice(0, 3).map(([q, ms]) => `${q} (${ms.toFixed(2)} ms)`).join("; ")}`);
  const loadAfter = load();
  console.log(`load average before the searches ${loadBefore}, after ${loadAfter}`);
  const all = [...groups["all questions"]!].sort((a, b) => a - b);
  return { name, clockP99: percentile(all, 99), cpuP99: percentile(cpuSorted, 99), bestP99: percentile(bestSorted, 99), loadBefore, loadAfter };
}

const holds = (ms: number) => (ms < TARGET_P99_MS ? "holds" : "DOES NOT HOLD");

if (measuring) {
  const { file, out, name } = JSON.parse(measuring) as { file: string; out: string; name: string };
  const db = openSqlite(file);
  writeFileSync(out, JSON.stringify(await search(name, db)));
  db.close();
  process.exit(0);
}

console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${new Date().toISOString().slice(0, 16)}Z, load average ${load()}`);
const verdicts: Verdict[] = [];
if (!only || only === "realistic") verdicts.push(await run("A catalogue like a city's (distinct titles and keywords)", realisticCatalogue(SIZE)));
if (!only || only === "repeated") verdicts.push(await run("The demo services repeated (worst case)", repeatedCatalogue(SIZE)));

// The target is the city-like catalogue's; the repeated one is the worst case, reported the same way.
// CPU time is the whole process's (the garbage collector's and compiler's threads too); the clock also
// counts the time the process waited for a core, which a load average above the number of cores makes
// long: with the load printed next to it, the clock's verdict says as much about the machine as the search.
console.log(`\ntarget: p99 < ${TARGET_P99_MS} ms per search over ${SIZE} services (issue 13); searched ${sameProcess ? "in the importing process" : "by a process of its own"}`);
for (const v of verdicts) {
  console.log(
    `${v.name}: clock p99 ${v.clockP99.toFixed(2)} ms ${holds(v.clockP99)}; CPU time p99 ${v.cpuP99.toFixed(2)} ms ${holds(v.cpuP99)}; ` +
      `each question's fastest round p99 ${v.bestP99.toFixed(2)} ms ${holds(v.bestP99)} (load ${v.loadBefore} → ${v.loadAfter}, on ${cpus().length} cores)`,
  );
}

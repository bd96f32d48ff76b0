// npm run bench:search — the guide's search latency over generated catalogues of 5,000 services on SQLite.
// Two catalogues (bench/catalogue.ts): one made the way a real district's list of services is made
// (distinct titles, keywords shared the way they are in a city), the target; and the demo services
// repeated with a district's name in each copy, where every piece of every question is shared by ~78
// services: the worst case. The questions are the search fixture's, each asked BENCH_ROUNDS times.
// BENCH_CATALOGUE=realistic|repeated runs one of them only.
import { performance } from "node:perf_hooks";
import { cpus, loadavg } from "node:os";
import { openSqlite } from "../src/db/sqlite.js";
import type { Catalog } from "../src/domain/catalog/format.js";
import { importCatalog } from "../src/domain/catalog/import.js";
import { searchServices } from "../src/domain/catalog/search.js";
import { searchQuestions } from "../test/fixtures/search-questions.js";
import { realisticCatalogue, repeatedCatalogue } from "./catalogue.js";

const SIZE = Number(process.env.BENCH_SERVICES ?? 5000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const only = process.env.BENCH_CATALOGUE;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function run(name: string, catalog: Catalog) {
  const db = openSqlite(":memory:");
  const deps = { db, directory: db, now: () => Date.now(), defaultTimeZone: "Asia/Shanghai" };
  const loadStart = performance.now();
  const report = await importCatalog(deps, catalog);
  if (!report.ok) throw new Error(report.errors.slice(0, 5).join("\n"));
  const loadMs = performance.now() - loadStart;
  // The first search after an import pays for whatever is built once per catalogue (and pinyin's dictionary).
  const firstStart = performance.now();
  await searchServices(deps, searchQuestions[0]!.q);
  const firstMs = performance.now() - firstStart;
  for (const q of searchQuestions.slice(1, 6)) await searchServices(deps, q.q); // warm-up
  const groups: Record<string, number[]> = { "all questions": [], "1–2 characters": [], "Chinese, 3+ characters": [], English: [] };
  // CPU time as well as the time on the clock: on a shared machine the clock also counts the time the
  // process waited for a core, which a loaded VM makes long (the load average is printed at the top).
  const cpu: number[] = [];
  let found = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of searchQuestions) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const hits = await searchServices(deps, q.q, 5);
      const ms = performance.now() - start;
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
      // The repeated catalogue suffixes each copy's code with its number ("dibao-3").
      if (round === 0 && hits.some((h) => h.service.code === q.expect || h.service.code.startsWith(`${q.expect}-`))) found++;
      groups["all questions"]!.push(ms);
      const compact = q.q.replace(/\s/g, "");
      if (q.lang === "en") groups.English!.push(ms);
      else if (compact.length <= 2) groups["1–2 characters"]!.push(ms);
      else groups["Chinese, 3+ characters"]!.push(ms);
    }
  }
  console.log(`\n${name}: ${SIZE} services on SQLite (better-sqlite3, in memory); imported in ${(loadMs / 1000).toFixed(1)} s, first search ${firstMs.toFixed(0)} ms`);
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
  db.close();
}

console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${new Date().toISOString().slice(0, 16)}Z, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
if (!only || only === "realistic") await run("A catalogue like a city's (distinct titles and keywords)", realisticCatalogue(SIZE));
if (!only || only === "repeated") await run("The demo services repeated (worst case)", repeatedCatalogue(SIZE));

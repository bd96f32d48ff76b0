// npm run bench:search — search latency over a generated catalogue of 5,000 services on SQLite.
// The catalogue is the demo one repeated with varied titles and keywords, so that pieces are shared the
// way a real city's catalogue shares them; the questions are the search fixture's.
import { performance } from "node:perf_hooks";
import { cpus } from "node:os";
import { openSqlite } from "../src/db/sqlite.js";
import { demoCatalog } from "../src/demo/catalog.js";
import { catalogSchema } from "../src/domain/catalog/format.js";
import { importCatalog } from "../src/domain/catalog/import.js";
import { searchServices } from "../src/domain/catalog/search.js";
import { searchQuestions } from "../test/fixtures/search-questions.js";

const SIZE = Number(process.env.BENCH_SERVICES ?? 5000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

const districts = ["江岸", "江汉", "硚口", "汉阳", "武昌", "青山", "洪山", "东西湖", "蔡甸", "江夏", "黄陂", "新洲"];
const base = catalogSchema.parse(demoCatalog);
const services = Array.from({ length: SIZE }, (_, i) => {
  const s = base.services[i % base.services.length]!;
  const copy = Math.floor(i / base.services.length);
  const d = districts[copy % districts.length]!;
  return {
    ...s,
    code: `${s.code}-${copy}`.slice(0, 48),
    title: { zh: `${s.title.zh}（${d}${copy}）`, en: `${s.title.en} (${d} ${copy})` },
    keywords: { zh: [...s.keywords.zh, `${d}区`], en: s.keywords.en },
  };
});

const db = openSqlite(":memory:");
const deps = { db, directory: db, now: () => Date.now(), defaultTimeZone: "Asia/Shanghai" };
const loadStart = performance.now();
const report = await importCatalog(deps, { agencies: base.agencies, groups: base.groups, services });
if (!report.ok) throw new Error(report.errors.slice(0, 5).join("\n"));
const loadMs = performance.now() - loadStart;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const groups: Record<string, number[]> = { "all questions": [], "1–2 characters (LIKE)": [], "Chinese, 3+ characters": [], English: [] };
for (const q of searchQuestions.slice(0, 5)) await searchServices(deps, q.q); // warm-up
for (let round = 0; round < ROUNDS; round++) {
  for (const q of searchQuestions) {
    const start = performance.now();
    await searchServices(deps, q.q, 5);
    const ms = performance.now() - start;
    groups["all questions"]!.push(ms);
    const compact = q.q.replace(/\s/g, "");
    if (q.lang === "en") groups.English!.push(ms);
    else if (compact.length <= 2) groups["1–2 characters (LIKE)"]!.push(ms);
    else groups["Chinese, 3+ characters"]!.push(ms);
  }
}

console.log(`search over ${SIZE} services on SQLite (better-sqlite3, in memory); loaded in ${(loadMs / 1000).toFixed(1)} s`);
console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log("| questions | searches | p50 ms | p99 ms | max ms |");
console.log("|---|---:|---:|---:|---:|");
for (const [name, samples] of Object.entries(groups)) {
  if (samples.length === 0) continue;
  const sorted = [...samples].sort((a, b) => a - b);
  console.log(`| ${name} | ${sorted.length} | ${percentile(sorted, 50).toFixed(2)} | ${percentile(sorted, 99).toFixed(2)} | ${sorted.at(-1)!.toFixed(2)} |`);
}
db.close();

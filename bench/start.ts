// npm run bench:start — how long linli takes from start to a healthy /healthz, and how much memory it holds
// when idle, run two ways: from source (`npm run dev`: node --import tsx src/node.ts) and from the build
// (`npm start`: node scripts/start.mjs, which finds dist/ fresh and runs dist/node.js in its own process).
// Each run, in a fresh temporary folder (never ./data), on a free port, without Telegram, starts twice: the
// first start (an empty database: migrations and the demo data, as a first `npm start` loads them), then,
// after stopping, a restart on that database (what every later start does). Each start is timed from
// spawning node to the first 200 from /healthz; then, after BENCH_SETTLE_MS of idling, VmRSS (resident now;
// the per-run lines also show VmHWM, the peak) is read from /proc/<pid>/status of that node process.
// BENCH_RUNS runs of each way (default 5), the two ways interleaved so that the machine's load falls on both.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { build, isStale, root } from "../scripts/build.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 3000);
const TIMEOUT_MS = 60_000;

const ways = {
  "source (tsx)": ["--import", "tsx", "src/node.ts"],
  "build (dist/)": ["scripts/start.mjs"],
} as const;
type Way = keyof typeof ways;
const starts = { first: "first start (empty database, demo data loaded)", again: "restart (the same database)" } as const;
type Start = keyof typeof starts;

interface Run {
  healthyMs: number;
  rssMb: number;
  peakMb: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** VmRSS and VmHWM of a process, in MB. */
function memory(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
  return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024 };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function once(way: Way, dir: string): Promise<Run> {
  const port = await freePort();
  // Only what this run sets: no Telegram, no public URL, the temporary database (never ./data).
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, HOST: "127.0.0.1", PORT: String(port), DATABASE_PATH: join(dir, "linli.db"), LOG_LEVEL: "info" };
  const started = performance.now();
  const child = spawn(process.execPath, ways[way], { cwd: root, env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    let healthyMs: number | undefined;
    while (healthyMs === undefined) {
      if (child.exitCode !== null) throw new Error(`${way} exited with ${child.exitCode}: ${stderr}`);
      if (performance.now() - started > TIMEOUT_MS) throw new Error(`${way}: no healthy /healthz in ${TIMEOUT_MS} ms`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (response.status === 200) healthyMs = performance.now() - started;
        await response.body?.cancel();
      } catch {
        // not listening yet
      }
      if (healthyMs === undefined) await sleep(5);
    }
    await sleep(SETTLE_MS);
    return { healthyMs, ...memory(child.pid!) };
  } finally {
    child.kill("SIGTERM");
    await exited;
  }
}

async function firstAndAgain(way: Way): Promise<Record<Start, Run>> {
  const dir = mkdtempSync(join(tmpdir(), "linli-bench-start-"));
  try {
    return { first: await once(way, dir), again: await once(way, dir) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "?"}, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}, ${new Date().toISOString()}`);
const { files, ms } = await build();
console.log(`npm run build: ${files} files in ${ms} ms`);
const checkStart = performance.now();
const stale = isStale();
console.log(`staleness check (npm start, dist/ fresh): ${(performance.now() - checkStart).toFixed(1)} ms, stale: ${stale}`);
console.log(`${RUNS} runs of each way, interleaved; idle = ${SETTLE_MS} ms after healthy\n`);

const results = new Map<string, Run[]>();
for (let run = 0; run < RUNS; run++) {
  for (const way of Object.keys(ways) as Way[]) {
    const both = await firstAndAgain(way);
    for (const start of Object.keys(starts) as Start[]) {
      const result = both[start];
      const key = `${starts[start]} | ${way}`;
      results.set(key, [...(results.get(key) ?? []), result]);
      console.error(`run ${run + 1}, ${key}: healthy in ${result.healthyMs.toFixed(0)} ms, idle RSS ${result.rssMb.toFixed(1)} MB, peak ${result.peakMb.toFixed(1)} MB`);
    }
  }
}

const range = (values: number[], digits: number) => `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;
console.log("| start | from | runs | to a healthy /healthz, median ms (min–max) | idle RSS, median MB (min–max) |");
console.log("|---|---|---:|---:|---:|");
for (const start of Object.keys(starts) as Start[]) {
  for (const way of Object.keys(ways) as Way[]) {
    const key = `${starts[start]} | ${way}`;
    const runs = results.get(key)!;
    console.log(`| ${key} | ${runs.length} | ${range(runs.map((r) => r.healthyMs), 0)} | ${range(runs.map((r) => r.rssMb), 1)} |`);
  }
}
console.log(`\nload average at the end: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);

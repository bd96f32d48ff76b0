// The Node build: every file under src/ compiled to JavaScript in dist/, one file per source file (the same
// tree, so paths that source files resolve from their own place, such as the drizzle/ migrations folder,
// stay right). esbuild does it, the compiler tsx already runs under `npm run dev`; nothing is bundled, so
// better-sqlite3's native module and the packages are loaded from node_modules as they are. Types are
// checked by `npx tsc --noEmit`, not here. Plain JavaScript, so `npm start` needs no TypeScript to decide
// whether to build.
//
//   node scripts/build.mjs              build (what `npm run build` runs)
//   node scripts/build.mjs --if-stale   build only when dist/ is missing or older than its inputs
import { mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Written last by a build; its time is the time the build started. */
export const STAMP = ".built";
/** `npm run worker:build` writes the Worker's bundle here (wrangler.toml); a Node build leaves it alone. */
const KEEP = new Set(["worker"]);
/** Besides src/: what changes the output (tsconfig.json gives esbuild the JSX settings). */
const CONFIG = ["tsconfig.json", "scripts/build.mjs"];

const mtime = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
};

/** The newest modification time among the inputs: src/ (its folders too, so a deleted file counts) and the build config. */
export function newestInput(base = root) {
  let newest = mtime(join(base, "src")) ?? 0;
  for (const entry of readdirSync(join(base, "src"), { recursive: true, withFileTypes: true })) {
    newest = Math.max(newest, mtime(join(entry.parentPath, entry.name)) ?? 0);
  }
  for (const file of CONFIG) newest = Math.max(newest, mtime(join(base, file)) ?? 0);
  return newest;
}

/** True when `outdir` holds no finished build, or one older than any input. */
export function isStale(base = root, outdir = join(base, "dist")) {
  const built = mtime(join(outdir, STAMP));
  return built === undefined || built < newestInput(base);
}

/** Compiles src/ into `outdir` (dist/ by default), replacing what an earlier build left there. */
export async function build(base = root, outdir = join(base, "dist")) {
  const started = Date.now();
  const src = join(base, "src");
  const sources = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts"))
    .map((entry) => join(entry.parentPath, entry.name));
  mkdirSync(outdir, { recursive: true });
  // A file deleted from src/ leaves no stale copy behind.
  for (const entry of readdirSync(outdir)) if (!KEEP.has(entry)) rmSync(join(outdir, entry), { recursive: true, force: true });
  const esbuild = await import("esbuild");
  try {
    await esbuild.build({
      entryPoints: sources,
      outdir,
      outbase: src,
      bundle: false,
      format: "esm",
      platform: "node",
      target: "node20",
      // Hono JSX, as tsconfig.json says (esbuild reads it too; said here so the build does not depend on that).
      jsx: "automatic",
      jsxImportSource: "hono/jsx",
      tsconfig: join(base, "tsconfig.json"),
      logLevel: "warning",
    });
  } finally {
    await esbuild.stop();
  }
  // The stamp carries the start time: a source saved while the build ran makes the next start build again.
  const stamp = join(outdir, STAMP);
  writeFileSync(stamp, `${sources.length} files from src/, esbuild ${esbuild.version}\n`);
  utimesSync(stamp, new Date(started), new Date(started));
  return { files: sources.length, ms: Date.now() - started };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ifStale = process.argv.includes("--if-stale");
  if (ifStale && !isStale()) process.exit(0);
  const { files, ms } = await build();
  console.error(`linli: built dist/ from src/ (${files} files, ${ms} ms)`);
}

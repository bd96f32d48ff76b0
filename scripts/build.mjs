// The Node build: every file under src/ compiled to JavaScript in dist/, one file per source file (the same
// tree, so paths that source files resolve from their own place, such as the drizzle/ migrations folder,
// stay right). esbuild does it, the compiler tsx already runs under `npm run dev`; nothing is bundled, so
// better-sqlite3's native module and the packages are loaded from node_modules as they are. Types are
// checked by `npx tsc --noEmit`, not here. Plain JavaScript, so `npm start` needs no TypeScript to decide
// whether to build.
//
//   node scripts/build.mjs              build (what `npm run build` runs)
//   node scripts/build.mjs --if-stale   build only when dist/ is missing or was built from other inputs
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Written last by a build: the fingerprint of the inputs it compiled (its first line). */
export const STAMP = ".built";
/** `npm run worker:build` writes the Worker's bundle here (wrangler.toml); a Node build leaves it alone. */
const KEEP = new Set(["worker"]);
/** Besides src/: what changes the output (tsconfig.json gives esbuild the JSX settings). */
const CONFIG = ["tsconfig.json", "scripts/build.mjs"];

/**
 * What the build reads, summed up: every file under src/ and the build config, each with its size and
 * modification time, hashed. Any file added, deleted, saved, or replaced by an older copy (a restored
 * backup, `rsync -a`, a checkout) changes it; computing it reads no file's contents.
 */
export function inputsFingerprint(base = root) {
  const lines = [];
  const note = (path) => {
    const { size, mtimeMs } = statSync(join(base, path));
    lines.push(`${path}\t${size}\t${mtimeMs}`);
  };
  for (const entry of readdirSync(join(base, "src"), { recursive: true, withFileTypes: true })) {
    if (!entry.isDirectory()) note(relative(base, join(entry.parentPath, entry.name)));
  }
  for (const file of CONFIG) if (existsSync(join(base, file))) note(file);
  return createHash("sha256").update(lines.sort().join("\n")).digest("hex");
}

/**
 * True when `outdir` holds no finished build, or one made from other inputs than those there now. A copy
 * shipped with dist/ and without src/ runs what it has.
 */
export function isStale(base = root, outdir = join(base, "dist")) {
  const stamp = join(outdir, STAMP);
  if (!existsSync(stamp)) return true;
  if (!existsSync(join(base, "src"))) return false;
  return readFileSync(stamp, "utf8").split("\n")[0] !== inputsFingerprint(base);
}

/** Compiles src/ into `outdir` (dist/ by default), replacing what an earlier build left there. */
export async function build(base = root, outdir = join(base, "dist")) {
  const started = Date.now();
  // Taken before compiling: a file saved while the build runs makes the next start build again.
  const fingerprint = inputsFingerprint(base);
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
  // Written last: a build that did not finish leaves no stamp.
  writeFileSync(join(outdir, STAMP), `${fingerprint}\n${sources.length} files from src/, esbuild ${esbuild.version}\n`);
  return { files: sources.length, ms: Date.now() - started };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ifStale = process.argv.includes("--if-stale");
  if (ifStale && !isStale()) process.exit(0);
  try {
    const { files, ms } = await build();
    console.error(`linli: built dist/ from src/ (${files} files, ${ms} ms)`);
  } catch (error) {
    // esbuild has printed its errors with their place in the source; anything else is said here.
    if (!Array.isArray(error?.errors)) console.error(String(error?.message ?? error));
    console.error("linli: the build failed; dist/ is left without a finished build.");
    process.exit(1);
  }
}

// The Node build (scripts/build.mjs): when `npm start` decides to build — dist/ missing, or older than a file
// or folder in src/ or the build config — and what a build writes, on a small source tree of its own.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { build, isStale, STAMP } from "../../scripts/build.mjs";

let base: string;
const at = (path: string) => join(base, path);
/** Sets a file's (or folder's) modification time `seconds` from now. */
const touch = (path: string, seconds: number) => {
  const time = new Date(Date.now() + seconds * 1000);
  utimesSync(at(path), time, time);
};

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), "linli-build-"));
  mkdirSync(at("src/web"), { recursive: true });
  writeFileSync(at("tsconfig.json"), JSON.stringify({ compilerOptions: { jsx: "react-jsx", jsxImportSource: "hono/jsx" } }));
  writeFileSync(at("src/main.ts"), 'import { page } from "./web/page.js";\nconst greeting: string = page();\nconsole.log(greeting);\n');
  writeFileSync(at("src/web/page.tsx"), "export const page = () => <p>你好</p>;\n");
  // Everything an hour old, so that the build's own clock reading is newer.
  for (const path of ["tsconfig.json", "src/main.ts", "src/web/page.tsx", "src/web", "src"]) touch(path, -3600);
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe("the Node build", () => {
  it("is stale without dist/, builds one JavaScript file per source file with Hono JSX, and is fresh after", async () => {
    expect(isStale(base)).toBe(true);
    const { files } = await build(base);
    expect(files).toBe(2);
    expect(existsSync(at(`dist/${STAMP}`))).toBe(true);
    const main = readFileSync(at("dist/main.js"), "utf8");
    expect(main).toContain('from "./web/page.js"');
    expect(main).not.toContain(": string");
    expect(readFileSync(at("dist/web/page.js"), "utf8")).toContain('from "hono/jsx/jsx-runtime"');
    expect(isStale(base)).toBe(false);
  });

  it("is stale when a source file, a folder of src/ or tsconfig.json is newer than the build, fresh otherwise", async () => {
    await build(base);
    // A build stamps the time it started; anything saved later counts.
    touch(`dist/${STAMP}`, -60);
    expect(isStale(base)).toBe(false);
    touch("src/web/page.tsx", 0);
    expect(isStale(base)).toBe(true);
    touch("src/web/page.tsx", -3600);
    expect(isStale(base)).toBe(false);
    // A new file in a folder (or one deleted from it) changes the folder's time.
    touch("src/web", 0);
    expect(isStale(base)).toBe(true);
    touch("src/web", -3600);
    touch("tsconfig.json", 0);
    expect(isStale(base)).toBe(true);
  });

  it("is stale when the last build did not finish (no stamp)", async () => {
    await build(base);
    rmSync(at(`dist/${STAMP}`));
    expect(isStale(base)).toBe(true);
  });

  it("takes out what a deleted source left in dist/ and keeps the Worker's bundle (dist/worker)", async () => {
    await build(base);
    mkdirSync(at("dist/worker"));
    writeFileSync(at("dist/worker/index.js"), "// wrangler's");
    rmSync(at("src/web/page.tsx"));
    writeFileSync(at("src/main.ts"), "console.log(1);\n");
    expect(isStale(base)).toBe(true);
    await build(base);
    expect(existsSync(at("dist/web/page.js"))).toBe(false);
    expect(existsSync(at("dist/main.js"))).toBe(true);
    expect(existsSync(at("dist/worker/index.js"))).toBe(true);
  });
});

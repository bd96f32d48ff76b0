// The Node build (scripts/build.mjs): when `npm start` decides to build — no finished build in dist/, or a
// file in src/ or the build config added, removed or changed since — and what a build writes, on a small
// source tree of its own.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { build, isStale, STAMP } from "../../scripts/build.mjs";

let base: string;
const at = (path: string) => join(base, path);
/** An hour ago, to the second: what the test tree's files say until a test saves one. */
const earlier = new Date(Math.floor(Date.now() / 1000) * 1000 - 3_600_000);
const setTime = (path: string, time: Date) => utimesSync(at(path), time, time);

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), "linli-build-"));
  mkdirSync(at("src/web"), { recursive: true });
  writeFileSync(at("tsconfig.json"), JSON.stringify({ compilerOptions: { jsx: "react-jsx", jsxImportSource: "hono/jsx" } }));
  writeFileSync(at("src/main.ts"), 'import { page } from "./web/page.js";\nconst greeting: string = page();\nconsole.log(greeting);\n');
  writeFileSync(at("src/web/page.tsx"), "export const page = () => <p>你好</p>;\n");
  for (const path of ["tsconfig.json", "src/main.ts", "src/web/page.tsx"]) setTime(path, earlier);
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

  it("is stale when a source file was saved since the build, fresh when nothing changed", async () => {
    await build(base);
    expect(isStale(base)).toBe(false);
    setTime("src/web/page.tsx", new Date());
    expect(isStale(base)).toBe(true);
    setTime("src/web/page.tsx", earlier);
    expect(isStale(base)).toBe(false);
  });

  it("is stale when a source file is replaced by an older copy, or tsconfig.json changes", async () => {
    await build(base);
    setTime("src/main.ts", new Date(earlier.getTime() - 86_400_000));
    expect(isStale(base)).toBe(true);
    setTime("src/main.ts", earlier);
    expect(isStale(base)).toBe(false);
    writeFileSync(at("tsconfig.json"), JSON.stringify({ compilerOptions: { jsx: "react-jsx", jsxImportSource: "hono/jsx", target: "ES2023" } }));
    setTime("tsconfig.json", earlier);
    expect(isStale(base)).toBe(true);
  });

  it("is stale when a source file is added or deleted", async () => {
    await build(base);
    writeFileSync(at("src/web/extra.ts"), "export {};\n");
    setTime("src/web/extra.ts", earlier);
    expect(isStale(base)).toBe(true);
    rmSync(at("src/web/extra.ts"));
    expect(isStale(base)).toBe(false);
    rmSync(at("src/web/page.tsx"));
    expect(isStale(base)).toBe(true);
  });

  it("runs a shipped build as it is when there is no src/ to build from", async () => {
    await build(base);
    rmSync(at("src"), { recursive: true });
    expect(isStale(base)).toBe(false);
    rmSync(at(`dist/${STAMP}`));
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
    await build(base);
    expect(existsSync(at("dist/web/page.js"))).toBe(false);
    expect(readFileSync(at("dist/main.js"), "utf8")).toContain("console.log(1)");
    expect(existsSync(at("dist/worker/index.js"))).toBe(true);
    expect(isStale(base)).toBe(false);
  });
});

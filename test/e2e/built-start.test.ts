// `npm start` on a fresh clone runs the compiled JavaScript: scripts/start.mjs finds no dist/, builds it,
// and the built server migrates the database, loads the demo data, renders its pages (Hono JSX) and answers
// /healthz; the next start finds dist/ fresh and does not build again. Run in a copy of the project's layout
// in a temporary folder (src/ and the scripts copied, drizzle/ and node_modules linked), so the project's
// own dist/ is neither needed nor touched.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isStale, root } from "../../scripts/build.mjs";

let clone: string;
beforeAll(() => {
  clone = mkdtempSync(join(tmpdir(), "linli-clone-"));
  for (const path of ["src", "package.json", "tsconfig.json", "scripts/build.mjs", "scripts/start.mjs"]) cpSync(join(root, path), join(clone, path), { recursive: true });
  for (const path of ["drizzle", "node_modules"]) symlinkSync(join(root, path), join(clone, path));
  mkdirSync(join(clone, "data"));
});
afterAll(() => rmSync(clone, { recursive: true, force: true }));

interface Started {
  url: string;
  logs: Record<string, unknown>[];
  stderr: () => string;
  /** SIGTERM, then the exit code. */
  stop: () => Promise<number | null>;
}

/** `npm start`, as package.json runs it, in the copy; resolves once the server says where it listens. */
async function npmStart(): Promise<Started> {
  const child = spawn(process.execPath, ["--env-file-if-exists=.env", "scripts/start.mjs"], {
    cwd: clone,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: "0", DATABASE_PATH: join(clone, "data/linli.db"), LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const logs: Record<string, unknown>[] = [];
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "listening" line; stderr: ${stderr}`)), 50_000);
      createInterface({ input: child.stdout! }).on("line", (line) => {
        try {
          const entry = JSON.parse(line) as Record<string, unknown>;
          logs.push(entry);
          if (entry.msg === "listening") {
            clearTimeout(timer);
            resolve(String(entry.url));
          }
        } catch {
          // not a log line
        }
      });
      child.on("exit", (code) => reject(new Error(`exited with ${code}; stderr: ${stderr}`)));
    });
    return { url, logs, stderr: () => stderr, stop: () => (child.kill("SIGTERM"), exited) };
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
}

describe("npm start from the build", () => {
  it("builds dist/ when it is missing, then serves from it: migrations, demo data, pages, /healthz, a clean stop", async () => {
    expect(existsSync(join(clone, "dist"))).toBe(false);
    const app = await npmStart();
    try {
      expect(app.stderr()).toMatch(/built dist\/ from src\/ \(\d+ files/);
      expect(existsSync(join(clone, "dist/node.js"))).toBe(true);
      expect(app.logs.find((l) => l.msg === "database ready (migrations applied)")).toBeTruthy();
      expect(app.logs.find((l) => String(l.msg).startsWith("demo data loaded"))).toMatchObject({ communities: expect.any(Number) });
      const health = await fetch(`${app.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ ok: true, database: "sqlite" });
      // Pages rendered by Hono JSX from the compiled .tsx files.
      const login = await fetch(`${app.url}/console/login`);
      expect(login.status).toBe(200);
      expect(await login.text()).toMatch(/<form[^>]*method="post"[\s\S]*name="csrf"/);
      const chat = await fetch(`${app.url}/chat`);
      expect(chat.status).toBe(200);
      expect(chat.headers.get("content-type")).toContain("text/html");
    } finally {
      expect(await app.stop()).toBe(0);
    }
    expect(isStale(clone)).toBe(false);
  });

  it("starts again from the same dist/ without building while src/ has not changed", async () => {
    const app = await npmStart();
    try {
      expect(app.stderr()).not.toContain("built dist/");
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    } finally {
      expect(await app.stop()).toBe(0);
    }
  });
});

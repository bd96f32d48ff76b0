// One `vitest run`, three projects:
//   node    – Node.js, better-sqlite3 (test/node)
//   workers – inside workerd via @cloudflare/vitest-pool-workers, D1 from wrangler.toml (test/workers)
//   e2e     – Node.js, whole-system tests, one file at a time (test/e2e)
// Run one project with `npx vitest run --project workers`.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig(async () => {
  // drizzle-kit's output: drizzle/NNNN_name.sql (statements split on `--> statement-breakpoint`,
  // which is an SQL comment; wrangler's splitter also keeps CREATE TRIGGER … BEGIN … END whole).
  // readD1Migrations reads only *.sql files, ordered by their number prefix; drizzle/meta is ignored.
  const migrations = await readD1Migrations(path.join(root, "drizzle"));

  return {
    test: {
      projects: [
        {
          test: {
            name: "node",
            environment: "node",
            include: ["test/node/**/*.test.ts"],
            testTimeout: 20_000,
            // A harness starts the whole app with the demo data: seconds on a shared, busy machine.
            hookTimeout: 30_000,
          },
        },
        {
          plugins: [
            // The function form gets `inject`, so values provided by globalSetup (which runs first,
            // in Node) can become bindings.
            cloudflareTest(({ inject }) => ({
              // Bindings (DB, vars) and `main` (src/worker.ts, reachable as `exports.default`) come from here.
              wrangler: { configPath: path.join(root, "wrangler.toml") },
              miniflare: {
                // These override wrangler.toml [vars] of the same name.
                bindings: {
                  TEST_MIGRATIONS: migrations,
                  TELEGRAM_BOT_TOKEN: "123456:TEST",
                  // config.ts requires 16–256 characters of [A-Za-z0-9_-].
                  TELEGRAM_WEBHOOK_SECRET: "test-secret-0123456789",
                  TELEGRAM_BOT_USERNAME: "linli_test_bot",
                  TELEGRAM_API_ROOT: `http://127.0.0.1:${inject("fakeTelegramPort")}`,
                  DEMO_DATA: "false",
                  // Other tests send many messages a minute; test/workers/limits.test.ts builds its own
                  // linli over D1 with small limits.
                  LIMIT_CHAT_MESSAGES: "100000/1m",
                  LIMIT_CASES: "100000/1h",
                },
              },
            })),
          ],
          test: {
            name: "workers",
            include: ["test/workers/**/*.test.ts"],
            globalSetup: ["test/workers/global-setup.ts"],
            setupFiles: ["test/workers/apply-migrations.ts"],
            testTimeout: 20_000,
            // @grammyjs/auto-retry is CommonJS. Unbundled, workerd loads it through the pool's module
            // fallback service, which in `projects` mode resolves with the ROOT Vite server (no
            // workerd/browser conditions): `debug` resolves to its Node build, which requires
            // supports-color → node:tty/os and workerd crashes (Segmentation fault, "Worker exited
            // unexpectedly"; cloudflare/workers-sdk#14590). Pre-bundling with esbuild avoids the
            // fallback entirely. grammy is included too so both share ONE copy of grammY (auto-retry's
            // `instanceof HttpError` then sees the app's errors).
            deps: {
              optimizer: {
                ssr: { enabled: true, include: ["grammy", "@grammyjs/auto-retry"] },
              },
            },
          },
        },
        {
          test: {
            name: "e2e",
            environment: "node",
            include: ["test/e2e/**/*.test.ts"],
            testTimeout: 60_000,
            hookTimeout: 60_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});

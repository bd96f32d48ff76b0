// Types of the workerd-only modules the workers tests import. The full declarations
// (@cloudflare/vitest-pool-workers/types and the global @cloudflare/workers-types) would add Workers
// globals to the one tsconfig.json shared with Node code and clash with lib.dom/@types/node, so only
// what the tests use is declared here, with module-scoped types from @cloudflare/workers-types.
// Keep this file free of top-level import/export: it must stay an ambient (global) declaration file.

declare module "cloudflare:test" {
  export interface D1Migration {
    name: string;
    queries: string[];
  }
  /** Applies the migrations not yet recorded in `migrationsTableName` (default d1_migrations). */
  export function applyD1Migrations(
    db: import("@cloudflare/workers-types").D1Database,
    migrations: D1Migration[],
    migrationsTableName?: string,
  ): Promise<void>;
  export function createExecutionContext(): import("@cloudflare/workers-types").ExecutionContext;
  /** Waits for every ctx.waitUntil() promise of a context from createExecutionContext(). */
  export function waitOnExecutionContext(ctx: import("@cloudflare/workers-types").ExecutionContext): Promise<void>;
  export function createScheduledController(options?: { scheduledTime?: Date | number; cron?: string }): import("@cloudflare/workers-types").ScheduledController;
  /** Deletes all data from all bindings (D1 included) — migrations too. */
  export function reset(): Promise<void>;
}

declare module "cloudflare:workers" {
  /** The bindings of the `workers` project: wrangler.toml plus miniflare.bindings in vitest.config.ts. */
  export const env: {
    DB: import("@cloudflare/workers-types").D1Database;
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
    DEMO_DATA: string;
    TELEGRAM_BOT_TOKEN: string;
    TELEGRAM_WEBHOOK_SECRET: string;
    TELEGRAM_BOT_USERNAME: string;
    TELEGRAM_API_ROOT: string;
    [name: string]: unknown;
  };
  /** The exports of `main` (src/worker.ts), running in the same isolate as the tests. */
  export const exports: {
    default: {
      fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
      /** Calls the scheduled() handler with a controller built from `options`; resolves to its return value. */
      scheduled(options?: { scheduledTime?: Date | number; cron?: string }): Promise<unknown>;
    };
  };
}

// setupFiles entry of the `workers` project: runs inside workerd before every test file.
// Storage (D1 included) is isolated per test FILE, so each file starts from an empty database and
// this applies every migration in drizzle/ to it. vitest.config.ts reads the *.sql files with
// readD1Migrations() (in Node) and passes them in as the TEST_MIGRATIONS binding.
// applyD1Migrations() records what it applied in the d1_migrations table, so running it again in
// the same storage is a no-op.
import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);

import { sql } from "drizzle-orm";
import { Hono } from "hono";
import type { AppEnv } from "./env.js";

/** GET /healthz: 200 when the database answers, 503 otherwise. */
export function health() {
  const app = new Hono<AppEnv>();
  app.get("/", async (c) => {
    const { domain, logger } = c.get("deps");
    try {
      await domain.db.orm.run(sql`select 1`);
      return c.json({ ok: true, database: domain.db.driver });
    } catch (error) {
      logger.error({ err: error }, "health check: database unreachable");
      return c.json({ ok: false, database: "unreachable" }, 503);
    }
  });
  return app;
}

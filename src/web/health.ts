import { sql } from "drizzle-orm";
import { Hono } from "hono";
import type { Database } from "../db/database.js";
import type { AppEnv } from "./env.js";

/** GET /healthz: 200 when the database answers, 503 otherwise. */
export function health(db: Database) {
  const app = new Hono<AppEnv>();
  app.get("/", async (c) => {
    try {
      await db.orm.run(sql`select 1`);
      return c.json({ ok: true, database: db.driver });
    } catch (error) {
      c.get("logger").error({ err: error }, "health check: database unreachable");
      return c.json({ ok: false, database: "unreachable" }, 503);
    }
  });
  return app;
}

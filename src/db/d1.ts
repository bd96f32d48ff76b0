// Cloudflare D1 (Workers). D1 has no interactive transactions: an atomic write is one batch.
import type { D1Database } from "@cloudflare/workers-types";
import { drizzle } from "drizzle-orm/d1";
import type { Database, Orm, Write } from "./database.js";
import * as schema from "./schema.js";

export function openD1(binding: D1Database): Database {
  const orm = drizzle(binding, { schema });
  return {
    driver: "d1",
    orm: orm as unknown as Orm,
    async atomic(build) {
      const writes = build(orm as unknown as Orm);
      if (writes.length === 0) return;
      await orm.batch(writes as [Write, ...Write[]]);
    },
    // D1 manages its own storage and allows no PRAGMA secure_delete or checkpoint; what Cloudflare keeps
    // after a deletion (Time Travel) is described in the README, "Security".
    async eraseDeleted() {},
    batch: (queries) => orm.batch(queries as unknown as [Write, ...Write[]]) as never,
  };
}

// The statements every update runs, prepared once per database: drizzle does not rebuild their SQL and
// SQLite does not compile them again (a CPU profile of bench/webhook found a quarter of the time there).
import { and, eq, sql } from "drizzle-orm";
import type { Orm } from "./database.js";
import { conversations, residents, telegramUpdates } from "./schema.js";

function prepare(orm: Orm) {
  return {
    takeUpdate: orm
      .insert(telegramUpdates)
      .values({ updateId: sql.placeholder("updateId"), receivedAt: sql.placeholder("receivedAt") })
      .onConflictDoNothing()
      .returning({ id: telegramUpdates.updateId })
      .prepare(),
    findResident: orm
      .select()
      .from(residents)
      .where(and(eq(residents.channel, sql.placeholder("channel")), eq(residents.externalId, sql.placeholder("externalId"))))
      .limit(1)
      .prepare(),
    findConversation: orm.select().from(conversations).where(eq(conversations.key, sql.placeholder("key"))).limit(1).prepare(),
  };
}

const cache = new WeakMap<Orm, ReturnType<typeof prepare>>();

export function prepared(orm: Orm): ReturnType<typeof prepare> {
  let statements = cache.get(orm);
  if (!statements) {
    statements = prepare(orm);
    cache.set(orm, statements);
  }
  return statements;
}

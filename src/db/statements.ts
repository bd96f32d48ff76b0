// Prepared statements, built once per database. drizzle does not rebuild their SQL and SQLite does not
// compile them again: a CPU profile of bench/webhook found a quarter of the time there. Each
// src/db/queries/<job>.ts declares its own with `preparedOnce` and calls them through it.
import type { Orm } from "./database.js";

/** `build` runs once per database; later calls get the same statements back. */
export function preparedOnce<T>(build: (orm: Orm) => T): (orm: Orm) => T {
  const cache = new WeakMap<Orm, T>();
  return (orm) => {
    let statements = cache.get(orm);
    if (!statements) {
      statements = build(orm);
      cache.set(orm, statements);
    }
    return statements;
  };
}

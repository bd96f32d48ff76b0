// Prepared statements, built once per database. drizzle does not rebuild their SQL and SQLite does not
// compile them again: a CPU profile of bench/webhook found a quarter of the time there. Each
// src/db/queries/<job>.ts declares its own with `preparedOnce` and calls them through it.
import { sql, type Placeholder } from "drizzle-orm";
import type { Orm, Write } from "./database.js";

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

/** Databases whose driver keeps compiled statements between writes (better-sqlite3; not D1's batch). */
const keeping = new WeakSet<Orm>();

/** Called by a driver factory whose connection keeps compiled statements (src/db/sqlite.ts). */
export function keepsStatements(orm: Orm): void {
  keeping.add(orm);
}

type Placeholders<V> = { [K in keyof V]: V[K] | Placeholder };
type Values = Record<string, string | number | null>;

/**
 * What `build` makes, compiled once per database whose driver keeps statements and handed to `use` with
 * the values; on other drivers built with the values. The two below are its uses.
 */
function compiledOnce<V extends Values, Q, S>(names: readonly (keyof V & string)[], build: (orm: Orm, values: Placeholders<V>) => Q, use: (statement: S, values: V) => Q) {
  const compiled = new WeakMap<Orm, S>();
  return (orm: Orm, values: V): Q => {
    if (!keeping.has(orm)) return build(orm, values);
    let statement = compiled.get(orm);
    if (!statement) {
      const placeholders = Object.fromEntries(names.map((name) => [name, sql.placeholder(name)])) as Placeholders<V>;
      statement = (build(orm, placeholders) as unknown as { prepare(): S }).prepare();
      compiled.set(orm, statement);
    }
    return use(statement, values);
  };
}

/**
 * A write that the hot paths run many times a second. better-sqlite3 compiles its statement once per
 * database and runs it with these values — compiling an insert into a table with triggers compiles the
 * triggers too (about a quarter of a millisecond for the ledger's). D1's batch takes built queries only,
 * so there it is built with the values. `build` gets placeholders or values; values must already be what
 * the driver stores (numbers, strings, null): placeholders skip drizzle's column mapping.
 */
export function preparedWrite<V extends Values>(names: readonly (keyof V & string)[], build: (orm: Orm, values: Placeholders<V>) => Write): (orm: Orm, values: V) => Write {
  return compiledOnce(names, build, (statement: { run(values: V): unknown }, values) => ({ run: () => statement.run(values) }) as unknown as Write);
}

/**
 * A read that the hot paths run many times a second, as `preparedWrite` is for writes: compiled once per
 * database on better-sqlite3 (drizzle builds its SQL once, SQLite compiles it once), and on D1 the built
 * query, so that it can join a batch (one round trip). Awaited — or put in `db.batch` — the same way on
 * both. `build` gets placeholders or values, which must already be what the driver stores.
 */
export function preparedRead<V extends Values, Q extends PromiseLike<unknown>>(names: readonly (keyof V & string)[], build: (orm: Orm, values: Placeholders<V>) => Q): (orm: Orm, values: V) => Q {
  // Run when awaited, as a query builder is.
  return compiledOnce(names, build, (statement: { all(values: V): unknown }, values) => {
    const rows: PromiseLike<unknown> = { then: (done, failed) => new Promise((resolve) => resolve(statement.all(values))).then(done, failed) };
    return rows as Q;
  });
}

// Counting D1 round trips: a D1Database that passes everything to the real binding and counts each call
// that goes to the database — a statement's all/run/first/raw, a batch (one trip however many
// statements it holds), an exec — with the SQL of each, so that a test can say how many trips one update
// costs and which ones they were.
import type { D1Database, D1PreparedStatement } from "@cloudflare/workers-types";

export interface Trips {
  /** The binding to give openD1. */
  db: D1Database;
  /** The trips since the last reset: the SQL of each (a batch lists its statements joined by " ; "). */
  log: string[];
  reset(): void;
}

export function countingD1(real: D1Database): Trips {
  const log: string[] = [];
  const sqlOf = new WeakMap<object, string>();
  // The real statement behind a counted one, for batch (which wants the binding's own objects).
  const unwrapped = new WeakMap<object, D1PreparedStatement>();
  const counted = (statement: D1PreparedStatement, sql: string): D1PreparedStatement => {
    const proxy = new Proxy(statement, {
      get(target, property) {
        const value = Reflect.get(target, property, target) as unknown;
        if (property === "bind") return (...args: unknown[]) => counted((value as (...a: unknown[]) => D1PreparedStatement).apply(target, args), sql);
        if (typeof value === "function" && ["all", "run", "first", "raw"].includes(String(property))) {
          return (...args: unknown[]) => {
            log.push(sql);
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    sqlOf.set(proxy, sql);
    unwrapped.set(proxy, statement);
    return proxy;
  };
  const db = new Proxy(real, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (property === "prepare") return (sql: string) => counted(target.prepare(sql), sql);
      if (property === "batch") {
        return (statements: D1PreparedStatement[]) => {
          log.push(statements.map((s) => sqlOf.get(s) ?? "?").join(" ; "));
          return target.batch(statements.map((s) => unwrapped.get(s) ?? s));
        };
      }
      if (property === "exec") {
        return (sql: string) => {
          log.push(sql);
          return target.exec(sql);
        };
      }
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { db, log, reset: () => void log.splice(0) };
}

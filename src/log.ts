// The logging interface every part uses. On Node it is pino (src/node.ts); on Workers, JSON lines on the
// console (Workers Logs collects them). Never log an ID number or a full phone number.

export type LogLevel = "trace" | "debug" | "info" | "warn" | "error" | "fatal" | "silent";

export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
}

const order: LogLevel[] = ["trace", "debug", "info", "warn", "error", "fatal", "silent"];

export function consoleLogger(level: LogLevel, bindings: Record<string, unknown> = {}): Logger {
  const min = order.indexOf(level);
  const write = (lvl: LogLevel) => (obj: object, msg?: string) => {
    if (order.indexOf(lvl) < min) return;
    const line = { level: lvl, time: Date.now(), ...bindings, ...serialise(obj), ...(msg ? { msg } : {}) };
    (lvl === "error" ? console.error : console.log)(JSON.stringify(line));
  };
  return {
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    child: (more) => consoleLogger(level, { ...bindings, ...more }),
  };
}

function serialise(obj: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    out[k] = v instanceof Error ? { type: v.name, message: v.message, stack: v.stack } : v;
  }
  return out;
}

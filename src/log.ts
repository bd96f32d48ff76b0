// The logging interface every part uses. On Node it is pino (src/node-logger.ts); on Workers, JSON lines
// on the console (Workers Logs collects them). Never log an ID number, a full phone number, a message's
// text or a secret: an error is logged through `errorFields`, which keeps what says what went wrong and
// drops what it was about.

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
  for (const [k, v] of Object.entries(obj)) out[k] = v instanceof Error ? errorFields(v) : v;
  return out;
}

/** A bot token (123456:ABC…) wherever it appears, e.g. in a URL inside a network error. */
const botToken = /\b\d{5,}:[A-Za-z0-9_-]{20,}\b/g;

/**
 * What of an error goes into a log: its kind, message, code, where it was thrown, and for a Bot API
 * error the method, error_code and description. Never the request it was about: grammY's GrammyError
 * carries the whole call in `payload` (the chat id, the text, setWebhook's secret_token), and a
 * drizzle query error names the statement's parameters (phone numbers, session ids) in its message.
 */
export function errorFields(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error, message: "(not an Error; not logged)" };
  const e = error as Error & Record<string, unknown>;
  const isQueryError = typeof e.query === "string" && "params" in e;
  const message = isQueryError ? `Failed query: ${e.query as string}` : e.message;
  const fields: Record<string, unknown> = {
    type: e.name === "Error" ? e.constructor.name : e.name,
    message: message.replace(botToken, "<bot token>"),
  };
  if (typeof e.code === "string" || typeof e.code === "number") fields.code = e.code;
  if (e.name === "GrammyError") {
    fields.method = e.method;
    fields.error_code = e.error_code;
    fields.description = e.description;
    const retryAfter = (e.parameters as { retry_after?: unknown } | undefined)?.retry_after;
    if (retryAfter !== undefined) fields.retry_after = retryAfter;
  }
  // The stack's first line repeats the message, which is exactly what must not be repeated.
  if (e.stack) fields.stack = e.stack.split("\n").filter((line) => /^\s+at /.test(line)).join("\n");
  // grammY's HttpError keeps what failed underneath in `error`, everyone else in `cause`.
  const cause = e.name === "HttpError" ? e.error : e.cause;
  if (cause !== undefined && depth < 3) fields.cause = errorFields(cause, depth + 1);
  return fields;
}

/** One line for a person reading a terminal: "GrammyError: Call to 'setWebhook' failed! (400: …)". */
export function errorText(error: unknown): string {
  const lines: string[] = [];
  for (let fields = errorFields(error); fields; fields = fields.cause as Record<string, unknown>) {
    lines.push(`${lines.length ? "caused by " : ""}${String(fields.type)}: ${String(fields.message)}`);
  }
  return lines.join("\n  ");
}

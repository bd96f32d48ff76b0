// Whether an error means the database cannot be used for a moment — busy or locked (another process
// writing, a backup), full, an I/O error, D1 overloaded or its connection lost — rather than a bug.
// Such a request is answered 503 with Retry-After (README, "Faults"): the web chat's page tries again by
// itself, Telegram delivers the update again, and nothing is taken in half.

const codes = new Set(["SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_FULL", "SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_READONLY"]);
const messages = /database is locked|database table is locked|database or disk is full|disk I\/O error|unable to open database|D1 DB is overloaded|D1_ERROR.*(?:overloaded|reset|Network connection lost|storage)|Network connection lost|internal error; reference/i;

/** How long a client is asked to wait (seconds). */
export const RETRY_AFTER_SECONDS = 5;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (codes.has(code) || [...codes].some((c) => code.startsWith(`${c}_`)))) return true;
    if (messages.test(e.message)) return true;
  }
  return false;
}

// The fuzz suite (issue 14): random and mutated input at every public entry — the web chat's API, the
// webhook, /api (the services, places and staff APIs), Open311 and the console's login — with fast-check,
// seeded (the seed and the shrunk input are printed on failure; FUZZ_SEED replays one). What must hold:
// never a 5xx and never a request that failed inside (a logged error); input refused with a 4xx changes
// nothing. Runs on both drivers (test/node/fuzz.test.ts, test/workers/fuzz.test.ts); FUZZ_RUNS sets how
// many inputs each property gets (`npm run fuzz` runs many more than CI does).
import fc from "fast-check";
import { expect } from "vitest";
import { onboardingButtons } from "../../src/flows/onboarding.js";
import { guideButtons } from "../../src/flows/guide.js";
import { contact, press, text, voice, type Person } from "../support/updates.js";

export interface FuzzDriver {
  /** A request to the app (no address: the per-address limits do not count these). */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** Posts a raw body to the webhook with the right secret. */
  post(body: string): Promise<Response>;
  /** Something that changes whenever any row changes (a count of writes, or the tables' contents). */
  snapshot(): Promise<string>;
  /** Errors logged since the last call (a request or a handler that failed). */
  errors(): Promise<unknown[]>;
  /** The app's own origin. */
  origin: string;
  /** A staff API token of a community's staff. */
  staffToken: string;
  person(n: number): Person;
}

export const fuzzSettings = () => {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
  return { seed, numRuns: Number(process.env.FUZZ_RUNS ?? 150), endOnFailure: true };
};

/** Strings a person or a script might send, and strings no one should. */
const nasty = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom("", " ", "constructor", "__proto__", "toString", "../../etc/passwd", "%00", "'; DROP TABLE residents; --", "🙂".repeat(50), "低保", "ZX-20261130-0001", "ja-huiminyuan", "-1", "1e309", "NaN", "null", "[]", "{}"),
);
const anyJson = fc.json({ maxDepth: 3 });

async function check(d: FuzzDriver, res: Response, what: string, before: string, mayChange: boolean) {
  expect(res.status, what).toBeLessThan(500);
  await res.arrayBuffer();
  if (res.status >= 400 && !mayChange) expect(await d.snapshot(), `${what} answered ${res.status} and changed something`).toBe(before);
  expect(await d.errors(), what).toEqual([]);
}

/** A real Update with one part replaced by anything. */
const mutatedUpdate = (d: FuzzDriver) =>
  fc
    .tuple(
      fc.constantFrom<(p: Person) => unknown>(
        (p) => text(p, "/start"),
        (p) => text(p, "低保怎么申请"),
        (p) => press(p, onboardingButtons.encode("d", 0)),
        (p) => press(p, guideButtons.encode("home", 0)),
        (p) => contact(p, "+8613800138000", p.id),
        (p) => voice(p),
      ),
      fc.integer({ min: 1, max: 5 }),
      fc.array(fc.tuple(fc.constantFrom("message", "callback_query", "from", "chat", "text", "data", "entities", "contact", "id", "date", "voice", "language_code"), fc.oneof(anyJson, nasty, fc.constant(undefined))), { maxLength: 3 }),
    )
    .map(([make, n, mutations]) => {
      const update = JSON.parse(JSON.stringify(make(d.person(n)))) as Record<string, unknown>;
      // Replace the first field of that name, wherever it is.
      for (const [name, value] of mutations) {
        const visit = (o: unknown): boolean => {
          if (!o || typeof o !== "object") return false;
          const record = o as Record<string, unknown>;
          if (Object.hasOwn(record, name)) return (record[name] = value), true;
          return Object.values(record).some(visit);
        };
        visit(update);
      }
      return JSON.stringify(update) ?? "null";
    });

export const fuzzCases: Record<string, (d: FuzzDriver) => Promise<void>> = {
  "the web chat's API: any body — no 5xx; refused ones change nothing": async (d) => {
    const input = fc.oneof(
      fc.record({ kind: fc.constantFrom("text", "command", "choice", "photo", "x"), text: nasty, name: nasty, payload: nasty, data: nasty }, { requiredKeys: ["kind"] }),
      anyJson,
    );
    const body = fc.oneof(input.map((i) => JSON.stringify({ input: i })), anyJson.map((j) => JSON.stringify(j)), nasty);
    await fc.assert(
      fc.asyncProperty(body, fc.boolean(), async (raw, withCookie) => {
        const before = await d.snapshot();
        const res = await d.request("/chat/api/messages", {
          method: "POST",
          headers: { "content-type": "application/json", origin: d.origin, ...(withCookie ? { cookie: "linli_chat=0000" } : {}) },
          body: raw,
        });
        await check(d, res, `POST /chat/api/messages ${raw.slice(0, 200)}`, before, false);
      }),
      fuzzSettings(),
    );
  },

  "the webhook: random and mutated real Updates — no 5xx, no handler error": async (d) => {
    const body = fc.oneof(mutatedUpdate(d), anyJson.map((j) => JSON.stringify(j)), nasty);
    await fc.assert(
      fc.asyncProperty(body, async (raw) => {
        const before = await d.snapshot();
        await check(d, await d.post(raw), `webhook ${raw.slice(0, 300)}`, before, false);
      }),
      fuzzSettings(),
    );
  },

  "/api, the staff API and Open311: random routes, parameters and bodies — 4xx with a reason, never 5xx": async (d) => {
    const paths = fc.oneof(
      fc.tuple(fc.constantFrom("/api/services", "/api/places", "/open311/v2/services.json", "/api/staff/me", "/api/staff/audit", "/api/staff/cases"), fc.dictionary(fc.constantFrom("q", "group", "community", "lang", "limit", "locale", "since", "status", "kind", "page", "x"), nasty, { maxKeys: 3 })).map(
        ([path, query]) => `${path}?${new URLSearchParams(query).toString()}`,
      ),
      fc.tuple(fc.constantFrom("/api/services/", "/open311/v2/services/", "/api/staff/places/", "/api/staff/cases/"), nasty, fc.constantFrom("", ".json", "/card", "/messages", "/status", "/assignee")).map(
        ([prefix, id, suffix]) => `${prefix}${encodeURIComponent(id)}${suffix}`,
      ),
    );
    await fc.assert(
      fc.asyncProperty(paths, fc.constantFrom("GET", "POST", "PUT"), fc.oneof(anyJson.map((j) => JSON.stringify(j)), nasty), fc.boolean(), async (path, method, body, authorised) => {
        const before = await d.snapshot();
        const res = await d.request(path, {
          method,
          headers: { "content-type": "application/json", ...(authorised ? { authorization: `Bearer ${d.staffToken}` } : {}) },
          ...(method === "GET" ? {} : { body }),
        });
        if (res.status >= 400 && res.status < 500 && res.status !== 404 && res.status !== 405) {
          const reason = (await res.clone().json().catch(() => ({}))) as { error?: unknown };
          expect(typeof reason.error, `${method} ${path} answered ${res.status} without a reason`).toBe("string");
        }
        // A GET may record what it was asked (an unanswered question); a refused change changes nothing.
        await check(d, res, `${method} ${path} ${body.slice(0, 200)}`, before, method === "GET");
      }),
      fuzzSettings(),
    );
  },

  "the console's login: random forms — never a session, never a 5xx": async (d) => {
    const form = fc.dictionary(fc.constantFrom("username", "password", "csrf", "next", "x"), nasty, { maxKeys: 4 });
    await fc.assert(
      fc.asyncProperty(form, fc.boolean(), async (fields, withCookie) => {
        const res = await d.request("/console/login", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", origin: d.origin, ...(withCookie && fields.csrf ? { cookie: `linli_console_login=${encodeURIComponent(fields.csrf)}` } : {}) },
          body: new URLSearchParams(fields).toString(),
        });
        expect(res.status, JSON.stringify(fields)).toBeLessThan(500);
        expect(res.headers.getSetCookie().some((c) => c.startsWith("linli_console=") && !/max-age=0/i.test(c)), "a session").toBe(false);
        await res.arrayBuffer();
        expect(await d.errors()).toEqual([]);
      }),
      { ...fuzzSettings(), numRuns: Math.min(fuzzSettings().numRuns, 40) }, // each attempt may hash a password (slow by design)
    );
  },
};

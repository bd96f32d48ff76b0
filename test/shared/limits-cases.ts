// Limits and passers-by (issue 14), written once and run on both runtimes: in-process counts over
// better-sqlite3 (test/node/limits.test.ts) and counts in D1 inside workerd (test/workers/limits.test.ts).
// Each driver builds linli with the small limits of `limitsEnv` and a clock the test moves; requests come
// "from" an address as each runtime sees one (the socket on Node, CF-Connecting-IP on Workers).
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { conversations, residents } from "../../src/db/schema.js";
import type { Database } from "../../src/db/database.js";
import type { DomainDeps } from "../../src/domain/deps.js";
import { mayCreate } from "../../src/domain/limits.js";
import { translator } from "../../src/i18n/index.js";
import { text, type Person } from "../support/updates.js";

const zh = translator("zh");

/** The limits every driver runs these cases with. */
export const limitsEnv = {
  LIMIT_WEB_CHAT: "6/1m",
  LIMIT_WEB_SESSIONS: "3/1h",
  LIMIT_API: "5/1m",
  LIMIT_OPEN311: "5/1m",
  LIMIT_CONSOLE_LOGIN: "3/1m",
  LIMIT_CHAT_MESSAGES: "4/1m",
  LIMIT_CASES: "2/1h",
};

/** Ten seconds into a minute, on the hour: every window of the limits above has 50 s (or 3590 s) left. */
export const START = Date.UTC(2026, 10, 30, 2, 0, 10);

export interface LimitsDriver {
  driver: "sqlite" | "d1";
  db: Database;
  deps: DomainDeps;
  /** The clock the limits read (epoch ms); starts at START. */
  clock: { now: number };
  /** The app's own origin, for requests that change something. */
  origin: string;
  /** A request as from `address`. */
  request(path: string, init: RequestInit | undefined, address: string): Promise<Response>;
  /** Posts an Update to the webhook with the right secret. */
  post(update: unknown): Promise<Response>;
  said(chatId: number): Promise<string[]>;
  person(n: number): Person;
  /** A unique address of this run (files share nothing, but a D1 table may outlive a test). */
  address(n: number): string;
  runJob(name: string): Promise<unknown>;
}

export type LimitsCases = Record<string, (d: LimitsDriver) => Promise<void>>;

/** A browser in the web chat at one address, keeping its cookie. */
function browser(d: LimitsDriver, address: string) {
  let cookie = "";
  const send = async (input: unknown = { kind: "command", name: "help", payload: "" }) => {
    const res = await d.request(
      "/chat/api/messages",
      { method: "POST", headers: { "content-type": "application/json", origin: d.origin, ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ input }) },
      address,
    );
    const set = res.headers.get("set-cookie");
    if (set) cookie = set.split(";")[0]!;
    return res;
  };
  return Object.assign(send, { cookie: () => cookie });
}

function retryAfter(res: Response): number {
  return Number(res.headers.get("Retry-After"));
}

async function rows(d: LimitsDriver) {
  return {
    residents: (await d.db.orm.select().from(residents)).length,
    conversations: (await d.db.orm.select().from(conversations)).length,
  };
}

export const limitsCases: LimitsCases = {
  "the web chat's API: per address, 429 with Retry-After until the window ends; other addresses go on": async (d) => {
    const here = d.address(1);
    const first = browser(d, here);
    const second = browser(d, here);
    for (let i = 0; i < 3; i++) expect((await first()).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await second()).status).toBe(200);
    const over = await second();
    expect(over.status).toBe(429);
    expect(retryAfter(over)).toBe(50);
    expect(((await over.json()) as { error: string }).error).toMatch(/too many requests from this address/);
    // Another address is not held back by this one.
    expect((await browser(d, d.address(2))()).status).toBe(200);
    d.clock.now += 50_000;
    expect((await first()).status).toBe(200);
  },

  "a browser without our cookie: at most LIMIT_WEB_SESSIONS new sessions an hour from one address": async (d) => {
    const here = d.address(3);
    const kept = browser(d, here);
    expect((await kept()).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await browser(d, here)()).status).toBe(200);
    const refused = await browser(d, here)();
    expect(refused.status).toBe(429);
    expect(refused.headers.get("set-cookie")).toBeNull();
    expect(retryAfter(refused)).toBe(3590);
    // Those who already have a session carry on.
    expect((await kept()).status).toBe(200);
  },

  "a person in the web chat: over LIMIT_CHAT_MESSAGES a 429 in their language, then again after the window": async (d) => {
    const send = browser(d, d.address(4));
    for (let i = 0; i < 4; i++) expect((await send()).status).toBe(200);
    const over = await send();
    expect(over.status).toBe(429);
    expect(retryAfter(over)).toBe(50);
    expect(((await over.json()) as { error: string }).error).toBe(zh("too-fast"));
    d.clock.now += 60_000;
    expect((await send()).status).toBe(200);
  },

  "a person on Telegram: over LIMIT_CHAT_MESSAGES one short message for the window, not one per message": async (d) => {
    const wu = d.person(1);
    for (let i = 0; i < 4; i++) expect((await d.post(text(wu, "/help"))).status).toBe(200);
    const answered = (await d.said(wu.id)).length;
    expect(answered).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < 3; i++) expect((await d.post(text(wu, "/help"))).status).toBe(200);
    expect((await d.said(wu.id)).slice(answered)).toEqual([zh("too-fast")]);
    // Someone else is answered meanwhile.
    const other = d.person(2);
    expect((await d.post(text(other, "/help"))).status).toBe(200);
    expect((await d.said(other.id)).length).toBeGreaterThan(0);
    d.clock.now += 60_000;
    expect((await d.post(text(wu, "/help"))).status).toBe(200);
    expect((await d.said(wu.id)).length).toBeGreaterThan(answered + 1);
  },

  "/api and Open311: per address, each its own count": async (d) => {
    const here = d.address(5);
    for (let i = 0; i < 3; i++) expect((await d.request("/api/places", undefined, here)).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await d.request("/api/services?q=%E4%BD%8E%E4%BF%9D", undefined, here)).status).toBe(200);
    const over = await d.request("/api/services?q=%E4%BD%8E%E4%BF%9D", undefined, here);
    expect(over.status).toBe(429);
    expect(retryAfter(over)).toBe(50);
    for (let i = 0; i < 5; i++) expect((await d.request("/open311/v2/services.json", undefined, here)).status).toBe(200);
    expect((await d.request("/open311/v2/services.json", undefined, here)).status).toBe(429);
    expect((await d.request("/api/places", undefined, d.address(6))).status).toBe(200);
  },

  "the console's login: per address, before any password is checked": async (d) => {
    const here = d.address(7);
    const attempt = () =>
      d.request(
        "/console/login",
        { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", origin: d.origin }, body: "username=nobody&password=wrong&csrf=x" },
        here,
      );
    for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(400);
    const over = await attempt();
    expect(over.status).toBe(429);
    expect(retryAfter(over)).toBe(50);
    // Reading the login page is not an attempt.
    expect((await d.request("/console/login", undefined, here)).status).toBe(200);
  },

  "what a person may create: LIMIT_CASES an hour, one helper for every job, the first refusal marked": async (d) => {
    const zhou = { channel: "telegram", externalId: String(d.person(3).id) };
    expect(await mayCreate(d.deps, zhou, "case")).toEqual({ allowed: true });
    expect(await mayCreate(d.deps, zhou, "case")).toEqual({ allowed: true });
    expect(await mayCreate(d.deps, zhou, "case")).toEqual({ allowed: false, retryAfterSeconds: 3590, first: true });
    expect(await mayCreate(d.deps, zhou, "case")).toMatchObject({ allowed: false, first: false });
    // Another kind and another person have their own counts.
    expect(await mayCreate(d.deps, zhou, "report")).toEqual({ allowed: true });
    expect(await mayCreate(d.deps, { channel: "web", externalId: "f".repeat(32) }, "case")).toEqual({ allowed: true });
    d.clock.now += 60 * 60_000;
    expect(await mayCreate(d.deps, zhou, "case")).toEqual({ allowed: true });
  },

  "a flood of cookieless messages from one address ends in 429s and leaves no resident": async (d) => {
    const before = await rows(d);
    const here = d.address(8);
    const statuses: number[] = [];
    for (let i = 0; i < 200; i++) statuses.push((await browser(d, here)({ kind: "command", name: "start", payload: "" })).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(197);
    const after = await rows(d);
    expect(after.residents).toBe(before.residents);
    expect(after.conversations - before.conversations).toBeLessThanOrEqual(3);
  },

  "a passer-by who only asks the guide is not stored; choosing a community is": async (d) => {
    const visitor = browser(d, d.address(9));
    const before = await rows(d);
    expect((await visitor({ kind: "text", text: "低保怎么申请" })).status).toBe(200);
    expect((await visitor({ kind: "command", name: "mydata", payload: "" })).status).toBe(200);
    expect((await rows(d)).residents).toBe(before.residents);
    // On Telegram alike.
    const li = d.person(4);
    expect((await d.post(text(li, "低保怎么申请"))).status).toBe(200);
    expect((await d.said(li.id)).length).toBeGreaterThan(0);
    expect((await rows(d)).residents).toBe(before.residents);
  },

  "an abandoned anonymous session leaves nothing after a day (housekeeping)": async (d) => {
    const visitor = browser(d, d.address(10));
    const before = await rows(d);
    expect((await visitor({ kind: "command", name: "start", payload: "" })).status).toBe(200);
    // The session id is the signed cookie's value before its signature.
    const key = `web:${decodeURIComponent(visitor.cookie().split("=")[1]!).split(".")[0]}`;
    const kept = async () => (await d.db.orm.select().from(conversations).where(eq(conversations.key, key))).length;
    expect(await kept()).toBe(1);
    expect((await rows(d)).residents).toBe(before.residents);
    d.clock.now += 23 * 60 * 60_000;
    await d.runJob("housekeeping");
    expect(await kept()).toBe(1);
    d.clock.now += 2 * 60 * 60_000;
    await d.runJob("housekeeping");
    expect(await kept()).toBe(0);
  },
};

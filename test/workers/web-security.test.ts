// The web side's protections on workerd + D1, through the real Worker (src/worker.ts): the same rules as
// test/node/web-security.test.ts, web-session.test.ts, misses.test.ts and the forged-name cases of
// web-chat.test.ts on better-sqlite3. Person ids 84xx belong to this file.
import { onboardingButtons } from "../../src/flows/onboarding.js";
import { privacyButtons } from "../../src/flows/privacy.js";
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { openD1 } from "../../src/db/d1.js";
import { loadDemoData } from "../../src/demo/load.js";
import { residents, searchMisses, signingKeys } from "../../src/db/schema.js";
import worker from "../../src/worker.js";
import { translate } from "../../src/i18n/index.js";
import { forgedButtons, objectPropertyNames, text } from "../support/updates.js";
import { post, said } from "./telegram.js";

const db = openD1(env.DB);
const SITE = "http://linli.test";
const DAY = 24 * 60 * 60 * 1000;
const STALE = translate("zh", "stale-button");

beforeAll(async () => {
  await loadDemoData(db);
}, 120_000);

type Body = { replies: { text?: string }[]; forgotten: boolean; error?: string };

function chat(headers: Record<string, string>, body: unknown, base = SITE) {
  return exports.default.fetch(`${base}/chat/api/messages`, {
    method: "POST",
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** A browser on one of our own pages, keeping its cookie. */
function browser() {
  let cookie = "";
  const send = async (input: unknown) => {
    const res = await chat({ "content-type": "application/json", origin: SITE, ...(cookie ? { cookie } : {}) }, { input });
    const set = res.headers.get("set-cookie");
    if (set) cookie = set.split(";")[0]!;
    return res;
  };
  return Object.assign(send, { cookie: () => cookie, sessionId: () => /^linli_chat=([0-9a-f]{32})/.exec(cookie)?.[1] ?? "" });
}

async function webResident(sessionId: string) {
  const [row] = await db.orm.select().from(residents).where(and(eq(residents.channel, "web"), eq(residents.externalId, sessionId)));
  return row;
}

describe("requests that change something, on workerd", () => {
  it("refuses what a page of another origin on the same site sends with the resident's cookie (403), and their data survives", async () => {
    const victim = browser();
    await victim({ kind: "command", name: "start", payload: "" });
    await victim({ kind: "choice", data: onboardingButtons.encode("consent", "yes") });
    expect(await webResident(victim.sessionId())).toMatchObject({ consent: "given" });
    const attacks: Record<string, string>[] = [
      { "content-type": "text/plain", origin: "http://other.linli.test", "sec-fetch-site": "same-site" },
      { "content-type": "application/json", origin: "http://linli.test:8080" },
      { "content-type": "application/json" },
    ];
    for (const headers of attacks) {
      for (const input of [{ kind: "command", name: "forget", payload: "" }, { kind: "choice", data: privacyButtons.encode("forget", "yes") }]) {
        const res = await chat({ ...headers, cookie: victim.cookie() }, { input });
        expect(res.status, JSON.stringify(headers)).toBe(403);
      }
    }
    expect(await webResident(victim.sessionId())).toMatchObject({ consent: "given" });
  });

  it("answers 415 to a body that is not JSON and 413 to one over the limit, and changes nothing", async () => {
    const before = (await db.orm.select().from(residents)).length;
    const start = { input: { kind: "command", name: "start", payload: "" } };
    const plain = await chat({ "content-type": "text/plain", origin: SITE }, start);
    expect(plain.status).toBe(415);
    expect(((await plain.json()) as Body).error).toBe("the body must be application/json (Content-Type)");
    const big = await chat({ "content-type": "application/json", origin: SITE }, { input: { kind: "text", text: "楼".repeat(20_000) } });
    expect(big.status).toBe(413);
    expect(((await big.json()) as Body).error).toBe("the body is larger than 32768 bytes, the most this address takes");
    expect((await db.orm.select().from(residents)).length).toBe(before);
  });

  it("takes Telegram's webhook from anywhere, but only JSON and at most 1 MiB", async () => {
    const update = text({ id: 8401, language_code: "zh" }, "/help");
    expect((await post(JSON.stringify(update), { "X-Telegram-Bot-Api-Secret-Token": "test-secret-0123456789", "content-type": "text/plain" })).status).toBe(415);
    const huge = await post(JSON.stringify({ ...update, padding: "x".repeat(1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect(await said(8401)).toEqual([]);
    expect((await post(update)).status).toBe(200);
    expect((await said(8401)).join("\n")).toContain(translate("zh", "help-intro"));
  });
});

describe("the web chat's session cookie, on workerd", () => {
  it("ignores a session id the server never issued and starts a new session, signed with the key kept in D1", async () => {
    const planted = "0".repeat(32);
    const res = await chat({ "content-type": "application/json", origin: SITE, cookie: `linli_chat=${planted}` }, { input: { kind: "command", name: "start", payload: "" } });
    expect(res.status).toBe(200);
    const issued = /^linli_chat=([0-9a-f]{32})\./.exec(res.headers.get("set-cookie") ?? "")?.[1];
    expect(issued).toBeDefined();
    expect(issued).not.toBe(planted);
    expect(await webResident(planted)).toBeUndefined();
    expect(await db.orm.select().from(signingKeys)).toHaveLength(1);

    const again = await chat({ "content-type": "application/json", origin: SITE, cookie: res.headers.get("set-cookie")!.split(";")[0]! }, { input: { kind: "command", name: "help", payload: "" } });
    expect(again.headers.get("set-cookie")).toBeNull();
  });

  it("is Secure when the browser came over https", async () => {
    const start = { input: { kind: "command", name: "start", payload: "" } };
    const secure = await chat({ "content-type": "application/json", origin: "https://linli.test" }, start, "https://linli.test");
    expect(secure.headers.get("set-cookie")).toMatch(/; Secure/);
    const plain = await chat({ "content-type": "application/json", origin: SITE }, start);
    expect(plain.headers.get("set-cookie")).not.toMatch(/; Secure/);
  });
});

describe("headers, on workerd", () => {
  it("forbid framing, allow only the nonce-marked script and style, and never echo a client's request id", async () => {
    const res = await exports.default.fetch(`${SITE}/chat`, { headers: { "X-Request-Id": "spoofed-0001" } });
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)![1]!;
    expect(await res.text()).toContain(`<script nonce="${nonce}">`);
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("names a person sends that every object has, on workerd", () => {
  it("answers forged buttons and commands as stale or unknown, never 500", async () => {
    const send = browser();
    await send({ kind: "command", name: "start", payload: "" });
    for (const data of forgedButtons) {
      const res = await send({ kind: "choice", data });
      expect(res.status, data).toBe(200);
      expect(((await res.json()) as Body).replies[0]?.text, data).toBe(STALE);
    }
    for (const name of objectPropertyNames) {
      const res = await send({ kind: "command", name, payload: "" });
      expect(res.status, name).toBe(200);
      expect(((await res.json()) as Body).replies[0]?.text, name).toBe(translate("zh", "unknown-command"));
    }
  });

  it("answers such a locale or parameter as any unknown one", async () => {
    for (const name of objectPropertyNames) {
      expect((await exports.default.fetch(`${SITE}/open311/v2/services.json?locale=${name}`)).status, name).toBe(400);
      expect((await exports.default.fetch(`${SITE}/api/services?${name}=1`)).status, name).toBe(200);
    }
  });
});

describe("unanswered questions, on workerd", () => {
  it("are kept in D1 without numbers or e-mail addresses, at the day, and pruned by the Cron Trigger after 90 days", async () => {
    await post(text({ id: 8402, language_code: "en" }, "mars tourist visa? call me on +86 139 1111 2222 or wang.xm@mail.example"));
    const [kept] = await db.orm.select().from(searchMisses).where(eq(searchMisses.language, "en"));
    expect(kept?.query).toBe("mars tourist visa call me on *** or ***");
    expect(kept!.at % DAY).toBe(0);

    const now = Date.now();
    await db.orm.insert(searchMisses).values({ query: "old question", language: "zh", communityId: null, at: now - 91 * DAY });
    // Housekeeping runs hourly: the cron tick on the hour.
    const onTheHour = Math.floor(now / (60 * 60 * 1000)) * 60 * 60 * 1000;
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ cron: "* * * * *", scheduledTime: onTheHour }), env, ctx);
    await waitOnExecutionContext(ctx);
    const left = (await db.orm.select().from(searchMisses)).map((m) => m.query);
    expect(left).toContain(kept!.query);
    expect(left).not.toContain("old question");
  });
});

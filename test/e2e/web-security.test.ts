// Attacks on a resident's web chat from another origin of the same site, in a real browser: the app on
// one port of 127.0.0.1, an "attacker" page on another port of the same host. SameSite=Strict does not
// stop these (the site is the same); our own-pages rule and frame-ancestors do.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { and, eq } from "drizzle-orm";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createLinli } from "../../src/linli.js";
import { loadConfig } from "../../src/config.js";
import { loadDemoData } from "../../src/demo/load.js";
import { demoDistricts } from "../../src/demo/places.js";
import { openSqlite } from "../../src/db/sqlite.js";
import { residents } from "../../src/db/schema.js";
import { translator } from "../../src/i18n/index.js";
import { consoleLogger } from "../../src/log.js";
import { launchChromium } from "../support/browser.js";

const zh = translator("zh");

let db: ReturnType<typeof openSqlite>;
let victimServer: ServerType;
let attackerServer: Server;
let victim: string;
let attacker: string;
let browser: Browser;
let context: BrowserContext | undefined;
/** What reached the app: every request, with what the browser said about it, and the answer. */
const seen: { method: string; path: string; cookie: boolean; fetchSite: string | null; status: number }[] = [];
/** The attacker's page, set by each test. */
let attackerPage = "";

beforeAll(async () => {
  db = openSqlite(":memory:");
  await loadDemoData(db);
  const { app } = createLinli({ db, config: loadConfig({}), logger: consoleLogger("silent") });
  const port = await new Promise<number>((resolve) => {
    victimServer = serve(
      {
        fetch: async (request: Request) => {
          const res = await app.fetch(request);
          const url = new URL(request.url);
          seen.push({ method: request.method, path: url.pathname, cookie: (request.headers.get("cookie") ?? "").includes("linli_chat="), fetchSite: request.headers.get("sec-fetch-site"), status: res.status });
          return res;
        },
        hostname: "127.0.0.1",
        port: 0,
      },
      (info: AddressInfo) => resolve(info.port),
    );
  });
  victim = `http://127.0.0.1:${port}`;
  attackerServer = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(attackerPage));
  await new Promise<void>((resolve) => attackerServer.listen(0, "127.0.0.1", resolve));
  attacker = `http://127.0.0.1:${(attackerServer.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterEach(async () => {
  await context?.close();
  context = undefined;
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (attackerServer ? attackerServer.close(() => resolve()) : resolve()));
  await new Promise<void>((resolve) => (victimServer ? victimServer.close(() => resolve()) : resolve()));
  db?.close();
});

async function settled(page: Page) {
  await page.locator('[data-testid="transcript"][aria-busy="false"]').waitFor();
}

/** A resident who has a session, a community and consent in the web chat. */
async function residentWithSession(): Promise<{ page: Page; sessionId: string }> {
  context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on("console", (m) => m.text().includes("Content Security Policy") && violations.push(m.text()));
  const community = demoDistricts[0]!.streets[0]!.communities[0]!;
  await page.goto(`${victim}/chat?start=c-${community.code}`);
  await settled(page);
  await page.getByTestId("choice").filter({ hasText: zh("button-consent-yes") }).click();
  await settled(page);
  expect(await page.getByTestId("bubble-bot").last().textContent()).toBe(zh("consent-given"));
  // The page's own script and style ran under the CSP (they carry its nonce).
  expect(violations).toEqual([]);
  const cookie = (await context.cookies()).find((c) => c.name === "linli_chat")!;
  return { page, sessionId: decodeURIComponent(cookie.value).split(".")[0]! };
}

async function stored(sessionId: string) {
  const [row] = await db.orm
    .select()
    .from(residents)
    .where(and(eq(residents.channel, "web"), eq(residents.externalId, sessionId)));
  return row;
}

describe("a page on another port of the same host", () => {
  it("cannot make the resident's browser delete their data (/forget and its confirmation as no-cors text/plain)", async () => {
    const { page, sessionId } = await residentWithSession();
    expect(await stored(sessionId)).toMatchObject({ consent: "given" });

    attackerPage = `<!doctype html><title>win a prize</title><script>
      (async () => {
        const send = (input) => fetch(${JSON.stringify(`${victim}/chat/api/messages`)}, {
          method: "POST", mode: "no-cors", credentials: "include",
          headers: { "content-type": "text/plain" }, body: JSON.stringify({ input }),
        }).catch(() => null); // the answer is opaque (or blocked) anyway: the harm is in the sending
        await send({ kind: "command", name: "forget", payload: "" });
        await send({ kind: "choice", data: "forget|yes" });
        document.title = "sent";
      })();
    </script>`;
    const before = seen.length;
    const evil = await context!.newPage();
    await evil.goto(`${attacker}/`);
    await evil.waitForFunction(() => document.title === "sent");

    // Both requests reached the app with the resident's cookie (SameSite let them through) and were refused.
    const attacks = seen.slice(before).filter((r) => r.method === "POST");
    expect(attacks).toEqual([
      { method: "POST", path: "/chat/api/messages", cookie: true, fetchSite: "same-site", status: 403 },
      { method: "POST", path: "/chat/api/messages", cookie: true, fetchSite: "same-site", status: 403 },
    ]);
    expect(await stored(sessionId)).toMatchObject({ consent: "given" });

    // The resident's own page still works, with the same session.
    await page.getByTestId("input").fill("/mydata");
    await page.getByTestId("input").press("Enter");
    await settled(page);
    expect(await page.getByTestId("bubble-bot").last().textContent()).toContain(zh("mydata-intro"));
    expect(await stored(sessionId)).toBeDefined();
  });

  it("cannot show the chat inside its own frame", async () => {
    await residentWithSession();
    attackerPage = `<!doctype html><title>frame</title><iframe id="f" src="${victim}/chat" width="400" height="600"></iframe>`;
    const before = seen.length;
    const evil = await context!.newPage();
    await evil.goto(`${attacker}/`, { waitUntil: "load" });
    // The browser fetched the page for the frame…
    expect(seen.slice(before).some((r) => r.method === "GET" && r.path === "/chat" && r.status === 200)).toBe(true);
    // …and refused to show it: the frame holds Chromium's error page, not the chat.
    const frame = evil.frames().find((f) => f !== evil.mainFrame())!;
    expect(frame.url()).not.toBe(`${victim}/chat`);
    expect(await frame.locator('[data-testid="transcript"]').count()).toBe(0);
  });
});

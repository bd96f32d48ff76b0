// A web-chat resident reports a problem in a real browser on a phone-sized screen: 📣 from the menu, one
// sentence, the likeliest kind, "send my location" (the browser's position, allowed for this page), a
// photo from the gallery (made smaller by the page, checked on the server), Submit — the reference and who
// handles it, within the page's CSP and loading nothing from elsewhere.
import type { ServerType } from "@hono/node-server";
import { eq } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { caseEvents, cases, complaints } from "../../src/db/schema.js";
import { openSqlite } from "../../src/db/sqlite.js";
import { demoDistricts } from "../../src/demo/places.js";
import { loadDemoData } from "../../src/demo/load.js";
import { translator } from "../../src/i18n/index.js";
import { createLinli, type Linli } from "../../src/linli.js";
import { consoleLogger } from "../../src/log.js";
import { memoryMediaStore } from "../../src/media/folder.js";
import { launchChromium, serveOnPort } from "../support/browser.js";

const zh = translator("zh");
const community = demoDistricts[0]!.streets[1]!.communities[1]!; // 安居苑社区
const grid1 = community.grids[0]!;
// A small real JPEG (1×1).
const JPEG = Buffer.from("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/yQALCAABAAEBAREA/8wABgAQEAX/2gAIAQEAAD8A0s8g/9k=", "base64");

let db: ReturnType<typeof openSqlite>;
let linli: Linli;
let server: ServerType;
let base: string;
let browser: Browser;
const cspViolations: string[] = [];
const foreignRequests: string[] = [];

beforeAll(async () => {
  db = openSqlite(":memory:");
  await loadDemoData(db);
  linli = createLinli({ db, config: loadConfig({}), logger: consoleLogger("silent"), media: memoryMediaStore() });
  ({ server, base } = await serveOnPort(linli.app.fetch));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  db?.close();
});

const exactly = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
const settled = (page: Page) => page.locator('[data-testid="transcript"][aria-busy="false"]').waitFor();
async function botSaid(page: Page): Promise<string[]> {
  await settled(page);
  return page.getByTestId("bubble-bot").allTextContents();
}
async function tap(page: Page, label: string) {
  await settled(page);
  await page.getByTestId("choice").filter({ hasText: exactly(label) }).last().click();
  await settled(page);
}

describe("a web-chat resident reports a problem", () => {
  it("with one sentence, the browser's position and a photo, in a few taps", async () => {
    const context = await browser.newContext({
      locale: "zh-CN",
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      geolocation: { latitude: grid1.latitude + 0.0002, longitude: grid1.longitude + 0.0001 },
      permissions: ["geolocation"],
    });
    context.on("request", (r) => {
      // The page's own object URL of the chosen photo is no request elsewhere.
      if (!r.url().startsWith(base) && !r.url().startsWith(`blob:${base}`)) foreignRequests.push(r.url());
    });
    const page = await context.newPage();
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await page.goto(`${base}/chat?start=c-${community.code}`);
    await tap(page, zh("button-consent-yes"));
    await settled(page);
    await page.getByTestId("menu-item").filter({ hasText: exactly(zh("menu-report")) }).click();
    await settled(page);
    expect((await botSaid(page)).at(-1)).toBe(zh("report-ask-text"));
    await page.getByTestId("input").fill("5栋门口的路灯坏了，晚上很黑");
    await page.getByTestId("input").press("Enter");
    await tap(page, "路灯道路");
    await tap(page, zh("button-report-location"));
    expect((await botSaid(page)).at(-1)).toBe(zh("report-ask-photos"));
    await page.getByTestId("photo-input").setInputFiles({ name: "light.jpg", mimeType: "image/jpeg", buffer: JPEG });
    await expect.poll(async () => (await botSaid(page)).at(-1), { timeout: 10_000 }).toContain("路灯道路");
    await tap(page, zh("button-report-submit"));
    const filed = (await botSaid(page)).at(-1) ?? "";
    expect(filed).toMatch(/TS-\d{8}-\d{4}/);
    expect(filed).toContain("网格员");
    await page.screenshot({ path: "/tmp/linli-web-report.png" });

    const [row] = await db.orm.select({ c: cases, k: complaints }).from(complaints).innerJoin(cases, eq(cases.id, complaints.caseId));
    expect(row!.k.latitude).toBeCloseTo(grid1.latitude + 0.0002, 4);
    expect(row!.k.description).toBe("5栋门口的路灯坏了，晚上很黑");
    const photos = (await db.orm.select().from(caseEvents).where(eq(caseEvents.caseId, row!.c.id))).filter((e) => e.attachment?.kind === "photo");
    expect(photos).toHaveLength(1);
    expect(photos[0]!.attachment!.mediaKey).toMatch(/^[0-9a-f]{32}$/);
    expect(cspViolations).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});

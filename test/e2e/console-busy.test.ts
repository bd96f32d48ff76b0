// The console while the database is locked by another process (issue 14, "faults"), in a real browser
// on a phone-sized screen: a staff member saves the community card, gets the "nothing was saved" page
// with what they wrote kept in a form, and sends it again once the lock is gone. The page passes the
// console's checks: no CSP violation, no serious accessibility problem, 18 px text and 48 px targets.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ServerType } from "@hono/node-server";
import BetterSqlite3 from "better-sqlite3";
import { eq } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { communities } from "../../src/db/schema.js";
import { openSqlite } from "../../src/db/sqlite.js";
import { loadDemoData } from "../../src/demo/load.js";
import { createLinli } from "../../src/linli.js";
import { consoleLogger } from "../../src/log.js";
import { accessibilityProblems, tooSmall } from "../support/console-checks.js";
import { launchChromium, serveOnPort } from "../support/browser.js";

let dir: string;
let path: string;
let db: ReturnType<typeof openSqlite>;
let server: ServerType;
let base: string;
let browser: Browser;
let admin: { username: string; password: string };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "linli-console-busy-"));
  path = join(dir, "linli.db");
  db = openSqlite(path);
  admin = (await loadDemoData(db))!.consoleAdmin!;
  const { app } = createLinli({ db, config: loadConfig({ TELEGRAM_BOT_USERNAME: "linli_demo_bot" }), logger: consoleLogger("silent") });
  ({ server, base } = await serveOnPort(app.fetch));
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the console on a locked database, in Chromium", () => {
  it("keeps the card form with a plain message, and saves it when sent again", async () => {
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const cspViolations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await page.goto(`${base}/console/login`);
    await page.getByLabel("用户名").fill(admin.username);
    await page.getByLabel("密码").fill(admin.password);
    await page.getByTestId("login").click();
    await page.waitForURL(`${base}/console`);

    await page.goto(`${base}/console/places/community/ja-huiminyuan/card`);
    const note = "周三下午停电检修，办事请改到周四上午，带好身份证和户口本原件。";
    await page.getByLabel("社区电话").fill("027-5555-2177");
    await page.getByLabel(/办公时间补充说明（中文）/).fill(note);
    await page.getByLabel(/办公时间补充说明（英文）/).fill("Closed on Wednesday afternoon for repairs.");

    const other = new BetterSqlite3(path);
    other.exec("BEGIN IMMEDIATE");
    try {
      const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByTestId("save-card").click()]);
      expect(answer.status()).toBe(503);
      expect(answer.headers()["retry-after"]).toBe("5");
      await page.waitForLoadState();
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    expect(await page.locator("h1").textContent()).toBe("系统正忙，没有保存");
    expect(await page.getByTestId("error").textContent()).toContain("刚才的内容没有保存");
    const kept = page.getByTestId("kept-form");
    expect(await kept.locator('input[name="phone"]').inputValue()).toBe("027-5555-2177");
    expect(await kept.locator('[name="note_zh"]').inputValue()).toBe(note);
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await tooSmall(page)).toEqual([]);
    const saved = async () => (await db.orm.select().from(communities).where(eq(communities.code, "ja-huiminyuan")))[0]!;
    expect((await saved()).stationPhone).not.toBe("027-5555-2177");

    // The lock is gone: one more change in the kept form, then "Send again".
    await kept.locator('input[name="phone"]').fill("027-5555-2178");
    await page.getByTestId("send-again").click();
    await expect.poll(() => page.getByTestId("notice").textContent()).toBe("已保存。");
    expect(await page.getByTestId("card-preview").textContent()).toContain("027-5555-2178");
    expect((await saved()).hoursNoteZh).toBe(note);
    expect(cspViolations).toEqual([]);
    await context.close();
  }, 120_000);
});

// A staff member in the console, in a real browser on a phone-sized screen: log in with the demo admin's
// password, add a grid worker, edit the community card, read the card back over the staff API with a
// token made in the console, log out. Along the way: no CSP violation, nothing from elsewhere, 18 px
// text and 48 px targets, and no serious accessibility problem (axe-core).
import type { ServerType } from "@hono/node-server";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLinli } from "../../src/linli.js";
import { loadConfig } from "../../src/config.js";
import { loadDemoData } from "../../src/demo/load.js";
import { openSqlite } from "../../src/db/sqlite.js";
import { consoleLogger } from "../../src/log.js";
import { accessibilityProblems, tooSmall } from "../support/console-checks.js";
import { launchChromium, serveOnPort } from "../support/browser.js";


let db: ReturnType<typeof openSqlite>;
let server: ServerType;
let base: string;
let browser: Browser;
let context: BrowserContext;
let admin: { username: string; password: string };
const cspViolations: string[] = [];
const foreignRequests: string[] = [];

beforeAll(async () => {
  db = openSqlite(":memory:");
  admin = (await loadDemoData(db))!.consoleAdmin!;
  const { app } = createLinli({ db, config: loadConfig({ TELEGRAM_BOT_USERNAME: "linli_demo_bot" }), logger: consoleLogger("silent") });
  ({ server, base } = await serveOnPort(app.fetch));
  browser = await launchChromium();
  context = await browser.newContext({ locale: "zh-CN", viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  context.on("request", (r) => {
    if (!r.url().startsWith(base)) foreignRequests.push(r.url());
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  db?.close();
});

async function newPage(): Promise<Page> {
  const page = await context.newPage();
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  return page;
}

/** axe-core's serious and critical findings on the page (evaluated through the driver: the CSP allows no script). */
/** Text under 18 px, and buttons, fields and navigation links under 48 px tall. */
describe("the staff console in Chromium", () => {
  it("logs in, adds a grid worker, edits the card, reads it over the API, logs out", async () => {
    const page = await newPage();
    await page.goto(`${base}/console`);
    expect(new URL(page.url()).pathname).toBe("/console/login");
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await tooSmall(page)).toEqual([]);

    await page.getByLabel("用户名").fill(admin.username);
    await page.getByLabel("密码").fill(admin.password);
    await page.getByTestId("login").click();
    await page.waitForURL(`${base}/console`);
    await expect.poll(() => page.locator("h1").textContent()).toBe("您好，演示管理员");

    // Places → 江岸区 → 后湖街道 → 惠民苑社区.
    await page.getByRole("link", { name: "地点" }).click();
    await page.getByRole("link", { name: /江岸区/ }).click();
    await page.getByRole("link", { name: /后湖街道/ }).click();
    await page.getByRole("link", { name: /惠民苑社区/ }).click();
    expect(await page.locator("h1").textContent()).toContain("惠民苑社区");
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await tooSmall(page)).toEqual([]);

    // A new grid worker for the second grid.
    await page.getByLabel("角色").selectOption({ label: "网格员 @ 第二网格" });
    await page.getByLabel(/^用户名/).fill("li.juan");
    await page.getByLabel(/^姓名（中文）/).fill("李娟");
    await page.getByLabel(/^姓名（英文）/).fill("Li Juan");
    await page.getByLabel(/^公开电话/).fill("027-5556-8001");
    await page.getByTestId("add-staff").click();
    const invite = page.getByTestId("invite");
    await expect.poll(() => invite.textContent()).toMatch(/https:\/\/t\.me\/linli_demo_bot\?start=s-[A-Za-z0-9_-]{43}/);
    expect(await page.getByTestId("staff-list").textContent()).toContain("李娟");

    // The card: a new phone and Saturday hours.
    await page.getByTestId("open-card").click();
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await tooSmall(page)).toEqual([]);
    await page.getByLabel("社区电话").fill("027-5555-2190");
    await page.getByLabel("周六", { exact: true }).fill("9:00-12:00");
    await page.getByTestId("save-card").click();
    await expect.poll(() => page.getByTestId("notice").textContent()).toBe("已保存。");
    const preview = page.getByTestId("card-preview");
    expect(await preview.textContent()).toContain("027-5555-2190");
    expect(await page.getByTestId("card-hours").textContent()).toContain("周六 9:00–12:00");
    expect(await page.getByTestId("card-grids").textContent()).toContain("第二网格: 王芳 027-5556-0003、李娟 027-5556-8001");

    // A token from My account, and the card over the staff API.
    await page.getByRole("link", { name: "我的账户" }).click();
    await page.getByRole("button", { name: "生成新令牌" }).click();
    const token = (await page.getByTestId("new-token").locator("code").textContent())!.trim();
    const res = await fetch(`${base}/api/staff/places/ja-huiminyuan`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const card = (await res.json()) as { office: { phone: string; hours: Record<string, string[]> }; grids: { code: string; workers: { name: { zh: string }; phone: string }[] }[] };
    expect(card.office.phone).toBe("027-5555-2190");
    expect(card.office.hours.sat).toEqual(["09:00-12:00"]);
    expect(card.grids.find((g) => g.code === "ja-huiminyuan-2")!.workers).toContainEqual({ name: { zh: "李娟", en: "Li Juan" }, phone: "027-5556-8001" });

    // The audit log has it, with the browser's address.
    await page.getByRole("link", { name: "操作记录" }).click();
    const audit = await page.getByTestId("audit").textContent();
    expect(audit).toContain("community.card");
    expect(audit).toContain("staff.add");
    expect(audit).toContain("127.0.0.1");

    await page.getByTestId("logout").click();
    await page.waitForURL(/\/console\/login\?done=logged-out/);
    expect(await page.getByTestId("notice").textContent()).toBe("您已退出。");
    await page.goto(`${base}/console/places`);
    expect(new URL(page.url()).pathname).toBe("/console/login");

    expect(cspViolations).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});

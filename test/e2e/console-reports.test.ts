// The scorecards in a real browser on a phone-sized screen, over the demo's history of complaints: the
// demo admin opens Reports, sees the SVG charts and tables within the console's CSP (nothing from
// elsewhere, no script), drills down to a community, and finds the hearing suggested there; the pages
// keep 18 px text and 48 px targets and have no serious accessibility problem.
import type { ServerType } from "@hono/node-server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { openSqlite } from "../../src/db/sqlite.js";
import { loadDemoData } from "../../src/demo/load.js";
import { consoleTranslator } from "../../src/i18n/console.js";
import { createLinli, type Linli } from "../../src/linli.js";
import { consoleLogger } from "../../src/log.js";
import { accessibilityProblems, tooSmall } from "../support/console-checks.js";
import { launchChromium, serveOnPort } from "../support/browser.js";

const t = consoleTranslator("zh");

let db: ReturnType<typeof openSqlite>;
let linli: Linli;
let server: ServerType;
let base: string;
let browser: Browser;
let admin: { username: string; password: string };
const cspViolations: string[] = [];
const foreignRequests: string[] = [];

beforeAll(async () => {
  db = openSqlite(":memory:");
  admin = (await loadDemoData(db, Date.now(), db, { history: true }))!.consoleAdmin!;
  linli = createLinli({ db, config: loadConfig({}), logger: consoleLogger("silent") });
  ({ server, base } = await serveOnPort(linli.app.fetch));
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  db?.close();
});

async function phone(): Promise<Page> {
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  context.on("request", (r) => {
    if (!r.url().startsWith(base)) foreignRequests.push(r.url());
  });
  const page = await context.newPage();
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  return page;
}

describe("the scorecard page in a browser", () => {
  it("draws the demo history's scorecards as SVG, drills down, and shows the hearing suggested", async () => {
    const staff = await phone();
    await staff.goto(`${base}/console`);
    await staff.getByLabel("用户名").fill(admin.username);
    await staff.getByLabel("密码").fill(admin.password);
    await staff.getByTestId("login").click();
    await staff.waitForURL(`${base}/console`);
    await staff.getByRole("navigation").getByRole("link", { name: new RegExp(t("nav-reports")) }).click();
    await staff.waitForURL(/\/console\/reports/);
    for (const chart of ["chart-trend", "chart-rates", "chart-categories"]) expect(await staff.getByTestId(chart).first().isVisible(), chart).toBe(true);
    expect(Number(await staff.getByTestId("total").getByTestId("received").textContent())).toBeGreaterThan(0);
    expect(await staff.getByTestId("hearings-suggested").textContent()).toContain(t("reports-hearings-suggested", { count: 1 }));
    expect(await accessibilityProblems(staff)).toEqual([]);
    expect(await tooSmall(staff)).toEqual([]);
    await staff.screenshot({ path: "/tmp/linli-console-reports.png", fullPage: true });

    // Drill down: 江岸区 → 后湖街道 → 惠民苑社区 and its grids.
    await staff.getByTestId("below").getByRole("link", { name: "江岸区" }).click();
    await staff.getByTestId("below").getByRole("link", { name: "后湖街道" }).click();
    await staff.getByTestId("below").getByRole("link", { name: "惠民苑社区" }).click();
    expect(await staff.locator("h1").textContent()).toContain("惠民苑社区");
    expect(await staff.getByTestId("below").textContent()).toContain("第一网格");
    expect(await staff.getByTestId("register-link").getAttribute("href")).toMatch(/register\.csv\?month=\d{4}-\d{2}&place=community%3Aja-huiminyuan/);

    await staff.getByRole("link", { name: t("reports-open-hearings") }).click();
    await staff.waitForURL(`${base}/console/hearings`);
    expect(await staff.getByTestId("suggestions").textContent()).toContain("惠民苑社区");
    expect(await accessibilityProblems(staff)).toEqual([]);
    expect(await tooSmall(staff)).toEqual([]);

    expect(cspViolations).toEqual([]);
    expect(foreignRequests).toEqual([]);
  }, 120_000);
});

// Points in real browsers, on a phone-sized screen: a resident opens ⭐ My points in the web chat; staff
// find them by member code in the console and award points, and a big award waits for a second staff
// member who approves it; the resident redeems an item and the web chat shows the voucher with its QR
// code; staff redeem the voucher at the shop. No CSP violation, nothing from elsewhere, 18 px text and
// 48 px targets on the console's points pages, no serious accessibility problem (axe-core).
import type { ServerType } from "@hono/node-server";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { loadDemoData } from "../../src/demo/load.js";
import { accountByMemberCode, findAccount, vouchersOfAccount } from "../../src/db/queries/points.js";
import { openSqlite } from "../../src/db/sqlite.js";
import { setPassword } from "../../src/domain/staff/accounts.js";
import { operator } from "../../src/domain/staff/actor.js";
import { translator } from "../../src/i18n/index.js";
import { consoleTranslator } from "../../src/i18n/console.js";
import { createLinli } from "../../src/linli.js";
import { consoleLogger } from "../../src/log.js";
import { accessibilityProblems, tooSmall } from "../support/console-checks.js";
import { launchChromium, serveOnPort } from "../support/browser.js";

const zh = translator("zh");
const t = consoleTranslator("zh");
const SECOND = "a second staff password";

let db: ReturnType<typeof openSqlite>;
let server: ServerType;
let base: string;
let browser: Browser;
const contexts: BrowserContext[] = [];
let admin: { username: string; password: string };
const cspViolations: string[] = [];
const foreignRequests: string[] = [];

beforeAll(async () => {
  db = openSqlite(":memory:");
  admin = (await loadDemoData(db))!.consoleAdmin!;
  const { app, domain } = createLinli({ db, config: loadConfig({}), logger: consoleLogger("silent") });
  await setPassword(domain, operator("cli:test"), "cs-ja-huiminyuan", SECOND);
  ({ server, base } = await serveOnPort(app.fetch));
  browser = await launchChromium();
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  db?.close();
});

async function phone(): Promise<Page> {
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  contexts.push(context);
  context.on("request", (r) => {
    if (!r.url().startsWith(base)) foreignRequests.push(r.url());
  });
  const page = await context.newPage();
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  return page;
}

// ── the web chat ────────────────────────────────────────────────────────────────────────────────

const exactly = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
const settled = (page: Page) => page.locator('[data-testid="transcript"][aria-busy="false"]').waitFor();
async function lastBot(page: Page) {
  await settled(page);
  return (await page.getByTestId("bubble-bot").allTextContents()).at(-1) ?? "";
}
async function tap(page: Page, label: string) {
  await settled(page);
  await page.getByTestId("choice").filter({ hasText: exactly(label) }).last().click();
  await settled(page);
}
async function tapMenu(page: Page, label: string) {
  await settled(page);
  await page.getByTestId("menu-item").filter({ hasText: exactly(label) }).click();
  await settled(page);
}

// ── the console ─────────────────────────────────────────────────────────────────────────────────

async function login(page: Page, username: string, password: string) {
  await page.goto(`${base}/console/login`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByTestId("login").click();
  await page.waitForURL(`${base}/console`);
}

describe("points in the browser", () => {
  it("a resident earns points awarded and approved in the console, redeems a haircut in the web chat with a QR code, and staff redeem the voucher", async () => {
    // The resident arrives from the community's poster and opens My points.
    const chat = await phone();
    await chat.goto(`${base}/chat?start=c-ja-huiminyuan`);
    await tap(chat, zh("button-consent-yes"));
    await tapMenu(chat, zh("menu-points"));
    const card = await lastBot(chat);
    const code = /会员码：([2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4})/.exec(card)![1]!;
    expect(card).toContain(zh("points-no-rank"));
    const account = (await accountByMemberCode(db.orm, code.replace("-", "")))!;

    // Staff: find by member code, award under a rule, and ask for a big award.
    const console1 = await phone();
    await login(console1, admin.username, admin.password);
    await console1.getByRole("link", { name: t("nav-points") }).click();
    expect(await accessibilityProblems(console1)).toEqual([]);
    expect(await tooSmall(console1)).toEqual([]);
    await console1.getByLabel(new RegExp(`^${t("points-find-label")}`)).fill(code.toLowerCase());
    await console1.getByTestId("find").click();
    await console1.waitForURL(`${base}/console/points/accounts/${account.id}`);
    expect(await accessibilityProblems(console1)).toEqual([]);
    expect(await tooSmall(console1)).toEqual([]);
    await console1.getByTestId("award-rule").selectOption("blood-donation");
    await console1.getByTestId("award-evidence").fill("11月28日在献血车献血，献血证编号已核对");
    await console1.getByTestId("award").click();
    await expect.poll(() => console1.getByTestId("notice").textContent()).toBe(t("points-done-awarded"));
    expect(await console1.getByTestId("balance").textContent()).toBe("20");
    await console1.getByTestId("award-rule").selectOption("model-household");
    await console1.getByTestId("award-evidence").fill("社区评议为五好家庭");
    await console1.getByTestId("award").click();
    await expect.poll(() => console1.getByTestId("notice").textContent()).toBe(t("points-done-pending"));
    expect(await console1.getByTestId("balance").textContent()).toBe("20");

    // A second staff member approves it.
    const console2 = await phone();
    await login(console2, "cs-ja-huiminyuan", SECOND);
    await console2.goto(`${base}/console/points/approvals`);
    expect(await accessibilityProblems(console2)).toEqual([]);
    expect(await tooSmall(console2)).toEqual([]);
    await console2.getByTestId("request").getByTestId("approve").click();
    await expect.poll(() => console2.getByTestId("notice").textContent()).toBe(t("points-done-approved"));
    expect((await findAccount(db.orm, account.id))!.balance).toBe(50);

    // The resident sees it, and redeems a haircut: the voucher comes with its QR code.
    await tapMenu(chat, zh("menu-points"));
    expect(await lastBot(chat)).toContain(zh("points-balance", { points: 50, code }));
    await tap(chat, zh("points-button-shop"));
    await tap(chat, zh("points-item-button", { name: "理发一次（社区便民理发点）", points: 50 }));
    await tap(chat, zh("points-button-redeem"));
    await tap(chat, zh("points-button-redeem-yes"));
    expect(await lastBot(chat)).toContain("兑换成功");
    const qr = chat.getByTestId("qr").last();
    await expect.poll(() => qr.isVisible()).toBe(true);
    const box = (await qr.boundingBox())!;
    expect(box.width).toBeGreaterThan(150);
    const [voucher] = await vouchersOfAccount(db.orm, account.id);
    expect(await qr.getAttribute("aria-label")).toBe(voucher!.code);
    expect(await lastBot(chat)).toContain(`${voucher!.code.slice(0, 5)}-${voucher!.code.slice(5)}`);

    // At the shop: staff type the code shown and hand the haircut over.
    await console2.goto(`${base}/console/points/c/ja-huiminyuan/shop`);
    expect(await accessibilityProblems(console2)).toEqual([]);
    expect(await tooSmall(console2)).toEqual([]);
    await console2.getByLabel(new RegExp(`^${t("points-voucher-code")}`)).fill(`${voucher!.code.slice(0, 5)}-${voucher!.code.slice(5)}`.toLowerCase());
    await console2.getByTestId("find-voucher").click();
    await console2.getByTestId("hand-over").click();
    await expect.poll(() => console2.getByTestId("notice").textContent()).toBe(t("points-done-handed-over"));
    expect(await console2.getByTestId("voucher").textContent()).toContain(t("points-voucher-handed_over"));
    expect((await vouchersOfAccount(db.orm, account.id))[0]!.status).toBe("handed_over");

    // The budget page draws its chart on the server.
    await console2.goto(`${base}/console/points/c/ja-huiminyuan/budget`);
    await expect.poll(() => console2.getByTestId("budget-chart").isVisible()).toBe(true);
    expect(await accessibilityProblems(console2)).toEqual([]);

    expect(cspViolations).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});

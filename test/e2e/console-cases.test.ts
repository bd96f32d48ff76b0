// A web-chat resident and a console reply, in real browsers on phone-sized screens: the resident asks for
// a person from the chat's menu (🙋) and says what is wrong; a staff member logs in to the console, finds
// the case in the queue, opens it and answers; the outbox (the job loop, as on Node) delivers the answer
// to the web chat's inbox, and the resident's open page shows it within seconds without reloading. Along
// the way: the console stays within its CSP, loads nothing from elsewhere, keeps 18 px text and 48 px
// targets, and has no serious accessibility problem.
import type { ServerType } from "@hono/node-server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { findStaffByUsername } from "../../src/db/queries/staff.js";
import { openSqlite } from "../../src/db/sqlite.js";
import { loadDemoData } from "../../src/demo/load.js";
import { staffDisplayName } from "../../src/domain/cases/staff.js";
import { consoleTranslator } from "../../src/i18n/console.js";
import { translator } from "../../src/i18n/index.js";
import { startJobs, type RunningJobs } from "../../src/jobs/job.js";
import { createLinli, type Linli } from "../../src/linli.js";
import { consoleLogger } from "../../src/log.js";
import { accessibilityProblems, tooSmall } from "../support/console-checks.js";
import { launchChromium, serveOnPort } from "../support/browser.js";

const zh = translator("zh");
const t = consoleTranslator("zh");

let db: ReturnType<typeof openSqlite>;
let linli: Linli;
let jobs: RunningJobs;
let server: ServerType;
let base: string;
let browser: Browser;
let admin: { username: string; password: string };
const cspViolations: string[] = [];
const foreignRequests: string[] = [];

beforeAll(async () => {
  db = openSqlite(":memory:");
  admin = (await loadDemoData(db))!.consoleAdmin!;
  const logger = consoleLogger("silent");
  linli = createLinli({ db, config: loadConfig({}), logger });
  // As src/node.ts runs them: each job on its own loop, and a request that queued a message wakes the outbox.
  jobs = startJobs(linli.jobs, logger);
  linli.domain.wake = jobs.wake;
  ({ server, base } = await serveOnPort(linli.app.fetch));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await jobs?.stop();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  db?.close();
});

/** A phone of its own (its own cookies), watching for CSP violations and requests elsewhere. */
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

// ── the web chat ─────────────────────────────────────────────────────────────────────────────────

const exactly = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

async function settled(page: Page) {
  await page.locator('[data-testid="transcript"][aria-busy="false"]').waitFor();
}

async function botSaid(page: Page): Promise<string[]> {
  await settled(page);
  return page.getByTestId("bubble-bot").allTextContents();
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

async function type(page: Page, text: string) {
  await settled(page);
  await page.getByTestId("input").fill(text);
  await page.getByTestId("input").press("Enter");
  await settled(page);
}

// ── the console ──────────────────────────────────────────────────────────────────────────────────

describe("a web-chat resident and a console reply", () => {
  it("reaches the resident's open chat page within seconds, without a reload", async () => {
    // The resident, from a QR poster of Huiminyuan: consent, then 🙋 from the menu, then what is wrong.
    const resident = await phone();
    await resident.goto(`${base}/chat?start=c-ja-huiminyuan`);
    await tap(resident, zh("button-consent-yes"));
    await tapMenu(resident, zh("menu-human"));
    const opened = (await botSaid(resident)).at(-1) ?? "";
    const ref = /ZX-\d{8}-\d{4}/.exec(opened)?.[0];
    expect(ref, opened).toBeDefined();
    await type(resident, "楼道的灯坏了，晚上看不见。");
    expect((await botSaid(resident)).at(-1)).toBe(zh("human-receipt"));
    // Marks this very page: a reload or a navigation would lose it.
    await resident.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

    // The staff member, on their phone: log in, Cases (with what waits there), the case, the answer.
    const staff = await phone();
    await staff.goto(`${base}/console`);
    await staff.getByLabel("用户名").fill(admin.username);
    await staff.getByLabel("密码").fill(admin.password);
    await staff.getByTestId("login").click();
    await staff.waitForURL(`${base}/console`);
    const casesLink = staff.getByRole("navigation").getByRole("link", { name: new RegExp(t("nav-cases")) });
    expect(await casesLink.textContent()).toContain(t("nav-cases-waiting", { count: 1 }));
    await casesLink.click();
    await staff.waitForURL(`${base}/console/cases`);
    const line = staff.locator(`[data-testid="queue-line"][data-ref="${ref}"]`);
    expect(await line.textContent()).toContain("楼道的灯坏了，晚上看不见。");
    expect(await accessibilityProblems(staff)).toEqual([]);
    expect(await tooSmall(staff)).toEqual([]);
    await staff.screenshot({ path: "/tmp/linli-console-queue.png", fullPage: true });

    await line.getByRole("link").click();
    await staff.waitForURL(`${base}/console/cases/${ref}`);
    expect(await staff.locator("h1").textContent()).toContain(t("case-title", { ref: ref! }));
    expect(await staff.getByTestId("timeline").textContent()).toContain("楼道的灯坏了，晚上看不见。");
    expect(await staff.getByTestId("case-resident").textContent()).toContain(t("channel-web"));
    expect(await accessibilityProblems(staff)).toEqual([]);
    expect(await tooSmall(staff)).toEqual([]);

    const answer = "您好，电工今天下午两点到，请家里留人。";
    await staff.getByLabel(new RegExp(`^${t("case-reply")}`)).fill(answer);
    await staff.getByTestId("send-reply").click();
    await expect.poll(() => staff.getByTestId("notice").textContent()).toBe(t("done-replied"));
    expect(await staff.getByTestId("case-status").textContent()).toBe(t("case-status-answered"));
    expect(await staff.getByTestId("timeline").textContent()).toContain(answer);
    await staff.screenshot({ path: "/tmp/linli-console-case.png", fullPage: true });

    // The resident's page, still open, fetches it from the inbox (it polls every 3 s).
    const member = (await findStaffByUsername(db.orm, admin.username))!;
    const expected = zh("human-reply", { staff: await staffDisplayName(linli.domain, member.id, "zh"), text: answer });
    await expect.poll(async () => (await resident.getByTestId("bubble-bot").allTextContents()).at(-1), { timeout: 10_000, interval: 250 }).toBe(expected);
    expect(await resident.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    await resident.screenshot({ path: "/tmp/linli-chat-reply.png" });

    // The resident answers back; the staff member sees it on the case's page.
    await type(resident, "好的，谢谢！");
    await staff.reload();
    expect(await staff.getByTestId("timeline").textContent()).toContain("好的，谢谢！");

    expect(cspViolations).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});

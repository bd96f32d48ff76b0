// The numbers of complaints on a known set: the 三率 of a grid, a community and a street for November
// 2026 and for a range, the trend, counts by category; the console's scorecard page (its SVG charts and
// tables, a grid worker's grid against its community, scope); and the month's register as CSV (BOM,
// formula guard, one row per complaint, bad month or place → 400 and nothing written).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { placeByCode } from "../../src/db/queries/places.js";
import { registerCsv } from "../../src/domain/complaints/register.js";
import { monthPeriod, rangePeriod, scopeOfPlace, scorecard } from "../../src/domain/complaints/scorecards.js";
import { consoleTranslator } from "../../src/i18n/console.js";
import { readCsv } from "../../src/csv.js";
import { DAY, HOUR, pastOne, placeIds, testCategory } from "../support/complaints.js";
import { consoleBrowser, type ConsoleBrowser } from "../support/console.js";
import { startHarness, type Harness } from "../support/harness.js";
import { makeStaff, PASSWORD } from "../support/staff.js";

const t = consoleTranslator("zh");
// 2 December 2026, 10:00 in Wuhan: November is over.
const NOW = Date.parse("2026-12-02T02:00:00Z");
// 10 November 2026, 09:00 in Wuhan.
const NOV_10 = Date.parse("2026-11-10T01:00:00Z");
const OCT_10 = Date.parse("2026-10-10T01:00:00Z");

let h: Harness;
let smoke: number;
let lights: number;
let gridWorker: ConsoleBrowser;
let street: ConsoleBrowser;
let other: ConsoleBrowser;

beforeAll(async () => {
  h = await startHarness({ now: NOW });
  smoke = await testCategory(h.db, "test-smoke", "油烟", "Oil smoke");
  lights = await testCategory(h.db, "test-lights", "=HYPERLINK(\"http://x\")", "Street lights");
  const g1 = await placeIds(h.domain, "ja-huiminyuan", "ja-huiminyuan-1");
  const g2 = await placeIds(h.domain, "ja-huiminyuan", "ja-huiminyuan-2");
  const sanyan = await placeIds(h.domain, "ja-sanyanqiao", "ja-sanyanqiao-1");
  const at = NOV_10;
  // 1. On time, fixed on time, "fixed" rated 5.
  await pastOne(h.db, { ...g1, categoryId: smoke, openedAt: at, status: "closed", acknowledgedAt: at + HOUR, fixedAt: at + DAY, closedAt: at + 2 * DAY, verdicts: [{ residentId: null, verdict: "fixed", rating: 5, at: at + 2 * DAY }] });
  // 2. Late both times, "partly" rated 3.
  await pastOne(h.db, { ...g1, categoryId: smoke, openedAt: at, status: "closed", acknowledgedAt: at + 5 * HOUR, fixedAt: at + 6 * DAY, closedAt: at + 7 * DAY, verdicts: [{ residentId: null, verdict: "partly", rating: 3, at: at + 7 * DAY }] });
  // 3. Acknowledged on time, never fixed, past its deadline.
  await pastOne(h.db, { ...g1, categoryId: lights, openedAt: at, status: "in_progress", acknowledgedAt: at + HOUR });
  // 4. Not the community's: received, in no rate.
  await pastOne(h.db, { ...g1, categoryId: lights, openedAt: at, status: "not_responsible", closedAt: at });
  // 5. A duplicate: counted once, at its original.
  await pastOne(h.db, { ...g1, categoryId: smoke, openedAt: at, status: "duplicate", closedAt: at });
  // 6. Grid 2: on time, fixed on time, closed without a verdict (unconfirmed).
  await pastOne(h.db, { ...g2, categoryId: smoke, openedAt: at, status: "closed", acknowledgedAt: at + HOUR, fixedAt: at + DAY, closedAt: at + 8 * DAY, unconfirmed: true });
  // 7. Another community of the street: on time, "not fixed" rated 1.
  await pastOne(h.db, { ...sanyan, categoryId: smoke, openedAt: at, status: "reopened", acknowledgedAt: at + HOUR, fixedAt: at + DAY, verdicts: [{ residentId: null, verdict: "not_fixed", rating: 1, at: at + 2 * DAY }] });
  // 8. October, grid 1: on time, fixed on time, "fixed" rated 4.
  await pastOne(h.db, { ...g1, categoryId: smoke, openedAt: OCT_10, status: "closed", acknowledgedAt: OCT_10 + HOUR, fixedAt: OCT_10 + DAY, closedAt: OCT_10 + 2 * DAY, verdicts: [{ residentId: null, verdict: "fixed", rating: 4, at: OCT_10 + 2 * DAY }] });

  await makeStaff(h.domain, "r.grid", "grid_worker", "ja-huiminyuan-1");
  await makeStaff(h.domain, "r.street", "street_admin", "jiangan-houhu");
  await makeStaff(h.domain, "r.other", "community_staff", "ja-zhuyehai");
  gridWorker = consoleBrowser(async (path, init) => h.app.request(path, init));
  street = consoleBrowser(async (path, init) => h.app.request(path, init));
  other = consoleBrowser(async (path, init) => h.app.request(path, init));
  expect((await gridWorker.login("r.grid", PASSWORD)).status).toBe(303);
  expect((await street.login("r.street", PASSWORD)).status).toBe(303);
  expect((await other.login("r.other", PASSWORD)).status).toBe(303);
}, 60_000);

afterAll(() => h?.close());

const place = async (kind: "grid" | "community" | "street", code: string) => (await placeByCode(h.domain.directory.orm, kind, code))!;
const november = () => monthPeriod("2026-11", "Asia/Shanghai");

describe("scorecards (三率)", () => {
  it("counts a community's November: received, the three rates and what they are made of", async () => {
    const card = await scorecard(h.domain, await place("community", "ja-huiminyuan"), november());
    expect(card.total).toMatchObject({ received: 5, notResponsible: 1, ackDue: 4, ackOnTime: 3, resolveDue: 4, resolvedOnTime: 2, verdicts: 2, satisfied: 1, unconfirmed: 1 });
    expect(card.total.response).toBe(0.75);
    expect(card.total.resolution).toBe(0.5);
    expect(card.total.satisfaction).toBe(0.5);
    // Its grids below it, every one listed.
    const grid1 = card.below.find((b) => b.place.code === "ja-huiminyuan-1")!;
    expect(grid1.score).toMatchObject({ received: 4, ackOnTime: 2, ackDue: 3, resolvedOnTime: 1, resolveDue: 3, satisfied: 1, verdicts: 2 });
    expect(card.below.find((b) => b.place.code === "ja-huiminyuan-3")!.score.received).toBe(0);
    // By category, most first.
    expect(card.categories.map((c) => [c.code, c.score.received])).toEqual([
      ["test-smoke", 3],
      ["test-lights", 2],
    ]);
  });

  it("rolls a street up from its communities, and a grid is compared with its community", async () => {
    const card = await scorecard(h.domain, await place("street", "jiangan-houhu"), november());
    expect(card.total).toMatchObject({ received: 6, ackDue: 5, ackOnTime: 4, resolveDue: 5, resolvedOnTime: 3, verdicts: 3, satisfied: 1 });
    expect(card.below.find((b) => b.place.code === "ja-sanyanqiao")!.score.received).toBe(1);
    const grid = await scorecard(h.domain, await place("grid", "ja-huiminyuan-1"), november());
    expect(grid.total.received).toBe(4);
    expect(grid.community?.place.code).toBe("ja-huiminyuan");
    expect(grid.community?.score.received).toBe(5);
  });

  it("takes any range of days, and draws a trend month by month", async () => {
    const range = rangePeriod("2026-10-01", "2026-11-30", "Asia/Shanghai");
    const card = await scorecard(h.domain, await place("community", "ja-huiminyuan"), range);
    expect(card.total.received).toBe(6);
    expect(card.total.satisfaction).toBeCloseTo(2 / 3);
    expect(card.trend.map((m) => m.month)).toEqual(["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]);
    expect(card.trend.find((m) => m.month === "2026-10")!.score.received).toBe(1);
    expect(card.trend.find((m) => m.month === "2026-11")!.score.received).toBe(5);
    expect(() => rangePeriod("2026-11-30", "2026-10-01", "Asia/Shanghai")).toThrow(/ends before/);
    expect(() => rangePeriod("2026-02-30", "2026-03-01", "Asia/Shanghai")).toThrow(/from/);
    expect(() => monthPeriod("2026-13", "Asia/Shanghai")).toThrow(/month/);
  });
});

describe("the scorecard page", () => {
  it("shows a grid worker their grid against the community, with SVG charts and the table", async () => {
    const page = await gridWorker.page("/console/reports?month=2026-11");
    expect(page).toContain('data-testid="chart-rates"');
    expect(page).toContain('data-testid="chart-trend"');
    expect(page).toContain('data-testid="chart-categories"');
    expect(page).toContain("<svg");
    expect(page).not.toMatch(/<script|style="/);
    expect(page).toMatch(/data-testid="total".*?data-testid="received">4</s);
    expect(page).toMatch(/data-testid="community".*?data-testid="received">5</s);
    expect(page).toContain("66.7%"); // the grid's response rate, 2 of 3
    expect(page).toContain("/console/reports/register.csv?month=2026-11&amp;place=grid%3Aja-huiminyuan-1");
  });

  it("lets a street admin drill down, and refuses a place outside the reader's scope", async () => {
    const page = await street.page("/console/reports?month=2026-11");
    expect(page).toMatch(/data-testid="below-ja-huiminyuan".*?data-testid="received">5</s);
    expect(page).toContain(`href="/console/reports?place=community%3Aja-huiminyuan&amp;month=2026-11"`);
    const res = await other.get("/console/reports?place=community:ja-huiminyuan&month=2026-11");
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(t("reports-bad-place", { code: "community:ja-huiminyuan" }));
    expect((await street.get("/console/reports?month=2026-99")).status).toBe(400);
  });
});

describe("the register (台账)", () => {
  it("is a CSV with a BOM, a row per complaint of the month, and no formula", async () => {
    const res = await street.get("/console/reports/register.csv?month=2026-11&place=ja-huiminyuan");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/csv/);
    expect(res.headers.get("content-disposition")).toContain("register-2026-11-ja-huiminyuan.csv");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const rows = readCsv(text, { maxRowChars: 10_000 });
    expect(rows[0]).toEqual(["编号", "受理时间", "类别", "社区", "网格", "承办人", "状态", "响应时间", "按时响应", "办结时间", "按时办结", "结案时间", "居民评价", "评分"]);
    expect(rows).toHaveLength(1 + 6); // the duplicate is listed too
    // The category named like a formula is written with a leading ' (read back without it).
    expect(text).toContain("'=HYPERLINK");
    const first = rows.find((r) => r[9] && r[12] === "已解决")!;
    expect(first).toMatchObject({ 1: "2026-11-10 09:00", 2: "油烟", 3: "惠民苑社区", 4: "第一网格", 6: "已结案", 8: "是", 10: "是", 13: "5" });
    const late = rows.find((r) => r[12] === "部分解决")!;
    expect([late[8], late[10]]).toEqual(["否", "否"]);
    expect(rows.some((r) => r[6]!.includes("未评价"))).toBe(true);
  });

  it("covers the reader's whole scope without a place, and answers 400 to a bad month or a place they cannot see", async () => {
    const all = readCsv(await (await street.get("/console/reports/register.csv?month=2026-11")).text(), { maxRowChars: 10_000 });
    expect(all).toHaveLength(1 + 7);
    const none = readCsv(await (await street.get("/console/reports/register.csv?month=2026-09")).text(), { maxRowChars: 10_000 });
    expect(none).toHaveLength(1);
    const bad = await street.get("/console/reports/register.csv?month=2026-1");
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("2026-11");
    expect((await street.get("/console/reports/register.csv")).status).toBe(400);
    const outside = await other.get("/console/reports/register.csv?month=2026-11&place=ja-huiminyuan");
    expect(outside.status).toBe(400);
    expect((await other.get("/console/reports/register.csv?month=2026-11&place=nowhere")).status).toBe(400);
  });

  it("writes the same file from the domain, in English too", async () => {
    const en = consoleTranslator("en");
    const { csv, rows } = await registerCsv(h.domain, await scopeOfPlace(h.domain, await place("grid", "ja-huiminyuan-2")), "2026-11", "en", en);
    expect(rows).toBe(1);
    expect(csv.startsWith("\uFEFFReference,Opened,Category")).toBe(true);
    expect(csv).toContain("Oil smoke");
    expect(csv).toContain("closed (no verdict)");
  });
});

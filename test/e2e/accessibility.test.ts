// Elderly first (适老化), measured in a real browser on a phone (390×844): every resident flow that exists,
// from the community's QR poster link to its answer — how many taps, how long the first message is, how
// large the text and the buttons are, how far apart the buttons stand, how well every control's edge stands
// out (WCAG 1.4.11), and axe-core at WCAG 2.2 A/AA — in three ways: as it comes, with the resident's
// large-text setting, and at 200 % zoom (half the CSS viewport, twice the device pixels). The table is
// printed at the end and kept in the README ("Accessibility").
import { ensureResident } from "../../src/db/queries/residents.js";
import { generousLimits } from "../support/harness.js";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { ServerType } from "@hono/node-server";
import { and, eq } from "drizzle-orm";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { openSqlite } from "../../src/db/sqlite.js";
import { residents } from "../../src/db/schema.js";
import { loadDemoData } from "../../src/demo/load.js";
import { demoDistricts } from "../../src/demo/places.js";
import { CARD_LIMIT } from "../../src/flows/service-card.js";
import { translator } from "../../src/i18n/index.js";
import { createLinli } from "../../src/linli.js";
import { consoleLogger } from "../../src/log.js";
import { launchChromium, serveOnPort } from "../support/browser.js";

const zh = translator("zh");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
/** The demo's first community: its QR poster links to /chat?start=c-<code>. */
const poster = demoDistricts[0]!.streets[0]!.communities[0]!;

let db: ReturnType<typeof openSqlite>;
let server: ServerType;
let base: string;
let browser: Browser;

beforeAll(async () => {
  db = openSqlite(":memory:");
  await loadDemoData(db);
  // Monday 10:00 in Shanghai, so that opening hours read the same on every run.
  const { app } = createLinli({ db, config: loadConfig({ ...generousLimits }), logger: consoleLogger("silent"), now: () => Date.parse("2026-11-23T02:00:00Z") });
  ({ server, base } = await serveOnPort(app.fetch));
  browser = await launchChromium();
});

afterAll(async () => {
  printTable();
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  db?.close();
});

// ── the ways a page is seen ────────────────────────────────────────────────────────────────────

const modes = {
  "as it comes": { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, large: false },
  "large text": { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, large: true },
  "200 % zoom": { viewport: { width: 195, height: 422 }, deviceScaleFactor: 2, large: false },
  "large text at 200 % zoom": { viewport: { width: 195, height: 422 }, deviceScaleFactor: 2, large: true },
} as const;
type Mode = keyof typeof modes;

async function phone(mode: Mode): Promise<{ context: BrowserContext; page: Page }> {
  const { viewport, deviceScaleFactor, large } = modes[mode];
  const context = await browser.newContext({ locale: "zh-CN", viewport, deviceScaleFactor, hasTouch: true });
  const page = await context.newPage();
  if (large) {
    // The resident chose 大字 earlier (settings keep it with them): the page comes large from the server.
    await page.goto(`${base}/chat`);
    await settled(page);
    // The cookie is signed (src/web/chat-session.ts): `<session id>.<signature>`.
    const session = (await context.cookies()).find((c) => c.name === "linli_chat")!;
    // Choosing it is what stores the resident (a visitor who has chosen nothing has no row yet).
    const sessionId = decodeURIComponent(session.value).split(".")[0]!;
    await ensureResident(db.orm, "web", sessionId, "zh", Date.now());
    await db.orm.update(residents).set({ textSize: "large" }).where(and(eq(residents.channel, "web"), eq(residents.externalId, sessionId)));
    await page.evaluate(() => localStorage.clear());
  }
  return { context, page };
}

async function settled(page: Page) {
  await page.locator('[data-testid="transcript"][aria-busy="false"]').waitFor();
}

// ── a resident's taps, counted ─────────────────────────────────────────────────────────────────

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

class Resident {
  taps = 0;
  /** How many bot bubbles there were before the last tap: the answer starts after them. */
  private before = 0;
  constructor(readonly page: Page) {}

  private async mark() {
    await settled(this.page);
    this.before = await this.page.getByTestId("bubble-bot").count();
    this.taps++;
  }
  async choose(label: string) {
    await this.mark();
    await this.page.getByTestId("choice").filter({ hasText: new RegExp(`^${escaped(label)}$`) }).last().click();
    await settled(this.page);
  }
  async menu(label: string) {
    await this.mark();
    await this.page.getByTestId("menu-item").filter({ hasText: new RegExp(`^${escaped(label)}$`) }).click();
    await settled(this.page);
  }
  /** Typing a question and sending it counts as one step. */
  async ask(question: string) {
    await this.mark();
    await this.page.getByTestId("input").fill(question);
    await this.page.getByTestId("send").click();
    await settled(this.page);
  }
  /** The first message of the answer to the last tap. */
  async answer(): Promise<string> {
    await settled(this.page);
    return (await this.page.getByTestId("bubble-bot").nth(this.before).textContent()) ?? "";
  }
}

interface Flow {
  name: string;
  /** From the poster link to the answer; returns the answer's first message. */
  run(r: Resident): Promise<string>;
  /** What the answer must be. */
  check(first: string): void;
  card?: boolean;
  /** False where the flow deletes the resident, settings included. */
  keepsSettings?: boolean;
}

const flows: Flow[] = [
  {
    name: "QR poster → set up (community bound, privacy agreed)",
    run: async (r) => (await r.choose(zh("button-consent-yes")), r.answer()),
    check: (first) => expect(first).toBe(zh("consent-given")),
  },
  {
    name: "guide: a question in one's own words → card",
    card: true,
    run: async (r) => {
      await r.choose(zh("button-consent-yes"));
      await r.ask("我妈八十多了有补贴吗");
      return r.answer();
    },
    check: (first) => expect(first).toMatch(/^📄 高龄津贴\n/),
  },
  {
    name: "guide: browsing the groups → card",
    card: true,
    run: async (r) => {
      await r.choose(zh("button-consent-yes"));
      await r.menu(zh("menu-guide"));
      await r.choose("社会救助与民政");
      await r.choose("📂 养老服务");
      await r.choose("高龄津贴");
      return r.answer();
    },
    check: (first) => expect(first).toMatch(/^📄 高龄津贴\n/),
  },
  {
    name: "settings: large text",
    run: async (r) => {
      await r.menu(zh("menu-settings"));
      await r.choose(zh("button-text-size"));
      await r.choose(zh("text-size-large"));
      return r.answer();
    },
    check: (first) => expect(first).toBe(zh("text-size-set-large")),
  },
  {
    name: "talk to a person",
    run: async (r) => {
      await r.choose(zh("button-consent-yes"));
      await r.menu(zh("menu-human"));
      return r.answer();
    },
    check: (first) => expect(first).toMatch(/^好的，已为您/),
  },
  {
    name: "my community (its card)",
    run: async (r) => (await r.menu(zh("menu-community")), r.answer()),
    check: (first) => expect(first.startsWith(`🏠 ${poster.zh}`)).toBe(true),
  },
  {
    name: "my points",
    run: async (r) => {
      await r.choose(zh("button-consent-yes"));
      await r.menu(zh("menu-points"));
      return r.answer();
    },
    check: (first) => expect(first).toMatch(/^⭐ 我的积分：0 分/),
  },
  {
    name: "my data",
    run: async (r) => (await r.menu(zh("menu-mydata")), r.answer()),
    check: (first) => expect(first).toMatch(new RegExp(`^${escaped(zh("mydata-intro"))}`)),
  },
  {
    name: "deleting my data",
    keepsSettings: false,
    run: async (r) => {
      await r.menu(zh("menu-mydata"));
      await r.choose(zh("button-forget"));
      await r.choose(zh("button-forget-yes"));
      return r.answer();
    },
    check: (first) => expect(first).toBe(zh("forget-done")),
  },
];

// ── what is measured on the answer's screen ────────────────────────────────────────────────────

interface Measured {
  bodyPx: number;
  minButtonPx: number;
  minGapPx: number;
  minBorderContrast: number;
  /** The height left for messages, in CSS px, and as a share of the viewport. */
  messagesPx: number;
  messagesShare: number;
  /** The two targets nearest each other, for a failing gap. */
  closest: string;
}

/** Runs in the page: sizes from layout, contrast computed from the colours the browser resolved. */
function measure(): Measured {
  type RGBA = { r: number; g: number; b: number; a: number };
  const parse = (c: string): RGBA | null => {
    const m = /rgba?\(([^)]+)\)/.exec(c);
    if (!m) return null;
    const [r = 0, g = 0, b = 0, a = 1] = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const luminance = ({ r, g, b }: RGBA) => {
    const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const contrast = (x: RGBA, y: RGBA) => {
    const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };
  /** The colour behind an element: its ancestors' backgrounds, blended down to white. */
  const behind = (el: Element | null): RGBA => {
    const layers: RGBA[] = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0) {
        layers.push(c);
        if (c.a >= 1) break;
      }
    }
    return layers.reverse().reduce((under, c) => ({ r: c.r * c.a + under.r * (1 - c.a), g: c.g * c.a + under.g * (1 - c.a), b: c.b * c.a + under.b * (1 - c.a), a: 1 }), { r: 255, g: 255, b: 255, a: 1 });
  };
  /** On screen and tappable: what is under its middle is itself (not scrolled away under the menu). */
  const tappable = (el: Element) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === "hidden") return false;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && (hit === el || el.contains(hit));
  };
  const targets = Array.from(document.querySelectorAll("button, textarea, .maps a")).filter(tappable);
  const rects = targets.map((t) => t.getBoundingClientRect());
  // Gaps between neighbours of one group (a message's buttons, the menu, the composer, a place's map
  // links, the restart dialog): side by side (heights overlap) or one above the other (widths overlap).
  // Messages scroll under the fixed header, so a header button and a message's button can come as close as
  // scrolling brings them; that is not a gap anyone laid out.
  const group = (el: Element) => el.closest(".buttons, #menu, form, header, dialog, .maps");
  let minGap = Infinity;
  let closest: Element[] = [];
  rects.forEach((a, i) =>
    rects.slice(i + 1).forEach((b, j) => {
      if (group(targets[i]!) !== group(targets[i + 1 + j]!)) return;
      const dx = Math.max(b.left - a.right, a.left - b.right);
      const dy = Math.max(b.top - a.bottom, a.top - b.bottom);
      if (dx >= 0 && dy < 0 && dx < 40 && dx < minGap) (minGap = dx), (closest = [targets[i]!, targets[i + 1 + j]!]);
      if (dy >= 0 && dx < 0 && dy < 40 && dy < minGap) (minGap = dy), (closest = [targets[i]!, targets[i + 1 + j]!]);
    }),
  );
  // A control's edge against what is around it: its border where it has one, else its fill.
  const edges = targets.map((t) => {
    const style = getComputedStyle(t);
    const outside = behind(t.parentElement);
    const border = parse(style.borderTopColor);
    if (parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== "none" && border && border.a > 0) return contrast(border, outside);
    return contrast(behind(t), outside);
  });
  const bubble = Array.from(document.querySelectorAll('[data-testid="bubble-bot"]')).at(-1) ?? document.body;
  const log = document.getElementById("transcript")!;
  return {
    bodyPx: parseFloat(getComputedStyle(bubble).fontSize),
    minButtonPx: Math.min(...targets.filter((t) => t.tagName === "BUTTON").map((t) => t.getBoundingClientRect().height)),
    minGapPx: minGap,
    minBorderContrast: Math.min(...edges),
    messagesPx: log.clientHeight,
    messagesShare: log.clientHeight / window.innerHeight,
    closest: closest.map((e) => `${e.tagName}:${e.textContent}`).join(" ↔ "),
  };
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource); // through the driver: the page's CSP takes no injected script
  const result = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
  }, WCAG);
  return result.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

// ── the runs ───────────────────────────────────────────────────────────────────────────────────

interface Row extends Measured {
  flow: string;
  mode: Mode;
  taps: number;
  firstChars: number;
  violations: number;
}
const table: Row[] = [];

describe("elderly first, measured on a phone", () => {
  for (const mode of Object.keys(modes) as Mode[]) {
    for (const flow of flows) {
      it(`${flow.name} — ${mode}`, async () => {
        const { context, page } = await phone(mode);
        try {
          await page.goto(`${base}/chat?start=c-${poster.code}`);
          await settled(page);
          const resident = new Resident(page);
          const first = await flow.run(resident);
          flow.check(first);
          // The page has the answer at its top when it is longer than the screen (a card is read from its start).
          const measured = await page.evaluate(measure);
          const violations = await axeViolations(page);
          table.push({ flow: flow.name, mode, taps: resident.taps, firstChars: first.length, violations: violations.length, ...measured });

          expect(resident.taps).toBeLessThanOrEqual(5);
          if (flow.card) expect(first.length).toBeLessThanOrEqual(CARD_LIMIT);
          // Deleting takes the setting with everything else: the page is as it comes again.
          expect(measured.bodyPx).toBeGreaterThanOrEqual(modes[mode].large && flow.keepsSettings !== false ? 21 : 18);
          expect(measured.minButtonPx).toBeGreaterThanOrEqual(48);
          expect(measured.minGapPx, measured.closest).toBeGreaterThanOrEqual(8);
          expect(measured.minBorderContrast).toBeGreaterThanOrEqual(3);
          // Zoomed in, the menu folds to one row: messages keep at least a third of the screen.
          expect(measured.messagesShare).toBeGreaterThanOrEqual(modes[mode].viewport.width < 390 ? 0.33 : 0.45);
          expect(violations).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }

  it("opens a long card at its top, not its end", async () => {
    const { context, page } = await phone("large text");
    try {
      await page.goto(`${base}/chat?start=c-${poster.code}`);
      const resident = new Resident(page);
      await resident.choose(zh("button-consent-yes"));
      await resident.ask("低保");
      const top = await page.evaluate(() => {
        const log = document.getElementById("transcript")!;
        const cards = Array.from(document.querySelectorAll('[data-testid="bubble-bot"]')).filter((b) => b.textContent?.startsWith("📄"));
        const card = cards.at(-1)!.getBoundingClientRect();
        return { cardTop: card.top, logTop: log.getBoundingClientRect().top, cardTaller: card.height + 200 > log.clientHeight };
      });
      expect(top.cardTaller).toBe(true);
      expect(top.cardTop - top.logTop).toBeGreaterThanOrEqual(0);
      expect(top.cardTop - top.logTop).toBeLessThan(24);
    } finally {
      await context.close();
    }
  });

  it("follows the browser's own text size", async () => {
    const { context, page } = await phone("as it comes");
    try {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Page.setFontSizes", { fontSizes: { standard: 24 } });
      await page.goto(`${base}/chat?start=c-${poster.code}`);
      await settled(page);
      const px = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('[data-testid="bubble-bot"]')!).fontSize));
      // 18 px out of 16 is 27 px out of 24.
      expect(px).toBe(27);
    } finally {
      await context.close();
    }
  });
});

function printTable() {
  if (table.length === 0) return;
  const byFlow = flows.map((f) => ({ flow: f.name, rows: (Object.keys(modes) as Mode[]).map((m) => table.find((r) => r.flow === f.name && r.mode === m)) }));
  const cell = (rows: (Row | undefined)[], pick: (r: Row) => string) => rows.map((r) => (r ? pick(r) : "—")).join(" / ");
  const lines = [
    "",
    "Accessibility on a 390×844 phone (each cell: as it comes / large text / 200 % zoom / large text at 200 % zoom); axe-core 4.14 at WCAG 2.2 A/AA",
    "",
    "| flow (from the QR poster link) | taps | first message (chars) | body text (px) | smallest button (px) | smallest gap (px) | weakest control edge (contrast) | room for messages | axe violations |",
    "|---|---:|---:|---|---|---|---|---|---|",
    ...byFlow.map(({ flow, rows }) =>
      [
        flow,
        String(rows[0]?.taps ?? "—"),
        String(rows[0]?.firstChars ?? "—"),
        cell(rows, (r) => r.bodyPx.toFixed(0)),
        cell(rows, (r) => r.minButtonPx.toFixed(0)),
        cell(rows, (r) => (Number.isFinite(r.minGapPx) ? r.minGapPx.toFixed(0) : "—")),
        cell(rows, (r) => `${r.minBorderContrast.toFixed(1)}:1`),
        cell(rows, (r) => `${r.messagesPx.toFixed(0)} px (${Math.round(r.messagesShare * 100)} %)`),
        cell(rows, (r) => String(r.violations)),
      ].join(" | ").replace(/^/, "| ").replace(/$/, " |"),
    ),
    "",
  ];
  console.log(lines.join("\n"));
}

// A resident in the web chat, in a real browser: the whole app served on 127.0.0.1, Chromium clicking the
// page the way a person on a phone would. Needs /usr/bin/chromium (apt-get install chromium fonts-wqy-microhei).
import { generousLimits } from "../support/harness.js";
import type { ServerType } from "@hono/node-server";
import { and, asc, eq } from "drizzle-orm";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { loadDemoData } from "../../src/demo/load.js";
import type { Orm } from "../../src/db/database.js";
import { openSqlite } from "../../src/db/sqlite.js";
import { communities, districts, residents, streets } from "../../src/db/schema.js";
import { PAGE_SIZE } from "../../src/flows/onboarding.js";
import { createLinli } from "../../src/linli.js";
import { translator } from "../../src/i18n/index.js";
import { consoleLogger } from "../../src/log.js";
import { chatPage } from "../../src/web/chat-page.js";
import { menuButtons } from "../../src/flows/menu.js";
import { mapLinks, type WebReply } from "../../src/web/chat-channel.js";
import { launchChromium, serveOnPort } from "../support/browser.js";

const zh = translator("zh");
const en = translator("en");

let db: ReturnType<typeof openSqlite>;
let server: ServerType;
let base: string;
let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  db = openSqlite(":memory:");
  expect(await loadDemoData(db)).not.toBeNull();
  const { app } = createLinli({ db, config: loadConfig({ ...generousLimits }), logger: consoleLogger("silent") });
  ({ server, base } = await serveOnPort(app.fetch));
  browser = await launchChromium();
});

afterEach(async () => {
  await context?.close();
  context = undefined;
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  db?.close();
});

/** A phone-sized browser of its own: its own cookie (the chat session) and its own localStorage. */
async function phone(): Promise<Page> {
  context = await browser.newContext({ locale: "zh-CN", viewport: { width: 390, height: 844 }, hasTouch: true });
  return context.newPage();
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const exactly = (label: string) => new RegExp(`^${escaped(label)}$`);
/** A question that may say which page of a list it shows ("（第 1 页，共 2 页）"). */
const asking = (question: string) => new RegExp(`^${escaped(question)}`);

/** Waits until the page has the answer to whatever it sent. */
async function settled(page: Page) {
  await page.locator('[data-testid="transcript"][aria-busy="false"]').waitFor();
}

async function botSaid(page: Page): Promise<string[]> {
  await settled(page);
  return page.getByTestId("bubble-bot").allTextContents();
}

async function lastBot(page: Page): Promise<string> {
  return (await botSaid(page)).at(-1) ?? "";
}

/** Taps the inline button with this label under the newest message that has one. */
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

async function menuLabels(page: Page): Promise<string[]> {
  await settled(page);
  return page.getByTestId("menu-item").allTextContents();
}

/** Types into the input and presses Enter (or the send button). */
async function type(page: Page, text: string, how: "enter" | "button" = "enter") {
  await settled(page);
  await page.getByTestId("input").fill(text);
  if (how === "enter") await page.getByTestId("input").press("Enter");
  else await page.getByTestId("send").click();
  await settled(page);
}

type Place = { id: number; nameZh: string; nameEn: string };
interface Path {
  district: Place & { page: number };
  street: Place & { page: number };
  community: Place & { page: number; code: string };
}

/** Every community with where it sits in the picker's pages; the first one that needs a "next page" tap if any. */
async function placesInPicker(orm: Orm): Promise<Path[]> {
  const paths: Path[] = [];
  const ds = await orm.select().from(districts).orderBy(asc(districts.sort), asc(districts.id));
  for (const [di, d] of ds.entries()) {
    const ss = await orm.select().from(streets).where(eq(streets.districtId, d.id)).orderBy(asc(streets.sort), asc(streets.id));
    for (const [si, s] of ss.entries()) {
      const cs = await orm.select().from(communities).where(eq(communities.streetId, s.id)).orderBy(asc(communities.sort), asc(communities.id));
      for (const [ci, c] of cs.entries()) {
        paths.push({
          district: { ...d, page: Math.floor(di / PAGE_SIZE) },
          street: { ...s, page: Math.floor(si / PAGE_SIZE) },
          community: { ...c, page: Math.floor(ci / PAGE_SIZE) },
        });
      }
    }
  }
  return paths;
}

const pathName = (p: Path, lang: "zh" | "en") =>
  [p.district, p.street, p.community].map((x) => (lang === "zh" ? x.nameZh : x.nameEn)).join(" · ");

async function turnPages(page: Page, pages: number) {
  for (let i = 0; i < pages; i++) await tap(page, zh("button-next"));
}

describe("the resident web chat", () => {
  it("onboards in Chinese with buttons, switches to English, answers commands, and survives a reload", async () => {
    const paths = await placesInPicker(db.orm);
    expect(paths.length).toBeGreaterThan(1);
    const target = paths.find((p) => p.district.page + p.street.page + p.community.page > 0) ?? paths[0]!;
    const page = await phone();

    await page.goto(`${base}/chat`);
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    expect(await page.title()).toBe(zh("chat-title"));
    let said = await botSaid(page);
    expect(said[0]).toBe(zh("welcome"));
    expect(said.at(-1)).toMatch(asking(zh("pick-district")));
    expect(await page.getByTestId("bubble-me").count()).toBe(0); // the automatic /start is not shown

    await turnPages(page, target.district.page);
    await tap(page, target.district.nameZh);
    expect(await lastBot(page)).toMatch(asking(zh("pick-street")));
    await turnPages(page, target.street.page);
    await tap(page, target.street.nameZh);
    expect(await lastBot(page)).toMatch(asking(zh("pick-community")));
    await turnPages(page, target.community.page);
    await tap(page, target.community.nameZh);
    said = await botSaid(page);
    expect(said).toContain(zh("community-set", { community: pathName(target, "zh") }));
    expect(said.at(-1)).toBe(zh("privacy-notice"));
    // What the resident tapped shows as their own bubbles.
    expect(await page.getByTestId("bubble-me").allTextContents()).toContain(target.community.nameZh);

    await tap(page, zh("button-consent-yes"));
    expect(await lastBot(page)).toBe(zh("consent-given"));
    expect(await menuLabels(page)).toEqual(expect.arrayContaining([zh("menu-settings"), zh("menu-mydata"), zh("menu-help")]));

    // Settings from the menu bar → language → English.
    await tapMenu(page, zh("menu-settings"));
    expect(await lastBot(page)).toContain(zh("language-zh"));
    expect(await page.getByTestId("bubble-me").last().textContent()).toBe(zh("menu-settings"));
    await tap(page, zh("button-language"));
    expect(await lastBot(page)).toBe(zh("pick-language"));
    await tap(page, en("language-en"));
    expect(await lastBot(page)).toBe(en("language-set"));
    expect(await menuLabels(page)).toEqual(expect.arrayContaining([en("menu-settings"), en("menu-mydata"), en("menu-help")]));
    // The page's own words follow at once, without a reload.
    expect(await page.getByTestId("send").textContent()).toBe(en("chat-send"));
    expect(await page.getByTestId("input").getAttribute("placeholder")).toBe(en("chat-placeholder"));
    expect(await page.getByTestId("restart").textContent()).toBe(en("chat-restart"));
    expect(await page.title()).toBe(en("chat-title"));
    expect(await page.locator("html").getAttribute("lang")).toBe("en");

    await type(page, "/mydata");
    const mine = await lastBot(page);
    expect(mine).toContain(en("mydata-intro"));
    expect(mine).toContain(en("mydata-community", { community: pathName(target, "en") }));
    expect(mine.split("\n").length).toBeGreaterThan(5); // line breaks are kept

    await type(page, "/nosuchthing", "button");
    expect(await lastBot(page)).toBe(en("unknown-command"));
    expect(await page.getByTestId("input").inputValue()).toBe("");

    const before = { bot: await botSaid(page), me: await page.getByTestId("bubble-me").allTextContents() };
    await page.reload();
    expect(await botSaid(page)).toEqual(before.bot);
    expect(await page.getByTestId("bubble-me").allTextContents()).toEqual(before.me);
    expect(await menuLabels(page)).toEqual(expect.arrayContaining([en("menu-settings"), en("menu-mydata"), en("menu-help")]));
    await page.screenshot({ path: "/tmp/linli-chat.png" });
  });

  it("binds the community of a QR poster link (/chat?start=c-<code>) at once", async () => {
    const paths = await placesInPicker(db.orm);
    const poster = paths.at(-1)!;
    const page = await phone();

    await page.goto(`${base}/chat?start=c-${poster.community.code}`);
    const said = await botSaid(page);
    expect(said[0]).toBe(zh("welcome-community", { community: pathName(poster, "zh") }));
    expect(said.at(-1)).toBe(zh("privacy-notice"));
    // The code binds once: it leaves the address bar, so reloading or starting again cannot re-bind it.
    expect(new URL(page.url()).search).toBe("");

    const session = (await context!.cookies()).find((c) => c.name === "linli_chat")!;
    expect(session.httpOnly).toBe(true);
    const [row] = await db.orm
      .select()
      .from(residents)
      .where(and(eq(residents.channel, "web"), eq(residents.externalId, decodeURIComponent(session.value).split(".")[0]!)));
    expect(row?.communityId).toBe(poster.community.id);
  });

  it("keeps what the resident typed when the message could not be sent", async () => {
    const page = await phone();
    await page.goto(`${base}/chat`);
    expect(await lastBot(page)).toMatch(asking(zh("pick-district")));

    await context!.route("**/chat/api/messages", (route) => route.abort("internetdisconnected"));
    await type(page, "楼下饭店油烟太大\n晚上尤其严重");
    await page.getByTestId("system").filter({ hasText: zh("chat-offline") }).waitFor();
    expect(await page.getByTestId("input").inputValue()).toBe("楼下饭店油烟太大\n晚上尤其严重");
    expect(await page.getByTestId("bubble-me").count()).toBe(0);

    await context!.unroute("**/chat/api/messages");
    await page.getByTestId("send").click();
    await settled(page);
    expect(await page.getByTestId("bubble-me").allTextContents()).toEqual(["楼下饭店油烟太大\n晚上尤其严重"]);
    expect(await page.getByTestId("input").inputValue()).toBe("");

    // "Start again" asks first; "cancel" keeps everything.
    await page.getByTestId("restart").click();
    await expect(page.getByTestId("confirm").textContent()).resolves.toContain(zh("chat-restart-confirm"));
    await page.getByTestId("confirm-no").click();
    expect(await page.getByTestId("bubble-me").count()).toBe(1);
    // Confirmed, it clears the transcript and greets anew.
    await page.getByTestId("restart").click();
    await page.getByTestId("confirm-yes").click();
    await settled(page);
    expect(await page.getByTestId("bubble-me").count()).toBe(0);
    expect((await botSaid(page))[0]).toBe(zh("welcome"));
  });

  it("draws every kind of reply as text, never as markup", async () => {
    const page = await phone();
    const evil = '<img src=x onerror="document.body.dataset.pwned=1">';
    const answers: WebReply[][] = [
      [
        {
          kind: "text",
          text: `line one\n${evil}\n☎️ 027-5555-2001`,
          links: [
            { text: "027-5555-2001", href: "tel:02755552001" },
            { text: "line", href: "javascript:alert(1)" },
          ],
          buttons: [[{ label: evil, data: menuButtons.encode("open", "menu") }]],
          menu: [["A", "B"], ["C"]],
        },
        {
          kind: "place",
          latitude: 30.5871,
          longitude: 114.2889,
          title: "花楼水塔社区党群服务中心",
          address: `江汉区花楼街 ${evil}`,
          maps: mapLinks({ latitude: 30.5871, longitude: 114.2889, title: "花楼水塔社区党群服务中心", address: "江汉区花楼街" }, "baidu"),
        },
      ],
      [{ kind: "text", text: "share?", menu: [["跳过"]] }],
      [{ kind: "text", text: "bye", removeMenu: true }],
    ];
    const sent: unknown[] = [];
    await context!.route("**/chat/api/messages", async (route) => {
      sent.push(route.request().postDataJSON());
      await route.fulfill({ json: { replies: answers.shift() ?? [] } });
    });

    await page.goto(`${base}/chat?start=c-anything`);
    await settled(page);
    expect(sent[0]).toEqual({ input: { kind: "command", name: "start", payload: "c-anything" } });
    const bubbles = page.getByTestId("bubble-bot");
    expect(await bubbles.nth(0).textContent()).toBe(`line one\n${evil}\n☎️ 027-5555-2001`);
    // A phone number is a link to call; a link the page was not meant to draw stays text.
    expect(await bubbles.nth(0).getByTestId("tel").getAttribute("href")).toBe("tel:02755552001");
    expect(await bubbles.nth(0).locator("a").count()).toBe(1);
    expect(await page.getByTestId("choice").textContent()).toBe(evil);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
    expect(await bubbles.nth(1).textContent()).toContain("花楼水塔社区党群服务中心");
    expect(await bubbles.nth(1).getByTestId("map-web").getAttribute("href")).toMatch(/^https:\/\/api\.map\.baidu\.com\/marker\?location=30\.5871,114\.2889&/);
    expect(await bubbles.nth(1).getByTestId("map-web").textContent()).toBe(zh("chat-map-baidu"));
    expect(await bubbles.nth(1).getByTestId("map-geo").getAttribute("href")).toMatch(/^geo:30\.5871,114\.2889\?q=/);
    expect(await menuLabels(page)).toEqual(["A", "B", "C"]);

    // Shift+Enter is a new line; Enter sends; "/cmd rest" is a command.
    await page.getByTestId("input").fill("/start");
    await page.getByTestId("input").press("Shift+Enter");
    await page.getByTestId("input").press("x");
    expect(await page.getByTestId("input").inputValue()).toBe("/start\nx");
    await page.getByTestId("input").press("Enter");
    await settled(page);
    expect(sent[1]).toEqual({ input: { kind: "command", name: "start", payload: "x" } });
    expect(await lastBot(page)).toBe("share?");
    expect(await menuLabels(page)).toEqual(["跳过"]);

    await tapMenu(page, "跳过");
    expect(sent[2]).toEqual({ input: { kind: "text", text: "跳过" } });
    expect(await menuLabels(page)).toEqual([]);
    expect(await page.getByTestId("bubble-me").allTextContents()).toEqual(["/start\nx", "跳过"]);
  });

  it("escapes every word it is given", () => {
    const html = chatPage("en", (key) => `</script><b>${key}</b>"'`, `"><b>`);
    expect(html).not.toContain("<b>");
    expect(html).not.toContain("</script><");
  });
});

describe("the service guide in the web chat", () => {
  it("answers a question in the resident's own words with the item card and the office on a map link", async () => {
    const [first] = await placesInPicker(db.orm);
    const page = await phone();
    await page.goto(`${base}/chat?start=c-${first!.community.code}`);
    await tap(page, zh("button-consent-yes"));

    await type(page, "开无犯罪记录证明去哪里");
    // One clear match: its card comes at once, then the office.
    const card = (await botSaid(page)).at(-2)!;
    expect(card).toMatch(/^📄 .*无犯罪记录证明/);
    expect(card).toContain(zh("card-access-not_here", { agency: "江滨公安分局晴川派出所" }));
    // Its phone is a link to call; the office comes as a venue bubble with its map links (高德 by default).
    expect(await page.getByTestId("tel").last().getAttribute("href")).toBe("tel:02755550111");
    await expect(page.getByRole("link", { name: zh("chat-map-amap") }).last().getAttribute("href")).resolves.toMatch(/^https:\/\/uri\.amap\.com\/marker\?position=/);

    // Browsing: the menu's guide entry lists the groups as buttons.
    await tapMenu(page, zh("menu-guide"));
    expect(await lastBot(page)).toMatch(asking(zh("guide-intro")));
    expect(await page.getByTestId("choice").count()).toBeGreaterThan(4);
  });

  it("forgets the browser's transcript too after /forget", async () => {
    const page = await phone();
    await page.goto(`${base}/chat`);
    await type(page, "/forget");
    await tap(page, zh("button-forget-yes"));
    expect(await lastBot(page)).toBe(zh("forget-done"));
    expect(await page.evaluate(() => localStorage.getItem("linli-transcript"))).toBeNull();
    expect((await context!.cookies()).find((c) => c.name === "linli_chat")).toBeUndefined();
  });
});

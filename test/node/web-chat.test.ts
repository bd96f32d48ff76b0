// The web chat's HTTP side: session cookie, the page's language, and /forget clearing the session.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { residents } from "../../src/db/schema.js";
import { onboardingButtons } from "../../src/flows/onboarding.js";
import { privacyButtons } from "../../src/flows/privacy.js";
import { mapLinks, phoneLinks, renderForWeb, webCapabilities } from "../../src/web/chat-channel.js";
import { settingsButtons } from "../../src/flows/settings.js";
import { translator } from "../../src/i18n/index.js";
import { OWN_ORIGIN, startHarness, webChatClient, type Harness } from "../support/harness.js";
import { forgedButtons, objectPropertyNames } from "../support/updates.js";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

type Body = {
  replies: { kind: string; text?: string; buttons?: { label: string; data: string }[][] }[];
  forgotten: boolean;
  page: { lang: string; textSize: string; words: Record<string, string> };
};

describe("the web chat", () => {
  it("gives a new browser an HttpOnly session cookie and greets it in its language", async () => {
    const res = await h.app.request("/chat/api/messages", {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": "en-US,en;q=0.9", origin: OWN_ORIGIN },
      body: JSON.stringify({ input: { kind: "command", name: "start", payload: "" } }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toMatch(/^linli_chat=[0-9a-f]{32}\.[^;]+; .*HttpOnly/);
    expect(((await res.json()) as Body).replies[0]?.text).toContain("Hello! I'm linli");
  });

  it("serves the page in the language the person chose, not only the browser's", async () => {
    const send = webChatClient(h.app, "zh-CN");
    await send({ kind: "command", name: "start", payload: "" });
    expect(await (await h.app.request("/chat", { headers: { "accept-language": "zh-CN" } })).text()).toContain('lang="zh');
    await send({ kind: "command", name: "settings", payload: "" });
    const body = (await (await send({ kind: "choice", data: settingsButtons.encode("lang", "en") })).json()) as Body;
    expect(body.replies[0]?.text).toBe(translator("en")("language-set"));
    const cookie = send.cookie();
    const page = await (await h.app.request("/chat", { headers: { "accept-language": "zh-CN", cookie } })).text();
    expect(page).toContain('lang="en"');
  });

  it("sends the page's own words, language and text size with every answer, so a change shows at once", async () => {
    const send = webChatClient(h.app, "zh-CN");
    const first = (await (await send({ kind: "command", name: "start", payload: "" })).json()) as Body;
    expect(first.page).toMatchObject({ lang: "zh", textSize: "normal", words: { send: translator("zh")("chat-send") } });
    await send({ kind: "command", name: "settings", payload: "" });
    const larger = (await (await send({ kind: "choice", data: settingsButtons.encode("text", "large") })).json()) as Body;
    expect(larger.replies[0]?.text).toBe(translator("zh")("text-size-set-large"));
    expect(larger.page.textSize).toBe("large");
    const english = (await (await send({ kind: "choice", data: settingsButtons.encode("lang", "en") })).json()) as Body;
    expect(english.page).toMatchObject({ lang: "en", words: { send: translator("en")("chat-send"), placeholder: translator("en")("chat-placeholder") } });
    // The setting is kept with the person: the page comes large next time too.
    const [row] = await h.db.orm.select().from(residents);
    expect(row).toMatchObject({ textSize: "large", language: "en" });
    const page = await (await h.app.request("/chat", { headers: { cookie: send.cookie() } })).text();
    expect(page).toContain('<html lang="en" class="large">');
  });

  it("after /forget says so, so the page can drop its transcript, and ends the session", async () => {
    const send = webChatClient(h.app);
    await send({ kind: "command", name: "start", payload: "" });
    await send({ kind: "command", name: "forget", payload: "" });
    const res = await send({ kind: "choice", data: privacyButtons.encode("forget", "yes") });
    const body = (await res.json()) as Body;
    expect(body.forgotten).toBe(true);
    expect(res.headers.get("set-cookie")).toMatch(/^linli_chat=; .*Max-Age=0/);
    expect(await h.db.orm.select().from(residents)).toHaveLength(0);
  });

  it("answers forged buttons and commands named like an object's properties as stale or unknown, never 500", async () => {
    const send = webChatClient(h.app);
    await send({ kind: "command", name: "start", payload: "" });
    for (const data of forgedButtons) {
      const res = await send({ kind: "choice", data });
      expect(res.status, data).toBe(200);
      expect(((await res.json()) as Body).replies[0]?.text, data).toBe(translator("zh")("stale-button"));
    }
    for (const name of objectPropertyNames) {
      const res = await send({ kind: "command", name, payload: "" });
      expect(res.status, name).toBe(200);
      expect(((await res.json()) as Body).replies[0]?.text, name).toBe(translator("zh")("unknown-command", { command: `/${name}` }));
    }
    expect(h.logs.filter((l) => l.level === "error")).toEqual([]);
  });

  it("greets a browser whose Accept-Language is named like an object's property", async () => {
    for (const language of objectPropertyNames) {
      const page = await h.app.request("/chat", { headers: { "accept-language": language } });
      expect(page.status, language).toBe(200);
      const res = await webChatClient(h.app, language)({ kind: "command", name: "start", payload: "" });
      expect(res.status, language).toBe(200);
    }
  });
});

describe("the web chat channel", () => {
  it("cannot share a verified contact: a question for one shows only the way out", () => {
    expect(webCapabilities.verifiedPhone).toBe(false);
    expect(renderForWeb([{ kind: "ask", asking: "contact", text: "share?", button: "📱 share", cancel: "跳过" }])).toEqual([
      { kind: "text", text: "share?", menu: [["跳过"]] },
    ]);
  });

  it("makes phone numbers links to call, and a place links to the phone's map and the chosen web map", () => {
    expect(phoneLinks("☎️ 027-5555-2001；也可以打 12345 或者 138 0013 8000；有危险打110；2026-11-23 办了 3000 元")).toEqual([
      { text: "027-5555-2001", href: "tel:02755552001" },
      { text: "12345", href: "tel:12345" },
      { text: "138 0013 8000", href: "tel:13800138000" },
      { text: "110", href: "tel:110" },
    ]);
    const place = { kind: "place" as const, latitude: 30.5, longitude: 114.25, title: "服务站", address: "江岸区" };
    const [amap] = renderForWeb([place]);
    expect(amap).toMatchObject({ maps: { app: "amap", geo: "geo:30.5,114.25?q=30.5,114.25(%E6%9C%8D%E5%8A%A1%E7%AB%99)" } });
    expect(amap).toMatchObject({ maps: { web: expect.stringMatching(/^https:\/\/uri\.amap\.com\/marker\?position=114\.25,30\.5&/) } });
    expect(renderForWeb([place], { mapApp: "baidu" })[0]).toMatchObject({ maps: mapLinks(place, "baidu") });
  });

  it("never offers a phone number in settings, as it cannot vouch for one", async () => {
    const send = webChatClient(h.app, "zh-CN");
    await send({ kind: "command", name: "start", payload: "" });
    await send({ kind: "choice", data: onboardingButtons.encode("consent", "yes") });
    const body = (await (await send({ kind: "command", name: "settings", payload: "" })).json()) as Body;
    const labels = body.replies.flatMap((r) => r.buttons ?? []).flat().map((b) => b.label);
    expect(labels).toContain(translator("zh")("button-language"));
    expect(labels).not.toContain(translator("zh")("button-phone"));
  });
});

// The web chat's HTTP side: session cookie, the page's language, and /forget clearing the session.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { residents } from "../../src/db/schema.js";
import { OWN_ORIGIN, startHarness, webChatClient, type Harness } from "../support/harness.js";
import { forgedButtons, objectPropertyNames } from "../support/updates.js";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

type Body = { replies: { kind: string; text?: string; buttons?: { label: string; data: string }[][] }[]; forgotten: boolean };

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
    const body = (await (await send({ kind: "choice", data: "lang|en" })).json()) as Body;
    expect(body.replies[0]?.text).toBe("Switched to English.");
    const cookie = send.cookie();
    const page = await (await h.app.request("/chat", { headers: { "accept-language": "zh-CN", cookie } })).text();
    expect(page).toContain('lang="en"');
  });

  it("after /forget says so, so the page can drop its transcript, and ends the session", async () => {
    const send = webChatClient(h.app);
    await send({ kind: "command", name: "start", payload: "" });
    await send({ kind: "command", name: "forget", payload: "" });
    const res = await send({ kind: "choice", data: "forget|yes" });
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
      expect(((await res.json()) as Body).replies[0]?.text, data).toBe("这个按钮已经过期了。请从下方菜单重新开始。");
    }
    for (const name of objectPropertyNames) {
      const res = await send({ kind: "command", name, payload: "" });
      expect(res.status, name).toBe(200);
      expect(((await res.json()) as Body).replies[0]?.text, name).toBe(`没有 /${name} 这个命令。输入 /help 查看可用的命令。`);
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

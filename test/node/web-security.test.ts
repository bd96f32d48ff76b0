// The web side's protections (README, "Security"), through the app's public entry: requests that change
// something come from our own pages as JSON within a size limit; cookies are Secure behind a TLS proxy;
// no framing and no inline code without the response's nonce; request ids are ours.
import { onboardingButtons } from "../../src/flows/onboarding.js";
import { afterEach, describe, expect, it } from "vitest";
import { residents } from "../../src/db/schema.js";
import { translate } from "../../src/i18n/index.js";
import { freshNonce } from "../../src/web/security-headers.js";
import { text } from "../support/updates.js";
import { OWN_ORIGIN, SECRET, startHarness, webChatClient, type Harness } from "../support/harness.js";

let h: Harness;
afterEach(() => h?.close());

const START = JSON.stringify({ input: { kind: "command", name: "start", payload: "" } });
type Body = { replies: { text?: string }[]; forgotten: boolean; error?: string };

/** A POST to the web chat as anyone may send it. */
function postChat(headers: Record<string, string>, body: BodyInit = START, init: RequestInit = {}) {
  return h.app.request("/chat/api/messages", { method: "POST", headers, body, ...init });
}

async function residentsNow() {
  return h.db.orm.select().from(residents);
}

describe("requests that change something come from our own pages", () => {
  it("refuses what a page of another origin on the same site sends with the resident's cookie, and their data survives", async () => {
    h = await startHarness();
    const victim = webChatClient(h.app);
    await victim({ kind: "command", name: "start", payload: "" });
    // Agreeing to the privacy notice is something to keep: the resident's row is there from then on.
    await victim({ kind: "choice", data: onboardingButtons.encode("consent", "yes") });
    const before = await residentsNow();
    expect(before).toHaveLength(1);

    // What a sibling subdomain or another port of the same host can make the victim's browser send:
    // no-cors fetches, so text/plain, and the browser adds the cookie because the site is the same.
    const attacks: Record<string, string>[] = [
      { "content-type": "text/plain;charset=UTF-8", origin: "http://localhost:8081", "sec-fetch-site": "same-site" },
      { "content-type": "text/plain;charset=UTF-8", origin: "http://evil.localhost" },
      // Even as JSON (it would need a CORS preflight that we never answer), and with no origin at all.
      { "content-type": "application/json", origin: "http://localhost:8081", "sec-fetch-site": "same-site" },
      { "content-type": "application/json", "sec-fetch-site": "cross-site" },
      { "content-type": "application/json", origin: "null" },
      { "content-type": "application/json" },
    ];
    for (const headers of attacks) {
      for (const input of [{ kind: "command", name: "forget", payload: "" }, { kind: "choice", data: "forget|yes" }]) {
        const res = await postChat({ ...headers, cookie: victim.cookie() }, JSON.stringify({ input }));
        expect(res.status, JSON.stringify(headers)).toBe(403);
        expect(((await res.json()) as Body).error).toMatch(/^refused: .*this site's own pages/);
      }
    }
    expect(await residentsNow()).toEqual(before);
  });

  it("answers 415 to a body that is not JSON, even from our own page, and changes nothing", async () => {
    h = await startHarness();
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""]) {
      const res = await postChat({ ...(type ? { "content-type": type } : {}), origin: OWN_ORIGIN }, type ? START : new Blob([START]));
      expect(res.status, type).toBe(415);
      expect(((await res.json()) as Body).error).toBe("the body must be application/json (Content-Type)");
    }
    expect(await residentsNow()).toHaveLength(0);
  });

  it("takes JSON from our own page, by Sec-Fetch-Site or by Origin, and PUBLIC_URL's origin too", async () => {
    h = await startHarness();
    const own: Record<string, string>[] = [{ "sec-fetch-site": "same-origin" }, { origin: OWN_ORIGIN }, { origin: "https://linli.example.org" }];
    for (const headers of own) {
      const res = await postChat({ "content-type": "application/json; charset=utf-8", ...headers });
      expect(res.status, JSON.stringify(headers)).toBe(200);
    }
  });

  it("lets Telegram post to its webhook from anywhere (its secret proves it), but only JSON", async () => {
    h = await startHarness();
    const update = JSON.stringify(text({ id: 7001, language_code: "zh" }, "/start"));
    const webhook = (headers: Record<string, string>) =>
      h.app.request("/telegram/webhook", { method: "POST", headers: { "X-Telegram-Bot-Api-Secret-Token": SECRET, ...headers }, body: update });
    expect((await webhook({ "content-type": "text/plain" })).status).toBe(415);
    expect(h.telegram.calls).toHaveLength(0);
    expect((await webhook({ "content-type": "application/json" })).status).toBe(200);
    expect(h.said(7001).join("\n")).toContain(translate("zh", "pick-district"));
  });
});

describe("body size limits", () => {
  it("answers 413 with the limit before reading a large body, declared or streamed, and changes nothing", async () => {
    h = await startHarness();
    const big = JSON.stringify({ input: { kind: "text", text: "楼".repeat(20_000) } }); // 60 KB of UTF-8
    const declared = await postChat({ "content-type": "application/json", origin: OWN_ORIGIN }, big);
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as Body).error).toBe("the body is larger than 32768 bytes, the most this address takes");

    // Without a Content-Length (chunked): counted as it streams in.
    const chunks = [new TextEncoder().encode(big.slice(0, 30_000)), new TextEncoder().encode(big.slice(30_000))];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const streamed = await postChat({ "content-type": "application/json", origin: OWN_ORIGIN }, stream, { duplex: "half" } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await residentsNow()).toHaveLength(0);

    // The longest message the page can send still fits, even with every character escaped.
    const longest = await postChat({ "content-type": "application/json", origin: OWN_ORIGIN }, JSON.stringify({ input: { kind: "text", text: "\u0001".repeat(4096) } }));
    expect(longest.status).toBe(200);
  });

  it("gives the webhook room for any Update (1 MiB) and no more", async () => {
    h = await startHarness();
    const post = (bytes: number) =>
      h.post(JSON.stringify({ ...text({ id: 7002 }, "/help"), padding: "x".repeat(bytes) }));
    expect((await post(200_000)).status).toBe(200);
    const res = await post(1024 * 1024);
    expect(res.status).toBe(413);
    expect(((await res.json()) as Body).error).toBe("the body is larger than 1048576 bytes, the most this address takes");
  });

  it("limits paths no rule names to 16 KiB", async () => {
    h = await startHarness();
    const res = await h.app.request("/api/services", {
      method: "POST",
      headers: { "content-type": "application/json", origin: OWN_ORIGIN },
      body: JSON.stringify({ x: "y".repeat(17_000) }),
    });
    expect(res.status).toBe(413);
  });
});

describe("behind a TLS proxy", () => {
  it("is Secure behind a TLS proxy when TRUST_PROXY is set, and X-Forwarded-Proto is not believed otherwise", async () => {
    const cookieFor = async (forwarded: Record<string, string>) =>
      (await postChat({ "content-type": "application/json", "sec-fetch-site": "same-origin", ...forwarded })).headers.get("set-cookie") ?? "";
    h = await startHarness({ env: { TRUST_PROXY: "true" } });
    expect(await cookieFor({ "x-forwarded-proto": "https" })).toMatch(/; Secure/);
    expect(await cookieFor({})).not.toMatch(/; Secure/);
    // Behind the proxy the browser's Origin is https; it is our own.
    const res = await postChat({ "content-type": "application/json", origin: "https://localhost", "x-forwarded-proto": "https" });
    expect(res.status).toBe(200);
    await h.close();

    h = await startHarness();
    expect(await cookieFor({ "x-forwarded-proto": "https" })).not.toMatch(/; Secure/);
  });
});

describe("pages cannot be framed and run only their own code", () => {
  it("sends frame-ancestors 'none' and X-Frame-Options: DENY, and a nonce instead of 'unsafe-inline'", async () => {
    h = await startHarness();
    const res = await h.app.request("/chat");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain(`style-src 'nonce-${nonce}'`);
    const html = await res.text();
    expect(html).toContain(`<script nonce="${nonce}">`);
    expect(html).toContain(`<style nonce="${nonce}">`);
    expect(html).not.toMatch(/<script>|<style>/);
    // A fresh nonce for every response.
    const other = (await h.app.request("/chat")).headers.get("content-security-policy");
    expect(other).not.toContain(nonce);
  });

  it("never gives two responses the same nonce, across the refills of its pool of random bytes", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const nonce = freshNonce();
      expect(atob(nonce)).toHaveLength(16); // 128 bits
      seen.add(nonce);
    }
    expect(seen.size).toBe(2000);
  });

  it("sends them on every answer a browser may get, not only the chat page", async () => {
    h = await startHarness();
    for (const path of ["/healthz", "/no-such-page", "/api/services?q=低保", "/telegram/webhook"]) {
      const res = await h.app.request(path);
      expect(res.headers.get("x-frame-options"), path).toBe("DENY");
      expect(res.headers.get("content-security-policy"), path).toContain("frame-ancestors 'none'");
    }
    // Telegram's posts to the webhook are answered to Telegram's servers: no page, no policy to pay for.
    const res = await h.post(text({ id: 7002, language_code: "zh" }, "/start"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toBeNull();
    expect(res.headers.get("x-request-id")).toBeTruthy();
  });
});

describe("request ids", () => {
  it("are ours: one a client sends is neither echoed nor logged", async () => {
    h = await startHarness();
    const res = await h.app.request("/healthz", { headers: { "X-Request-Id": "spoofed-0001" } });
    const id = res.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    await h.post(text({ id: 7003 }, "/start"), { "X-Request-Id": "spoofed-0002" });
    const logged = JSON.stringify(h.logs);
    expect(logged).not.toContain("spoofed");
    expect(h.logs.some((l) => "requestId" in l.obj)).toBe(true);
  });
});

// Logging in to the staff console and staying logged in: passwords (argon2id), one-time links, session
// cookies, the idle and absolute timeouts, logout, CSRF tokens and login throttling — through HTTP.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemoData } from "../../src/demo/load.js";
import { auditLog, consoleSessions, loginThrottle, staff } from "../../src/db/schema.js";
import { openSqlite } from "../../src/db/sqlite.js";
import { setDisabled } from "../../src/domain/staff/accounts.js";
import { createConsoleLoginLink, linkTelegram } from "../../src/domain/staff/links.js";
import { StaffRuleError } from "../../src/domain/staff/errors.js";
import { IDLE_MS, SESSION_MAX_MS } from "../../src/domain/staff/sessions.js";
import { LOCK_MS } from "../../src/domain/staff/throttle.js";
import { consoleBrowser, csrfOf, type Fetcher } from "../support/console.js";
import { startHarness, type Harness } from "../support/harness.js";
import { cli, makeStaff, PASSWORD } from "../support/staff.js";

let h: Harness;
let admin: { username: string; password: string };
const MINUTE = 60 * 1000;

/** Requests as from one address (the Node server passes the socket in c.env.incoming). */
const from =
  (address: string, base = "http://linli.test"): Fetcher =>
  async (path, init) =>
    h.app.request(new URL(path, base).toString(), init, { incoming: { socket: { remoteAddress: address } } });

beforeAll(async () => {
  const db = openSqlite(":memory:");
  const summary = await loadDemoData(db);
  admin = summary!.consoleAdmin!;
  h = await startHarness({ db, demo: false });
  await makeStaff(h.domain, "zhang.wei", "community_staff", "ja-huiminyuan");
  await makeStaff(h.domain, "wang.fang", "grid_worker", "ja-huiminyuan-1", { password: false });
}, 60_000);

afterAll(() => h?.close());

describe("console login", () => {
  it("sends a visitor without a session to the login page, in the browser's language", async () => {
    const res = await h.app.request("/console/places");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/console/login?next=%2Fconsole%2Fplaces");
    const page = await h.app.request("/console/login", { headers: { "accept-language": "en-GB,en;q=0.9" } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("Staff login");
    expect((await (await h.app.request("/console/login")).text())).toContain("工作人员登录");
  });

  it("logs the demo admin in with a new HttpOnly, SameSite session cookie, and sends them where they wanted to go", async () => {
    const browser = consoleBrowser(from("10.0.0.1"));
    await browser.page("/console/login?next=/console/audit");
    const res = await browser.post("/console/login", { username: admin.username, password: admin.password, next: "/console/audit" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/console/audit");
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("linli_console="))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\/console/);
    // The harness has PUBLIC_URL=https://…, so the cookie is Secure even over http (behind a TLS proxy).
    expect(cookie).toMatch(/Secure/);
    const home = await browser.get("/console");
    expect(home.status).toBe(200);
    expect(home.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(home.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(home.headers.get("cache-control")).toBe("no-store");
    const html = await home.text();
    expect(html).toContain("演示管理员");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/ style=/);
  });

  it("never sends somewhere outside the console after login", async () => {
    const browser = consoleBrowser(from("10.0.0.2"));
    await browser.page("/console/login");
    const res = await browser.post("/console/login", { username: "zhang.wei", password: PASSWORD, next: "//evil.example/console" });
    expect(res.headers.get("location")).toBe("/console");
  });

  it("answers a wrong password and an unknown username the same way, and a disabled account too", async () => {
    const texts: string[] = [];
    for (const [username, password] of [
      ["zhang.wei", "wrong password!"],
      ["nobody.here", "wrong password!"],
      ["wang.fang", "no password set"],
    ] as const) {
      const browser = consoleBrowser(from(`10.0.1.${texts.length}`));
      await browser.page("/console/login");
      const res = await browser.post("/console/login", { username, password });
      expect(res.status).toBe(400);
      expect(browser.cookies.has("linli_console")).toBe(false);
      texts.push((await res.text()).replace(/value="[^"]*"/g, ""));
    }
    expect(texts[0]).toContain("用户名或密码不正确");
    expect(new Set(texts).size).toBe(1);
  });

  it("refuses a login form without its CSRF cookie and token", async () => {
    const browser = consoleBrowser(from("10.0.0.3"));
    await browser.page("/console/login");
    const res = await browser.post("/console/login", { username: "zhang.wei", password: PASSWORD, csrf: "forged-forged-forged-forged" });
    expect(res.status).toBe(400);
    expect(browser.cookies.has("linli_console")).toBe(false);
  });

  it("gives a new session id at every login and ends the one the browser had", async () => {
    const browser = consoleBrowser(from("10.0.0.4"));
    await browser.login("zhang.wei", PASSWORD);
    const first = browser.cookies.get("linli_console")!;
    await browser.login("zhang.wei", PASSWORD);
    const second = browser.cookies.get("linli_console")!;
    expect(second).not.toBe(first);
    const old = await h.app.request("/console", { headers: { cookie: `linli_console=${first}` } });
    expect(old.status).toBe(303);
  });

  it("ends a session after an hour without use, and after twelve hours in any case", async () => {
    const browser = consoleBrowser(from("10.0.0.5"));
    await browser.login("zhang.wei", PASSWORD);
    const start = h.clock.now;
    try {
      h.clock.now += IDLE_MS - MINUTE;
      expect((await browser.get("/console")).status).toBe(200);
      h.clock.now += IDLE_MS + MINUTE;
      const res = await browser.get("/console");
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toContain("expired=1");

      // Used every 55 minutes, it still ends twelve hours after the login.
      await browser.login("zhang.wei", PASSWORD);
      const step = IDLE_MS - 5 * MINUTE;
      let elapsed = 0;
      while (elapsed + step < SESSION_MAX_MS) {
        h.clock.now += step;
        elapsed += step;
        expect((await browser.get("/console")).status).toBe(200);
      }
      h.clock.now += step;
      expect((await browser.get("/console")).status).toBe(303);
    } finally {
      h.clock.now = start;
    }
  });

  it("logs out for real: the row is deleted, and the old cookie is worth nothing", async () => {
    const browser = consoleBrowser(from("10.0.0.6"));
    await browser.login("zhang.wei", PASSWORD);
    const cookie = browser.cookies.get("linli_console")!;
    const before = (await h.db.orm.select().from(consoleSessions)).length;
    const res = await browser.post("/console/logout");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/console/login?done=logged-out");
    expect((await h.db.orm.select().from(consoleSessions)).length).toBe(before - 1);
    expect((await h.app.request("/console", { headers: { cookie: `linli_console=${cookie}` } })).status).toBe(303);
    const [last] = (await h.db.orm.select().from(auditLog).where(eq(auditLog.action, "console.logout"))).slice(-1);
    expect(last).toMatchObject({ actor: "staff:zhang.wei", address: "10.0.0.6" });
  });

  it("refuses every POST without the session's CSRF token, changing nothing", async () => {
    const browser = consoleBrowser(from("10.0.0.7"));
    await browser.login("zhang.wei", PASSWORD);
    const other = consoleBrowser(from("10.0.0.8"));
    await other.login(admin.username, admin.password);
    const [row] = await h.db.orm.select().from(staff).where(eq(staff.username, "zhang.wei"));
    for (const csrf of ["", "x".repeat(43), other.csrf!]) {
      const res = await browser.post("/console/account/language", { language: "en", csrf });
      expect(res.status).toBe(403);
      expect(await res.text()).toContain("表单已过期");
    }
    const logout = await browser.post("/console/logout", { csrf: "" });
    expect(logout.status).toBe(403);
    const [after] = await h.db.orm.select().from(staff).where(eq(staff.username, "zhang.wei"));
    expect(after!.language).toBe(row!.language);
    expect((await browser.get("/console")).status).toBe(200);
    // With the token it goes through.
    await browser.page("/console/account");
    expect((await browser.post("/console/account/language", { language: "en" })).status).toBe(303);
    expect(await browser.page("/console")).toContain("Hello,");
    await browser.page("/console/account");
    await browser.post("/console/account/language", { language: "zh" });
  });

  it("marks cookies Secure over https without the flag", async () => {
    const browser = consoleBrowser(from("10.0.0.9", "https://linli.test"));
    const res = await browser.login("zhang.wei", PASSWORD);
    expect(res.headers.getSetCookie().find((c) => c.startsWith("linli_console="))).toMatch(/Secure/);
  });
});

describe("login throttling", () => {
  const attempt = async (fetcher: Fetcher, username: string, password: string) => {
    const browser = consoleBrowser(fetcher);
    await browser.page("/console/login");
    return browser.post("/console/login", { username, password });
  };

  // Every attempt runs the slow password hash on purpose: a busy machine needs its time.
  it("slows a username down after 3 failures and locks it after 10, from any address, without saying why", async () => {
    await makeStaff(h.domain, "li.na", "proxy_agent", "ja-sanyanqiao");
    const start = h.clock.now;
    try {
      for (let i = 0; i < 3; i++) expect((await attempt(from(`10.1.0.${i}`), "li.na", "wrong password!")).status).toBe(400);
      // Slowed: even the right password is not checked now.
      const slowed = await attempt(from("10.1.0.50"), "li.na", PASSWORD);
      expect(slowed.status).toBe(429);
      expect(slowed.headers.get("retry-after")).toBe("1");
      expect(await slowed.text()).toContain("尝试次数太多");
      h.clock.now += 1000;
      // …and after the wait it is (and clears the username's count).
      expect((await attempt(from("10.1.0.51"), "li.na", PASSWORD)).status).toBe(303);

      for (let i = 0; i < 10; i++) {
        h.clock.now += 61 * 1000;
        expect((await attempt(from(`10.1.1.${i}`), "li.na", "wrong password!")).status).toBe(400);
      }
      h.clock.now += 61 * 1000;
      expect((await attempt(from("10.1.2.1"), "li.na", PASSWORD)).status).toBe(429);
      h.clock.now += LOCK_MS - 2 * 60 * 1000;
      expect((await attempt(from("10.1.2.2"), "li.na", PASSWORD)).status).toBe(429);
      h.clock.now += 2 * 60 * 1000;
      expect((await attempt(from("10.1.2.3"), "li.na", PASSWORD)).status).toBe(303);
    } finally {
      h.clock.now = start;
    }
  }, 90_000);

  // Every attempt runs the slow password hash on purpose: a busy machine needs its time.
  it("locks an address that tries many usernames, for those usernames too", async () => {
    const start = h.clock.now;
    try {
      const attacker = from("10.2.0.1");
      let status = 0;
      let tries = 0;
      while (status !== 429 && tries < 40) {
        h.clock.now += 61 * 1000;
        status = (await attempt(attacker, `guess${tries++}`, "wrong password!")).status;
      }
      expect(tries).toBeGreaterThan(10);
      expect(tries).toBeLessThanOrEqual(31);
      expect((await attempt(attacker, "zhang.wei", PASSWORD)).status).toBe(429);
      // Another address is not affected.
      expect((await attempt(from("10.2.0.2"), "zhang.wei", PASSWORD)).status).toBe(303);
      const rows = await h.db.orm.select().from(loginThrottle).where(eq(loginThrottle.key, "addr:10.2.0.1"));
      expect(rows[0]!.blockedUntil).toBeGreaterThan(h.clock.now);
    } finally {
      h.clock.now = start;
    }
  }, 90_000);
});

describe("one-time links", () => {
  it("links a Telegram account with the invitation, once, and logs in with a console link, once, within 10 minutes", async () => {
    const added = await makeStaff(h.domain, "zhao.min", "grid_worker", "ja-huiminyuan-2", { password: false });
    const member = await linkTelegram(h.domain, added.inviteToken, 777001);
    expect(member.telegramUserId).toBe("777001");
    await expect(linkTelegram(h.domain, added.inviteToken, 777002)).rejects.toMatchObject({ code: "link-invalid" });

    expect(await createConsoleLoginLink(h.domain, 999999)).toBeNull();
    const link = await createConsoleLoginLink(h.domain, 777001);
    expect(link?.member.username).toBe("zhao.min");
    const browser = consoleBrowser(from("10.3.0.1"));
    const res = await browser.get(`/console/login/${link!.token}`);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/console");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(await browser.page("/console")).toContain("测试zhao.min");

    const again = consoleBrowser(from("10.3.0.2"));
    const reused = await again.get(`/console/login/${link!.token}`);
    expect(reused.status).toBe(400);
    expect(await reused.text()).toContain("登录链接无效");
    expect(again.cookies.has("linli_console")).toBe(false);

    const late = await createConsoleLoginLink(h.domain, 777001);
    const start = h.clock.now;
    h.clock.now += 10 * MINUTE + 1;
    try {
      expect((await consoleBrowser(from("10.3.0.3")).get(`/console/login/${late!.token}`)).status).toBe(400);
    } finally {
      h.clock.now = start;
    }
    expect((await consoleBrowser(from("10.3.0.3")).get("/console/login/not-a-token")).status).toBe(400);
  });

  it("expires invitations after 72 hours, moves a Telegram account that was linked to someone else, and ignores disabled staff", async () => {
    const a = await makeStaff(h.domain, "sun.li", "grid_worker", "ja-huiminyuan-3", { password: false });
    const start = h.clock.now;
    h.clock.now += 72 * 60 * MINUTE + 1;
    try {
      await expect(linkTelegram(h.domain, a.inviteToken, 777003)).rejects.toBeInstanceOf(StaffRuleError);
    } finally {
      h.clock.now = start;
    }
    const b = await makeStaff(h.domain, "sun.qiang", "grid_worker", "ja-huiminyuan-3", { password: false });
    // 777001 belongs to zhao.min (above); the invitation moves it.
    await linkTelegram(h.domain, b.inviteToken, 777001);
    const [zhao] = await h.db.orm.select().from(staff).where(eq(staff.username, "zhao.min"));
    expect(zhao!.telegramUserId).toBeNull();
    expect((await createConsoleLoginLink(h.domain, 777001))?.member.username).toBe("sun.qiang");

    await setDisabled(h.domain, cli, "sun.qiang", true);
    expect(await createConsoleLoginLink(h.domain, 777001)).toBeNull();
    const moved = (await h.db.orm.select().from(auditLog).where(eq(auditLog.action, "staff.telegram.link"))).at(-1)!;
    expect(moved.detail).toMatchObject({ staff: "sun.qiang", movedFrom: "zhao.min" });
  });

  it("ends a disabled staff member's sessions at once", async () => {
    await makeStaff(h.domain, "qian.yu", "grid_worker", "ja-zhuyehai-1");
    const browser = consoleBrowser(from("10.4.0.1"));
    await browser.login("qian.yu", PASSWORD);
    expect((await browser.get("/console")).status).toBe(200);
    await setDisabled(h.domain, cli, "qian.yu", true);
    expect((await browser.get("/console")).status).toBe(303);
    expect(csrfOf(await (await consoleBrowser(from("10.4.0.1")).get("/console/login")).text())).toBeTruthy();
  });
});

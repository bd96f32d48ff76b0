// The database unavailable for a moment (issue 14, "faults"): busy or locked by another process (a
// backup, a script), or full. HTTP answers 503 with Retry-After and changes nothing; the webhook answers
// 503 so that Telegram delivers the update again, and the redelivery is handled once the database is
// back; nothing crashes.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { auditLog, communities, residents, staff as staffTable } from "../../src/db/schema.js";
import { openSqlite } from "../../src/db/sqlite.js";
import { onboardingButtons } from "../../src/flows/onboarding.js";
import { consoleBrowser, huiminyuanCardForm } from "../support/console.js";
import { startHarness, webChatClient, type Harness } from "../support/harness.js";
import { makeStaff, PASSWORD } from "../support/staff.js";
import { text } from "../support/updates.js";

let h: Harness | undefined;
let dir: string | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe("the database unavailable for a moment", () => {
  it("locked by another process: 503 with Retry-After, nothing changed; the webhook's update is handled when delivered again", async () => {
    dir = mkdtempSync(join(tmpdir(), "linli-locked-"));
    const path = join(dir, "linli.db");
    h = await startHarness({ db: openSqlite(path) });
    const browser = webChatClient(h.app);
    expect((await browser({ kind: "command", name: "start", payload: "" })).status).toBe(200);

    // Another process takes the write lock (as a long script would) and keeps it.
    const other = new BetterSqlite3(path);
    other.exec("BEGIN IMMEDIATE");
    try {
      const refused = await browser({ kind: "choice", data: onboardingButtons.encode("consent", "yes") });
      expect(refused.status).toBe(503);
      expect(refused.headers.get("Retry-After")).toBe("5");
      expect(((await refused.json()) as { error: string }).error).toMatch(/busy/);

      const update = text({ id: 9401, language_code: "zh" }, "/help");
      const webhook = await h.post(update);
      expect(webhook.status).toBe(503);
      expect(webhook.headers.get("Retry-After")).toBe("5");
      expect(h.said(9401)).toEqual([]);
      other.exec("ROLLBACK");

      // Telegram delivers the same update again: it is handled now.
      expect((await h.post(update)).status).toBe(200);
      expect(h.said(9401).length).toBeGreaterThan(0);
      // The page tries again by itself: now it goes through.
      expect((await browser({ kind: "choice", data: onboardingButtons.encode("consent", "yes") })).status).toBe(200);
      expect((await h.db.orm.select().from(residents)).map((r) => r.consent)).toEqual(["given"]);
    } finally {
      if (other.inTransaction) other.exec("ROLLBACK");
      other.close();
      (h.db as Database & { close(): void }).close();
    }
    expect(h.logs.filter((l) => l.level === "error" && l.msg !== "webhook could not take the update")).toEqual([]);
  }, 60_000);

  it("full: 503 with Retry-After on the web chat, no crash, and the next request works once there is room", async () => {
    const real = openSqlite(":memory:");
    let full = false;
    const diskFull = () => Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
    // Every write fails while the disk is full, as SQLite's would.
    const db: Database = {
      driver: real.driver,
      orm: real.orm,
      eraseDeleted: () => real.eraseDeleted(),
      batch: (queries) => real.batch(queries),
      atomic: async (build) => {
        if (full) throw diskFull();
        return real.atomic(build);
      },
    };
    h = await startHarness({ db });
    const browser = webChatClient(h.app);
    full = true;
    const res = await browser({ kind: "choice", data: onboardingButtons.encode("consent", "yes") });
    expect(res.status).toBe(503);
    expect(res.headers.get("Retry-After")).toBe("5");
    full = false;
    expect((await browser({ kind: "choice", data: onboardingButtons.encode("consent", "yes") })).status).toBe(200);
    expect(await real.orm.select().from(residents)).toHaveLength(1);
  });

  it("the console: a form posted while the database is locked comes back with everything in it, 503 with Retry-After, nothing saved; sent again, it saves", async () => {
    dir = mkdtempSync(join(tmpdir(), "linli-console-locked-"));
    const path = join(dir, "linli.db");
    h = await startHarness({ db: openSqlite(path) });
    await makeStaff(h.domain, "busy.staff", "community_staff", "ja-huiminyuan");
    // The staff member reads the console in English, in a browser set to Chinese: the page follows them.
    await h.db.orm.update(staffTable).set({ language: "en" }).where(eq(staffTable.username, "busy.staff"));
    const fetcher = async (url: string, init?: RequestInit) => h!.app.request(url, init);
    const staff = consoleBrowser(fetcher, { "accept-language": "zh-CN" });
    expect((await staff.login("busy.staff", PASSWORD)).status).toBe(303);
    const cardPath = "/console/places/community/ja-huiminyuan/card";
    await staff.page(cardPath);
    const note = "周三下午<停电>检修，办事请改到\n周四上午 & 带好身份证";
    const fields = huiminyuanCardForm({
      note_zh: note,
      note_en: "Closed on Wednesday afternoon",
      ex0_date: "",
      ex0_open: "",
      ex0_note_zh: "",
      ex0_note_en: "",
    });
    const card = async () => (await h!.db.orm.select().from(communities).where(eq(communities.code, "ja-huiminyuan")))[0]!;
    const before = { card: await card(), audit: (await h.db.orm.select().from(auditLog)).length };

    const other = new BetterSqlite3(path);
    other.exec("BEGIN IMMEDIATE");
    let page: string;
    try {
      const res = await staff.post(cardPath, fields);
      expect(res.status).toBe(503);
      expect(res.headers.get("Retry-After")).toBe("5");
      // The console's own strict policy: no scripts, styles from its own sheet.
      expect(res.headers.get("Content-Security-Policy")).toContain("default-src 'none'");
      page = await res.text();
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    // Plainly, in the staff member's language: nothing was saved, the database is busy for a moment.
    expect(page).toContain("The database is busy for a moment, so what you sent was not saved.");
    expect(page).toContain("Send again");
    expect(page).not.toMatch(/<script/i);
    // What they wrote is all there, editable: the note (two lines) in a text area, the rest in fields;
    // the CSRF token hidden.
    const kept = keptForm(page);
    expect(kept.action).toBe(cardPath);
    expect(kept.fields).toMatchObject({ ...fields, csrf: staff.csrf });
    expect(page).toMatch(/<textarea id="kept-\d+" name="note_zh"/);
    expect(page).toContain('type="hidden" name="csrf"');
    expect(page).toContain('class="button secondary" href="/console"');
    // Nothing changed.
    expect(await card()).toEqual(before.card);
    expect(await h.db.orm.select().from(auditLog)).toHaveLength(before.audit);

    // The lock is gone: "Send again" posts the kept form as it is, and it is saved.
    const again = await staff.post(kept.action, kept.fields);
    expect(again.status).toBe(303);
    expect((await card()).hoursNoteZh).toBe(note);
    expect(await h.db.orm.select().from(auditLog)).toHaveLength(before.audit + 1);
    (h.db as Database & { close(): void }).close();
    expect(h.logs.filter((l) => l.level === "error")).toEqual([]);
  }, 60_000);
});

/** The "send again" form of a page: where it posts and its fields as a browser would send them. */
function keptForm(page: string): { action: string; fields: Record<string, string> } {
  const form = /<form method="post" action="([^"]*)" data-testid="kept-form">([\s\S]*?)<\/form>/.exec(page);
  if (!form) throw new Error("no kept form on the page");
  const decode = (s: string) => s.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&amp;", "&");
  const fields: Record<string, string> = {};
  for (const m of form[2]!.matchAll(/<input[^>]*name="([^"]*)"[^>]*value="([^"]*)"/g)) fields[decode(m[1]!)] = decode(m[2]!);
  for (const m of form[2]!.matchAll(/<textarea[^>]*name="([^"]*)"[^>]*>([\s\S]*?)<\/textarea>/g)) fields[decode(m[1]!)] = decode(m[2]!);
  return { action: decode(form[1]!), fields };
}

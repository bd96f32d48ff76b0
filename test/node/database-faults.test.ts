// The database unavailable for a moment (issue 14, "faults"): busy or locked by another process (a
// backup, a script), or full. HTTP answers 503 with Retry-After and changes nothing; the webhook answers
// 503 so that Telegram delivers the update again, and the redelivery is handled once the database is
// back; nothing crashes.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { residents } from "../../src/db/schema.js";
import { openSqlite } from "../../src/db/sqlite.js";
import { onboardingButtons } from "../../src/flows/onboarding.js";
import { startHarness, webChatClient, type Harness } from "../support/harness.js";
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
});

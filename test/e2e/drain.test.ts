// SIGTERM drains (issue 14): `npm start` as a process, told to stop while web chat requests are in flight
// and its outbox is delivering. The requests it took finish with 200, the outbox stops between messages
// (none is left half-sent: every row is sent or back to pending, none twice), the process says so and exits
// with 0, and a restart delivers the rest.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterEach, describe, expect, it } from "vitest";
import { outbox } from "../../src/db/schema.js";
import { openSqlite } from "../../src/db/sqlite.js";
import { startFakeTelegram, type FakeTelegram } from "../support/fake-telegram.js";

const MESSAGES = 100;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function start(databasePath: string, fake: FakeTelegram) {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/node.ts"], {
    env: { ...process.env, PORT: "0", DATABASE_PATH: databasePath, DEMO_DATA: "true", LOG_LEVEL: "info", TELEGRAM_BOT_TOKEN: "525252:DRAIN-token", TELEGRAM_BOT_USERNAME: "linli_drain_bot", TELEGRAM_API_ROOT: fake.apiRoot },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await exited;
  });
  const logs: Record<string, unknown>[] = [];
  const url = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on("line", (line) => {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (entry.msg === "listening") resolve(String(entry.url));
      } catch {
        // not a log line
      }
    });
    child.on("exit", (code) => reject(new Error(`exited with ${code}`)));
  });
  return { child, exited, logs, url };
}

const sent = (fake: FakeTelegram) => fake.callsTo("sendMessage").filter((c) => String(c.body.text).startsWith("drain #"));

describe("SIGTERM on Node", () => {
  it("finishes the requests in flight, stops the outbox between messages, exits 0; a restart delivers the rest", async () => {
    const dir = mkdtempSync(join(tmpdir(), "linli-drain-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, "linli.db");
    const fake = await startFakeTelegram({ latencyMs: 40 });
    cleanups.push(() => fake.close());
    const db = openSqlite(path);
    const now = Date.now();
    await db.orm.insert(outbox).values(
      Array.from({ length: MESSAGES }, (_, i) => ({ key: `drain:${i}`, route: "telegram" as const, address: String(710_000 + i), body: { replies: [{ kind: "text", text: `drain #${i}` }] }, notBefore: now, createdAt: now })),
    );
    db.close();

    const first = start(path, fake);
    const base = await first.url;
    while (sent(fake).length < 10) await new Promise((r) => setTimeout(r, 20));
    // Requests in flight when the signal comes.
    const requests = Array.from({ length: 5 }, () =>
      fetch(`${base}/chat/api/messages`, { method: "POST", headers: { "content-type": "application/json", origin: base }, body: JSON.stringify({ input: { kind: "text", text: "低保怎么申请" } }) }).then(
        (res) => res.status,
        () => "refused" as const,
      ),
    );
    await new Promise((r) => setTimeout(r, 30));
    const signalled = Date.now();
    first.child.kill("SIGTERM");
    const statuses = await Promise.all(requests);
    expect(await first.exited).toBe(0);
    const took = Date.now() - signalled;
    expect(statuses.filter((s) => s !== "refused").every((s) => s === 200), JSON.stringify(statuses)).toBe(true);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
    expect(first.logs.map((l) => l.msg)).toEqual(expect.arrayContaining(["shutting down: finishing what is in flight", "stopped"]));
    expect(first.logs.filter((l) => l.level === "error" || l.level === 50)).toEqual([]);

    const beforeStop = sent(fake).length;
    expect(beforeStop).toBeLessThan(MESSAGES);
    const rows = openSqlite(path);
    const states = (await rows.orm.select().from(outbox)).map((r) => r.state);
    rows.close();
    // Nothing held: what was not sent is pending again, for the next start.
    expect(states.filter((s) => s === "sending")).toEqual([]);
    expect(states.filter((s) => s === "sent").length).toBe(beforeStop);

    start(path, fake);
    while (new Set(sent(fake).map((c) => c.body.text)).size < MESSAGES) await new Promise((r) => setTimeout(r, 50));
    expect(sent(fake).length).toBe(MESSAGES); // none twice
    console.log(`drain test: stopped ${took} ms after SIGTERM with ${beforeStop} of ${MESSAGES} sent; statuses ${statuses.join(" ")}`);
  }, 120_000);
});

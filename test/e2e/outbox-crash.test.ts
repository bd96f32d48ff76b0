// Nothing is lost (DESIGN.md): `npm start` is killed with SIGKILL while its outbox holds 200 messages;
// after a restart every one is delivered, and none twice but the one that was on its way when it died.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openSqlite } from "../../src/db/sqlite.js";
import { outbox } from "../../src/db/schema.js";
import { startFakeTelegram, type FakeTelegram } from "../support/fake-telegram.js";

const TOKEN = "515151:CRASH-token";
const MESSAGES = 200;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function run(databasePath: string, fake: FakeTelegram): { child: ChildProcess; exited: Promise<unknown> } {
  const child = spawn(process.execPath, ["--import", "tsx", "src/node.ts"], {
    env: {
      ...process.env,
      PORT: "0",
      DATABASE_PATH: databasePath,
      DEMO_DATA: "false",
      LOG_LEVEL: "warn",
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_BOT_USERNAME: "linli_crash_bot",
      TELEGRAM_API_ROOT: fake.apiRoot,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await exited;
  });
  return { child, exited };
}

/** The text of each message delivered to a chat, however often. */
function delivered(fake: FakeTelegram): Map<string, number> {
  const counts = new Map<string, number>();
  for (const call of fake.callsTo("sendMessage")) {
    const text = String(call.body.text);
    if (text.startsWith("message #")) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return counts;
}

async function until(condition: () => boolean, timeoutMs: number, what: string) {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("the outbox across a crash", () => {
  it("delivers all of 200 queued messages after SIGKILL and a restart, none twice but the one in flight", async () => {
    const dir = mkdtempSync(join(tmpdir(), "linli-crash-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, "linli.db");
    const fake = await startFakeTelegram({ latencyMs: 15 });
    cleanups.push(() => fake.close());

    // 200 messages waiting, each to its own chat, as staff replies and notices wait.
    const db = openSqlite(path);
    const now = Date.now();
    await db.orm.insert(outbox).values(
      Array.from({ length: MESSAGES }, (_, i) => ({
        key: `crash:${i}`,
        route: "telegram" as const,
        address: String(700_000 + i),
        body: { replies: [{ kind: "text", text: `message #${i}` }] },
        notBefore: now,
        createdAt: now,
      })),
    );
    db.close();

    const first = run(path, fake);
    await until(() => delivered(fake).size >= 40, 60_000, "40 deliveries");
    first.child.kill("SIGKILL");
    await first.exited;
    const beforeCrash = delivered(fake).size;
    expect(beforeCrash).toBeLessThan(MESSAGES);

    run(path, fake);
    await until(() => delivered(fake).size === MESSAGES, 90_000, "every message");
    // Give a duplicate the chance to show up before counting.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const counts = delivered(fake);
    expect(counts.size).toBe(MESSAGES);
    const twice = [...counts.values()].filter((n) => n > 1);
    expect(twice.length).toBeLessThanOrEqual(1);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
    console.log(`outbox crash test: ${beforeCrash} delivered before SIGKILL, ${MESSAGES} after the restart, ${twice.length} delivered twice`);

    const after = openSqlite(path);
    expect((await after.orm.select().from(outbox)).every((row) => row.state === "sent")).toBe(true);
    after.close();
  }, 180_000);
});

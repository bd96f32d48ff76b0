// npm run bench:relay — talking to a person, relayed: messages a resident sends reaching their case's
// topic in the staff group, and what staff write in the topic reaching the resident, per second, next to
// the bare webhook ceiling (a grammY + Hono bot answering each update once) measured in the same run.
//
// linli runs as src/node.ts builds it: SQLite file (WAL), demo data, the whole bot, its jobs running (the
// outbox dispatcher delivers as in production). Telegram's own pacing — one message a second per person,
// 20 a minute per group, ~30 a second in all — would make this a measure of those limits, so the
// dispatcher's limits are lifted here (BENCH_RATE, 1000/s) to measure the machinery: the webhook taking a
// message, the case, the outbox row, the dispatcher, the fake Bot API answering at once.
//
// Setup (not timed): BENCH_GROUPS communities (20) each with a linked staff group, BENCH_RESIDENTS
// residents (200) each with an open case and its topic. Then BENCH_MESSAGES (2000) resident messages, then
// as many staff replies in the topics, posted by 16 concurrent clients; a relay counts when its message
// arrives at the fake Bot API on the other side. Every answer must be a 200 and every message must arrive.
import { serve, type ServerType } from "@hono/node-server";
import { Bot, webhookCallback } from "grammy";
import { eq } from "drizzle-orm";
import { Hono } from "hono";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { botInfoFromToken } from "../src/bot/bot.js";
import { loadConfig, WEBHOOK_PATH } from "../src/config.js";
import { openSqlite } from "../src/db/sqlite.js";
import { staff, staffGroups } from "../src/db/schema.js";
import { loadDemoData } from "../src/demo/load.js";
import { demoDistricts } from "../src/demo/places.js";
import { onboardingButtons } from "../src/flows/onboarding.js";
import { startJobs } from "../src/jobs/job.js";
import { createLinli } from "../src/linli.js";
import { consoleLogger } from "../src/log.js";
import { startFakeTelegram, type FakeTelegram } from "../test/support/fake-telegram.js";
import { groupText, press, text, type Group, type Person } from "../test/support/updates.js";
import type { Update } from "grammy/types";

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const GROUPS = env("BENCH_GROUPS", 20);
const RESIDENTS = env("BENCH_RESIDENTS", 200);
const MESSAGES = env("BENCH_MESSAGES", 2000);
const CONCURRENCY = env("BENCH_CONCURRENCY", 16);
const RATE = env("BENCH_RATE", 1000);
const TOKEN = "123456:RELAY-token";
const SECRET = "relay-secret-0123456789";
const USERNAME = "linli_relay_bot";

function listen(fetch: (request: Request) => Response | Promise<Response>): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolve) => {
    const server = serve({ fetch, hostname: "127.0.0.1", port: 0 }, (info) => resolve({ server, port: info.port }));
  });
}

async function post(url: string, update: Update): Promise<number> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET }, body: JSON.stringify(update) });
  await res.arrayBuffer();
  return res.status;
}

/** Posts the updates with CONCURRENCY clients; returns the seconds it took and the answers that were not 200. */
async function postAll(url: string, updates: Update[]): Promise<{ seconds: number; failures: number; latencies: number[] }> {
  let next = 0;
  let failures = 0;
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < updates.length) {
        const update = updates[next++]!;
        const t = performance.now();
        if ((await post(url, update)) !== 200) failures++;
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, failures, latencies };
}

async function until(condition: () => boolean, what: string, timeoutMs = 300_000) {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return (performance.now() - started) / 1000;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

async function relayBenchmark() {
  const dir = mkdtempSync(join(tmpdir(), "linli-relay-"));
  const fake = await startFakeTelegram({ username: USERNAME });
  const db = openSqlite(join(dir, "linli.db"));
  await loadDemoData(db);
  const config = loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_BOT_USERNAME: USERNAME, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: fake.apiRoot, PUBLIC_URL: "https://linli.example.org", LOG_LEVEL: "silent" });
  const logger = consoleLogger("silent");
  const linli = createLinli({ db, config, logger, dispatch: { ratePerSecond: RATE, perGroupPerMinute: 1_000_000, perChatGapMs: 0 } });
  const running = startJobs(linli.jobs.filter((j) => j.name === "outbox"), logger);
  linli.domain.wake = running.wake;
  const { server, port } = await listen(linli.app.fetch);
  const url = `http://127.0.0.1:${port}${WEBHOOK_PATH}`;

  // Setup: staff groups, residents with their cases and topics.
  const communities = demoDistricts.flatMap((d) => d.streets.flatMap((s) => s.communities)).slice(0, GROUPS);
  const groups: Group[] = [];
  const staffOf: Person[] = [];
  for (const [i, community] of communities.entries()) {
    const member: Person = { id: 900_000 + i, language_code: "zh" };
    const group: Group = { id: -(1_900_000_000 + i) };
    await db.orm.update(staff).set({ telegramUserId: String(member.id) }).where(eq(staff.username, `cs-${community.code}`));
    await post(url, groupText(member, group, "/link"));
    groups.push(group);
    staffOf.push(member);
  }
  if ((await db.orm.select().from(staffGroups)).length !== GROUPS) throw new Error("not every staff group was linked");
  const residents: Person[] = Array.from({ length: RESIDENTS }, (_, i) => ({ id: 800_000 + i, language_code: "zh" }));
  for (const [i, who] of residents.entries()) {
    await post(url, text(who, `/start c-${communities[i % GROUPS]!.code}`));
    await post(url, press(who, onboardingButtons.encode("consent", "yes")));
    await post(url, text(who, "/human"));
  }
  await until(() => fake.callsTo("createForumTopic").length === RESIDENTS, "every case's topic");
  // Which topic is whose: the intro post names the thread, the case's order is the residents'.
  const threads = fake.callsTo("createForumTopic").map((_, n) => 100 + n);
  fake.reset();

  // Residents → topics.
  const residentsSay = Array.from({ length: MESSAGES }, (_, n) => text(residents[n % RESIDENTS]!, `居民消息 ${n}`));
  const inTopics = () => fake.calls.filter((c) => c.method === "sendMessage" && String(c.body.text).includes("居民消息 ")).length;
  const started = performance.now();
  const toTopics = await postAll(url, residentsSay);
  await until(() => inTopics() === MESSAGES, "every resident message in its topic");
  const toTopicsSeconds = (performance.now() - started) / 1000;

  // Staff in topics → residents. The thread of resident r is the r-th topic made.
  fake.reset();
  const staffSay = Array.from({ length: MESSAGES }, (_, n) => {
    const r = n % RESIDENTS;
    return groupText(staffOf[r % GROUPS]!, groups[r % GROUPS]!, `工作人员回复 ${n}`, threads[r]!);
  });
  const toResidents = () => fake.calls.filter((c) => c.method === "sendMessage" && String(c.body.text).includes("工作人员回复 ")).length;
  const started2 = performance.now();
  const fromTopics = await postAll(url, staffSay);
  await until(() => toResidents() === MESSAGES, "every staff reply with its resident");
  const toResidentsSeconds = (performance.now() - started2) / 1000;

  await running.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await fake.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return { toTopics, toTopicsSeconds, fromTopics, toResidentsSeconds };
}

async function baseline(): Promise<{ seconds: number; failures: number; latencies: number[] }> {
  const fake: FakeTelegram = await startFakeTelegram({ username: USERNAME });
  const bot = new Bot(TOKEN, { botInfo: botInfoFromToken(TOKEN, USERNAME), client: { apiRoot: fake.apiRoot } });
  bot.on("message", (ctx) => ctx.reply("ok"));
  const app = new Hono();
  app.post(WEBHOOK_PATH, webhookCallback(bot, "hono", { secretToken: SECRET }));
  const { server, port } = await listen(app.fetch);
  const updates = Array.from({ length: MESSAGES }, (_, n) => text({ id: 700_000 + (n % RESIDENTS) }, `消息 ${n}`));
  const result = await postAll(`http://127.0.0.1:${port}${WEBHOOK_PATH}`, updates);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await fake.close();
  return result;
}

const base = await baseline();
const relay = await relayBenchmark();
const failures = base.failures + relay.toTopics.failures + relay.fromTopics.failures;
const row = (name: string, updates: number, seconds: number, latencies: number[]) =>
  `| ${name} | ${updates} | ${(updates / seconds).toFixed(0)} | ${percentile(latencies, 50).toFixed(2)} | ${percentile(latencies, 99).toFixed(2)} |`;
console.log(`relay: ${MESSAGES} messages each way, ${RESIDENTS} residents in ${GROUPS} staff groups, ${CONCURRENCY} concurrent clients; outbox limits lifted to ${RATE}/s`);
console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.split(" ").slice(0, 2).join(" ")}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log("| path | messages | relayed/s (end to end) | webhook p50 ms | webhook p99 ms |");
console.log("|---|---:|---:|---:|---:|");
console.log(row("resident → topic", MESSAGES, relay.toTopicsSeconds, relay.toTopics.latencies));
console.log(row("staff in topic → resident", MESSAGES, relay.toResidentsSeconds, relay.fromTopics.latencies));
console.log(row("bare grammY + Hono webhook (ceiling)", MESSAGES, base.seconds, base.latencies));
console.log(`\nrelayed / ceiling: resident → topic ${((MESSAGES / relay.toTopicsSeconds / (MESSAGES / base.seconds)) * 100).toFixed(0)} %, staff → resident ${((MESSAGES / relay.toResidentsSeconds / (MESSAGES / base.seconds)) * 100).toFixed(0)} %`);
console.log(`checks: ${failures === 0 ? "all answers 200, every message arrived" : `${failures} answers were not 200`}`);
if (failures > 0) process.exitCode = 1;

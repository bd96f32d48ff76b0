// How many D1 round trips each kind of update costs, counted by a wrapper around the binding
// (./round-trips.ts) under a linli built as src/worker.ts builds it. The common ones — a command, a
// question for the guide, a button press in a flow, a message in an open case — must stay within
// BUDGET; the table is printed for BENCHMARKS.md. Person ids 88xx belong to this file.
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import type { Update } from "grammy/types";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { openD1 } from "../../src/db/d1.js";
import { demoDistricts } from "../../src/demo/places.js";
import { loadDemoData } from "../../src/demo/load.js";
import { guideButtons } from "../../src/flows/guide.js";
import { translator } from "../../src/i18n/index.js";
import { createLinli, type Linli } from "../../src/linli.js";
import { consoleLogger } from "../../src/log.js";
import { buttonLabelled } from "../support/calls.js";
import { press, text, type Person } from "../support/updates.js";
import { countingD1, type Trips } from "./round-trips.js";
import { lastButtons, SECRET, WEBHOOK } from "./telegram.js";

/** At most this many round trips for the updates residents send all day. */
const BUDGET = 3;

const zh = translator("zh");
const community = demoDistricts[0]!.streets[0]!.communities[0]!;
let trips: Trips;
let linli: Linli;
const rows: { update: string; trips: number; sql: string[] }[] = [];

beforeAll(async () => {
  await loadDemoData(openD1(env.DB));
  trips = countingD1(env.DB);
  linli = createLinli({ db: openD1(trips.db), config: loadConfig(env as unknown as Record<string, unknown>), logger: consoleLogger("warn") });
}, 120_000);

async function post(update: Update) {
  const ctx = createExecutionContext();
  const res = await linli.app.fetch(
    new Request(WEBHOOK, { method: "POST", headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET }, body: JSON.stringify(update) }),
    env,
    ctx,
  );
  await waitOnExecutionContext(ctx);
  expect(res.status).toBe(200);
}

/** Posts one update and records the round trips it made. */
async function counted(name: string, update: Update): Promise<number> {
  trips.reset();
  await post(update);
  rows.push({ update: name, trips: trips.log.length, sql: [...trips.log] });
  return trips.log.length;
}

const buttonData = async (who: Person, label: string | RegExp) => buttonLabelled(await lastButtons(who.id), label).data;

describe("D1 round trips per update", () => {
  it(`keeps a command, a question, a button press and a message in an open case within ${BUDGET}`, async () => {
    const lin: Person = { id: 9101, language_code: "zh" };
    await counted("first contact (/start with a community link)", text(lin, `/start c-${community.code}`));
    await counted("a button press that registers (consent)", press(lin, await buttonData(lin, zh("button-consent-yes"))));
    const common: number[] = [];
    common.push(await counted("a command (/help)", text(lin, "/help")));
    await counted("the isolate's first question (reads the catalogue into the search index)", text(lin, "失业了能领钱吗"));
    common.push(await counted("a question for the guide", text(lin, "我妈八十多了有补贴吗")));
    common.push(await counted("a button press in a flow (a part of the service card)", press(lin, await buttonData(lin, zh("button-card-bring")))));
    common.push(await counted("the guide from the menu (/guide)", text(lin, "/guide")));
    const group = (await lastButtons(lin.id)).find((b) => guideButtons.decode(b.data)?.action === "grp")!;
    common.push(await counted("a button press in a flow (a group of services)", press(lin, group.data)));
    await counted("talking to a person: the case opens", text(lin, zh("menu-human")));
    common.push(await counted("a message in an open case", text(lin, "楼道的灯坏了一个星期了")));
    common.push(await counted("another message in the open case", text(lin, "在3单元")));

    console.log(["| update | D1 round trips |", "|---|---:|", ...rows.map((r) => `| ${r.update} | ${r.trips} |`)].join("\n"));
    for (const r of rows) if (r.trips > BUDGET) console.log(`${r.update}:\n  ${r.sql.join("\n  ")}`);
    expect(Math.max(...common), rows.map((r) => `${r.update}: ${r.trips}\n  ${r.sql.join("\n  ")}`).join("\n")).toBeLessThanOrEqual(BUDGET);
  });
});

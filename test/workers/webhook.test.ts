// The webhook's rules (DESIGN.md) on workerd + D1, through the real Worker: secret checked, bad bodies
// 400, redeliveries processed once, every update kind answered 200, forged buttons refused, /healthz,
// and the Cron Trigger's housekeeping. The same rules as test/node/webhook.test.ts on better-sqlite3.
// Person ids 82xx belong to this file.
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { openD1 } from "../../src/db/d1.js";
import { loadDemoData } from "../../src/db/demo/load.js";
import { conversations, telegramUpdates } from "../../src/db/schema.js";
import worker from "../../src/worker.js";
import { forgedButtons, objectPropertyNames, otherKinds, press, sticker, text, type Person } from "../support/updates.js";
import { allCalls, callsFor, post, said, WEBHOOK } from "./telegram.js";

const db = openD1(env.DB);
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  await loadDemoData(db);
}, 120_000);

describe("the Telegram webhook on workerd + D1", () => {
  it("refuses a wrong or missing secret with 401 and handles nothing", async () => {
    const who: Person = { id: 8201, language_code: "zh" };
    const wrong = await post(text(who, "/start"), { "X-Telegram-Bot-Api-Secret-Token": "wrong-secret-000000" });
    expect(wrong.status).toBe(401);
    const missing = await exports.default.fetch(WEBHOOK, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(text(who, "/start")),
    });
    expect(missing.status).toBe(401);
    expect(await callsFor(who.id)).toHaveLength(0);
    expect(await db.orm.select().from(telegramUpdates)).toHaveLength(0);
  });

  it("answers 400 to bodies that are not Updates", async () => {
    const before = (await db.orm.select().from(telegramUpdates)).length;
    for (const body of ["{not json", "", "[]", "null", '"text"', JSON.stringify({ message: {} }), JSON.stringify({ update_id: "7" }), JSON.stringify({ update_id: -1 }), JSON.stringify({ update_id: 1.5 })]) {
      const res = await post(body);
      expect(res.status, body).toBe(400);
      expect(((await res.json()) as { error?: string }).error, body).toBeTruthy();
    }
    expect(await db.orm.select().from(telegramUpdates)).toHaveLength(before);
  });

  it("processes a redelivered update once, even out of order", async () => {
    const zhou: Person = { id: 8202, language_code: "zh" };
    const first = text(zhou, "/start");
    const second = text(zhou, "/help");
    expect((await post(second)).status).toBe(200);
    expect((await post(first)).status).toBe(200); // older id, first time seen: handled
    const sent = (await callsFor(zhou.id, "sendMessage")).length;
    expect(sent).toBeGreaterThan(1);
    expect((await said(zhou.id)).join("\n")).toContain("/mydata"); // /help was answered
    expect((await post(first)).status).toBe(200);
    expect((await post(second)).status).toBe(200);
    expect((await post(first)).status).toBe(200);
    expect(await callsFor(zhou.id, "sendMessage")).toHaveLength(sent);
    const seen = await db.orm
      .select()
      .from(telegramUpdates)
      .where(inArray(telegramUpdates.updateId, [first.update_id, second.update_id]));
    expect(seen).toHaveLength(2);
  });

  it("processes the same update once when both deliveries arrive at the same time", async () => {
    const qian: Person = { id: 8203, language_code: "zh" };
    const update = text(qian, "/help");
    const answers = await Promise.all([post(update), post(update), post(update)]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(await callsFor(qian.id, "sendMessage")).toHaveLength(1);
  });

  it("answers 200 to every kind of update Telegram sends, handled or not", async () => {
    const wu: Person = { id: 8204, language_code: "zh" };
    await post(text(wu, "/start"));
    const before = (await callsFor(wu.id)).length;
    const kinds = otherKinds(wu);
    for (const update of kinds) {
      const res = await post(update);
      expect(res.status, JSON.stringify(update).slice(0, 80)).toBe(200);
    }
    // Nothing was said to the person, the group or the channel of those updates.
    expect(await callsFor(wu.id)).toHaveLength(before);
    const others = (await allCalls()).filter((c) => [-100123, -100999].includes(Number(c.body.chat_id)));
    expect(others).toHaveLength(0);
    // Each was still taken once.
    const seen = await db.orm
      .select()
      .from(telegramUpdates)
      .where(inArray(telegramUpdates.updateId, kinds.map((u) => u.update_id)));
    expect(seen).toHaveLength(kinds.length);
    // A sticker in a private chat gets a polite answer.
    expect((await post(sticker(wu))).status).toBe(200);
    expect((await said(wu.id)).at(-1)).toBe("这里不需要发送这个。请使用下方菜单。");
  });

  it("never obeys forged or stale button data", async () => {
    const zheng: Person = { id: 8205, language_code: "zh" };
    await post(text(zheng, "/start"));
    const pressed: string[] = [];
    for (const [i, data] of forgedButtons.entries()) {
      // The callback query id is the update id: ids from updates.ts repeat in every file, these do not.
      const update = press(zheng, data, 1, 8_205_000 + i);
      pressed.push(update.callback_query!.id);
      const res = await post(update);
      expect(res.status, data).toBe(200);
      expect((await said(zheng.id)).at(-1), data).toBe("这个按钮已经过期了。请从下方菜单重新开始。");
    }
    // Every press was answered so the client stops spinning.
    const answered = (await allCalls()).filter((c) => c.method === "answerCallbackQuery" && pressed.includes(String(c.body.callback_query_id)));
    expect(answered).toHaveLength(pressed.length);
  });

  it("answers a command named like a property of every object as unknown, never with an apology", async () => {
    const sun: Person = { id: 8206, language_code: "zh" };
    await post(text(sun, "/start"));
    for (const name of objectPropertyNames) {
      expect((await post(text(sun, `/${name}`))).status, name).toBe(200);
      expect((await said(sun.id)).at(-1), name).toBe(`没有 /${name} 这个命令。输入 /help 查看可用的命令。`);
    }
  });

  it("serves /healthz with the D1 driver", async () => {
    const res = await exports.default.fetch("http://linli.test/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, database: "d1" });
  });

  it("runs housekeeping on the Cron Trigger: prunes update ids older than 7 days, resets month-old conversations", async () => {
    const now = Date.now();
    await db.orm.insert(telegramUpdates).values([
      { updateId: 1, receivedAt: now - 8 * DAY },
      { updateId: 2, receivedAt: now - 6 * DAY },
    ]);
    await db.orm.insert(conversations).values([
      { key: "telegram:8290", flow: "onboarding", step: "district", data: { page: 1 }, updatedAt: now - 31 * DAY },
      { key: "telegram:8291", flow: "onboarding", step: "district", data: {}, updatedAt: now - DAY },
    ]);

    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ cron: "* * * * *", scheduledTime: now }), env, ctx);
    await waitOnExecutionContext(ctx);

    const ids = (await db.orm.select().from(telegramUpdates).where(inArray(telegramUpdates.updateId, [1, 2]))).map((r) => r.updateId);
    expect(ids).toEqual([2]);
    // Recent ones (those of the tests above) are kept.
    expect((await db.orm.select().from(telegramUpdates)).length).toBeGreaterThan(1);
    const [old] = await db.orm.select().from(conversations).where(eq(conversations.key, "telegram:8290"));
    expect(old).toMatchObject({ flow: null, step: null });
    const [recent] = await db.orm.select().from(conversations).where(eq(conversations.key, "telegram:8291"));
    expect(recent).toMatchObject({ flow: "onboarding", step: "district" });
  });
});

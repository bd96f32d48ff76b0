// The webhook's rules (DESIGN.md): secret checked, bad bodies 400, redeliveries processed once, every
// update kind answered 200, forged buttons answered and never obeyed. Run on better-sqlite3 and on D1.
import { inArray } from "drizzle-orm";
import { expect } from "vitest";
import { telegramUpdates } from "../../src/db/schema.js";
import { translator } from "../../src/i18n/index.js";
import { forgedButtons, objectPropertyNames, otherKinds, press, sticker, text } from "../support/updates.js";
import type { Cases, ChatDriver } from "./driver.js";

const zh = translator("zh");

async function taken(d: ChatDriver, ids: number[]): Promise<number> {
  return (await d.db.orm.select().from(telegramUpdates).where(inArray(telegramUpdates.updateId, ids))).length;
}

export const webhookCases: Cases = {
  "refuses a wrong or missing secret with 401 and handles nothing": async (d) => {
    const who = d.person(1, "zh");
    const wrong = text(who, "/start");
    expect((await d.post(wrong, { "X-Telegram-Bot-Api-Secret-Token": "wrong-secret-000000" })).status).toBe(401);
    const missing = text(who, "/start");
    expect((await d.post(missing, {})).status).toBe(401);
    expect(await d.calls(who.id)).toHaveLength(0);
    expect(await taken(d, [wrong.update_id, missing.update_id])).toBe(0);
  },

  "answers 400 to bodies that are not Updates": async (d) => {
    const before = (await d.db.orm.select().from(telegramUpdates)).length;
    for (const body of ["{not json", "", "[]", "null", '"text"', JSON.stringify({ message: {} }), JSON.stringify({ update_id: "7" }), JSON.stringify({ update_id: -1 }), JSON.stringify({ update_id: 1.5 })]) {
      const res = await d.post(body);
      expect(res.status, body).toBe(400);
      expect(((await res.json()) as { error?: string }).error, body).toBeTruthy();
    }
    expect(await d.db.orm.select().from(telegramUpdates)).toHaveLength(before);
  },

  "processes a redelivered update once, even out of order": async (d) => {
    const zhou = d.person(2, "zh");
    const first = text(zhou, "/start");
    const second = text(zhou, "/help");
    expect((await d.post(second)).status).toBe(200);
    expect((await d.post(first)).status).toBe(200); // older id, first time seen: handled
    const sent = (await d.calls(zhou.id, "sendMessage")).length;
    expect(sent).toBeGreaterThan(1);
    expect((await d.said(zhou.id))[0]).toContain(zh("help-intro")); // /help was answered
    for (const again of [first, second, first]) expect((await d.post(again)).status).toBe(200);
    expect(await d.calls(zhou.id, "sendMessage")).toHaveLength(sent);
    expect(await taken(d, [first.update_id, second.update_id])).toBe(2);
  },

  "processes the same update once when both deliveries arrive at the same time": async (d) => {
    const qian = d.person(3, "zh");
    const update = text(qian, "/help");
    const answers = await Promise.all([d.post(update), d.post(update), d.post(update)]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(await d.calls(qian.id, "sendMessage")).toHaveLength(1);
  },

  "answers 200 to every kind of update Telegram sends, handled or not": async (d) => {
    const wu = d.person(4, "zh");
    await d.post(text(wu, "/start"));
    const before = (await d.calls(wu.id)).length;
    const kinds = otherKinds(wu);
    for (const update of kinds) {
      const res = await d.post(update);
      expect(res.status, JSON.stringify(update).slice(0, 80)).toBe(200);
    }
    // Nothing was said to the person, the group or the channel of those updates.
    expect(await d.calls(wu.id)).toHaveLength(before);
    expect([...(await d.calls(-100123)), ...(await d.calls(-100999))]).toHaveLength(0);
    // Each was still taken once.
    expect(await taken(d, kinds.map((u) => u.update_id))).toBe(kinds.length);
    // A sticker in a private chat gets a polite answer.
    expect((await d.post(sticker(wu))).status).toBe(200);
    expect((await d.said(wu.id)).at(-1)).toBe(zh("unexpected-input"));
  },

  "never obeys forged or stale button data": async (d) => {
    const zheng = d.person(5, "zh");
    await d.post(text(zheng, "/start"));
    const forged = forgedButtons;
    const pressed: string[] = [];
    for (const [i, data] of forged.entries()) {
      // The callback query id is the update id: unique per person here, as files share one fake Bot API.
      const update = press(zheng, data, 1, zheng.id * 1000 + i);
      pressed.push(update.callback_query!.id);
      const res = await d.post(update);
      expect(res.status, data).toBe(200);
      expect((await d.said(zheng.id)).at(-1), data).toBe(zh("stale-button"));
    }
    // Nothing was kept: a passer-by who only pressed forged buttons has no record at all.
    expect(await d.resident(zheng.id)).toBeUndefined();
    // Every press was answered so the client stops spinning.
    const answered = (await d.calls(null, "answerCallbackQuery")).filter((c) => pressed.includes(String(c.body.callback_query_id)));
    expect(answered).toHaveLength(pressed.length);
  },

  "stops a pressed button's spinner in the webhook's own answer, not with a request of its own": async (d) => {
    const qian = d.person(7, "zh");
    await d.post(text(qian, "/start"));
    const [first] = await d.lastButtons(qian.id);
    const update = press(qian, first!.data, 1, qian.id * 1000 + 1);
    const res = await d.post(update);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    // Telegram runs the call the answer names (the drivers do as it does).
    expect(await res.json()).toEqual({ method: "answerCallbackQuery", callback_query_id: update.callback_query!.id });
    // One answer to the press in all: the bot made no request of its own for it.
    const answers = (await d.calls(null, "answerCallbackQuery")).filter((c) => c.body.callback_query_id === update.callback_query!.id);
    expect(answers).toHaveLength(1);
    // And the press was handled: the next step came after it.
    expect((await d.said(qian.id)).length).toBeGreaterThan(1);
  },

  "answers commands named like Object.prototype's properties as unknown commands": async (d) => {
    const feng = d.person(6, "zh");
    for (const name of objectPropertyNames) {
      expect((await d.post(text(feng, `/${name}`))).status).toBe(200);
      expect((await d.said(feng.id)).at(-1), name).toBe(zh("unknown-command", { command: `/${name}` }));
    }
  },

  "serves /healthz": async (d) => {
    const res = await d.request("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, database: d.driver });
  },
};

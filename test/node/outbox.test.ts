// The outbox's rules (DESIGN.md, "Nothing is lost"), against the fake Bot API answering as Telegram does
// when things go wrong: 429 pauses every delivery for retry_after, a resident who blocked the bot is
// marked unreachable and their case's staff are told, a topic staff deleted is made again and the post
// delivered there, a group moved to a supergroup is followed, network failures retry with backoff and
// give up after a day, visibly; a reply in parts sends only what had not gone out.
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { claimDue } from "../../src/db/queries/outbox.js";
import { caseEvents, outbox, outboxPause, residents, staffGroups } from "../../src/db/schema.js";
import { demoDistricts } from "../../src/demo/places.js";
import { translator } from "../../src/i18n/index.js";
import { caseOf, resident, staffGroup, threadOf } from "../shared/human-cases.js";
import { knownError, knownErrorNames } from "../support/fake-telegram.js";
import { nodeDriver, startHarness, type Harness } from "../support/harness.js";
import { groupText, text, type Group, type Person } from "../support/updates.js";

const zh = translator("zh");
const community = demoDistricts[1]!.streets[0]!.communities[0]!;

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

/** A resident talking to staff in a linked group, with the case's topic made. */
async function talking(n: number) {
  const d = nodeDriver(h, 20_000 + n * 10);
  const who: Person = d.person(1, "zh");
  const member: Person = d.person(2, "zh");
  const group: Group = { id: -(2_000_000_000 + who.id) };
  await staffGroup(d, community.code, member, group);
  await resident(d, who, community.code);
  await d.post(text(who, "/human"));
  await d.runJob("outbox");
  return { d, who, member, group, thread: await threadOf(d, group) };
}

const rows = () => h.db.orm.select().from(outbox);

describe("the outbox", () => {
  it("pauses every delivery for Telegram's retry_after on 429, then delivers", async () => {
    const { d, who, member, group, thread } = await talking(1);
    h.telegram.failNext("sendMessage", { error_code: 429, retry_after: 30 }, 1, who.id);
    await d.post(groupText(member, group, "请稍等", thread));
    expect(await h.runJob("outbox")).toMatchObject({ sent: 0, retried: 1 });
    const [pause] = await h.db.orm.select().from(outboxPause);
    expect(pause!.until).toBe(h.clock.now + 30_000);
    // Nothing goes out while paused, to anyone.
    expect(await h.runJob("outbox")).toMatchObject({ sent: 0, retried: 0 });
    h.clock.now += 31_000;
    expect(await h.runJob("outbox")).toMatchObject({ sent: 1 });
    expect((await d.said(who.id)).at(-1)).toContain("请稍等");
  });

  it("marks a resident who blocked the bot unreachable, and tells the staff in the topic and the timeline", async () => {
    const { d, who, member, group, thread } = await talking(2);
    h.telegram.failNext("sendMessage", knownError("BotBlocked"), 1, who.id);
    await d.post(groupText(member, group, "您好", thread));
    expect(await h.runJob("outbox")).toMatchObject({ unreachable: 1 });
    const [row] = await h.db.orm.select().from(residents).where(eq(residents.externalId, String(who.id)));
    expect(row!.unreachableAt).not.toBeNull();
    const c = await caseOf(d, who);
    expect((await h.db.orm.select().from(caseEvents).where(eq(caseEvents.caseId, c.id))).some((e) => e.kind === "delivery")).toBe(true);
    await h.runJob("outbox");
    expect(await d.said(group.id)).toContain(zh("topic-unreachable"));
    expect((await rows()).find((r) => r.route === "telegram")).toMatchObject({ state: "unreachable", lastError: "403: Forbidden: bot was blocked by the user" });
  });

  it("makes a topic staff deleted again and delivers the post there", async () => {
    const { d, who, group, thread } = await talking(3);
    h.telegram.deleteTopic(group.id, thread);
    await d.post(text(who, "还在吗？"));
    await h.runJob("outbox");
    await h.runJob("outbox");
    const topics = h.telegram.topics(group.id);
    expect(topics.size).toBe(2);
    const fresh = [...topics.keys()].find((t) => t !== thread)!;
    const posted = h.telegram.calls.filter((c) => Number(c.body.message_thread_id) === fresh).map((c) => String(c.body.text));
    expect(posted[0]).toContain((await caseOf(d, who)).ref); // the case's first post, again
    expect(posted).toContain(zh("topic-resident-says", { text: "还在吗？" }));
  });

  it("follows a group Telegram moved to a supergroup", async () => {
    const { d, who, group } = await talking(4);
    const moved = group.id - 1;
    h.telegram.failNext("sendMessage", knownError("ChatNotFound", { migrate_to_chat_id: moved }), 1, group.id);
    await d.post(text(who, "有人吗"));
    await h.runJob("outbox");
    await h.runJob("outbox");
    const [linked] = await h.db.orm.select().from(staffGroups);
    expect(linked!.chatId).toBe(String(moved));
    expect(await d.said(moved)).toContain(zh("topic-resident-says", { text: "有人吗" }));
  });

  it("retries network failures with backoff and gives up after a day, visibly", async () => {
    const { d, who, member, group, thread } = await talking(5);
    h.telegram.failNext("sendMessage", { error_code: 502 }, 1000, who.id);
    await d.post(groupText(member, group, "明天上午来", thread));
    expect(await h.runJob("outbox")).toMatchObject({ retried: 1 });
    const first = (await rows()).find((r) => r.route === "telegram")!;
    expect(first.notBefore).toBeGreaterThan(h.clock.now);
    expect(first.state).toBe("pending");
    for (let i = 0; i < 40; i++) {
      h.clock.now += 60 * 60 * 1000;
      await h.runJob("outbox");
    }
    expect((await rows()).find((r) => r.route === "telegram")).toMatchObject({ state: "failed", lastError: expect.stringMatching(/^gave up after a day: 502/) });
  });

  it("sends only the parts that had not gone out when a reply fails halfway", async () => {
    const { d, who, member, group, thread } = await talking(6);
    // A photo with a caption from staff goes to the resident as two parts: the words, then the photo.
    await d.post({ ...groupText(member, group, "", thread), message: { ...groupText(member, group, "", thread).message!, text: undefined, photo: [{ file_id: "fixed-light", file_unique_id: "u", width: 10, height: 10 }], caption: "修好了" } });
    h.telegram.failNext("sendPhoto", { error_code: 502 }, 1, who.id);
    await h.runJob("outbox");
    h.clock.now += 10_000;
    await h.runJob("outbox");
    const texts = (await d.said(who.id)).filter((s) => s.includes("修好了"));
    expect(texts).toHaveLength(1);
    expect(h.telegram.callsTo("sendPhoto").filter((c) => Number(c.body.chat_id) === who.id)).toHaveLength(2);
  });

  it("claims with a whole positive limit only (it is written into the SQL), and claims nothing otherwise", async () => {
    const { d, who } = await talking(7);
    await d.post(text(who, "还在吗"));
    const pending = async () => (await rows()).filter((r) => r.state === "pending").length;
    const before = await pending();
    expect(before).toBeGreaterThan(0);
    for (const limit of [0, 2.5, Number.NaN, -1]) {
      await expect(claimDue(h.db.orm, h.clock.now, h.clock.now + 60_000, limit)).rejects.toThrow(RangeError);
    }
    expect(await pending()).toBe(before);
    expect(await claimDue(h.db.orm, h.clock.now, h.clock.now + 60_000, 1)).toHaveLength(1);
  });
});

describe("the fake Bot API", () => {
  it("answers each of Telegram's error descriptions with its code", async () => {
    const names = knownErrorNames();
    expect(names.length).toBeGreaterThanOrEqual(69);
    for (const name of names) {
      const error = knownError(name);
      h.telegram.failNext("sendMessage", error);
      const res = await fetch(`${h.telegram.apiRoot}/bot123:x/sendMessage`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ chat_id: 1, text: "x" }) });
      const body = (await res.json()) as { ok: boolean; error_code: number; description: string };
      expect(body.ok, name).toBe(false);
      expect(res.status, name).toBe(error.error_code);
      expect(body.description, name).not.toContain("\\");
    }
  });
});

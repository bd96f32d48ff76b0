// Talking to a person (转人工) on Telegram, with the community's staff group: the resident asks for a
// person, the case opens and gets a topic, what they send is relayed there, what linked staff write in the
// topic goes back signed, notes stay inside, /close asks the resident for a rating. Run on better-sqlite3
// and on D1; the outbox is run as its job runs (`d.runJob("outbox")`).
import { eq } from "drizzle-orm";
import { expect, vi } from "vitest";
import { cases, caseEvents, staff, staffGroups } from "../../src/db/schema.js";
import { demoDistricts } from "../../src/demo/places.js";
import { caseButtons } from "../../src/bot/case-buttons.js";
import { humanButtons } from "../../src/flows/human.js";
import { translator } from "../../src/i18n/index.js";
import { groupPress, groupText, photo, press, text, type Group, type Person } from "../support/updates.js";
import type { Cases, ChatDriver } from "./driver.js";

const zh = translator("zh");

/** A resident of a demo community who has agreed to the privacy notice. */
export async function resident(d: ChatDriver, who: Person, communityCode: string) {
  await d.post(text(who, `/start c-${communityCode}`));
  await d.tap(who, zh("button-consent-yes"));
}

/** The community's staff member (demo `cs-<code>`) linked to a Telegram account, and the group linked by them. */
export async function staffGroup(d: ChatDriver, communityCode: string, member: Person, group: Group) {
  await d.db.orm.update(staff).set({ telegramUserId: String(member.id) }).where(eq(staff.username, `cs-${communityCode}`));
  expect((await d.post(groupText(member, group, "/link"))).status).toBe(200);
  const [linked] = await d.db.orm.select().from(staffGroups).where(eq(staffGroups.chatId, String(group.id)));
  expect(linked).toBeDefined();
}

export async function caseOf(d: ChatDriver, who: Person) {
  const r = await d.resident(who.id);
  return (await d.db.orm.select().from(cases).where(eq(cases.residentId, r!.id)))[0]!;
}

export const threadOf = async (d: ChatDriver, group: Group) => {
  const made = (await d.calls(group.id, "createForumTopic")).at(-1);
  expect(made, "a topic was made").toBeDefined();
  const topics = (await d.calls(group.id, "sendMessage")).map((c) => Number(c.body.message_thread_id)).filter(Boolean);
  return topics.at(-1)!;
};

export const humanCases: Cases = {
  "opens a case from the menu, relays both ways through the staff group's topic, keeps notes inside, and asks for a rating on close": async (d) => {
    const community = demoDistricts[0]!.streets[0]!.communities[1]!;
    const wang = d.person(1, "zh");
    const liu = d.person(2, "zh");
    const group: Group = { id: -(1_000_000_000 + wang.id) };
    await staffGroup(d, community.code, liu, group);
    expect((await d.said(group.id)).at(-1)).toBe(zh("group-linked", { community: community.zh }));

    await resident(d, wang, community.code);
    await d.post(text(wang, zh("menu-human")));
    const c = await caseOf(d, wang);
    expect(c).toMatchObject({ kind: "conversation", status: "open", communityId: expect.any(Number) });
    expect(c.ref).toMatch(/^ZX-\d{8}-\d{4}$/);
    expect((await d.said(wang.id)).at(-1)).toContain(c.ref);

    // What the resident sends goes to the case, with one short receipt (not one per message).
    await d.post(text(wang, "楼道的灯坏了一个星期了"));
    await d.post(photo(wang, "light-photo"));
    await d.post(text(wang, "在3单元"));
    expect((await d.said(wang.id)).filter((s) => s === zh("human-receipt"))).toHaveLength(1);

    await d.runJob("outbox");
    const thread = await threadOf(d, group);
    const inTopic = (await d.calls(group.id)).filter((call) => Number(call.body.message_thread_id) === thread);
    expect(String(inTopic[0]!.body.text)).toContain(c.ref);
    expect(inTopic.some((call) => call.body.text === zh("topic-resident-says", { text: "楼道的灯坏了一个星期了" }))).toBe(true);
    expect(inTopic.some((call) => call.method === "sendPhoto" && call.body.photo === "light-photo")).toBe(true);
    expect(inTopic.some((call) => call.body.text === zh("topic-resident-says", { text: "在3单元" }))).toBe(true);

    // Staff answer in the topic; the resident gets it signed; a note starting with // stays inside.
    await d.post(groupText(liu, group, "收到，今天下午就去换", thread));
    await d.post(groupText(liu, group, "//已联系物业电工", thread));
    await d.runJob("outbox");
    const answer = (await d.said(wang.id)).at(-1)!;
    expect(answer).toContain("收到，今天下午就去换");
    expect(answer).toMatch(/^💬 社区工作人员 /);
    expect((await d.said(wang.id)).join("\n")).not.toContain("物业电工");
    const answered = await caseOf(d, wang);
    expect(answered.status).toBe("answered");
    expect(answered.firstResponseAt).not.toBeNull();
    const kinds = (await d.db.orm.select().from(caseEvents).where(eq(caseEvents.caseId, c.id))).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(["message_in", "message_out", "note"]));

    // /close in the topic: the case closes, the topic closes, the resident is asked once for a rating.
    await d.post(groupText(liu, group, "/close", thread));
    await d.runJob("outbox");
    expect((await caseOf(d, wang)).status).toBe("closed");
    expect(await d.calls(group.id, "closeForumTopic")).toHaveLength(1);
    expect((await d.said(wang.id)).at(-1)).toBe(zh("human-rate", { ref: c.ref }));
    await d.tap(wang, zh("button-rate-5"));
    await d.post(text(wang, "很及时，谢谢"));
    expect((await d.said(wang.id)).at(-1)).toBe(zh("human-comment-thanks"));
    expect(await caseOf(d, wang)).toMatchObject({ rating: 5 });
    // Rated once: the same button again changes nothing.
    await d.post(press(wang, humanButtons.encode("rate", c.id, 1)));
    expect((await d.said(wang.id)).at(-1)).toBe(zh("human-rated-once"));
    expect(await caseOf(d, wang)).toMatchObject({ rating: 5 });
  },

  "ignores what people who are not linked staff write in a topic, and other bots": async (d) => {
    const community = demoDistricts[0]!.streets[0]!.communities[2]!;
    const chen = d.person(3, "zh");
    const staffMember = d.person(4, "zh");
    const stranger = d.person(5, "zh");
    const group: Group = { id: -(1_000_000_000 + chen.id) };
    await staffGroup(d, community.code, staffMember, group);
    await resident(d, chen, community.code);
    await d.post(text(chen, "转人工"));
    await d.runJob("outbox");
    const thread = await threadOf(d, group);
    const before = (await d.said(chen.id)).length;
    await d.post(groupText(stranger, group, "我也想说两句", thread));
    await d.runJob("outbox");
    expect(await d.said(chen.id)).toHaveLength(before);
    // A stranger cannot link a group either.
    await d.post(groupText(stranger, { id: group.id - 1 }, "/link"));
    expect((await d.said(group.id - 1)).at(-1)).toBe(zh("group-not-staff"));
  },

  "takes a case with the button under its first post, and a resident sees only their own cases": async (d) => {
    const community = demoDistricts[0]!.streets[1]!.communities[0]!;
    const a = d.person(6, "zh");
    const b = d.person(7, "zh");
    const member = d.person(8, "zh");
    const group: Group = { id: -(1_000_000_000 + a.id) };
    await staffGroup(d, community.code, member, group);
    await resident(d, a, community.code);
    await resident(d, b, community.code);
    await d.post(text(a, "/human"));
    await d.post(text(b, "/human"));
    const caseA = await caseOf(d, a);
    const caseB = await caseOf(d, b);
    await d.runJob("outbox");
    const thread = await threadOf(d, group);
    await d.post(groupPress(member, group, caseButtons.encode("take", caseB.id), thread));
    expect((await caseOf(d, b)).assigneeStaffId).not.toBeNull();

    // A's "my cases" lists A's case only; B's case pressed by A is answered as stale, never shown.
    await d.post(text(a, "/mycases"));
    const labels = (await d.lastButtons(a.id)).map((x) => x.label).join(" ");
    expect(labels).toContain(caseA.ref);
    expect(labels).not.toContain(caseB.ref);
    await d.post(press(a, humanButtons.encode("go", caseB.id)));
    expect((await d.said(a.id)).at(-1)).toBe(zh("stale-button"));
    await d.post(press(a, humanButtons.encode("end", caseB.id)));
    expect((await caseOf(d, b)).status).not.toBe("closed");
  },
  "takes the resident's first words as the summary, waits for staff again after a follow-up, and after staff reopen it, sends what they write to staff, not into the rating": async (d) => {
    const community = demoDistricts[0]!.streets[1]!.communities[1]!;
    const zhao = d.person(9, "zh");
    const member = d.person(10, "zh");
    const group: Group = { id: -(1_000_000_000 + zhao.id) };
    await staffGroup(d, community.code, member, group);
    await resident(d, zhao, community.code);
    // Opened by 🙋 alone: the summary is a placeholder until the resident says what it is about.
    await d.post(text(zhao, zh("menu-human")));
    expect((await caseOf(d, zhao)).summary).toBe(zh("human-summary-none"));
    await d.post(text(zhao, "门口的垃圾三天没人收"));
    await d.post(text(zhao, "还有味道"));
    expect((await caseOf(d, zhao)).summary).toBe("门口的垃圾三天没人收");

    await d.runJob("outbox");
    const thread = await threadOf(d, group);
    await d.post(groupText(member, group, "今天安排清运", thread));
    const answered = await caseOf(d, zhao);
    expect(answered).toMatchObject({ status: "answered" });
    // A follow-up question waits for an answer again, with a deadline of its own.
    await d.post(text(zhao, "几点来？"));
    const waiting = await caseOf(d, zhao);
    expect(waiting.status).toBe("open");
    expect(waiting.dueAt).not.toBeNull();
    expect(waiting.summary).toBe("门口的垃圾三天没人收");
    // The follow-up reaches the topic before staff write again (on workerd a dispatch the webhook woke may
    // still be delivering it when the job is run here, so wait for the post itself).
    await d.runJob("outbox");
    await vi.waitFor(async () => expect(await d.said(group.id)).toContain(zh("topic-resident-says", { text: "几点来？" })), { timeout: 5000, interval: 50 });

    // Too long for the resident's chat: staff are told in the topic, nothing is sent.
    await d.post(groupText(member, group, "长".repeat(4001), thread));
    expect((await d.said(group.id)).at(-1)).toBe(zh("group-reply-too-long", { max: 4000 }));
    await d.post(groupText(member, group, "/assign nobody-here", thread));
    expect((await d.said(group.id)).at(-1)).toBe(zh("group-assign-unknown", { username: "nobody-here" }));

    // Closed, the resident rates; staff reopen it before the comment: the next words go to staff.
    await d.post(groupText(member, group, "/close", thread));
    await d.runJob("outbox");
    await d.tap(zhao, zh("button-rate-3"));
    await d.post(groupText(member, group, "/reopen", thread));
    await d.post(text(zhao, "其实还没收走"));
    const reopened = await caseOf(d, zhao);
    expect(reopened.status).toBe("open");
    const events = await d.db.orm.select().from(caseEvents).where(eq(caseEvents.caseId, reopened.id));
    expect(events.filter((e) => e.kind === "message_in").map((e) => e.body)).toContain("其实还没收走");
    expect(events.filter((e) => e.kind === "rating").map((e) => e.body)).not.toContain("其实还没收走");
  },
};

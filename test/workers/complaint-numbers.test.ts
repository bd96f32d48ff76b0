// The complaints' numbers and hearings inside workerd with D1: a scorecard and the register on a known
// set; a hearing on a suggestion with 150 followers (each invitation its own statement in one D1 batch,
// under the 100 bound parameters), the invitation delivered through the real Worker's outbox to the fake
// Bot API, Yes from the button through the webhook, the reminder; and Open311's public requests.
import { env, exports } from "cloudflare:workers";
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { openD1 } from "../../src/db/d1.js";
import { placeByCode } from "../../src/db/queries/places.js";
import { findStaffByUsername } from "../../src/db/queries/staff.js";
import { hearingInvitations, hearings, outbox } from "../../src/db/schema.js";
import { loadDemoData } from "../../src/demo/load.js";
import { hearingSuggestions, remindHearings, scheduleHearing } from "../../src/domain/complaints/hearings.js";
import { registerCsv } from "../../src/domain/complaints/register.js";
import { monthPeriod, scopeOfPlace, scorecard } from "../../src/domain/complaints/scorecards.js";
import type { DomainDeps } from "../../src/domain/deps.js";
import { loadViewer } from "../../src/domain/staff/actor.js";
import { consoleTranslator } from "../../src/i18n/console.js";
import { translator } from "../../src/i18n/index.js";
import { DAY, HOUR, pastOne, placeIds, telegramResident, testCategory } from "../support/complaints.js";
import { makeStaff } from "../support/staff.js";
import { workersDriver } from "./driver.js";
import { said, tap } from "./telegram.js";
import type { Person } from "../support/updates.js";
import { ensureResident } from "../../src/db/queries/residents.js";

const zh = translator("zh");
const db = openD1(env.DB);
const deps: DomainDeps = { db, directory: db, now: () => Date.now(), defaultTimeZone: "Asia/Shanghai" };
// Each file its own ids in the shared fake server: 89xx are this file's.
const gao: Person = { id: 8951, first_name: "高阿姨", language_code: "zh" };
const xu: Person = { id: 8952, first_name: "许师傅", language_code: "zh" };
const KNOWN_DAY = Date.parse("2026-10-10T01:00:00Z"); // a month before the test runs: the hearing's complaints are recent
let noise = 0;

beforeAll(async () => {
  await loadDemoData(db);
  const smoke = await testCategory(db, "w-smoke", "油烟", "Oil smoke");
  noise = await testCategory(db, "w-noise", "噪音", "Noise");
  const g1 = await placeIds(deps, "ja-xingyelu", "ja-xingyelu-1");
  await pastOne(db, { ...g1, categoryId: smoke, openedAt: KNOWN_DAY, status: "closed", acknowledgedAt: KNOWN_DAY + HOUR, fixedAt: KNOWN_DAY + DAY, closedAt: KNOWN_DAY + 2 * DAY, verdicts: [{ residentId: null, verdict: "fixed", rating: 5, at: KNOWN_DAY + 2 * DAY }] });
  await pastOne(db, { ...g1, categoryId: smoke, openedAt: KNOWN_DAY, status: "closed", acknowledgedAt: KNOWN_DAY + 9 * HOUR, fixedAt: KNOWN_DAY + 9 * DAY, closedAt: KNOWN_DAY + 9 * DAY, unconfirmed: true });
  await pastOne(db, { ...g1, categoryId: smoke, openedAt: KNOWN_DAY, status: "not_responsible", closedAt: KNOWN_DAY });
  // Lately, two noise complaints in 兴业路 and 150 residents saying "me too" (web residents, made up).
  const now = Date.now();
  const rGao = await telegramResident(db, gao.id, now);
  const rXu = await telegramResident(db, xu.id, now);
  const followers: { residentId: number; since: number }[] = [];
  for (let i = 0; i < 150; i++) followers.push({ residentId: (await ensureResident(db.orm, "web", `w-follower-${i}`, "zh", now)).id, since: now - DAY });
  await pastOne(db, { ...g1, categoryId: noise, openedAt: now - 3 * DAY, residentId: rGao.id, residentName: "高阿姨", followers: followers.slice(0, 75) });
  await pastOne(db, { ...g1, categoryId: noise, openedAt: now - 2 * DAY, residentId: rXu.id, residentName: "许师傅", followers: followers.slice(75) });
  await makeStaff(deps, "w.hearing", "community_staff", "ja-xingyelu", { password: false });
}, 120_000);

describe("complaints' numbers on workerd + D1", () => {
  it("counts a community's month and writes its register", async () => {
    const community = (await placeByCode(db.orm, "community", "ja-xingyelu"))!;
    const card = await scorecard(deps, community, monthPeriod("2026-10", "Asia/Shanghai"));
    expect(card.total).toMatchObject({ received: 3, notResponsible: 1, ackDue: 2, ackOnTime: 1, resolveDue: 2, resolvedOnTime: 1, verdicts: 1, satisfied: 1, unconfirmed: 1 });
    const { csv, rows } = await registerCsv(deps, await scopeOfPlace(deps, community), "2026-10", "zh", consoleTranslator("zh"));
    expect(rows).toBe(3);
    expect(csv.startsWith("\uFEFF编号,")).toBe(true);
  });

  it("invites 152 residents to a hearing in one D1 batch, delivers the invitation and takes Yes from the button", async () => {
    const viewer = await loadViewer(deps, (await findStaffByUsername(db.orm, "w.hearing"))!, null);
    const suggested = await hearingSuggestions(deps, viewer.sees);
    expect(suggested.map((s) => [s.community.code, s.complaints, s.followers])).toEqual([["ja-xingyelu", 2, 150]]);
    const day = new Date(Date.now() + 3 * DAY + 8 * HOUR).toISOString().slice(0, 10);
    const id = await scheduleHearing(deps, viewer, "ja-xingyelu", noise, { date: day, time: "19:00", placeZh: "社区活动室", topicZh: "夜间噪音" });
    const [{ n }] = (await db.orm.select({ n: count() }).from(hearingInvitations).where(eq(hearingInvitations.hearingId, id))) as [{ n: number }];
    expect(n).toBe(152);
    await workersDriver(8950).runJob("outbox");
    await vi.waitFor(async () => expect((await said(gao.id)).join("\n")).toContain("📢 听证会邀请"), { timeout: 20_000, interval: 300 });
    await tap(gao, zh("button-hearing-yes"));
    await vi.waitFor(async () => expect((await said(gao.id)).at(-1)).toBe(zh("hearing-answer-yes")), { timeout: 10_000, interval: 200 });
    const answered = await db.orm.select().from(hearingInvitations).where(eq(hearingInvitations.coming, true));
    expect(answered).toHaveLength(1);
    // The day before: a reminder to everyone who did not say No, queued once.
    const [hearing] = await db.orm.select().from(hearings).where(eq(hearings.id, id));
    const dayBefore: DomainDeps = { ...deps, now: () => hearing!.startsAt - 20 * HOUR };
    expect(await remindHearings(dayBefore)).toBe(152);
    expect(await remindHearings(dayBefore)).toBe(0);
  }, 90_000);

  it("answers Open311's requests without the resident", async () => {
    const res = await exports.default.fetch("http://linli.test/open311/v2/requests.json?service_code=w-noise");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; service_code: string }[];
    expect(body).toHaveLength(2);
    expect(body.every((r) => r.status === "open" && r.service_code === "w-noise")).toBe(true);
    expect(JSON.stringify(body)).not.toContain("高阿姨");
    const bad = await exports.default.fetch("http://linli.test/open311/v2/requests.json?status=maybe");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual([{ code: 400, description: expect.any(String) }]);
  });
});

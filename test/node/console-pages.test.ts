// The console's pages and forms as staff use them, and the audit row every change leaves: who, what,
// before → after, when, from where, and which place.
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordSearchMiss } from "../../src/db/queries/catalog.js";
import { placeByCode } from "../../src/db/queries/places.js";
import { auditLog, communities, communityServices, staff, staffRoles, streets } from "../../src/db/schema.js";
import { consoleBrowser, huiminyuanCardForm, type ConsoleBrowser } from "../support/console.js";
import { BOT_USERNAME, startHarness, type Harness } from "../support/harness.js";
import { makeStaff, PASSWORD } from "../support/staff.js";

let h: Harness;
let community: ConsoleBrowser; // community_staff at ja-huiminyuan, from 10.9.0.1
let street: ConsoleBrowser; // street_admin at jiangan-houhu

const from = (address: string) => async (path: string, init?: RequestInit) => h.app.request(path, init, { incoming: { socket: { remoteAddress: address } } });

beforeAll(async () => {
  h = await startHarness();
  await makeStaff(h.domain, "p.community", "community_staff", "ja-huiminyuan");
  await makeStaff(h.domain, "p.street", "street_admin", "jiangan-houhu");
  community = consoleBrowser(from("10.9.0.1"));
  street = consoleBrowser(from("10.9.0.2"));
  expect((await community.login("p.community", PASSWORD)).status).toBe(303);
  expect((await street.login("p.street", PASSWORD)).status).toBe(303);
}, 60_000);

afterAll(() => h?.close());

async function lastAudit() {
  return (await h.db.orm.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0]!;
}

/** Runs a change and returns the one audit row it wrote (failing if it wrote none or several). */
async function auditedChange(change: () => Promise<Response>, status: number) {
  const before = (await lastAudit()).id;
  const res = await change();
  expect(res.status).toBe(status);
  const rows = await h.db.orm.select().from(auditLog).where(eq(auditLog.id, before + 1));
  expect(await h.db.orm.select().from(auditLog).where(eq(auditLog.id, before + 2))).toEqual([]);
  expect(rows).toHaveLength(1);
  return { res, row: rows[0]! };
}

describe("console pages", () => {
  it("home shows my scope, an empty state for cases, and what residents of my communities asked in vain", async () => {
    const huiminyuan = (await placeByCode(h.db.orm, "community", "ja-huiminyuan"))!;
    const other = (await placeByCode(h.db.orm, "community", "jh-qingfen"))!;
    await recordSearchMiss(h.db.orm, "电动车充电桩", "zh", huiminyuan.id, h.clock.now);
    await recordSearchMiss(h.db.orm, "电动车充电桩", "zh", huiminyuan.id, h.clock.now);
    await recordSearchMiss(h.db.orm, "江汉的问题", "zh", other.id, h.clock.now);
    const html = await community.page("/console");
    expect(html).toContain("惠民苑社区");
    expect(html).toContain("目前没有待办事项");
    expect(html).toContain("「电动车充电桩」");
    expect(html).toContain("2 次");
    expect(html).not.toContain("江汉的问题");
    // The navigation is a list of entries.
    expect(html.match(/<nav[\s\S]*<\/nav>/)![0].match(/<li>/g)).toHaveLength(10);
    expect(html).toContain('aria-current="page"');
  });

  it("adds a grid worker from the community's page, shows the invitation once, and records who, where and from where", async () => {
    await community.page("/console/places/community/ja-huiminyuan");
    const { res, row } = await auditedChange(
      () => community.post("/console/places/community/ja-huiminyuan/staff", { roleAt: "grid_worker@ja-huiminyuan-2", username: "Zhou.Xin", nameZh: "周欣", nameEn: "Zhou Xin", phone: "027-5556-7777" }),
      200,
    );
    const html = await res.text();
    expect(html).toContain(`https://t.me/${BOT_USERNAME}?start=s-`);
    const [member] = await h.db.orm.select().from(staff).where(eq(staff.username, "zhou.xin"));
    expect(member).toMatchObject({ nameZh: "周欣", phone: "027-5556-7777", passwordHash: null });
    const grid = (await placeByCode(h.db.orm, "grid", "ja-huiminyuan-2"))!;
    expect(row).toMatchObject({ actor: "staff:p.community", action: "staff.add", address: "10.9.0.1", gridId: grid.id, communityId: grid.communityId, streetId: grid.streetId, districtId: grid.districtId });
    expect(row.detail).toMatchObject({ staff: "zhou.xin", before: null, after: { roles: ["grid_worker@ja-huiminyuan-2"] } });
    // The card shows them at once.
    expect(await community.page("/console/places/community/ja-huiminyuan/card")).toContain("周欣");
  });

  it("shows what was typed and why it was refused, in the reader's language, changing nothing", async () => {
    const before = (await lastAudit()).id;
    await community.page("/console/places/community/ja-huiminyuan");
    const res = await community.post("/console/places/community/ja-huiminyuan/staff", { roleAt: "grid_worker@ja-huiminyuan-2", username: "zhou.xin", nameZh: "另一个周欣" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("用户名 zhou.xin 已被占用");
    expect(html).toContain('value="另一个周欣"');
    const bad = await community.post("/console/places/community/ja-huiminyuan/staff", { roleAt: "grid_worker@ja-huiminyuan-2", username: "ok.name", nameZh: "名字", phone: "not a phone" });
    expect(await bad.text()).toContain("请检查“公开电话”");
    expect((await lastAudit()).id).toBe(before);
  });

  it("gives and takes roles, edits name and phone, makes invitations, disables and enables — one audit row each", async () => {
    await community.page("/console/staff/zhou.xin");
    const add = await auditedChange(() => community.post("/console/staff/zhou.xin/roles", { role: "proxy_agent", place: "ja-huiminyuan" }), 303);
    expect(add.res.headers.get("location")).toBe("/console/staff/zhou.xin?done=role-added");
    expect(add.row.detail).toMatchObject({ before: ["grid_worker@ja-huiminyuan-2"], after: ["grid_worker@ja-huiminyuan-2", "proxy_agent@ja-huiminyuan"] });
    const remove = await auditedChange(() => community.post("/console/staff/zhou.xin/roles/remove", { role: "proxy_agent", place: "ja-huiminyuan" }), 303);
    expect(remove.row).toMatchObject({ action: "staff.role.remove" });
    const profile = await auditedChange(() => community.post("/console/staff/zhou.xin/profile", { nameZh: "周欣", nameEn: "Zhou Xin", phone: "027-5556-7778" }), 303);
    expect(profile.row.detail).toMatchObject({ before: { phone: "027-5556-7777" }, after: { phone: "027-5556-7778" } });
    const invite = await auditedChange(() => community.post("/console/staff/zhou.xin/invite"), 200);
    expect(await invite.res.text()).toContain("?start=s-");
    expect((await auditedChange(() => community.post("/console/staff/zhou.xin/disable"), 303)).row).toMatchObject({ action: "staff.disable", detail: { before: { disabled: false }, after: { disabled: true } } });
    expect(await community.page("/console/staff/zhou.xin?done=disabled")).toContain("已停用这个账号");
    expect((await auditedChange(() => community.post("/console/staff/zhou.xin/enable"), 303)).row).toMatchObject({ action: "staff.enable" });
    const roles = await h.db.orm.select().from(staffRoles).innerJoin(staff, eq(staff.id, staffRoles.staffId)).where(eq(staff.username, "zhou.xin"));
    expect(roles.map((r) => r.staff_roles.role)).toEqual(["grid_worker"]);
  });

  it("edits the community card from plain form fields, forgiving how hours are typed", async () => {
    const page = await community.page("/console/places/community/ja-huiminyuan/card");
    expect(page).toContain('name="hours_mon" value="08:30-12:00, 14:00-17:30"');
    const fields = huiminyuanCardForm({
      ex0_date: "2027-01-01",
      ex0_closed: "on",
      ex0_open: "",
      ex0_note_zh: "元旦休息",
      ex0_note_en: "closed for New Year's Day",
      ex1_date: "2027-01-02",
      ex1_open: "9:00-11:00",
      ex1_note_zh: "",
      ex1_note_en: "",
      ex2_date: "",
      ex2_open: "",
      ex2_note_zh: "",
      ex2_note_en: "",
    });
    const { res, row } = await auditedChange(() => community.post("/console/places/community/ja-huiminyuan/card", fields), 303);
    expect(res.headers.get("location")).toBe("/console/places/community/ja-huiminyuan/card?done=saved");
    expect(row.detail).toMatchObject({ after: { hours: { mon: ["08:30-12:00", "14:00-17:30"], tue: ["08:30-12:00", "14:00-17:30"], thu: ["08:30-12:00"] } } });
    const [c] = await h.db.orm.select().from(communities).where(eq(communities.code, "ja-huiminyuan"));
    expect(c!.officeHours).toEqual({ mon: ["08:30-12:00", "14:00-17:30"], tue: ["08:30-12:00", "14:00-17:30"], thu: ["08:30-12:00"], fri: ["08:30-12:00"] });
    expect(c!.officeExceptions).toEqual([
      { date: "2027-01-01", closed: true, open: [], note: { zh: "元旦休息", en: "closed for New Year's Day" } },
      { date: "2027-01-02", closed: false, open: ["09:00-11:00"] },
    ]);
    expect(c!.stationHoursZh).toBe("周一至周二 8:30–12:00, 14:00–17:30；周四至周五 8:30–12:00");
    expect(await community.page("/console/places/community/ja-huiminyuan/card?done=saved")).toContain("已保存");

    const before = (await lastAudit()).id;
    const bad = await community.post("/console/places/community/ja-huiminyuan/card", { ...fields, hours_wed: "早上八点" });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain("请检查“周三的办公时间”");
    expect(html).toContain('value="早上八点"');
    expect((await lastAudit()).id).toBe(before);
  });

  it("sets the community's own access answers, with where to go instead, and back to the catalogue's", async () => {
    const [c] = await h.db.orm.select().from(communities).where(eq(communities.code, "ja-huiminyuan"));
    await community.page("/console/places/community/ja-huiminyuan/services");
    const set = await auditedChange(
      () => community.post("/console/places/community/ja-huiminyuan/services/minimum-living-allowance", { access: "not_here", note_zh: "请到后湖街道政务服务中心办理", note_en: "go to the Houhu Street service centre" }),
      303,
    );
    expect(set.row).toMatchObject({ action: "community.access", communityId: c!.id, detail: { service: "minimum-living-allowance", before: { access: "catalogue" }, after: { access: "not_here" } } });
    expect(await community.page("/console/places/community/ja-huiminyuan/services")).toContain("请到后湖街道政务服务中心办理");
    const card = await community.page("/console/places/community/ja-huiminyuan/card");
    expect(card).not.toContain("最低生活保障");
    const half = await community.post("/console/places/community/ja-huiminyuan/services/minimum-living-allowance", { access: "not_here", note_zh: "只有中文", note_en: "" });
    expect(half.status).toBe(400);
    await auditedChange(() => community.post("/console/places/community/ja-huiminyuan/services/minimum-living-allowance", { access: "catalogue", note_zh: "", note_en: "" }), 303);
    expect(await h.db.orm.select().from(communityServices).where(eq(communityServices.communityId, c!.id))).toEqual([]);
    expect((await community.post("/console/places/community/ja-huiminyuan/services/no-such-service", { access: "handled" })).status).toBe(404);
  });

  it("lets a street admin set the street's supervision phone, which the community cannot", async () => {
    expect((await community.get("/console/places/street/jiangan-houhu")).status).toBe(404);
    await street.page("/console/places/street/jiangan-houhu");
    const { row } = await auditedChange(() => street.post("/console/places/street/jiangan-houhu/supervision-phone", { phone: "027-5555-3199" }), 303);
    expect(row.detail).toMatchObject({ before: "027-5555-3101", after: "027-5555-3199" });
    const [s] = await h.db.orm.select().from(streets).where(eq(streets.code, "jiangan-houhu"));
    expect(s!.supervisionPhone).toBe("027-5555-3199");
    expect(await community.page("/console/places/community/ja-huiminyuan/card")).toContain("027-5555-3199");
  });

  it("shows the audit log of my scope only", async () => {
    const html = await community.page("/console/audit");
    expect(html).toContain("community.card");
    expect(html).toContain("10.9.0.1");
    expect(html).not.toContain("street.supervision-phone");
    expect(await street.page("/console/audit")).toContain("street.supervision-phone");
  });

  it("my account: language, password (with the current one), API tokens shown once and revocable", async () => {
    await community.page("/console/account");
    expect((await community.post("/console/account/password", { current: "not it at all", password: "a new long password" })).status).toBe(400);
    await auditedChange(() => community.post("/console/account/password", { current: PASSWORD, password: "a new long password" }), 303);
    expect((await community.get("/console")).status).toBe(200); // this session goes on
    const other = consoleBrowser(from("10.9.0.3"));
    expect((await other.login("p.community", "a new long password")).status).toBe(303);
    const made = await auditedChange(() => community.post("/console/account/tokens", { label: "dashboard" }), 200);
    const token = /linli_[A-Za-z0-9_-]{43}/.exec(await made.res.text())![0];
    expect((await h.app.request("/api/staff/me", { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    expect(await community.page("/console/account")).not.toContain(token);
    const id = /\/console\/account\/tokens\/(\d+)\/revoke/.exec(await community.page("/console/account"))![1];
    await auditedChange(() => community.post(`/console/account/tokens/${id}/revoke`), 303);
    expect((await h.app.request("/api/staff/me", { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    await auditedChange(() => community.post("/console/account/language", { language: "en" }), 303);
    expect(await community.page("/console/places/community/ja-huiminyuan/card")).toContain("Community card");
  });

  it("answers unknown console paths with the console's own 404 page", async () => {
    const res = await community.get("/console/nothing/here");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("text/html");
  });
});

// Demo data for points (积分), marked as an EXAMPLE everywhere it shows (`example: true`: residents read
// "these are example rules" under How to earn, staff see "example" beside each rule). A rulebook of 4
// categories and 46 items in the spirit of Jingmen's points system (积分制管理) — volunteering,
// reporting hazards, mediation, garbage sorting, caring for elderly neighbours, blood donation; penalties
// such as illegal dumping — and for every demo community a shop of a few items and this year's budget
// (1.5 yuan a head; 10 points a yuan). Everything here is fictional. `pointsSeed` loads the rulebook into
// a directory without rules, and the shops and budgets into demo communities without items.
import { sql } from "drizzle-orm";
import { guard, isGuardFailure } from "../db/atomic.js";
import type { Write } from "../db/database.js";
import { countRules } from "../db/queries/points.js";
import { communities, pointAccounts, pointBudgets, pointItems } from "../db/schema.js";
import { importRules, type RuleInput } from "../domain/points/rules.js";
import { periodsOf } from "../domain/points/time.js";
import type { PointItemKind } from "../vocabulary.js";
import { demoDistricts } from "./places.js";
import type { Seed } from "./seed.js";

type R = [code: string, zh: string, en: string, points: number, evidence: "none" | "text" | "photo", by: "grid_worker" | "community_staff" | "street_admin", more?: Partial<RuleInput>];

const publicOrder: R[] = [
  ["report-hazard", "报告安全隐患（经核实）", "Reporting a safety hazard (confirmed)", 5, "photo", "grid_worker", { claimable: true, caps: { day: 1, month: 4, year: null } }],
  ["report-fire-risk", "报告消防隐患（楼道堆物、私拉电线）", "Reporting a fire risk (blocked stairs, unsafe wiring)", 5, "photo", "grid_worker", { claimable: true, caps: { day: 1, month: 4, year: null } }],
  ["patrol-volunteer", "参加平安巡逻（每次 2 小时）", "Neighbourhood safety patrol (2 hours)", 5, "text", "grid_worker", { claimable: true, caps: { day: 1, month: null, year: null } }],
  ["mediation", "参与调解邻里纠纷并调解成功", "Helping to settle a dispute between neighbours", 10, "text", "community_staff", { claimable: true }],
  ["anti-fraud-talk", "参加反诈骗宣传讲座", "Attending an anti-fraud talk", 2, "none", "grid_worker", { caps: { day: null, month: 2, year: null } }],
  ["crime-clue", "提供违法犯罪线索并经查实", "Giving a lead on a crime that proved true", 20, "text", "community_staff", { approval_above: 15 }],
  ["lost-person-found", "帮助走失老人、儿童回家", "Helping a lost older person or child home", 10, "text", "grid_worker", { claimable: true }],
  ["traffic-volunteer", "文明交通劝导志愿服务", "Volunteering as a road-safety steward", 3, "photo", "grid_worker", { claimable: true, caps: { day: 1, month: null, year: null } }],
  ["flood-duty", "防汛抗灾值守", "Flood and disaster watch duty", 10, "text", "community_staff", { caps: { day: 1, month: null, year: null } }],
  ["anti-drug-volunteer", "禁毒宣传志愿服务", "Volunteering for anti-drug awareness", 3, "photo", "grid_worker", { claimable: true, caps: { day: 1, month: null, year: null } }],
  ["emergency-drill", "参加社区应急演练", "Taking part in a community emergency drill", 2, "none", "grid_worker", { caps: { day: null, month: 1, year: null } }],
];

const publicVirtue: R[] = [
  ["volunteer-cleanup", "参加社区清洁志愿活动", "Volunteering at a community clean-up", 5, "photo", "grid_worker", { claimable: true, caps: { day: 1, month: 8, year: null } }],
  ["blood-donation", "无偿献血", "Donating blood", 20, "photo", "community_staff", { claimable: true, caps: { day: null, month: null, year: 4 } }],
  ["care-elderly-neighbour", "结对关爱独居、空巢老人（每月）", "Looking after an older neighbour who lives alone (a month)", 10, "text", "grid_worker", { claimable: true, caps: { day: null, month: 1, year: null } }],
  ["good-samaritan", "见义勇为", "Bravery in helping others", 50, "text", "community_staff", { approval_above: 30 }],
  ["charity-donation", "慈善捐赠", "A charitable donation", 5, "photo", "community_staff", { caps: { day: null, month: 1, year: null } }],
  ["return-lost-property", "拾金不昧", "Returning lost property", 10, "text", "grid_worker", { claimable: true }],
  ["volunteer-10-hours", "志愿服务满 10 小时", "Ten hours of volunteering", 10, "text", "grid_worker", { claimable: true, caps: { day: null, month: 2, year: null } }],
  ["help-hardship-family", "帮扶残疾人、困难家庭", "Helping a disabled person or a family in hardship", 10, "text", "grid_worker", { claimable: true, caps: { day: null, month: 2, year: null } }],
  ["filial-piety", "孝老爱亲事迹（经社区评议）", "Devotion to one's elders (recognised by the community)", 20, "text", "community_staff", { approval_above: 15, caps: { day: null, month: null, year: 1 } }],
  ["tutor-children", "为社区儿童义务辅导功课", "Helping the community's children with homework", 5, "text", "grid_worker", { claimable: true, caps: { day: null, month: 4, year: null } }],
  ["marrow-registry", "登记捐献造血干细胞", "Joining the bone-marrow donor registry", 30, "photo", "community_staff", { claimable: true, caps: { day: null, month: null, year: 1 } }],
  ["civilised-family", "评为“文明家庭”", "Named a \"civilised family\"", 50, "text", "street_admin", { approval_above: 30, caps: { day: null, month: null, year: 1 } }],
];

const communityBuilding: R[] = [
  ["garbage-sorting-duty", "垃圾分类督导（每次 1 小时）", "Garbage-sorting steward (1 hour)", 5, "photo", "grid_worker", { claimable: true, caps: { day: 1, month: null, year: null } }],
  ["garbage-sorted-right", "垃圾分类投放正确（督导员抽查）", "Garbage sorted right (steward's spot check)", 1, "none", "grid_worker", { caps: { day: 1, month: null, year: null } }],
  ["residents-meeting", "参加居民议事会、听证会", "Attending a residents' meeting or hearing", 3, "none", "grid_worker", { caps: { day: null, month: 2, year: null } }],
  ["suggestion-adopted", "建议被社区采纳", "A suggestion the community adopted", 10, "text", "community_staff", {}],
  ["greening", "认养绿地、参与社区绿化", "Adopting a green patch, helping with planting", 5, "photo", "grid_worker", { claimable: true, caps: { day: null, month: 2, year: null } }],
  ["building-steward", "担任楼栋长、单元长（每月）", "Serving as building or stairwell steward (a month)", 10, "none", "community_staff", { caps: { day: null, month: 1, year: null } }],
  ["report-broken-facility", "报修公共设施（路灯、井盖）并经核实", "Reporting broken street lights or drain covers", 3, "photo", "grid_worker", { claimable: true, caps: { day: 2, month: null, year: null } }],
  ["clear-stairwell", "清理楼道堆放杂物", "Clearing clutter from a stairwell", 3, "photo", "grid_worker", { claimable: true, caps: { day: 1, month: null, year: null } }],
  ["culture-activity", "参加社区文体活动", "Joining a community cultural or sports event", 2, "none", "grid_worker", { caps: { day: null, month: 4, year: null } }],
  ["census-help", "配合人口普查、信息采集", "Helping with a census or survey", 3, "none", "grid_worker", { caps: { day: null, month: null, year: 2 } }],
  ["orderly-parking", "自觉规范停车（月度评议）", "Parking considerately (monthly review)", 2, "none", "grid_worker", { caps: { day: null, month: 1, year: null } }],
  ["renewal-consultation", "参与加装电梯、老旧小区改造协商", "Taking part in lift or estate-renewal consultations", 5, "text", "community_staff", { caps: { day: null, month: 2, year: null } }],
  ["skills-training", "参加社区技能培训", "Attending community skills training", 2, "none", "grid_worker", { caps: { day: null, month: 2, year: null } }],
];

const rewardsPenalties: R[] = [
  ["monthly-star", "月度“积分之星”", "Points star of the month", 20, "none", "community_staff", { approval_above: 10, caps: { day: null, month: 1, year: null } }],
  ["district-honour", "获区级及以上表彰", "Honoured by the district or above", 50, "photo", "street_admin", { approval_above: 30 }],
  ["model-household", "评为“五好家庭”", "Named a \"model household\"", 30, "text", "community_staff", { approval_above: 20, caps: { day: null, month: null, year: 1 } }],
  ["illegal-dumping", "乱扔垃圾、违规倾倒", "Littering or illegal dumping", -10, "photo", "grid_worker", {}],
  ["throwing-from-height", "高空抛物", "Throwing things from a height", -30, "text", "community_staff", {}],
  ["illegal-building", "违章搭建", "Building without permission", -50, "text", "community_staff", {}],
  ["stairwell-hoarding", "楼道堆物拒不清理", "Refusing to clear things from a stairwell", -5, "photo", "grid_worker", {}],
  ["dog-nuisance", "不文明养犬（不拴绳、不清粪便）", "Uncivil dog keeping (no lead, mess left)", -5, "photo", "grid_worker", {}],
  ["noise-nuisance", "噪音扰民经劝阻不改", "Noise that goes on after a warning", -5, "text", "grid_worker", {}],
  ["false-claim", "虚假申报积分", "A false claim for points", -20, "text", "community_staff", {}],
];

const category = { publicOrder: "public_order", publicVirtue: "public_virtue", communityBuilding: "community_building", rewardsPenalties: "rewards_penalties" } as const;

/** The demo rulebook, as a rulebook file would hold it (an EXAMPLE). */
export function demoRulebook(): { rules: RuleInput[] } {
  const rules: RuleInput[] = [];
  for (const [list, c] of [
    [publicOrder, category.publicOrder],
    [publicVirtue, category.publicVirtue],
    [communityBuilding, category.communityBuilding],
    [rewardsPenalties, category.rewardsPenalties],
  ] as const) {
    for (const [code, zh, en, points, evidence, by, more] of list) {
      rules.push({ code, category: c, name: { zh, en }, points, evidence, awarded_by: by, example: true, ...more });
    }
  }
  return { rules };
}

type Item = [kind: PointItemKind, zh: string, en: string, points: number, stock: number];

const demoItems: Item[] = [
  ["goods", "大米 5 公斤", "Rice, 5 kg", 200, 20],
  ["goods", "食用油 1.8 升", "Cooking oil, 1.8 l", 120, 30],
  ["goods", "洗衣液", "Laundry liquid", 60, 40],
  ["service", "理发一次（社区便民理发点）", "A haircut (community barber)", 50, 15],
  ["service", "家电清洗一次（上门）", "Home appliance cleaning (at home)", 150, 5],
  ["honour", "“文明居民”荣誉证书", "\"Civic resident\" certificate", 300, 10],
];

/** Rules, and for each demo community its issuance and shop accounts, a shop and this year's budget. */
export const pointsSeed: Seed = {
  name: "points",
  async load(deps) {
    const summary: { pointRules: number; pointItems: number } = { pointRules: 0, pointItems: 0 };
    if ((await countRules(deps.directory.orm)) === 0) {
      const report = await importRules(deps, demoRulebook(), { actor: "system", source: "demo" });
      if (!report.ok) throw new Error(`the demo rulebook does not import: ${report.errors.join("; ")}`);
      summary.pointRules = report.added;
    }
    const codes = demoDistricts.flatMap((d) => d.streets.flatMap((s) => s.communities.map((c) => c.code)));
    const first = codes[0]!;
    const hasDemoPlaces = await deps.directory.orm.get<{ one: number } | undefined>(sql`SELECT 1 AS one FROM communities WHERE code = ${first}`);
    if (!hasDemoPlaces) return summary;
    const now = deps.now();
    const year = periodsOf(now, deps.defaultTimeZone).year;
    const communityId = (code: string) => sql`(SELECT id FROM ${communities} WHERE code = ${code})`;
    try {
      // The shops and accounts belong to people's database; budgets to the directory (the same one on Node).
      await deps.db.atomic((orm) => {
        const writes: Write[] = [guard(orm, "no shop items yet", sql`NOT EXISTS (SELECT 1 FROM ${pointItems})`)];
        for (const code of codes) {
          for (const kind of ["issuance", "shop"] as const) writes.push(orm.insert(pointAccounts).values({ kind, communityId: communityId(code) as unknown as number, createdAt: now }).onConflictDoNothing());
          demoItems.forEach(([kind, zh, en, points, stock], sort) =>
            writes.push(
              orm.insert(pointItems).values({
                communityId: communityId(code) as unknown as number,
                kind,
                nameZh: zh,
                nameEn: en,
                points,
                stock,
                pickupZh: "社区党群服务中心 积分超市",
                pickupEn: "the points shop at the community centre",
                hoursZh: "周一至周五 9:00–11:30",
                hoursEn: "Mon–Fri 9:00–11:30",
                sort,
                createdAt: now,
                updatedAt: now,
              }),
            ),
          );
        }
        return writes;
      });
      summary.pointItems = codes.length * demoItems.length;
    } catch (error) {
      if (!isGuardFailure(error)) throw error;
      return summary;
    }
    await deps.directory.atomic((orm) =>
      codes.map((code, i) =>
        orm
          .insert(pointBudgets)
          .values({ communityId: communityId(code) as unknown as number, year, population: 4000 + ((i * 1237) % 9000), pointsPerYuan: 10, updatedAt: now })
          .onConflictDoNothing(),
      ),
    );
    return summary;
  },
};

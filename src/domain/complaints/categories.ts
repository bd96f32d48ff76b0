// Complaint categories: the defaults every community has, a community's own (which replace a default of
// the same code there), and the likeliest first from what the resident wrote. Each category says who
// handles it and how fast (minutes of the community's office time), or — `not_here` — where it goes
// instead (the utility, the 12345 hotline), which the resident is told at once.
import { categoryRows, countDefaultCategories, findCategory, insertDefaultCategory, type ComplaintCategory, type NewCategory } from "../../db/queries/complaints.js";
import type { Lang } from "../../vocabulary.js";
import type { DomainDeps } from "../deps.js";
import type { Seed } from "../../demo/seed.js";

export type { ComplaintCategory };

type DefaultCategory = Omit<NewCategory, "id" | "communityId" | "sort" | "disabledAt">;

/** Every community has these (the reports' everyday complaints); a community may add its own or replace one. */
export const DEFAULT_CATEGORIES: readonly DefaultCategory[] = [
  {
    code: "oil-smoke-noise",
    nameZh: "油烟噪音",
    nameEn: "Oil smoke and noise",
    keywordsZh: "油烟|饭店|餐馆|烧烤|排烟|噪音|噪声|吵|太响|装修|广场舞|夜宵|气味|臭",
    keywordsEn: "smoke|restaurant|grill|barbecue|noise|noisy|loud|music|smell|fumes",
    acknowledgeMinutes: 240,
    resolveMinutes: 2400,
  },
  {
    code: "environment",
    nameZh: "环境卫生",
    nameEn: "Environment and hygiene",
    keywordsZh: "垃圾|卫生|脏|堆放|污水|粪|老鼠|蟑螂|蚊子|清扫|垃圾桶|乱扔|杂物",
    keywordsEn: "rubbish|garbage|trash|dirty|litter|rats|sewage|clutter|bin",
    acknowledgeMinutes: 240,
    resolveMinutes: 1440,
  },
  {
    code: "property",
    nameZh: "物业管理",
    nameEn: "Property management",
    keywordsZh: "物业|电梯|楼道|门禁|保安|维修|漏水|渗水|物业费|单元门|楼梯",
    keywordsEn: "property|management|lift|elevator|stairwell|hallway|door|leak|repair",
    acknowledgeMinutes: 240,
    resolveMinutes: 2400,
  },
  {
    code: "lights-roads",
    nameZh: "路灯道路",
    nameEn: "Street lights and roads",
    keywordsZh: "路灯|灯|坏了|不亮|路面|坑|井盖|道路|台阶|破损|积水",
    keywordsEn: "light|lamp|street light|road|pothole|manhole|pavement|broken|puddle",
    acknowledgeMinutes: 240,
    resolveMinutes: 4800,
  },
  {
    code: "greenery",
    nameZh: "绿化",
    nameEn: "Greenery",
    keywordsZh: "树|绿化|草坪|树枝|花坛|毁绿|种菜|修剪",
    keywordsEn: "tree|branch|grass|lawn|green|flower bed|hedge",
    acknowledgeMinutes: 480,
    resolveMinutes: 4800,
  },
  {
    code: "parking",
    nameZh: "停车",
    nameEn: "Parking",
    keywordsZh: "停车|车位|占道|堵|电动车|乱停|僵尸车|充电",
    keywordsEn: "parking|parked|car|blocked|scooter|e-bike|charging",
    acknowledgeMinutes: 240,
    resolveMinutes: 1440,
  },
  {
    code: "safety",
    nameZh: "安全隐患",
    nameEn: "Safety hazards",
    keywordsZh: "安全|隐患|消防|通道|飞线|电线|危险|高空|坠物|着火|燃气味",
    keywordsEn: "safety|hazard|fire|exit|wire|danger|dangerous|falling",
    acknowledgeMinutes: 60,
    resolveMinutes: 480,
  },
  {
    code: "neighbours",
    nameZh: "邻里纠纷",
    nameEn: "Neighbour disputes",
    keywordsZh: "邻居|纠纷|吵架|矛盾|楼上|楼下|宠物|狗|养狗",
    keywordsEn: "neighbour|neighbor|dispute|quarrel|upstairs|downstairs|dog|pet",
    acknowledgeMinutes: 480,
    resolveMinutes: 4800,
  },
  {
    code: "utilities",
    nameZh: "水电气",
    nameEn: "Water, power and gas",
    keywordsZh: "停水|停电|水压|断电|燃气|天然气|自来水|水费|电费|没水|没电",
    keywordsEn: "water|power|electricity|gas|outage|blackout|supply",
    access: "not_here",
    elsewhereZh: "水、电、燃气由供水、供电、燃气公司负责：请直接打它们的客服电话（账单上有），或拨打 12345 市民热线。",
    elsewhereEn: "Water, power and gas are the utilities' own: call their service line (on your bill), or the 12345 citizens' hotline.",
    elsewherePhone: "12345",
    acknowledgeMinutes: 240,
    resolveMinutes: 2400,
  },
  {
    code: "other",
    nameZh: "其他",
    nameEn: "Something else",
    keywordsZh: "",
    keywordsEn: "",
    handlerRole: "community_staff",
    acknowledgeMinutes: 240,
    resolveMinutes: 2400,
  },
];

/** Loads the default categories where they are missing (at every start: a default added later arrives too). */
export async function ensureDefaultCategories(deps: Pick<DomainDeps, "directory">): Promise<number> {
  if ((await countDefaultCategories(deps.directory.orm)) >= DEFAULT_CATEGORIES.length) return 0;
  await deps.directory.atomic((orm) => DEFAULT_CATEGORIES.map((c, sort) => insertDefaultCategory(orm, { ...c, sort })));
  return DEFAULT_CATEGORIES.length;
}

/** The demo's seed (src/demo/load.ts); real deployments get the defaults the same way on first use. */
export const complaintCategoriesSeed: Seed = {
  name: "complaint-categories",
  async load(deps) {
    return { complaintCategories: await ensureDefaultCategories(deps) };
  },
};

/** A community's categories: its own, and the defaults it did not replace; none disabled. */
export async function categoriesFor(deps: DomainDeps, communityId: number): Promise<ComplaintCategory[]> {
  let rows = await categoryRows(deps.directory.orm, communityId);
  if (!rows.some((r) => r.communityId === null)) {
    await ensureDefaultCategories(deps);
    rows = await categoryRows(deps.directory.orm, communityId);
  }
  const own = new Set(rows.filter((r) => r.communityId !== null).map((r) => r.code));
  return rows.filter((r) => r.communityId !== null || !own.has(r.code));
}

/** A category the community has (not another community's, not disabled, not a default it replaced), or undefined. */
export async function categoryOf(deps: DomainDeps, communityId: number, categoryId: number): Promise<ComplaintCategory | undefined> {
  const found = await findCategory(deps.directory.orm, categoryId);
  if (!found || found.disabledAt !== null || (found.communityId !== null && found.communityId !== communityId)) return undefined;
  return (await categoriesFor(deps, communityId)).find((c) => c.id === categoryId);
}

/** How strongly the text suggests a category: the length of every keyword found (longer words say more). */
function score(category: ComplaintCategory, text: string): number {
  const lower = text.toLowerCase();
  let total = 0;
  for (const words of [category.keywordsZh, category.keywordsEn]) {
    for (const word of words.split("|")) {
      const w = word.trim().toLowerCase();
      if (w && lower.includes(w)) total += [...w].length;
    }
  }
  return total;
}

/** The categories with the likeliest first (the text's words), the rest in their own order. */
export function rankCategories(categories: readonly ComplaintCategory[], text: string): ComplaintCategory[] {
  return categories
    .map((c, i) => ({ c, i, s: text ? score(c, text) : 0 }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.c);
}

/** Whether words read clearly as a complaint (a category's words, and enough of them), for offering to file it. */
export function soundsLikeComplaint(categories: readonly ComplaintCategory[], text: string): ComplaintCategory | undefined {
  const [best] = rankCategories(categories, text);
  return best && score(best, text) >= 2 ? best : undefined;
}

export function categoryName(c: Pick<ComplaintCategory, "nameZh" | "nameEn">, lang: Lang): string {
  return lang === "en" ? c.nameEn : c.nameZh;
}

export function elsewhereOf(c: Pick<ComplaintCategory, "elsewhereZh" | "elsewhereEn">, lang: Lang): string {
  return (lang === "en" ? c.elsewhereEn : c.elsewhereZh) ?? "";
}

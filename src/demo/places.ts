import { sql } from "drizzle-orm";
import { guard, isGuardFailure } from "../db/atomic.js";
import type { Write } from "../db/database.js";
import { hasPlaces } from "../db/queries/places.js";
import { communities, districts, grids, streets } from "../db/schema.js";
import type { Seed } from "./seed.js";

// Demo places in the spirit of Wuhan: six districts → streets (街道, or 乡/镇 in the countryside) →
// communities (社区, or 村) → grids (网格). District and street names follow real ones; communities are
// real-sounding, and every station address, phone number (027-5555-2xxx, a made-up range) and grid worker
// is fictional. Coordinates are approximate. `placesSeed` (at the end) loads them into a database
// without places. Every place has a stable code: districts by name, streets `<district>-<street>`,
// communities a short district prefix and name, grids `<community>-<n>`.
//
// Paging (8 buttons a page) is exercised by 武昌区 Wuchang, with 11 streets, and by 洪山区 Hongshan's
// 和平街道 Heping Street, with 11 communities.

import type { HoursException, WeeklyHours } from "../db/schema.js";
import type { Weekday } from "../domain/catalog/format.js";

export interface DemoGrid {
  /** `<community code>-<n>`. */
  code: string;
  zh: string;
  en: string;
  workerZh: string;
  workerEn: string;
  /** The buildings it covers (grid n: buildings 4n-3 … 4n), for a complaint's place. */
  buildings: string[];
  /** Roughly its middle: grids lie 200 m apart north of the station. */
  latitude: number;
  longitude: number;
}
export interface DemoCommunity {
  code: string;
  zh: string;
  en: string;
  rural: boolean;
  timeZone: string;
  station: {
    addressZh: string;
    addressEn: string;
    hoursZh: string;
    hoursEn: string;
    phone: string;
    latitude: number;
    longitude: number;
    /** The same hours, structured, for "open now" on the community card. */
    week: WeeklyHours;
    exceptions: HoursException[];
    /** What the weekly hours cannot say. */
    note: { zh: string; en: string } | null;
  };
  grids: DemoGrid[];
}
export interface DemoStreet {
  code: string;
  zh: string;
  en: string;
  /** 监督电话. */
  supervisionPhone: string;
  communities: DemoCommunity[];
}
export interface DemoDistrict {
  code: string;
  zh: string;
  en: string;
  streets: DemoStreet[];
}

// ── opening hours of the stations ────────────────────────────────────────────────────────────────

interface Hours {
  zh: string;
  en: string;
  week: WeeklyHours;
  note?: { zh: string; en: string };
}
const days = (names: Weekday[], ranges: string[]): WeeklyHours => Object.fromEntries(names.map((d) => [d, ranges]));
const MON_FRI: Weekday[] = ["mon", "tue", "wed", "thu", "fri"];
const MON_SAT: Weekday[] = [...MON_FRI, "sat"];

const WEEKDAYS: Hours = {
  zh: "周一至周五 8:30–12:00, 14:00–17:30",
  en: "Mon–Fri 8:30–12:00, 14:00–17:30",
  week: days(MON_FRI, ["08:30-12:00", "14:00-17:30"]),
};
const WITH_SATURDAY: Hours = {
  zh: "周一至周五 8:30–12:00, 14:00–17:30；周六 9:00–12:00",
  en: "Mon–Fri 8:30–12:00, 14:00–17:30; Sat 9:00–12:00",
  week: { ...days(MON_FRI, ["08:30-12:00", "14:00-17:30"]), sat: ["09:00-12:00"] },
};
const NO_LUNCH_BREAK: Hours = {
  zh: "周一至周六 8:30–18:00（中午不休息）",
  en: "Mon–Sat 8:30–18:00 (open over lunch)",
  week: days(MON_SAT, ["08:30-18:00"]),
};
const LATE_EVENINGS: Hours = {
  zh: "周一至周五 9:00–12:00, 14:00–18:00；周二、周四延长至 20:00",
  en: "Mon–Fri 9:00–12:00, 14:00–18:00; Tue and Thu until 20:00",
  week: { ...days(MON_FRI, ["09:00-12:00", "14:00-18:00"]), ...days(["tue", "thu"], ["09:00-12:00", "14:00-20:00"]) },
};
const VILLAGE: Hours = {
  zh: "周一至周六 8:00–12:00, 14:30–17:30",
  en: "Mon–Sat 8:00–12:00, 14:30–17:30",
  week: days(MON_SAT, ["08:00-12:00", "14:30-17:30"]),
};
const MARKET_DAYS: Hours = {
  zh: "周一至周五 8:30–12:00, 14:30–17:30；逢集日（农历三、六、九）上午加开",
  en: "Mon–Fri 8:30–12:00, 14:30–17:30; also open mornings on market days (lunar dates ending in 3, 6 or 9)",
  week: days(MON_FRI, ["08:30-12:00", "14:30-17:30"]),
  note: { zh: "逢集日（农历三、六、九）上午加开", en: "also open mornings on market days (lunar dates ending in 3, 6 or 9)" },
};
/** Every station closes on New Year's Day. */
const HOLIDAYS: HoursException[] = [
  { date: "2027-01-01", closed: true, open: [], note: { zh: "元旦休息", en: "closed for New Year's Day" } },
];

// ── grid workers: made-up names, drawn in turn so that no two are the same ───────────────────────

const SURNAMES: readonly (readonly [string, string])[] = [
  ["张", "Zhang"], ["王", "Wang"], ["李", "Li"], ["刘", "Liu"], ["陈", "Chen"], ["杨", "Yang"], ["黄", "Huang"],
  ["赵", "Zhao"], ["吴", "Wu"], ["周", "Zhou"], ["徐", "Xu"], ["孙", "Sun"], ["胡", "Hu"], ["朱", "Zhu"],
  ["高", "Gao"], ["林", "Lin"], ["何", "He"], ["郭", "Guo"], ["马", "Ma"], ["罗", "Luo"], ["梁", "Liang"],
  ["宋", "Song"], ["郑", "Zheng"], ["谢", "Xie"], ["韩", "Han"], ["唐", "Tang"], ["冯", "Feng"], ["邓", "Deng"],
  ["曹", "Cao"], ["彭", "Peng"], ["曾", "Zeng"], ["肖", "Xiao"], ["田", "Tian"], ["董", "Dong"], ["潘", "Pan"],
  ["袁", "Yuan"], ["蔡", "Cai"], ["余", "Yu"], ["程", "Cheng"], ["熊", "Xiong"], ["夏", "Xia"],
];
const GIVEN_NAMES: readonly (readonly [string, string])[] = [
  ["敏", "Min"], ["娜", "Na"], ["磊", "Lei"], ["静", "Jing"], ["伟", "Wei"], ["芳", "Fang"], ["军", "Jun"],
  ["丽", "Li"], ["强", "Qiang"], ["艳", "Yan"], ["勇", "Yong"], ["婷", "Ting"], ["杰", "Jie"], ["慧", "Hui"],
  ["涛", "Tao"], ["红梅", "Hongmei"], ["建华", "Jianhua"], ["晓燕", "Xiaoyan"], ["志刚", "Zhigang"],
  ["秀英", "Xiuying"], ["海燕", "Haiyan"], ["国平", "Guoping"], ["丹", "Dan"], ["桂兰", "Guilan"], ["文斌", "Wenbin"],
  ["玉珍", "Yuzhen"], ["春华", "Chunhua"], ["小红", "Xiaohong"], ["德明", "Deming"], ["雪梅", "Xuemei"],
  ["俊峰", "Junfeng"], ["凤英", "Fengying"], ["立新", "Lixin"], ["翠兰", "Cuilan"], ["家豪", "Jiahao"],
  ["佳怡", "Jiayi"], ["少华", "Shaohua"],
];
const ORDINALS = ["第一", "第二", "第三", "第四"];

/**
 * The i-th made-up name. 41 surnames and 37 given names, coprime: the pairs do not repeat for the first
 * 1,517. Grid workers take them from 0 on; other demo staff (./staff.ts) continue after the last one.
 */
export function demoName(i: number): { zh: string; en: string } {
  const [surZh, surEn] = SURNAMES[i % SURNAMES.length]!;
  const [givenZh, givenEn] = GIVEN_NAMES[(i * 5) % GIVEN_NAMES.length]!;
  return { zh: `${surZh}${givenZh}`, en: `${surEn} ${givenEn}` };
}

let workerCount = 0;
function nextWorker(): { zh: string; en: string } {
  return demoName(workerCount++);
}

function makeGrids(communityCode: string, count: 2 | 3 | 4, [latitude, longitude]: readonly [number, number]): DemoGrid[] {
  return ORDINALS.slice(0, count).map((ordinal, i) => {
    const worker = nextWorker();
    return {
      code: `${communityCode}-${i + 1}`,
      zh: `${ordinal}网格`,
      en: `Grid ${i + 1}`,
      workerZh: `网格员 ${worker.zh}`,
      workerEn: `Grid worker ${worker.en}`,
      buildings: [1, 2, 3, 4].map((b) => `${i * 4 + b}栋`),
      latitude: Math.round((latitude + 0.0018 * i) * 1e6) / 1e6,
      longitude,
    };
  });
}

// ── one community: code, names, grid count, station address (without the district), phone, lat/lon ─

interface Area {
  zh: string;
  en: string;
}

function placesIn(area: Area, rural: boolean) {
  return (
    code: string,
    zh: string,
    en: string,
    grids: 2 | 3 | 4,
    address: readonly [zh: string, en: string],
    phone: string,
    [latitude, longitude]: readonly [number, number],
    hours: Hours,
  ): DemoCommunity => ({
    code,
    zh,
    en,
    rural,
    timeZone: "Asia/Shanghai",
    station: {
      addressZh: rural
        ? `${area.zh}${address[0]} ${zh}党群服务中心（便民服务站）`
        : `${area.zh}${address[0]} ${zh}党群服务中心`,
      addressEn: rural
        ? `${en} Service Station, ${address[1]}, ${area.en}, Wuhan`
        : `${en} Party and Public Service Centre, ${address[1]}, ${area.en}, Wuhan`,
      hoursZh: hours.zh,
      hoursEn: hours.en,
      phone: `027-5555-${phone}`,
      latitude,
      longitude,
      week: hours.week,
      exceptions: HOLIDAYS,
      note: hours.note ?? null,
    },
    grids: makeGrids(code, grids, [latitude, longitude]),
  });
}

const JIANGAN: Area = { zh: "江岸区", en: "Jiang'an District" };
const JIANGHAN: Area = { zh: "江汉区", en: "Jianghan District" };
const QIAOKOU: Area = { zh: "硚口区", en: "Qiaokou District" };
const WUCHANG: Area = { zh: "武昌区", en: "Wuchang District" };
const HONGSHAN: Area = { zh: "洪山区", en: "Hongshan District" };
const HUANGPI: Area = { zh: "黄陂区", en: "Huangpi District" };

const ja = placesIn(JIANGAN, false);
const jh = placesIn(JIANGHAN, false);
const qk = placesIn(QIAOKOU, false);
const wc = placesIn(WUCHANG, false);
const hs = placesIn(HONGSHAN, false);
const hp = placesIn(HUANGPI, true);

// ── the places ───────────────────────────────────────────────────────────────────────────────────

export const demoDistricts: DemoDistrict[] = [
  {
    ...JIANGAN,
    code: "jiangan",
    streets: [
      {
        zh: "后湖街道",
        en: "Houhu Street",
        code: "jiangan-houhu",
        supervisionPhone: "027-5555-3101",
        communities: [
          ja("ja-huiminyuan", "惠民苑社区", "Huiminyuan Community", 3,
            ["后湖大道158号", "158 Houhu Avenue"], "2101", [30.6471, 114.2748], WITH_SATURDAY),
          ja("ja-sanyanqiao", "三眼桥社区", "Sanyanqiao Community", 4,
            ["三眼桥路27号", "27 Sanyanqiao Road"], "2102", [30.6412, 114.2806], WEEKDAYS),
          ja("ja-zhuyehai", "竹叶海社区", "Zhuyehai Community", 2,
            ["竹叶海路6号", "6 Zhuyehai Road"], "2103", [30.6385, 114.2659], WEEKDAYS),
          ja("ja-xingyelu", "兴业路社区", "Xingyelu Community", 3,
            ["兴业路53号", "53 Xingye Road"], "2104", [30.6523, 114.2817], LATE_EVENINGS),
        ],
      },
      {
        zh: "百步亭花园路街道",
        en: "Baibuting Huayuan Road Street",
        code: "jiangan-baibuting",
        supervisionPhone: "027-5555-3102",
        communities: [
          ja("ja-baibuting", "百步亭社区", "Baibuting Community", 4,
            ["百步亭花园路1号", "1 Baibuting Huayuan Road"], "2105", [30.6571, 114.3012], NO_LUNCH_BREAK),
          ja("ja-anjuyuan", "安居苑社区", "Anjuyuan Community", 3,
            ["安居路18号", "18 Anju Road"], "2106", [30.6602, 114.3069], WITH_SATURDAY),
          ja("ja-xingfushidai", "幸福时代社区", "Xingfu Shidai Community", 2,
            ["幸福大道66号", "66 Xingfu Avenue"], "2107", [30.6537, 114.2958], WEEKDAYS),
        ],
      },
      {
        zh: "二七街道",
        en: "Erqi Street",
        code: "jiangan-erqi",
        supervisionPhone: "027-5555-3103",
        communities: [
          ja("ja-jinghan", "京汉社区", "Jinghan Community", 3,
            ["京汉大道1120号", "1120 Jinghan Avenue"], "2108", [30.6236, 114.3121], WEEKDAYS),
          ja("ja-tielu", "铁路社区", "Tielu Community", 2,
            ["二七路35号", "35 Erqi Road"], "2109", [30.6281, 114.3175], WITH_SATURDAY),
          ja("ja-changjiangxincun", "长江新村社区", "Changjiang Xincun Community", 3,
            ["长江新村12栋", "Building 12, Changjiang Xincun"], "2110", [30.6203, 114.3204], WEEKDAYS),
        ],
      },
      {
        zh: "大智街道",
        en: "Dazhi Street",
        code: "jiangan-dazhi",
        supervisionPhone: "027-5555-3104",
        communities: [
          ja("ja-sanyang", "三阳社区", "Sanyang Community", 2,
            ["三阳路72号", "72 Sanyang Road"], "2111", [30.5942, 114.2921], LATE_EVENINGS),
          ja("ja-zhongshan", "中山社区", "Zhongshan Community", 3,
            ["中山大道1408号", "1408 Zhongshan Avenue"], "2112", [30.5908, 114.2867], WEEKDAYS),
        ],
      },
    ],
  },
  {
    ...JIANGHAN,
    code: "jianghan",
    streets: [
      {
        zh: "民权街道",
        en: "Minquan Street",
        code: "jianghan-minquan",
        supervisionPhone: "027-5555-3201",
        communities: [
          jh("jh-qingfen", "清芬社区", "Qingfen Community", 3,
            ["清芬路21号", "21 Qingfen Road"], "2201", [30.5791, 114.2843], WITH_SATURDAY),
          jh("jh-sanmin", "三民社区", "Sanmin Community", 2,
            ["三民路9号", "9 Sanmin Road"], "2202", [30.5763, 114.2806], WEEKDAYS),
          jh("jh-daxing", "大兴社区", "Daxing Community", 3,
            ["大兴路44号", "44 Daxing Road"], "2203", [30.5812, 114.2789], WEEKDAYS),
        ],
      },
      {
        zh: "万松街道",
        en: "Wansong Street",
        code: "jianghan-wansong",
        supervisionPhone: "027-5555-3202",
        communities: [
          jh("jh-xinhuaxialu", "新华下路社区", "Xinhua Xialu Community", 4,
            ["新华下路88号", "88 Xinhua Xia Road"], "2204", [30.5903, 114.2681], NO_LUNCH_BREAK),
          jh("jh-hangkonglu", "航空路社区", "Hangkonglu Community", 3,
            ["航空路17号", "17 Hangkong Road"], "2205", [30.5869, 114.2627], WEEKDAYS),
          jh("jh-qingnianlu", "青年路社区", "Qingnianlu Community", 2,
            ["青年路231号", "231 Qingnian Road"], "2206", [30.5951, 114.2598], LATE_EVENINGS),
          jh("jh-wansongyuan", "万松园社区", "Wansongyuan Community", 3,
            ["万松园路56号", "56 Wansongyuan Road"], "2207", [30.5927, 114.2655], WITH_SATURDAY),
        ],
      },
      {
        zh: "唐家墩街道",
        en: "Tangjiadun Street",
        code: "jianghan-tangjiadun",
        supervisionPhone: "027-5555-3203",
        communities: [
          jh("jh-jianshexincun", "建设新村社区", "Jianshe Xincun Community", 4,
            ["建设大道568号", "568 Jianshe Avenue"], "2208", [30.6135, 114.2524], WEEKDAYS),
          jh("jh-jingwu", "精武社区", "Jingwu Community", 2,
            ["精武路33号", "33 Jingwu Road"], "2209", [30.6098, 114.2563], WITH_SATURDAY),
          jh("jh-xindun", "新墩社区", "Xindun Community", 3,
            ["新墩路5号", "5 Xindun Road"], "2210", [30.6162, 114.2478], WEEKDAYS),
          jh("jh-yangchahu", "杨汊湖社区", "Yangchahu Community", 3,
            ["杨汊湖路120号", "120 Yangchahu Road"], "2211", [30.6187, 114.2553], WEEKDAYS),
        ],
      },
    ],
  },
  {
    ...QIAOKOU,
    code: "qiaokou",
    streets: [
      {
        zh: "古田街道",
        en: "Gutian Street",
        code: "qiaokou-gutian",
        supervisionPhone: "027-5555-3301",
        communities: [
          qk("qk-gutianerlu", "古田二路社区", "Gutian Erlu Community", 3,
            ["古田二路41号", "41 Gutian 2nd Road"], "2301", [30.5938, 114.1976], WEEKDAYS),
          qk("qk-hongguang", "红光社区", "Hongguang Community", 2,
            ["解放大道78号", "78 Jiefang Avenue"], "2302", [30.5972, 114.1912], WITH_SATURDAY),
          qk("qk-nanniwan", "南泥湾社区", "Nanniwan Community", 3,
            ["南泥湾大道16号", "16 Nanniwan Avenue"], "2303", [30.5901, 114.2023], WEEKDAYS),
        ],
      },
      {
        zh: "汉正街道",
        en: "Hanzheng Street",
        code: "qiaokou-hanzheng",
        supervisionPhone: "027-5555-3302",
        communities: [
          qk("qk-dajiajie", "大夹街社区", "Dajiajie Community", 2,
            ["大夹街52号", "52 Dajia Street"], "2304", [30.5712, 114.2714], NO_LUNCH_BREAK),
          qk("qk-changdijie", "长堤街社区", "Changdijie Community", 3,
            ["长堤街140号", "140 Changdi Street"], "2305", [30.5738, 114.2658], WEEKDAYS),
          qk("qk-duofu", "多福社区", "Duofu Community", 2,
            ["多福路23号", "23 Duofu Road"], "2306", [30.5689, 114.2752], WITH_SATURDAY),
        ],
      },
      {
        zh: "宗关街道",
        en: "Zongguan Street",
        code: "qiaokou-zongguan",
        supervisionPhone: "027-5555-3303",
        communities: [
          qk("qk-shuichang", "水厂社区", "Shuichang Community", 3,
            ["解放大道190号", "190 Jiefang Avenue"], "2307", [30.5818, 114.2325], WEEKDAYS),
          qk("qk-fazhan", "发展社区", "Fazhan Community", 4,
            ["发展一路8号", "8 Fazhan 1st Road"], "2308", [30.5856, 114.2271], LATE_EVENINGS),
          qk("qk-hanxi", "汉西社区", "Hanxi Community", 2,
            ["汉西路66号", "66 Hanxi Road"], "2309", [30.5792, 114.2236], WEEKDAYS),
        ],
      },
    ],
  },
  {
    // 11 streets: the street list takes two pages.
    ...WUCHANG,
    code: "wuchang",
    streets: [
      {
        zh: "积玉桥街道",
        en: "Jiyuqiao Street",
        code: "wuchang-jiyuqiao",
        supervisionPhone: "027-5555-3401",
        communities: [
          wc("wc-linjiang", "临江社区", "Linjiang Community", 3,
            ["临江大道96号", "96 Linjiang Avenue"], "2401", [30.5693, 114.3097], WEEKDAYS),
          wc("wc-shuilu", "水陆社区", "Shuilu Community", 2,
            ["水陆街14号", "14 Shuilu Street"], "2402", [30.5661, 114.3142], WITH_SATURDAY),
        ],
      },
      {
        zh: "杨园街道",
        en: "Yangyuan Street",
        code: "wuchang-yangyuan",
        supervisionPhone: "027-5555-3402",
        communities: [
          wc("wc-tiesiyuan", "铁四院社区", "Tiesiyuan Community", 3,
            ["和平大道745号", "745 Heping Avenue"], "2403", [30.5837, 114.3296], WEEKDAYS),
          wc("wc-yangyuanxincun", "杨园新村社区", "Yangyuan Xincun Community", 2,
            ["杨园南路12号", "12 Yangyuan South Road"], "2404", [30.5872, 114.3328], LATE_EVENINGS),
          wc("wc-xinhe", "新河社区", "Xinhe Community", 2,
            ["新河街30号", "30 Xinhe Street"], "2405", [30.5894, 114.3275], WEEKDAYS),
        ],
      },
      {
        zh: "徐家棚街道",
        en: "Xujiapeng Street",
        code: "wuchang-xujiapeng",
        supervisionPhone: "027-5555-3403",
        communities: [
          wc("wc-caihua", "才华社区", "Caihua Community", 3,
            ["才华街8号", "8 Caihua Street"], "2406", [30.5968, 114.3421], WITH_SATURDAY),
          wc("wc-qinyuanlu", "秦园路社区", "Qinyuanlu Community", 2,
            ["秦园路61号", "61 Qinyuan Road"], "2407", [30.5923, 114.3389], WEEKDAYS),
        ],
      },
      {
        zh: "粮道街道",
        en: "Liangdao Street",
        code: "wuchang-liangdao",
        supervisionPhone: "027-5555-3404",
        communities: [
          wc("wc-tanhualin", "昙华林社区", "Tanhualin Community", 2,
            ["昙华林路110号", "110 Tanhualin Road"], "2408", [30.5523, 114.3089], NO_LUNCH_BREAK),
          wc("wc-yanzhishan", "胭脂山社区", "Yanzhishan Community", 3,
            ["胭脂路25号", "25 Yanzhi Road"], "2409", [30.5497, 114.3118], WEEKDAYS),
        ],
      },
      {
        zh: "中华路街道",
        en: "Zhonghualu Street",
        code: "wuchang-zhonghualu",
        supervisionPhone: "027-5555-3405",
        communities: [
          wc("wc-hubuxiang", "户部巷社区", "Hubuxiang Community", 2,
            ["自由路36号", "36 Ziyou Road"], "2410", [30.5497, 114.2986], NO_LUNCH_BREAK),
          wc("wc-deshengqiao", "得胜桥社区", "Deshengqiao Community", 3,
            ["得胜桥82号", "82 Deshengqiao"], "2411", [30.5561, 114.3014], WEEKDAYS),
        ],
      },
      {
        zh: "黄鹤楼街道",
        en: "Huanghelou Street",
        code: "wuchang-huanghelou",
        supervisionPhone: "027-5555-3406",
        communities: [
          wc("wc-sheshan", "蛇山社区", "Sheshan Community", 2,
            ["民主路9号", "9 Minzhu Road"], "2412", [30.5448, 114.3067], WEEKDAYS),
          wc("wc-simenkou", "司门口社区", "Simenkou Community", 3,
            ["解放路301号", "301 Jiefang Road"], "2413", [30.5469, 114.3021], WITH_SATURDAY),
        ],
      },
      {
        zh: "紫阳街道",
        en: "Ziyang Street",
        code: "wuchang-ziyang",
        supervisionPhone: "027-5555-3407",
        communities: [
          wc("wc-qiyimen", "起义门社区", "Qiyimen Community", 3,
            ["起义街47号", "47 Qiyi Street"], "2414", [30.5379, 114.3034], WEEKDAYS),
          wc("wc-pengliuyang", "彭刘杨社区", "Pengliuyang Community", 2,
            ["彭刘杨路163号", "163 Pengliuyang Road"], "2415", [30.5401, 114.3098], LATE_EVENINGS),
        ],
      },
      {
        zh: "首义路街道",
        en: "Shouyilu Street",
        code: "wuchang-shouyilu",
        supervisionPhone: "027-5555-3408",
        communities: [
          wc("wc-yuemachang", "阅马场社区", "Yuemachang Community", 4,
            ["首义路118号", "118 Shouyi Road"], "2416", [30.5413, 114.3152], WEEKDAYS),
          wc("wc-dadongmen", "大东门社区", "Dadongmen Community", 2,
            ["武珞路52号", "52 Wuluo Road"], "2417", [30.5386, 114.3197], WITH_SATURDAY),
        ],
      },
      {
        zh: "中南路街道",
        en: "Zhongnanlu Street",
        code: "wuchang-zhongnanlu",
        supervisionPhone: "027-5555-3409",
        communities: [
          wc("wc-zhongnanerlu", "中南二路社区", "Zhongnan Erlu Community", 3,
            ["中南二路29号", "29 Zhongnan 2nd Road"], "2418", [30.5376, 114.3352], WEEKDAYS),
          wc("wc-dingziqiao", "丁字桥社区", "Dingziqiao Community", 2,
            ["丁字桥路77号", "77 Dingziqiao Road"], "2419", [30.5341, 114.3287], NO_LUNCH_BREAK),
          wc("wc-hongji", "宏基社区", "Hongji Community", 3,
            ["中山路388号", "388 Zhongshan Road"], "2420", [30.5402, 114.3311], WEEKDAYS),
        ],
      },
      {
        zh: "水果湖街道",
        en: "Shuiguohu Street",
        code: "wuchang-shuiguohu",
        supervisionPhone: "027-5555-3410",
        communities: [
          wc("wc-dongting", "东亭社区", "Dongting Community", 3,
            ["东亭路4号", "4 Dongting Road"], "2421", [30.5558, 114.3486], WITH_SATURDAY),
          wc("wc-hongshanlu", "洪山路社区", "Hongshanlu Community", 2,
            ["洪山路64号", "64 Hongshan Road"], "2422", [30.5512, 114.3423], WEEKDAYS),
        ],
      },
      {
        zh: "白沙洲街道",
        en: "Baishazhou Street",
        code: "wuchang-baishazhou",
        supervisionPhone: "027-5555-3411",
        communities: [
          wc("wc-fenghuo", "烽火社区", "Fenghuo Community", 3,
            ["白沙洲大道58号", "58 Baishazhou Avenue"], "2423", [30.5034, 114.2941], WEEKDAYS),
          wc("wc-dadikou", "大堤口社区", "Dadikou Community", 2,
            ["临江大道1号", "1 Linjiang Avenue"], "2424", [30.5121, 114.2897], LATE_EVENINGS),
        ],
      },
    ],
  },
  {
    ...HONGSHAN,
    code: "hongshan",
    streets: [
      {
        // 11 communities: the community list takes two pages.
        zh: "和平街道",
        en: "Heping Street",
        code: "hongshan-heping",
        supervisionPhone: "027-5555-3501",
        communities: [
          hs("hs-xudong", "徐东社区", "Xudong Community", 4,
            ["徐东大街128号", "128 Xudong Street"], "2501", [30.5915, 114.3559], NO_LUNCH_BREAK),
          hs("hs-youyi", "友谊社区", "Youyi Community", 3,
            ["友谊大道302号", "302 Youyi Avenue"], "2502", [30.5948, 114.3612], WEEKDAYS),
          hs("hs-fengjiafan", "冯家畈社区", "Fengjiafan Community", 2,
            ["冯家畈路15号", "15 Fengjiafan Road"], "2503", [30.5982, 114.3673], WITH_SATURDAY),
          hs("hs-baimeigui", "白玫瑰社区", "Baimeigui Community", 3,
            ["白玫瑰路7号", "7 Baimeigui Road"], "2504", [30.6017, 114.3645], WEEKDAYS),
          hs("hs-tieji", "铁机社区", "Tieji Community", 3,
            ["铁机路49号", "49 Tieji Road"], "2505", [30.6033, 114.3708], LATE_EVENINGS),
          hs("hs-luojiagang", "罗家港社区", "Luojiagang Community", 2,
            ["罗家港路21号", "21 Luojiagang Road"], "2506", [30.6068, 114.3751], WEEKDAYS),
          hs("hs-donghugang", "东湖港社区", "Donghugang Community", 3,
            ["东湖港路3号", "3 Donghugang Road"], "2507", [30.5971, 114.3764], WEEKDAYS),
          hs("hs-wufeng", "武丰社区", "Wufeng Community", 2,
            ["武丰路90号", "90 Wufeng Road"], "2508", [30.6102, 114.3796], WITH_SATURDAY),
          hs("hs-gongnong", "工农社区", "Gongnong Community", 4,
            ["工农路112号", "112 Gongnong Road"], "2509", [30.6125, 114.3842], WEEKDAYS),
          hs("hs-yujiatou", "余家头社区", "Yujiatou Community", 3,
            ["余家头路38号", "38 Yujiatou Road"], "2510", [30.6142, 114.3531], NO_LUNCH_BREAK),
          hs("hs-tuanjie", "团结社区", "Tuanjie Community", 2,
            ["团结大道611号", "611 Tuanjie Avenue"], "2511", [30.6051, 114.3826], WEEKDAYS),
        ],
      },
      {
        zh: "珞南街道",
        en: "Luonan Street",
        code: "hongshan-luonan",
        supervisionPhone: "027-5555-3502",
        communities: [
          hs("hs-luoshilu", "珞狮路社区", "Luoshilu Community", 3,
            ["珞狮路243号", "243 Luoshi Road"], "2512", [30.5207, 114.3519], WEEKDAYS),
          hs("hs-jiedaokou", "街道口社区", "Jiedaokou Community", 4,
            ["珞喻路71号", "71 Luoyu Road"], "2513", [30.5268, 114.3561], LATE_EVENINGS),
          hs("hs-guangbutun", "广埠屯社区", "Guangbutun Community", 2,
            ["珞喻路158号", "158 Luoyu Road"], "2514", [30.5246, 114.3642], WITH_SATURDAY),
        ],
      },
      {
        zh: "张家湾街道",
        en: "Zhangjiawan Street",
        code: "hongshan-zhangjiawan",
        supervisionPhone: "027-5555-3503",
        communities: [
          hs("hs-qingling", "青菱社区", "Qingling Community", 3,
            ["青菱路26号", "26 Qingling Road"], "2515", [30.4812, 114.3063], WEEKDAYS),
          hs("hs-jinxiu", "锦绣社区", "Jinxiu Community", 2,
            ["锦绣路11号", "11 Jinxiu Road"], "2516", [30.4907, 114.3124], WITH_SATURDAY),
          hs("hs-shucheng", "书城社区", "Shucheng Community", 3,
            ["书城路19号", "19 Shucheng Road"], "2517", [30.5012, 114.3295], WEEKDAYS),
        ],
      },
    ],
  },
  {
    // The countryside: townships (乡/镇) and villages (村).
    ...HUANGPI,
    code: "huangpi",
    streets: [
      {
        zh: "木兰乡",
        en: "Mulan Township",
        code: "huangpi-mulan",
        supervisionPhone: "027-5555-3601",
        communities: [
          hp("hp-shuanghe", "双河村", "Shuanghe Village", 3,
            ["木兰乡双河村村委会旁", "next to the Village Committee, Shuanghe Village, Mulan Township"], "2601",
            [31.1178, 114.4213], VILLAGE),
          hp("hp-mulanshan", "木兰山村", "Mulanshan Village", 2,
            ["木兰乡木兰山村一组", "Group 1, Mulanshan Village, Mulan Township"], "2602",
            [31.1025, 114.4387], MARKET_DAYS),
          hp("hp-shengtian", "胜天村", "Shengtian Village", 2,
            ["木兰乡胜天村二组", "Group 2, Shengtian Village, Mulan Township"], "2603",
            [31.1354, 114.4452], VILLAGE),
        ],
      },
      {
        zh: "蔡店乡",
        en: "Caidian Township",
        code: "huangpi-caidian",
        supervisionPhone: "027-5555-3602",
        communities: [
          hp("hp-liujiashan", "刘家山村", "Liujiashan Village", 3,
            ["蔡店乡刘家山村三组", "Group 3, Liujiashan Village, Caidian Township"], "2604",
            [31.1926, 114.2418], VILLAGE),
          hp("hp-daoshichong", "道士冲村", "Daoshichong Village", 2,
            ["蔡店乡道士冲村村委会", "Village Committee, Daoshichong Village, Caidian Township"], "2605",
            [31.2087, 114.2605], MARKET_DAYS),
          hp("hp-shuangfeng", "双峰村", "Shuangfeng Village", 2,
            ["蔡店乡双峰村五组", "Group 5, Shuangfeng Village, Caidian Township"], "2606",
            [31.1813, 114.2299], VILLAGE),
        ],
      },
      {
        zh: "王家河镇",
        en: "Wangjiahe Town",
        code: "huangpi-wangjiahe",
        supervisionPhone: "027-5555-3603",
        communities: [
          hp("hp-jimiao", "季庙村", "Jimiao Village", 3,
            ["王家河镇季庙村一组", "Group 1, Jimiao Village, Wangjiahe Town"], "2607",
            [31.1372, 114.3365], VILLAGE),
          hp("hp-hanjiagang", "韩家岗村", "Hanjiagang Village", 2,
            ["王家河镇韩家岗村村委会", "Village Committee, Hanjiagang Village, Wangjiahe Town"], "2608",
            [31.1489, 114.3192], MARKET_DAYS),
          hp("hp-xinji", "新集村", "Xinji Village", 4,
            ["王家河镇新集村四组", "Group 4, Xinji Village, Wangjiahe Town"], "2609",
            [31.1243, 114.3278], VILLAGE),
        ],
      },
    ],
  },
];

/**
 * All demo places in one atomic write (one D1 batch), references resolved by name or code inside each
 * statement. The guard makes two isolates starting at once load them once: the loser's batch fails whole.
 */
export const placesSeed: Seed = {
  name: "places",
  async load({ directory }) {
    const none = { districts: 0, streets: 0, communities: 0, grids: 0 };
    if (await hasPlaces(directory.orm)) return none;
    const counts = { ...none };
    try {
      await directory.atomic((orm) => {
        const writes: Write[] = [guard(orm, "no places yet", sql`NOT EXISTS (SELECT 1 FROM districts)`)];
        for (const [d, district] of demoDistricts.entries()) {
          writes.push(orm.insert(districts).values({ code: district.code, nameZh: district.zh, nameEn: district.en, sort: d }));
          counts.districts++;
          const districtId = sql`(SELECT id FROM districts WHERE name_zh = ${district.zh})`;
          for (const [s, street] of district.streets.entries()) {
            writes.push(
              orm.insert(streets).values({ districtId, code: street.code, nameZh: street.zh, nameEn: street.en, supervisionPhone: street.supervisionPhone, sort: s }),
            );
            counts.streets++;
            const streetId = sql`(SELECT id FROM streets WHERE name_zh = ${street.zh} AND district_id = ${districtId})`;
            for (const [c, community] of street.communities.entries()) {
              writes.push(
                orm.insert(communities).values({
                  streetId,
                  code: community.code,
                  nameZh: community.zh,
                  nameEn: community.en,
                  rural: community.rural,
                  timeZone: community.timeZone,
                  stationAddressZh: community.station.addressZh,
                  stationAddressEn: community.station.addressEn,
                  stationHoursZh: community.station.hoursZh,
                  stationHoursEn: community.station.hoursEn,
                  stationPhone: community.station.phone,
                  latitude: community.station.latitude,
                  longitude: community.station.longitude,
                  officeHours: community.station.week,
                  officeExceptions: community.station.exceptions,
                  hoursNoteZh: community.station.note?.zh ?? null,
                  hoursNoteEn: community.station.note?.en ?? null,
                  sort: c,
                }),
              );
              counts.communities++;
              for (const grid of community.grids) {
                writes.push(
                  orm.insert(grids).values({
                    communityId: sql`(SELECT id FROM communities WHERE code = ${community.code})`,
                    code: grid.code,
                    nameZh: grid.zh,
                    nameEn: grid.en,
                    workerNameZh: grid.workerZh,
                    workerNameEn: grid.workerEn,
                    buildings: grid.buildings,
                    latitude: grid.latitude,
                    longitude: grid.longitude,
                  }),
                );
                counts.grids++;
              }
            }
          }
        }
        return writes;
      });
    } catch (error) {
      if (isGuardFailure(error)) return none; // loaded by someone else in the meantime
      throw error;
    }
    return counts;
  },
};

// Demo places in the spirit of Wuhan's districts: district → street (街道 / 乡镇) → community (社区 / 村)
// → grid. Street and community names follow real patterns; station addresses and phone numbers
// (027-5555-xxxx) are fictional.

export interface DemoGrid { zh: string; en: string; workerZh: string; workerEn: string }
export interface DemoCommunity {
  code: string; zh: string; en: string; rural: boolean; timeZone: string;
  station: { addressZh: string; addressEn: string; hoursZh: string; hoursEn: string; phone: string; latitude: number; longitude: number };
  grids: DemoGrid[];
}
export interface DemoStreet { zh: string; en: string; communities: DemoCommunity[] }
export interface DemoDistrict { zh: string; en: string; streets: DemoStreet[] }

const workers: [string, string][] = [
  ["张敏", "Zhang Min"], ["李强", "Li Qiang"], ["王芳", "Wang Fang"], ["刘洋", "Liu Yang"], ["陈静", "Chen Jing"],
  ["杨帆", "Yang Fan"], ["赵磊", "Zhao Lei"], ["黄丽", "Huang Li"], ["周涛", "Zhou Tao"], ["吴婷", "Wu Ting"],
];
const numerals = ["一", "二", "三", "四"];
let serial = 0;

/** A community with its service station and 2–4 grids; `code` is what QR posters link to. */
function community(code: string, zh: string, en: string, lat: number, lon: number, rural = false): DemoCommunity {
  const n = serial++;
  const gridCount = 2 + (n % 3);
  return {
    code,
    zh,
    en,
    rural,
    timeZone: "Asia/Shanghai",
    station: {
      addressZh: `${zh}${rural ? "村委会" : "党群服务中心"}一楼便民服务站`,
      addressEn: `Service station, ground floor, ${en} ${rural ? "village committee" : "community centre"}`,
      hoursZh: rural ? "周一至周六 8:30–12:00，14:30–17:30" : "周一至周五 8:30–12:00，14:00–17:30；周六上午 9:00–12:00",
      hoursEn: rural ? "Mon–Sat 8:30–12:00, 14:30–17:30" : "Mon–Fri 8:30–12:00, 14:00–17:30; Sat 9:00–12:00",
      phone: `027-5555-${String(1000 + n).padStart(4, "0")}`,
      latitude: Math.round(lat * 10_000) / 10_000,
      longitude: Math.round(lon * 10_000) / 10_000,
    },
    grids: Array.from({ length: gridCount }, (_, g) => {
      const [wz, we] = workers[(n + g) % workers.length]!;
      return { zh: `第${numerals[g]}网格`, en: `Grid ${g + 1}`, workerZh: `网格员 ${wz}`, workerEn: `Grid worker ${we}` };
    }),
  };
}

/** Communities of one street, spread a little around the street's centre. */
function street(zh: string, en: string, lat: number, lon: number, list: [string, string, string][], rural = false): DemoStreet {
  return {
    zh,
    en,
    communities: list.map(([code, czh, cen], i) => community(code, czh, cen, lat + (i % 4) * 0.004, lon + Math.floor(i / 4) * 0.005, rural)),
  };
}

export const demoDistricts: DemoDistrict[] = [
  {
    zh: "江岸区",
    en: "Jiang'an District",
    streets: [
      street("百步亭花园路街道", "Baibuting Huayuan Road Subdistrict", 30.645, 114.295, [
        ["ja-bbt-anju", "百步亭安居社区", "Baibuting Anju Community"],
        ["ja-bbt-xiyuan", "百步亭西园社区", "Baibuting Xiyuan Community"],
        ["ja-bbt-jiayuan", "百步亭嘉园社区", "Baibuting Jiayuan Community"],
      ]),
      street("大智街道", "Dazhi Subdistrict", 30.592, 114.29, [
        ["ja-dz-jiqing", "吉庆社区", "Jiqing Community"],
        ["ja-dz-nanjinglu", "南京路社区", "Nanjing Road Community"],
        ["ja-dz-yuanchang", "大智社区", "Dazhi Community"],
      ]),
      street("一元街道", "Yiyuan Subdistrict", 30.583, 114.297, [
        ["ja-yy-luanzhou", "滦州社区", "Luanzhou Community"],
        ["ja-yy-yiyuan", "一元社区", "Yiyuan Community"],
      ]),
    ],
  },
  {
    zh: "江汉区",
    en: "Jianghan District",
    streets: [
      street("民族街道", "Minzu Subdistrict", 30.58, 114.28, [
        ["jh-mz-hualou", "花楼水塔社区", "Hualou Shuita Community"],
        ["jh-mz-zhongshan", "中山社区", "Zhongshan Community"],
        ["jh-mz-minsheng", "民生社区", "Minsheng Community"],
      ]),
      street("民权街道", "Minquan Subdistrict", 30.578, 114.274, [
        ["jh-mq-jiqing", "吉庆街社区", "Jiqing Street Community"],
        ["jh-mq-shangzhi", "上智社区", "Shangzhi Community"],
      ]),
      street("唐家墩街道", "Tangjiadun Subdistrict", 30.612, 114.252, [
        ["jh-tjd-baibuting", "菱角湖社区", "Lingjiaohu Community"],
        ["jh-tjd-tangjia", "唐家墩社区", "Tangjiadun Community"],
        ["jh-tjd-yangchahu", "杨汊湖社区", "Yangchahu Community"],
        ["jh-tjd-xinwan", "新湾社区", "Xinwan Community"],
      ]),
      street("常青街道", "Changqing Subdistrict", 30.625, 114.243, [
        ["jh-cq-changqing", "常青社区", "Changqing Community"],
        ["jh-cq-jiayuan", "常青花园社区", "Changqing Garden Community"],
      ]),
    ],
  },
  {
    zh: "硚口区",
    en: "Qiaokou District",
    streets: [
      street("汉水桥街道", "Hanshuiqiao Subdistrict", 30.57, 114.235, [
        ["qk-hsq-guangchang", "广场社区", "Guangchang Community"],
        ["qk-hsq-hanshui", "汉水社区", "Hanshui Community"],
      ]),
      street("宝丰街道", "Baofeng Subdistrict", 30.585, 114.24, [
        ["qk-bf-baofeng", "宝丰社区", "Baofeng Community"],
        ["qk-bf-jianghan", "江汉村社区", "Jianghancun Community"],
        ["qk-bf-dongfeng", "东风社区", "Dongfeng Community"],
      ]),
    ],
  },
  {
    zh: "武昌区",
    en: "Wuchang District",
    streets: [
      street("中华路街道", "Zhonghua Road Subdistrict", 30.55, 114.3, [
        ["wc-zhl-fuqian", "府前社区", "Fuqian Community"],
        ["wc-zhl-jianghan", "江汉社区", "Jianghan Community"],
      ]),
      street("粮道街道", "Liangdao Subdistrict", 30.547, 114.31, [
        ["wc-ld-tanhualin", "昙华林社区", "Tanhualin Community"],
        ["wc-ld-liangdao", "粮道街社区", "Liangdao Street Community"],
      ]),
      street("积玉桥街道", "Jiyuqiao Subdistrict", 30.565, 114.31, [
        ["wc-jyq-zhongbei", "中北社区", "Zhongbei Community"],
        ["wc-jyq-jiyu", "积玉社区", "Jiyu Community"],
        ["wc-jyq-wanjia", "万家社区", "Wanjia Community"],
      ]),
    ],
  },
  {
    zh: "洪山区",
    en: "Hongshan District",
    streets: [
      street("珞南街道", "Luonan Subdistrict", 30.52, 114.36, [
        ["hs-ln-luonan", "珞南社区", "Luonan Community"],
        ["hs-ln-guangbutun", "广埠屯社区", "Guangbutun Community"],
      ]),
      street("关山街道", "Guanshan Subdistrict", 30.505, 114.405, [
        ["hs-gs-guanshan", "关山社区", "Guanshan Community"],
        ["hs-gs-huazhong", "华中社区", "Huazhong Community"],
        ["hs-gs-guanggu", "光谷社区", "Guanggu Community"],
        ["hs-gs-tianxin", "田新社区", "Tianxin Community"],
        ["hs-gs-jindi", "金地社区", "Jindi Community"],
        ["hs-gs-guandong", "关东社区", "Guandong Community"],
        ["hs-gs-jiayuan", "佳园社区", "Jiayuan Community"],
        ["hs-gs-minzu", "民族社区", "Minzu Community"],
        ["hs-gs-shengming", "生命科技社区", "Life Science Community"],
        ["hs-gs-ruanjian", "软件园社区", "Software Park Community"],
        ["hs-gs-xiongchu", "雄楚社区", "Xiongchu Community"],
      ]),
      street("狮子山街道", "Shizishan Subdistrict", 30.48, 114.35, [
        ["hs-szs-nanhu", "南湖社区", "Nanhu Community"],
        ["hs-szs-shizi", "狮子山社区", "Shizishan Community"],
      ]),
      street("张家湾街道", "Zhangjiawan Subdistrict", 30.49, 114.3, [
        ["hs-zjw-zhangjia", "张家湾社区", "Zhangjiawan Community"],
        ["hs-zjw-qingling", "青菱社区", "Qingling Community"],
      ]),
      street("洪山街道", "Hongshan Subdistrict", 30.54, 114.33, [
        ["hs-hs-hongshan", "洪山社区", "Hongshan Community"],
        ["hs-hs-baoji", "宝积社区", "Baoji Community"],
      ]),
      street("梨园街道", "Liyuan Subdistrict", 30.565, 114.36, [
        ["hs-ly-liyuan", "梨园社区", "Liyuan Community"],
        ["hs-ly-donghu", "东湖社区", "Donghu Community"],
      ]),
      street("卓刀泉街道", "Zhuodaoquan Subdistrict", 30.515, 114.385, [
        ["hs-zdq-zhuodao", "卓刀泉社区", "Zhuodaoquan Community"],
        ["hs-zdq-jiangjia", "蒋家墩社区", "Jiangjiadun Community"],
      ]),
      street("和平街道", "Heping Subdistrict", 30.6, 114.38, [
        ["hs-hp-heping", "和平社区", "Heping Community"],
        ["hs-hp-xinhe", "新河社区", "Xinhe Community"],
      ]),
      street("青菱街道", "Qingling Subdistrict", 30.47, 114.29, [
        ["hs-ql-huangjiahu", "黄家湖社区", "Huangjiahu Community"],
        ["hs-ql-qingling", "青菱湖社区", "Qinglinghu Community"],
      ]),
      street("天兴乡", "Tianxing Township", 30.66, 114.4, [
        ["hs-tx-xinhe", "新河村", "Xinhe Village"],
        ["hs-tx-tianxing", "天兴村", "Tianxing Village"],
      ], true),
    ],
  },
  {
    zh: "黄陂区",
    en: "Huangpi District",
    streets: [
      street("木兰乡", "Mulan Township", 31.1, 114.4, [
        ["hp-ml-shuangfeng", "双峰村", "Shuangfeng Village"],
        ["hp-ml-dahe", "大河村", "Dahe Village"],
        ["hp-ml-mulan", "木兰村", "Mulan Village"],
      ], true),
      street("姚家集街道", "Yaojiaji Subdistrict", 31.17, 114.3, [
        ["hp-yjj-yaojia", "姚家集村", "Yaojiaji Village"],
        ["hp-yjj-lishan", "李山村", "Lishan Village"],
      ], true),
      street("前川街道", "Qianchuan Subdistrict", 30.88, 114.37, [
        ["hp-qc-qianchuan", "前川社区", "Qianchuan Community"],
        ["hp-qc-hongqi", "红旗社区", "Hongqi Community"],
      ]),
    ],
  },
];

// How a resident's question becomes search terms. Chinese has no spaces, so a run of Chinese characters
// becomes its overlapping 2- and 3-character pieces (the trigrams go to FTS5, the pairs to LIKE);
// English becomes words. Words that every question has ("怎么", "how") are dropped.

export interface Term {
  text: string;
  /** Longer pieces say more about what was meant. */
  weight: number;
}

const numerals = new Map(Object.entries({ 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }));
const units = new Map(Object.entries({ 十: 10, 百: 100, 千: 1000 }));

/** 八十五 → 85, 一百零二 → 102, 两千 → 2000, 三万五千 → 35000. */
export function chineseNumber(text: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    const n = numerals.get(ch);
    if (n !== undefined) {
      digit = n;
      continue;
    }
    const unit = units.get(ch);
    if (unit !== undefined) section += (digit ?? 1) * unit;
    else if (ch === "万") {
      total += (section + (digit ?? 0)) * 10_000;
      section = 0;
    } else return null;
    digit = null;
  }
  return total + section + (digit ?? 0);
}

/**
 * Numbers written in Chinese become digits where they are clearly numbers — 「八十五岁」, 「六十多了」,
 * 「两千块」 — so that ages and amounts read the same however they were typed. A lone 「一」 stays (一下, 一卡通).
 */
export function digitsForNumerals(query: string): string {
  return query.replace(/[零〇一二两三四五六七八九十百千万]+(?=(.?))/g, (run, after: string) => {
    if (!/[十百千万]/.test(run) && !/[岁周]/.test(after)) return run;
    const n = chineseNumber(run);
    return n === null ? run : String(n);
  });
}

/** A person's age, where the question says one: 「我妈85了」, 「七十多岁」, "my dad is 82", "aged 90". */
export function ageIn(query: string): number | null {
  const q = digitsForNumerals(query.normalize("NFKC").toLowerCase());
  const patterns = [
    /(?<!\d)(\d{2,3})\s*多?\s*(?:周岁|岁)/,
    /(?:今年|满|已经|快|都|年满)\s*(\d{2,3})(?!\d)/,
    /(?<!\d)(\d{2,3})\s*多?\s*了/,
    /(?<!\d)(\d{2,3})\s*(?:years?|yrs?)[\s-]*old/,
    /\b(?:aged|age|over|turned|turning|is|am|are)\s+(\d{2,3})\b/,
  ];
  for (const pattern of patterns) {
    const age = Number(pattern.exec(q)?.[1]);
    if (age >= 16 && age <= 120) return age;
  }
  return null;
}

/** The words the catalogue files an age under (its keywords say 「80岁」「高龄」, not every number). */
const ageBands: { from: number; words: string[] }[] = [
  { from: 80, words: ["80岁", "高龄"] },
  { from: 65, words: ["65岁", "老年人"] },
  { from: 60, words: ["60岁", "老年人"] },
  { from: 40, words: ["大龄"] },
];

/** Terms for an age the question gives: the band's words, weighed like a keyword. */
export function ageTerms(query: string): Term[] {
  const age = ageIn(query);
  const band = age === null ? undefined : ageBands.find((b) => age >= b.from);
  return band ? band.words.map((text) => ({ text, weight: 2.5 })) : [];
}

const chineseStop = new Set(
  "怎么 怎样 什么 哪里 哪儿 哪个 在哪 去哪 可以 需要 如何 我要 我想 请问 一下 的话 有没 没有 能不 不能 能够 是不 不是 要去 办理 要办 应该 吗 呢 吧 啊 了 的 我 你 他 她 有 要 在 去 能 和 与 及 是".split(
    " ",
  ),
);

/** Particles that end or join a sentence; a piece containing one is noise ("贴吗", "多了"). */
const particles = /[吗呢吧啊了的么呀嘛哪什办]/;

const englishStop = new Set(
  "a an the i me my mine we our you your he she his her it its they them their to of for in on at by with from and or but is are was were be been am do does did can could would should will shall may might must how what where when which who whom why there here this that these those get got have has had need needs want wants please about if so not no yes any some just still hasn haven isn aren doesn don didn won wasn weren couldn shouldn wouldn".split(
    " ",
  ),
);

/** Full-width to half-width, lower case, punctuation to spaces. */
export function normaliseQuery(query: string): string {
  return query
    .normalize("NFKC")
    .toLowerCase()
    .replace(/['’](t|s|re|ve|ll|d|m)\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const multiCharStops = [...chineseStop].filter((s) => s.length >= 2);
/** Where a run of Chinese breaks: at words every question has (「低保怎么申请」 → 低保 · 申请, no 「保怎」). */
const stopBreak = new RegExp(multiCharStops.sort((a, b) => b.length - a.length).join("|"), "g");

const han = /\p{Script=Han}+/gu;
const latin = /[a-z0-9]+/g;

/**
 * Sums of money say nothing about which service is meant (「工资3000块被扣了」, 「月收入八百块」), and their
 * digits must not match a keyword's (4050, 12345): they are left out of the terms.
 */
const amounts = /(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+)\s*(?:块钱|块|元|万元|万块|毛钱|毛|角)|\d+(?:\.\d+)?\s*(?:yuan|rmb|kuai)\b/g;

/** The runs of Chinese in a normalised text, broken at everyday words. */
export function chineseRuns(q: string): string[] {
  return [...q.matchAll(han)].flatMap(([whole]) => {
    const pieces = whole.split(stopBreak).filter(Boolean);
    return pieces.length ? pieces : [whole];
  });
}

/** Whether a 2–3 character piece of Chinese can be a search term (no particle, no everyday word in it). */
export function isSearchPiece(piece: string): boolean {
  return !chineseStop.has(piece) && !particles.test(piece) && !multiCharStops.some((s) => piece.includes(s));
}

/** A crude stem, enough for "wages" → "wage", "benefits" → "benefit", "allowances" → "allowance". */
export function stem(word: string): string {
  return word.length > 4 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

export function searchTerms(query: string): Term[] {
  const q = normaliseQuery(query).replace(amounts, " ");
  const terms = new Map<string, number>();
  const add = (text: string, weight: number) => terms.set(text, Math.max(terms.get(text) ?? 0, weight));

  for (const run of chineseRuns(q)) {
    if (run.length <= 2) {
      // A lone particle left between everyday words (「签证怎么办」 → 办) is not a term either.
      const noise = chineseStop.has(run) || (run.length === 1 && particles.test(run));
      if (!noise || q.replace(/\s/g, "") === run) add(run, run.length);
      continue;
    }
    for (let i = 0; i + 2 <= run.length; i++) {
      const pair = run.slice(i, i + 2);
      if (!chineseStop.has(pair) && !particles.test(pair)) add(pair, 2);
      const triple = run.slice(i, i + 3);
      if (triple.length === 3 && !particles.test(triple) && !multiCharStops.some((s) => triple.includes(s))) add(triple, 3);
    }
  }
  for (const [word] of q.matchAll(latin)) {
    if ((englishStop.has(word) || word.length < 2) && q !== word) continue;
    const stemmed = stem(word);
    add(stemmed, Math.min(3, stemmed.length));
  }
  return [...terms].map(([text, weight]) => ({ text, weight }));
}

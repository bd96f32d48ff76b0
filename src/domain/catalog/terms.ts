// How a resident's question becomes search terms. Chinese has no spaces, so a run of Chinese characters
// becomes its overlapping 2- and 3-character pieces (the trigrams go to FTS5, the pairs to LIKE);
// English becomes words. Words that every question has ("怎么", "how") are dropped.

export interface Term {
  text: string;
  /** Longer pieces say more about what was meant. */
  weight: number;
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

const han = /\p{Script=Han}+/gu;
const latin = /[a-z0-9]+/g;

export function searchTerms(query: string): Term[] {
  const q = normaliseQuery(query);
  const terms = new Map<string, number>();
  const add = (text: string, weight: number) => terms.set(text, Math.max(terms.get(text) ?? 0, weight));

  for (const [run] of q.matchAll(han)) {
    if (run.length <= 2) {
      if (!chineseStop.has(run) || q.replace(/\s/g, "") === run) add(run, run.length);
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
    // A crude stem, enough for "wages" → "wage", "benefits" → "benefit", "allowances" → "allowance".
    const stem = word.length > 4 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
    add(stem, Math.min(3, stem.length));
  }
  return [...terms].map(([text, weight]) => ({ text, weight }));
}

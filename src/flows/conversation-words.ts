// What a short message means when it is one of the words of a conversation rather than a question:
// 「谢谢」, 「好的」, 「同意」, 「返回」, "thanks", "menu", "I want a person". A message counts only when it
// is made of nothing else (「好的谢谢」, 「哈哈哈好的」, "thank you so much" count; 「请问残疾证在哪办，谢谢」
// does not: it is a question for the guide). Both languages are understood whatever the reader's.

export const meanings = ["person", "menu", "settings", "help", "back", "disagree", "agree", "no", "thanks", "yes", "hello", "bye"] as const;
/** In this order when a message says two things (「你好，人工」 asks for a person). */
export type Meaning = (typeof meanings)[number];

const phrases: Record<Meaning, string[]> = {
  person: [
    "人工", "转人工", "找人工", "人工服务", "人工客服", "客服", "真人", "找真人", "找人", "我要找人", "工作人员", "找工作人员", "我要人工", "我要找人工", "找个人", "跟人说", "和人说",
    "talktoaperson", "talktoahuman", "talktosomeone", "human", "ahuman", "person", "aperson", "agent", "realperson", "operator", "staff", "speaktoaperson", "speaktosomeone",
  ],
  menu: ["菜单", "主菜单", "目录", "首页", "menu", "mainmenu", "home"],
  settings: ["设置", "设定", "settings", "setting"],
  help: ["帮助", "怎么用", "不会用", "我不会用", "怎么弄", "help", "howtouse"],
  back: ["返回", "回去", "上一步", "后退", "退回", "取消", "退出", "不办了", "back", "goback", "cancel", "exit", "quit"],
  disagree: ["不同意", "我不同意", "disagree", "idisagree", "idontagree", "idonotagree"],
  agree: ["同意", "我同意", "agree", "iagree"],
  no: ["不", "不用", "不用了", "不要", "不需要", "没有", "没事", "没事了", "算了", "no", "nope", "nothanks", "nothing"],
  thanks: ["谢谢", "谢谢你", "谢谢您", "多谢", "感谢", "谢了", "谢啦", "辛苦了", "辛苦", "麻烦你了", "thanks", "thank", "thankyou", "thx", "ty", "cheers"],
  yes: [
    "好", "好的", "好滴", "好嘞", "好吧", "嗯", "恩", "嗯嗯", "行", "可以", "是", "是的", "对", "对的", "知道了", "明白", "明白了", "收到", "懂了", "晓得了", "ok", "okay", "okey",
    "yes", "yeah", "yep", "sure", "fine", "alright", "gotit", "cool", "great", "good",
  ],
  hello: ["你好", "您好", "你好啊", "在吗", "在不在", "哈喽", "早", "早上好", "上午好", "下午好", "晚上好", "hi", "hello", "hey", "goodmorning", "goodafternoon", "goodevening"],
  bye: ["再见", "拜拜", "拜", "bye", "goodbye", "byebye", "seeyou"],
};

/** Sounds and little words that carry no meaning of their own around the ones above. */
const fillers = ["哈", "呵", "嘿", "啊", "呀", "哦", "噢", "嘛", "啦", "了", "吧", "呢", "的", "哟", "请", "麻烦", "so", "much", "very", "alot", "lot", "you", "please", "pls", "plz", "there", "again", "oh", "ah", "well", "and", "then"];

const byPhrase = new Map<string, Meaning | null>();
for (const filler of fillers) byPhrase.set(filler, null);
for (const meaning of meanings) for (const phrase of phrases[meaning]) byPhrase.set(phrase, meaning);
const longest = Math.max(...[...byPhrase.keys()].map((p) => p.length));

/** Longer than this, a message is not small talk. */
const MAX_LENGTH = 24;

/** The meaning of a message made only of conversation words, or null. */
export function meaningOf(text: string): Meaning | null {
  const compact = text.normalize("NFKC").toLowerCase().replace(/['’]/g, "").replace(/[^\p{L}\p{N}]+/gu, "");
  if (!compact || compact.length > MAX_LENGTH) return null;
  const found = new Set<Meaning>();
  // Greedy, longest phrase first: 「不同意」 is one word, not 「不」 and 「同意」.
  for (let at = 0; at < compact.length; ) {
    let step = 0;
    for (let size = Math.min(longest, compact.length - at); size > 0; size--) {
      const piece = compact.slice(at, at + size);
      if (!byPhrase.has(piece)) continue;
      const meaning = byPhrase.get(piece);
      if (meaning) found.add(meaning);
      step = size;
      break;
    }
    if (step === 0) return null;
    at += step;
  }
  return meanings.find((m) => found.has(m)) ?? null;
}

// Questions about death, serious illness, disability or violence are not answered with one card straight
// away (「老伴去世了」 once jumped to the card for parents who lost their only child): the guide says a
// short kind word first and offers the likely choices. This recognises the topic and picks the choices;
// the words are the guide's.
import type { Service } from "../../db/queries/catalog.js";

export const sensitiveTopics = ["violence", "death", "illness", "disability"] as const;
export type SensitiveTopic = (typeof sensitiveTopics)[number];

const family = "老伴|爸|妈|父亲|母亲|老人|爷爷|奶奶|外公|外婆|姥姥|姥爷|丈夫|老公|妻子|老婆|儿子|女儿|孩子|亲人|家人";

/** In order: violence first, because it may be urgent. */
const signs: Record<SensitiveTopic, RegExp> = {
  violence: /家暴|家庭暴力|打我|被打|挨打|殴打|打骂|虐待|暴力|威胁我|强奸|性侵|猥亵|跟踪我|自杀|轻生|不想活|\b(?:abus\w*|violen\w*|hits? me|beats? me|hit me|rape\w*|assault\w*|suicid\w*|kill myself)\b/i,
  death: new RegExp(
    `去世|过世|逝世|离世|病逝|病故|身故|死了|死亡|丧事|丧葬|后事|殡|火化|(?:${family})(?:也)?(?:走了|没了)|\\b(?:died|dead|death|passed away|funeral|bereave\\w*|widow\\w*|late (?:husband|wife|father|mother|dad|mum|mom))\\b`,
    "i",
  ),
  illness: /癌|肿瘤|绝症|重病|大病|病危|白血病|尿毒症|透析|中风|脑梗|瘫痪|植物人|失能|\b(?:cancer|terminal\w*|dialysis|stroke|seriously ill|critical illness|paralys\w*)\b/i,
  disability: /残疾|残废|残障|失明|瞎|聋|哑|截肢|智障|自闭|轮椅|\b(?:disab\w*|blind|deaf|wheelchair|amputee)\b/i,
};

export function sensitiveTopic(question: string): SensitiveTopic | null {
  const q = question.normalize("NFKC");
  return sensitiveTopics.find((topic) => signs[topic].test(q)) ?? null;
}

/** What a service is about, as far as these topics go: its titles and keywords. */
function about(service: Pick<Service, "titleZh" | "titleEn" | "keywordsZh" | "keywordsEn">, topic: SensitiveTopic): boolean {
  return signs[topic].test(`${service.titleZh} ${service.titleEn} ${service.keywordsZh} ${service.keywordsEn}`);
}

/** A match this far below the best is not offered to someone in a hard moment. */
const FAR_BELOW = 0.25;

/**
 * The choices to offer for a question on a sensitive topic: services about that topic first, then
 * services about no such topic; never one about another hard topic (a question about cancer is not
 * answered with the death certificate), and nothing far below the best.
 */
export function choicesFor<H extends { service: Pick<Service, "titleZh" | "titleEn" | "keywordsZh" | "keywordsEn">; score: number }>(topic: SensitiveTopic, hits: H[]): H[] {
  const kept = hits.filter((h) => about(h.service, topic) || !sensitiveTopics.some((t) => t !== topic && about(h.service, t)));
  const best = Math.max(0, ...kept.map((h) => h.score));
  const near = kept.filter((h) => h.score >= best * FAR_BELOW);
  return [...near.filter((h) => about(h.service, topic)), ...near.filter((h) => !about(h.service, topic))];
}

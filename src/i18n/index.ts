// Every word a person reads goes through here. Fluent, with `useIsolating: false` so that Telegram and
// the web chat do not show Unicode isolation marks around placeables. Each job keeps its words in its own
// file under messages/, both languages side by side.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { negotiateLanguages } from "@fluent/langneg";
import { defaultLanguage, languages, type Lang } from "../vocabulary.js";
import cases from "./messages/cases.js";
import community from "./messages/community.js";
import core from "./messages/core.js";
import guide from "./messages/guide.js";
import hearing from "./messages/hearing.js";
import human from "./messages/human.js";
import onboarding from "./messages/onboarding.js";
import points from "./messages/points.js";
import privacy from "./messages/privacy.js";
import report from "./messages/report.js";
import settings from "./messages/settings.js";
import webChat from "./messages/web-chat.js";
import words from "./messages/words.js";

export { defaultLanguage, languages };

/** Every message file, by the job it belongs to. */
export const messageFiles: Record<string, Record<Lang, string>> = { core, onboarding, settings, privacy, words, guide, human, report, community, cases, points, webChat, hearing };

const bundles = new Map<Lang, FluentBundle>(
  languages.map((lang) => {
    const bundle = new FluentBundle(lang, { useIsolating: false });
    for (const [file, sources] of Object.entries(messageFiles)) {
      const errors = bundle.addResource(new FluentResource(sources[lang]));
      if (errors.length) throw new Error(`i18n ${file} (${lang}): ${errors.map(String).join("; ")}`);
    }
    return [lang, bundle];
  }),
);

export type Args = Record<string, FluentVariable>;
export type Translate = (key: string, args?: Args) => string;

/** Who hears about a message that is missing or did not format (a bug): the composition root sets the logger. */
let reportProblem: (problem: { lang: Lang; key: string; errors: string[] }) => void = () => {};
export function onTranslationProblem(report: typeof reportProblem): void {
  reportProblem = report;
}

/**
 * Answers already negotiated, by what was asked: every update asks again (about 10 µs each in a CPU
 * profile of bench:webhook), with a handful of different values. Bounded, as Accept-Language is anyone's.
 */
const negotiated = new Map<string, Lang>();
const NEGOTIATED_KEPT = 256;

/** Negotiates a Telegram `language_code` or an Accept-Language value to zh or en; Chinese by default. */
export function negotiate(requested: string | undefined | null): Lang {
  if (!requested) return defaultLanguage;
  let lang = negotiated.get(requested);
  if (lang === undefined) {
    const wanted = requested
      .split(",")
      .map((part) => part.split(";")[0]!.trim())
      .filter(Boolean);
    const [best] = negotiateLanguages(wanted, [...languages], { defaultLocale: defaultLanguage, strategy: "lookup" });
    lang = (best as Lang | undefined) ?? defaultLanguage;
    if (negotiated.size >= NEGOTIATED_KEPT) negotiated.clear();
    negotiated.set(requested, lang);
  }
  return lang;
}

export function translate(lang: Lang, key: string, args?: Args): string {
  const message = bundles.get(lang)!.getMessage(key);
  if (!message?.value) {
    // A missing key is a bug (the i18n test catches it); show the key rather than nothing.
    reportProblem({ lang, key, errors: ["no such message"] });
    return key;
  }
  const errors: Error[] = [];
  const text = bundles.get(lang)!.formatPattern(message.value, args, errors);
  if (errors.length) reportProblem({ lang, key, errors: errors.map(String) });
  return text;
}

export function translator(lang: Lang): Translate {
  return (key, args) => translate(lang, key, args);
}

/** Message ids in one language, for the i18n tests. */
export function messageIds(lang: Lang): string[] {
  return Object.values(messageFiles).flatMap((sources) =>
    new FluentResource(sources[lang]).body.map((entry) => ("id" in entry ? entry.id : "")).filter(Boolean),
  );
}

/** The field of a row named in both languages (`titleZh` / `titleEn`), in the reader's language. */
export function local<F extends string, R extends Record<`${F}Zh` | `${F}En`, unknown>>(row: R, field: F, lang: Lang): R[`${F}Zh`] | R[`${F}En`] {
  return lang === "zh" ? row[`${field}Zh`] : row[`${field}En`];
}

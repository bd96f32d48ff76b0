// Every word a person reads goes through here. Fluent, with `useIsolating: false` so that Telegram and
// the web chat do not show Unicode isolation marks around placeables.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { negotiateLanguages } from "@fluent/langneg";
import { defaultLanguage, languages, type Lang } from "../vocabulary.js";
import en from "./en.js";
import zh from "./zh.js";

export { defaultLanguage, languages };
export const sources: Record<Lang, string> = { zh, en };

const bundles = Object.fromEntries(
  languages.map((lang) => {
    const bundle = new FluentBundle(lang, { useIsolating: false });
    const errors = bundle.addResource(new FluentResource(sources[lang]));
    if (errors.length) throw new Error(`i18n ${lang}: ${errors.map(String).join("; ")}`);
    return [lang, bundle];
  }),
) as Record<Lang, FluentBundle>;

export type Args = Record<string, FluentVariable>;
export type Translate = (key: string, args?: Args) => string;

/** Negotiates a Telegram `language_code` or an Accept-Language value to zh or en; Chinese by default. */
export function negotiate(requested: string | undefined | null): Lang {
  if (!requested) return defaultLanguage;
  const wanted = requested
    .split(",")
    .map((part) => part.split(";")[0]!.trim())
    .filter(Boolean);
  const [best] = negotiateLanguages(wanted, [...languages], { defaultLocale: defaultLanguage, strategy: "lookup" });
  return (best as Lang | undefined) ?? defaultLanguage;
}

export function translate(lang: Lang, key: string, args?: Args): string {
  const bundle = bundles[lang];
  const message = bundle.getMessage(key);
  if (!message?.value) {
    // A missing key is a bug (the parity test catches it); show the key rather than nothing.
    return key;
  }
  const errors: Error[] = [];
  const text = bundle.formatPattern(message.value, args, errors);
  return text;
}

export function translator(lang: Lang): Translate {
  return (key, args) => translate(lang, key, args);
}

/** Message ids in a Fluent source, for the parity test. */
export function messageIds(lang: Lang): string[] {
  return new FluentResource(sources[lang]).body.map((entry) => ("id" in entry ? entry.id : "")).filter(Boolean);
}

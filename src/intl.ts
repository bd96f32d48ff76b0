// Date and time formatters, made once per locale and options: making an Intl.DateTimeFormat costs tens of
// microseconds (a CPU profile of bench/webhook found the office hours' formatter among the hottest
// functions), using one costs little.
const made = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = made.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    made.set(key, format);
  }
  return format;
}

/** A moment as a reader of `lang` ("zh" or "en") reads it: Chinese as in mainland China, English as in Britain. */
export function formatMoment(lang: string, epochMs: number, options: Intl.DateTimeFormatOptions): string {
  return dateTimeFormat(lang === "zh" ? "zh-CN" : "en-GB", options).format(new Date(epochMs));
}

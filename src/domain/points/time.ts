// Points are counted per day, month and year in the community's time zone (caps, honours, rankings,
// budgets): the moments those periods began, and the month a moment falls in as YYYYMM.
export interface Periods {
  /** 202611 */
  month: number;
  /** 2026 */
  year: number;
  dayStart: number;
  monthStart: number;
  yearStart: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallClock(at: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(at))) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

export function periodsOf(at: number, timeZone: string): Periods {
  const w = wallClock(at, timeZone);
  // The zone's offset at this moment: the wall clock read as if it were UTC, less the moment.
  const offset = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - (at - (at % 1000));
  const local = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) - offset;
  return {
    month: w.year * 100 + w.month,
    year: w.year,
    dayStart: local(w.year, w.month, w.day),
    monthStart: local(w.year, w.month, 1),
    yearStart: local(w.year, 1, 1),
  };
}

/** 202611 → "2026-11". */
export function monthLabel(month: number): string {
  return `${Math.floor(month / 100)}-${String(month % 100).padStart(2, "0")}`;
}

/** "2026-11" → 202611, or null. */
export function parseMonth(text: string): number | null {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? Number(m[1]) * 100 + month : null;
}

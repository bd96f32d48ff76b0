// Points are counted per day, month and year in the community's time zone (caps, honours, rankings,
// budgets): the moments those periods began, and the month a moment falls in as YYYYMM.
import { dateTimeFormat } from "../../intl.js";

export interface Periods {
  /** 202611 */
  month: number;
  /** 2026 */
  year: number;
  dayStart: number;
  monthStart: number;
  yearStart: number;
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  return dateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
}

function wallClock(at: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(at))) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** The zone's offset from UTC at a moment, asked of Intl once per zone and quarter of an hour (it is slow). */
const offsets = new Map<string, number>();
function offsetAt(at: number, timeZone: string): number {
  const key = `${timeZone}:${Math.floor(at / 900_000)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const w = wallClock(at, timeZone);
    // The wall clock read as if it were UTC, less the moment.
    offset = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - (at - (((at % 1000) + 1000) % 1000));
    if (offsets.size > 10_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

export function periodsOf(at: number, timeZone: string): Periods {
  const offset = offsetAt(at, timeZone);
  const wall = new Date(at + offset);
  const year = wall.getUTCFullYear();
  const month = wall.getUTCMonth() + 1;
  const local = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) - offset;
  return {
    month: year * 100 + month,
    year,
    dayStart: local(year, month, wall.getUTCDate()),
    monthStart: local(year, month, 1),
    yearStart: local(year, 1, 1),
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

// Is an office open now, in the community's time zone? Weekly hours plus dated exceptions.
import type { HoursException, WeeklyHours } from "../../db/schema.js";
import { weekdays, type Weekday } from "./format.js";
import { dateTimeFormat } from "../../intl.js";

export interface LocalTime {
  /** 2026-11-23 */
  date: string;
  weekday: Weekday;
  /** 14:05 */
  time: string;
}

export function localTime(epochMs: number, timeZone: string): LocalTime {
  const parts = Object.fromEntries(
    dateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      weekday: "short",
      hourCycle: "h23",
    })
      .formatToParts(new Date(epochMs))
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: String(parts.weekday).slice(0, 3).toLowerCase() as Weekday,
    time: `${parts.hour}:${parts.minute}`,
  };
}

export interface OpeningState {
  open: boolean;
  /** Today's ranges ("09:00-12:00"), after exceptions. */
  today: string[];
  /** When it next opens, if closed now and it opens within a week. */
  next?: { weekday: Weekday; date: string; time: string };
  /** An exception applies today (holiday, changed hours). */
  exception?: HoursException;
}

function rangesOn(date: string, weekday: Weekday, hours: WeeklyHours, exceptions: HoursException[]) {
  const exception = exceptions.find((e) => e.date === date);
  if (exception) return { ranges: exception.closed ? [] : exception.open, exception };
  return { ranges: hours[weekday] ?? [], exception: undefined };
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function openingState(hours: WeeklyHours, exceptions: HoursException[], epochMs: number, timeZone: string): OpeningState {
  const now = localTime(epochMs, timeZone);
  const { ranges, exception } = rangesOn(now.date, now.weekday, hours, exceptions);
  const open = ranges.some((r) => {
    const [from, to] = r.split("-") as [string, string];
    return from <= now.time && now.time < to;
  });
  const state: OpeningState = { open, today: ranges, ...(exception ? { exception } : {}) };
  if (open) return state;
  const laterToday = ranges.map((r) => r.split("-")[0]!).find((from) => from > now.time);
  if (laterToday) return { ...state, next: { weekday: now.weekday, date: now.date, time: laterToday } };
  for (let d = 1; d <= 7; d++) {
    const day = localTime(epochMs + d * DAY_MS, timeZone);
    const first = rangesOn(day.date, day.weekday, hours, exceptions).ranges[0];
    if (first) return { ...state, next: { weekday: day.weekday, date: day.date, time: first.split("-")[0]! } };
  }
  return state;
}

/** Groups days with the same hours: [["mon","fri"], ["09:00-12:00", …]]. */
export function weeklySummary(hours: WeeklyHours): { from: Weekday; to: Weekday; ranges: string[] }[] {
  const out: { from: Weekday; to: Weekday; ranges: string[] }[] = [];
  for (const day of weekdays) {
    const ranges = hours[day] ?? [];
    if (ranges.length === 0) continue;
    const last = out.at(-1);
    const prevDay = weekdays[weekdays.indexOf(day) - 1];
    if (last && last.to === prevDay && last.ranges.join() === ranges.join()) last.to = day;
    else out.push({ from: day, to: day, ranges });
  }
  return out;
}

/** The moment a local date and time (in `timeZone`) stands for. */
export function zonedTime(date: string, time: string, timeZone: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [h, min] = time.split(":").map(Number) as [number, number];
  const asUtc = Date.UTC(y, m - 1, d, h, min);
  // The zone's offset at about that moment, then once more at the corrected moment (DST edges).
  const offsetAt = (epoch: number) => {
    const local = localTime(epoch, timeZone);
    const [ly, lm, ld] = local.date.split("-").map(Number) as [number, number, number];
    const [lh, lmin] = local.time.split(":").map(Number) as [number, number];
    return Date.UTC(ly, lm - 1, ld, lh, lmin) - Math.floor(epoch / 60_000) * 60_000;
  };
  const first = asUtc - offsetAt(asUtc);
  return asUtc - offsetAt(first);
}

/**
 * The moment `minutes` of opening time after `start`: a deadline "counted in office hours". Time when the
 * office is closed does not count. Null when the office does not open within 60 days.
 */
export function addOpenTime(hours: WeeklyHours, exceptions: HoursException[], start: number, minutes: number, timeZone: string): number | null {
  let left = minutes * 60_000;
  for (let d = 0; d <= 60; d++) {
    const day = localTime(start + d * DAY_MS, timeZone);
    for (const range of rangesOn(day.date, day.weekday, hours, exceptions).ranges) {
      const [from, to] = range.split("-") as [string, string];
      const opens = Math.max(zonedTime(day.date, from, timeZone), start);
      const closes = zonedTime(day.date, to, timeZone);
      if (closes <= opens) continue;
      if (closes - opens >= left) return opens + left;
      left -= closes - opens;
    }
  }
  return null;
}

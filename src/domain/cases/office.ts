// When a community's office answers: its hours decide deadlines ("counted in office hours") and what a
// resident is told ("a staff member will answer here" / "the office opens Monday 08:30").
import type { Community } from "../../db/queries/places.js";
import type { HoursException, WeeklyHours } from "../../db/schema.js";
import { addOpenTime, openingState, type OpeningState } from "../catalog/hours.js";

/** What a community office without hours of its own keeps: weekdays, morning and afternoon. */
export const USUAL_HOURS: WeeklyHours = Object.fromEntries(
  (["mon", "tue", "wed", "thu", "fri"] as const).map((d) => [d, ["08:30-12:00", "14:00-17:30"]]),
) as WeeklyHours;

export function officeHoursOf(community: Community): { hours: WeeklyHours; exceptions: HoursException[] } {
  const hours = Object.keys(community.officeHours).length > 0 ? community.officeHours : USUAL_HOURS;
  return { hours, exceptions: community.officeExceptions };
}

export function officeNow(community: Community, now: number, defaultTimeZone: string): OpeningState {
  const { hours, exceptions } = officeHoursOf(community);
  return openingState(hours, exceptions, now, community.timeZone || defaultTimeZone);
}

/** `minutes` of the office's opening time after `start`. */
export function officeDeadline(community: Community, start: number, minutes: number, defaultTimeZone: string): number | null {
  const { hours, exceptions } = officeHoursOf(community);
  return addOpenTime(hours, exceptions, start, minutes, community.timeZone || defaultTimeZone);
}

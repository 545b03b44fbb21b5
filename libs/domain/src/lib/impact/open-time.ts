import { quebecHolidayOn } from '../holidays/quebec-holidays';
import { subtractIntervals, type Interval } from '../intervals/interval';
import { weeklyAvailability, type WorkingHours } from '../intervals/weekly-availability';
import { addDays, formatLocalDate, resolveTimeZone, toFieldsAsUtc } from '../wall-clock/wall-clock';
import { ZoneClock } from '../wall-clock/zone-clock';

export interface OpenTimeInput {
  /** The site's IANA zone: opening hours are wall-clock hours there. */
  timeZone: string;
  hours: WorkingHours[];
  window: Interval;
  /** Closures (blackouts) of the site or the room. */
  closures: Interval[];
  /** Closed on the statutory holidays of Quebec, whole local days. */
  closedOnHolidays: 'QC' | null;
}

/**
 * When a room is open within the window: its site's weekly hours (wall-clock, so exact across
 * DST changes), minus closures, minus statutory holidays. Sorted, disjoint, inside the window.
 */
export function openIntervals(input: OpenTimeInput): Interval[] {
  const weekly = weeklyAvailability({ timeZone: input.timeZone, hours: input.hours, window: input.window });
  const holidays = input.closedOnHolidays === 'QC' ? holidayIntervals(input.timeZone, input.window) : [];
  return subtractIntervals(weekly, [...input.closures, ...holidays]);
}

/** Whole local days of Quebec's statutory holidays that touch the window, as instants in the zone. */
export function holidayIntervals(timeZone: string, window: Interval): Interval[] {
  const zone = resolveTimeZone(timeZone);
  if (!zone) throw new RangeError(`Unknown time zone '${timeZone}'`);
  if (!(window.end > window.start)) return [];
  const clock = new ZoneClock(zone);
  const first = clock.toWallClock(window.start);
  const last = clock.toWallClock(window.end);
  const days: Interval[] = [];
  for (let day = { ...first, hour: 0, minute: 0 }; toFieldsAsUtc(day) <= toFieldsAsUtc(last); day = addDays(day, 1)) {
    if (quebecHolidayOn(formatLocalDate(day))) {
      days.push({ start: clock.toInstant(day), end: clock.toInstant(addDays(day, 1)) });
    }
  }
  return days;
}

/** Whole minutes covered by disjoint intervals. */
export function minutesOf(intervals: readonly Interval[]): number {
  return Math.round(intervals.reduce((total, interval) => total + Math.max(0, interval.end - interval.start), 0) / 60_000);
}

/**
 * Minutes of the intervals falling in each local weekday (Monday = 0) and hour (0–23) of the zone:
 * the denominator of the weekday × hour heat map. On a fall-back day, 01:00–02:00 happens twice
 * and counts twice; on a spring-forward day 02:00–03:00 does not exist and counts nothing.
 */
export function minutesByWeekdayHour(intervals: readonly Interval[], timeZone: string): number[][] {
  const zone = resolveTimeZone(timeZone);
  if (!zone) throw new RangeError(`Unknown time zone '${timeZone}'`);
  const clock = new ZoneClock(zone);
  const grid = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const add = (at: number, until: number, offsetMinutes: number): number => {
    // Local time as plain arithmetic on (instant + offset): no Date per step, which a year of hours per room needs.
    const local = at + offsetMinutes * 60_000;
    const intoHour = ((local % 3_600_000) + 3_600_000) % 3_600_000;
    const next = Math.min(until, at + 3_600_000 - intoHour);
    const day = Math.floor(local / 86_400_000);
    // 1 January 1970 was a Thursday: Monday = 0 … Sunday = 6.
    const weekday = (((day + 3) % 7) + 7) % 7;
    const hour = Math.floor((((local % 86_400_000) + 86_400_000) % 86_400_000) / 3_600_000);
    grid[weekday][hour] += (next - at) / 60_000;
    return next;
  };
  for (const interval of intervals) {
    let at = interval.start;
    while (at < interval.end) {
      // A zone changes its offset at most a few times a year: a day with the same offset at both ends is read with it.
      const chunkEnd = Math.min(interval.end, at + 86_400_000);
      const offset = clock.offsetAt(at);
      if (clock.offsetAt(chunkEnd - 1) === offset) {
        while (at < chunkEnd) at = add(at, chunkEnd, offset);
      } else {
        while (at < chunkEnd) at = add(at, chunkEnd, clock.offsetAt(at));
      }
    }
  }
  return grid.map((row) => row.map((minutes) => Math.round(minutes)));
}

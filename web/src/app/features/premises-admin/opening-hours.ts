import type { WeeklyHours } from '@mutualis/contracts';
import { byStart, weekdaysOf, type TimeRange, type WeekdayRanges } from '../../shared/weekly-hours/weekly-hours';

/** One weekday of the opening-hours form (a range opens at `start`, closes at `end`): closed when it has no range. */
export type DayHours = WeekdayRanges;

/** The API's weekly hours as seven days (closed days included), each day's ranges in time order. */
export function daysOf(hours: readonly WeeklyHours[]): DayHours[] {
  return weekdaysOf(hours, ({ opens, closes }) => ({ start: opens, end: closes }));
}

/** The seven days back as the API's weekly hours, in weekday then time order. */
export function weeklyHoursOf(days: readonly DayHours[]): WeeklyHours[] {
  return days.flatMap((day) =>
    [...day.ranges]
      .sort(byStart)
      .map((range) => ({ weekday: day.weekday, opens: range.start.slice(0, 5), closes: range.end.slice(0, 5) })),
  );
}

/** The range « Ajouter une plage » adds: usually the evening after the day's last range. */
export function openingRangeAfter(previous: TimeRange | undefined): TimeRange {
  return previous ? { start: previous.end, end: previous.end < '21:00' ? '21:00' : '24:00' } : { start: '09:00', end: '17:00' };
}

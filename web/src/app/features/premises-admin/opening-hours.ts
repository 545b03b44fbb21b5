import type { WeeklyHours } from '@mutualis/contracts';

/** The ISO weekdays, Monday (1) to Sunday (7), in the order the form shows them. */
export const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export interface HoursRange {
  /** 'HH:mm' */
  readonly opens: string;
  readonly closes: string;
}

/** One weekday of the opening-hours form: closed when it has no range. */
export interface DayHours {
  readonly weekday: number;
  readonly ranges: readonly HoursRange[];
}

/** The API's weekly hours as seven days (closed days included), each day's ranges in time order. */
export function daysOf(hours: readonly WeeklyHours[]): DayHours[] {
  return ISO_WEEKDAYS.map((weekday) => ({
    weekday,
    ranges: hours
      .filter((each) => each.weekday === weekday)
      .map(({ opens, closes }) => ({ opens, closes }))
      .sort((a, b) => a.opens.localeCompare(b.opens)),
  }));
}

/** The seven days back as the API's weekly hours, in weekday then time order. */
export function weeklyHoursOf(days: readonly DayHours[]): WeeklyHours[] {
  return days.flatMap((day) =>
    [...day.ranges]
      .sort((a, b) => a.opens.localeCompare(b.opens))
      .map((range) => ({ weekday: day.weekday, opens: range.opens.slice(0, 5), closes: range.closes.slice(0, 5) })),
  );
}

export type HoursProblem = 'incomplete' | 'closesBeforeOpens' | 'overlap';

/**
 * What is wrong with a day's ranges, if anything: a missing time, a range closing before it
 * opens ('24:00' closes at midnight), or two ranges overlapping.
 */
export function dayProblem(ranges: readonly HoursRange[]): HoursProblem | null {
  if (ranges.some((range) => !range.opens || !range.closes)) return 'incomplete';
  if (ranges.some((range) => range.closes <= range.opens)) return 'closesBeforeOpens';
  const sorted = [...ranges].sort((a, b) => a.opens.localeCompare(b.opens));
  return sorted.some((range, index) => index > 0 && range.opens < sorted[index - 1].closes) ? 'overlap' : null;
}

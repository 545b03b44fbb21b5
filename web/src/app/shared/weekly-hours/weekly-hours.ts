import { overlaps, type Interval } from '@mutualis/domain';
/** The ISO weekdays, Monday (1) to Sunday (7), in the order the editors show them. */
export const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** A range of a day, 'HH:mm' to 'HH:mm'; '24:00' ends it at midnight. */
export interface TimeRange {
  readonly start: string;
  readonly end: string;
}

/** One weekday and its ranges; a day without a range is closed, or off. */
export interface WeekdayRanges<R extends TimeRange = TimeRange> {
  readonly weekday: number;
  readonly ranges: readonly R[];
}

/** 'HH:mm' from 00:00 to 23:59, or 24:00 (midnight, ending a range), as the API accepts. */
export const WALL_CLOCK_TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

export type RangesProblem = 'incomplete' | 'invalidTime' | 'endBeforeStart' | 'overlap';

export const byStart = (a: TimeRange, b: TimeRange): number => a.start.localeCompare(b.start);

/** The API's entries spread over the seven days (empty days included), each day's ranges in `order`. */
export function weekdaysOf<E extends { readonly weekday: number }, R extends TimeRange>(
  entries: readonly E[],
  rangeOf: (entry: E) => R,
  order: (a: R, b: R) => number = byStart,
): WeekdayRanges<R>[] {
  return ISO_WEEKDAYS.map((weekday) => ({
    weekday,
    ranges: entries
      .filter((entry) => entry.weekday === weekday)
      .map(rangeOf)
      .sort(order),
  }));
}

/**
 * What is wrong with a day's ranges, if anything: a missing time, a malformed one, a range
 * ending before it starts, or two ranges overlapping (unless `apart` says they never meet,
 * e.g. one in week A and one in week B).
 */
export function rangesProblem<R extends TimeRange>(
  ranges: readonly R[],
  apart: (a: R, b: R) => boolean = () => false,
): RangesProblem | null {
  if (ranges.some((range) => !range.start || !range.end)) return 'incomplete';
  if (ranges.some((range) => !WALL_CLOCK_TIME.test(range.start) || !WALL_CLOCK_TIME.test(range.end))) return 'invalidTime';
  if (ranges.some((range) => range.end <= range.start)) return 'endBeforeStart';
  const overlapping = ranges.some((a, i) => ranges.some((b, j) => j > i && !apart(a, b) && overlaps(minutesOf(a), minutesOf(b))));
  return overlapping ? 'overlap' : null;
}

/** A checked 'HH:mm' range as minutes of its day, for the domain's half-open interval rules. */
function minutesOf(range: TimeRange): Interval {
  const minute = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return { start: minute(range.start), end: minute(range.end) };
}

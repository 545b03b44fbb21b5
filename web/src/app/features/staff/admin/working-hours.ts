import type { WorkingHoursEntry, WorkingWeek } from '@mutualis/contracts';
import {
  rangesProblem,
  type RangesProblem,
  type TimeRange,
  WALL_CLOCK_TIME,
  type WeekdayRanges,
  weekdaysOf,
} from '../../../shared/weekly-hours/weekly-hours';

/** A range of working time ('24:00' ends at midnight) and the weeks it applies to. */
export interface WorkingRange extends TimeRange {
  readonly week: WorkingWeek;
}

export type WorkingDay = WeekdayRanges<WorkingRange>;

const WEEK_ORDER: Record<WorkingWeek, number> = { every: 0, A: 1, B: 2 };

const byWeekThenStart = (a: WorkingRange, b: WorkingRange) =>
  WEEK_ORDER[a.week] - WEEK_ORDER[b.week] || a.start.localeCompare(b.start);

/** The API's working hours as seven days (days off included), each day's ranges by week then time. */
export function workingDaysOf(entries: readonly WorkingHoursEntry[]): WorkingDay[] {
  return weekdaysOf(entries, ({ week, start, end }) => ({ week, start, end }), byWeekThenStart);
}

/**
 * The seven days back as the API's entries. Without alternating weeks every range applies
 * every week, whatever week a range was given before alternation was turned off.
 */
export function workingHoursOf(days: readonly WorkingDay[], alternating: boolean): WorkingHoursEntry[] {
  return days.flatMap((day) =>
    [...day.ranges]
      .map((range) => ({ ...range, week: alternating ? range.week : ('every' as const) }))
      .sort(byWeekThenStart)
      .map((range) => ({ week: range.week, weekday: day.weekday, start: range.start, end: range.end })),
  );
}

/** Two ranges can only overlap when they apply to the same weeks: « every » meets A and B, A never meets B. */
function sameWeeks(a: WorkingWeek, b: WorkingWeek): boolean {
  return a === 'every' || b === 'every' || a === b;
}

/** What is wrong with a day's ranges, if anything: a missing or malformed time, an end before its start, an overlap. */
export function workingDayProblem(ranges: readonly WorkingRange[], alternating: boolean): RangesProblem | null {
  return rangesProblem(ranges, (a, b) => alternating && !sameWeeks(a.week, b.week));
}

/** The range « Ajouter une plage » adds: usually the afternoon after lunch, in the same week as the day's last range. */
export function workingRangeAfter(previous: WorkingRange | undefined): WorkingRange {
  if (!previous) return { week: 'every', start: '09:00', end: '17:00' };
  return {
    week: previous.week,
    start: previous.end < '13:00' ? '13:00' : previous.end,
    end: previous.end < '17:00' ? '17:00' : '24:00',
  };
}

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** The hours worked in a week A or B (the same when weeks do not alternate), to show the weekly total. */
export function weeklyMinutes(days: readonly WorkingDay[], week: 'A' | 'B', alternating: boolean): number {
  return days
    .flatMap((day) => day.ranges)
    .filter((range) => !alternating || range.week === 'every' || range.week === week)
    .filter((range) => WALL_CLOCK_TIME.test(range.start) && WALL_CLOCK_TIME.test(range.end) && range.end > range.start)
    .reduce((total, range) => total + minutesOf(range.end) - minutesOf(range.start), 0);
}

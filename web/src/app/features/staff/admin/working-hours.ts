import type { WorkingHoursEntry, WorkingWeek } from '@mutualis/contracts';

/** The ISO weekdays, Monday (1) to Sunday (7), in the order the editor shows them. */
export const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export interface WorkingRange {
  readonly week: WorkingWeek;
  /** 'HH:mm'; '24:00' ends at midnight. */
  readonly start: string;
  readonly end: string;
}

export interface WorkingDay {
  readonly weekday: number;
  readonly ranges: readonly WorkingRange[];
}

export type WorkingHoursProblem = 'incomplete' | 'invalidTime' | 'endBeforeStart' | 'overlap';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const WEEK_ORDER: Record<WorkingWeek, number> = { every: 0, A: 1, B: 2 };

const byWeekThenStart = (a: WorkingRange, b: WorkingRange) =>
  WEEK_ORDER[a.week] - WEEK_ORDER[b.week] || a.start.localeCompare(b.start);

/** The API's working hours as seven days (days off included), each day's ranges by week then time. */
export function workingDaysOf(entries: readonly WorkingHoursEntry[]): WorkingDay[] {
  return ISO_WEEKDAYS.map((weekday) => ({
    weekday,
    ranges: entries
      .filter((entry) => entry.weekday === weekday)
      .map(({ week, start, end }) => ({ week, start, end }))
      .sort(byWeekThenStart),
  }));
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
export function workingDayProblem(ranges: readonly WorkingRange[], alternating: boolean): WorkingHoursProblem | null {
  if (ranges.some((range) => !range.start || !range.end)) return 'incomplete';
  if (ranges.some((range) => !HH_MM.test(range.start) || !HH_MM.test(range.end))) return 'invalidTime';
  if (ranges.some((range) => range.end <= range.start)) return 'endBeforeStart';
  const weekOf = (range: WorkingRange): WorkingWeek => (alternating ? range.week : 'every');
  const overlapping = ranges.some((a, i) =>
    ranges.some((b, j) => j > i && sameWeeks(weekOf(a), weekOf(b)) && a.start < b.end && b.start < a.end),
  );
  return overlapping ? 'overlap' : null;
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
    .filter((range) => HH_MM.test(range.start) && HH_MM.test(range.end) && range.end > range.start)
    .reduce((total, range) => total + minutesOf(range.end) - minutesOf(range.start), 0);
}

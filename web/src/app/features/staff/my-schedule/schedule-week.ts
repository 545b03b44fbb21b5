import type { CalendarOccurrence, LeaveView } from '@mutualis/contracts';
import { overlaps, type Interval } from '@mutualis/domain';
import { addDays, instantOf, localDateOf, weekdayOfDate, weekDates } from '../staff-time';

export interface TimeRange {
  readonly start: string;
  readonly end: string;
}

/** An occurrence of the employee's week, and whether leave now overlaps it (flagged for rescheduling). */
export interface ScheduledOccurrence extends CalendarOccurrence {
  readonly duringLeave: boolean;
}

/** One day of « Mon horaire »: when the employee works, their leave, and the requests starting that day. */
export interface ScheduleDay {
  /** 'YYYY-MM-DD' in the employee's zone. */
  readonly date: string;
  /** ISO weekday, 1 = Monday. */
  readonly weekday: number;
  readonly working: readonly TimeRange[];
  /** Leave overlapping any part of the day. */
  readonly leave: readonly LeaveView[];
  readonly occurrences: readonly ScheduledOccurrence[];
}

export interface ScheduleWeekInput {
  /** The Monday of the week, in the employee's zone. */
  readonly monday: string;
  readonly timeZone: string;
  readonly occurrences: readonly CalendarOccurrence[];
  readonly workingTime: readonly TimeRange[];
  readonly leave: readonly LeaveView[];
}

/** What holds a slot: cancelled, declined and expired requests are history, not the schedule. */
const HOLDING = new Set<CalendarOccurrence['status']>(['pending', 'confirmed']);

const intervalOf = (range: TimeRange): Interval => ({ start: Date.parse(range.start), end: Date.parse(range.end) });
const byStart = (a: TimeRange, b: TimeRange) => Date.parse(a.start) - Date.parse(b.start);

/**
 * The seven days of a week in the employee's zone, Monday first: working time and requests
 * by the day they start on, leave on every day it touches.
 */
export function scheduleWeekOf(input: ScheduleWeekInput): ScheduleDay[] {
  const { timeZone } = input;
  const occurrences = input.occurrences
    .filter((occurrence) => HOLDING.has(occurrence.status))
    .map((occurrence) => ({
      ...occurrence,
      duringLeave: input.leave.some((leave) => overlaps(intervalOf(leave), intervalOf(occurrence))),
    }))
    .sort(byStart);
  return weekDates(input.monday).map((date) => {
    const day = { start: Date.parse(instantOf(date, timeZone)), end: Date.parse(instantOf(addDays(date, 1), timeZone)) };
    const startsThatDay = (range: TimeRange) => localDateOf(range.start, timeZone) === date;
    return {
      date,
      weekday: weekdayOfDate(date),
      working: input.workingTime.filter(startsThatDay).sort(byStart),
      leave: input.leave.filter((leave) => overlaps(intervalOf(leave), day)).sort(byStart),
      occurrences: occurrences.filter(startsThatDay),
    };
  });
}

import type { WeekdayCode } from '@mutualis/domain';
import {
  monthDayOf,
  nthWeekdayOf,
  sortWeekdays,
  weekdayOf,
  type RecurrenceEnd,
  type RecurrencePattern,
} from './recurrence-pattern';

/**
 * The RFC 5545 RRULE for a pattern starting on `startDate` ('YYYY-MM-DD'), or null for a
 * one-off (and for `kept`, whose rule the caller holds). Monthly rules take their day from the
 * start date: « le 2e mardi » of 2026-06-09 is BYDAY=2TU, « le 15 » of 2026-06-15 is BYMONTHDAY=15.
 */
export function buildRrule(pattern: RecurrencePattern, startDate: string): string | null {
  const parts = ruleParts(pattern, startDate);
  if (!parts) return null;
  return [...parts, ...endParts(pattern.end)].join(';');
}

function ruleParts(pattern: RecurrencePattern, startDate: string): string[] | null {
  switch (pattern.frequency) {
    case 'none':
    case 'kept':
      return null;
    case 'daily':
      return ['FREQ=DAILY'];
    case 'weekly':
      return ['FREQ=WEEKLY', byDay(pattern.weekdays, startDate)];
    case 'monthlyByWeekday':
      return ['FREQ=MONTHLY', nthWeekdayPart(startDate)];
    case 'monthlyByDay':
      return ['FREQ=MONTHLY', monthDayPart(startDate)];
    case 'custom':
      return customParts(pattern, startDate);
  }
}

function customParts(pattern: RecurrencePattern, startDate: string): string[] {
  const interval = Math.max(1, Math.floor(pattern.interval) || 1);
  const parts = [`FREQ=${pattern.unit}`];
  if (interval > 1) parts.push(`INTERVAL=${interval}`);
  if (pattern.unit === 'WEEKLY') parts.push(byDay(pattern.weekdays, startDate));
  if (pattern.unit === 'MONTHLY') parts.push(monthDayPart(startDate));
  return parts;
}

function byDay(weekdays: readonly WeekdayCode[], startDate: string): string {
  const chosen = sortWeekdays(weekdays);
  const days = chosen.length > 0 ? chosen : [weekdayOf(startDate) ?? 'MO'];
  return `BYDAY=${days.join(',')}`;
}

function nthWeekdayPart(startDate: string): string {
  const nth = nthWeekdayOf(startDate) ?? { weekday: 'MO', ordinal: 1 };
  return `BYDAY=${nth.ordinal}${nth.weekday}`;
}

function monthDayPart(startDate: string): string {
  return `BYMONTHDAY=${monthDayOf(startDate) ?? 1}`;
}

/** UNTIL in its date form: the whole last day is included, whatever the start time. */
function endParts(end: RecurrenceEnd): string[] {
  switch (end.kind) {
    case 'never':
      return [];
    case 'until':
      return [`UNTIL=${end.date.replaceAll('-', '')}`];
    case 'count':
      return [`COUNT=${Math.max(1, Math.floor(end.count) || 1)}`];
  }
}

import { isoWeekday, parseLocalDate, WEEKDAY_CODES, type WeekdayCode } from '@mutualis/domain';

/** The choices of the « Répétition » select. `kept` is an existing rule the builder cannot edit, left as it is. */
export type RecurrenceFrequency = 'none' | 'daily' | 'weekly' | 'monthlyByWeekday' | 'monthlyByDay' | 'custom' | 'kept';

/** The unit of a « Personnalisé » rule: every N days, weeks or months. */
export type CustomUnit = 'DAILY' | 'WEEKLY' | 'MONTHLY';

export type RecurrenceEnd =
  | { readonly kind: 'never' }
  /** The last day, 'YYYY-MM-DD' in the series' zone, included. */
  | { readonly kind: 'until'; readonly date: string }
  | { readonly kind: 'count'; readonly count: number };

/** What the person chose in the builder, before it becomes an RRULE. */
export interface RecurrencePattern {
  readonly frequency: RecurrenceFrequency;
  /** Weekly and custom weekly rules; empty means the start's weekday. */
  readonly weekdays: readonly WeekdayCode[];
  /** Custom rules only. */
  readonly interval: number;
  readonly unit: CustomUnit;
  readonly end: RecurrenceEnd;
}

/** The builder's value: the RRULE (null for a one-off) and whether Quebec holidays are skipped. */
export interface RecurrenceValue {
  readonly rrule: string | null;
  readonly skipHolidays: boolean;
}

export const NO_RECURRENCE: RecurrenceValue = { rrule: null, skipHolidays: false };

export const ONE_OFF_PATTERN: RecurrencePattern = {
  frequency: 'none',
  weekdays: [],
  interval: 1,
  unit: 'WEEKLY',
  end: { kind: 'never' },
};

/** Where a weekday falls in its month: the 2nd Tuesday is { weekday: 'TU', ordinal: 2 }; the 5th is the last (-1). */
export interface NthWeekday {
  readonly weekday: WeekdayCode;
  readonly ordinal: number;
}

/** The weekday of a 'YYYY-MM-DD' date, or undefined when the date is not valid. */
export function weekdayOf(date: string): WeekdayCode | undefined {
  const parsed = parseLocalDate(date);
  return parsed ? WEEKDAY_CODES[isoWeekday(parsed) - 1] : undefined;
}

/**
 * « Le 2e mardi » of a date. A fifth weekday does not exist every month, so it reads as
 * « le dernier mardi » (BYDAY=-1TU), which does.
 */
export function nthWeekdayOf(date: string): NthWeekday | undefined {
  const parsed = parseLocalDate(date);
  const weekday = weekdayOf(date);
  if (!parsed || !weekday) return undefined;
  const ordinal = Math.ceil(parsed.day / 7);
  return { weekday, ordinal: ordinal === 5 ? -1 : ordinal };
}

/** The day of the month of a 'YYYY-MM-DD' date, or undefined when the date is not valid. */
export function monthDayOf(date: string): number | undefined {
  return parseLocalDate(date)?.day;
}

/** Weekdays in calendar order (Monday first), without repeats. */
export function sortWeekdays(weekdays: readonly WeekdayCode[]): WeekdayCode[] {
  return WEEKDAY_CODES.filter((code) => weekdays.includes(code));
}

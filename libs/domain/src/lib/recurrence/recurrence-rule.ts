import type { WallClock } from '../wall-clock/wall-clock';

/** Sub-daily frequencies are refused: a booking occurs at most once a day at its start time. */
export type RuleFrequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof WEEKDAY_CODES)[number];

/** One BYDAY entry: 'TU' is { weekday: 'TU' }, '-2MO' is { weekday: 'MO', ordinal: -2 }. */
export interface ByDayEntry {
  weekday: WeekdayCode;
  ordinal?: number;
}

/**
 * UNTIL in its three RFC 5545 forms:
 * - 'instant' (…Z, the RFC's form when the start has a zone): compared as an absolute time;
 * - 'local' (no Z): a wall clock in the series' zone;
 * - 'date' (date only): the whole local day is included.
 */
export type RuleUntil =
  | { kind: 'instant'; instantMs: number }
  | { kind: 'local'; wallClock: WallClock }
  | { kind: 'date'; date: WallClock };

/** A validated RRULE. Absent BYxxx parts are empty lists. */
export interface ParsedRule {
  freq: RuleFrequency;
  interval: number;
  count?: number;
  until?: RuleUntil;
  byDay: ByDayEntry[];
  byMonthDay: number[];
  byMonth: number[];
  byYearDay: number[];
  byWeekNo: number[];
  bySetPos: number[];
  wkst: WeekdayCode;
}

import {
  formatRecurrenceRule,
  parseLocalDate,
  simpleRule,
  type ParsedRule,
  type RuleUntil,
  type WeekdayCode,
} from '@mutualis/domain';
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
 * The text is written by the domain's `formatRecurrenceRule`, the one RRULE writer.
 */
export function buildRrule(pattern: RecurrencePattern, startDate: string): string | null {
  const rule = ruleOf(pattern, startDate);
  return rule ? formatRecurrenceRule({ ...rule, ...endOf(pattern.end) }) : null;
}

function ruleOf(pattern: RecurrencePattern, startDate: string): ParsedRule | null {
  switch (pattern.frequency) {
    case 'none':
    case 'kept':
      return null;
    case 'daily':
      return simpleRule('DAILY');
    case 'weekly':
      return { ...simpleRule('WEEKLY'), byDay: byDay(pattern.weekdays, startDate) };
    case 'monthlyByWeekday':
      return { ...simpleRule('MONTHLY'), byDay: [nthWeekday(startDate)] };
    case 'monthlyByDay':
      return { ...simpleRule('MONTHLY'), byMonthDay: [monthDayOf(startDate) ?? 1] };
    case 'custom':
      return customRule(pattern, startDate);
  }
}

function customRule(pattern: RecurrencePattern, startDate: string): ParsedRule {
  const rule = simpleRule(pattern.unit, Math.max(1, Math.floor(pattern.interval) || 1));
  if (pattern.unit === 'WEEKLY') return { ...rule, byDay: byDay(pattern.weekdays, startDate) };
  if (pattern.unit === 'MONTHLY') return { ...rule, byMonthDay: [monthDayOf(startDate) ?? 1] };
  return rule;
}

function byDay(weekdays: readonly WeekdayCode[], startDate: string): ParsedRule['byDay'] {
  const chosen = sortWeekdays(weekdays);
  return (chosen.length > 0 ? chosen : [weekdayOf(startDate) ?? 'MO']).map((weekday) => ({ weekday }));
}

function nthWeekday(startDate: string): ParsedRule['byDay'][number] {
  const nth = nthWeekdayOf(startDate) ?? { weekday: 'MO', ordinal: 1 };
  return { weekday: nth.weekday, ordinal: nth.ordinal };
}

/** UNTIL in its date form: the whole last day is included, whatever the start time. */
function endOf(end: RecurrenceEnd): { count?: number; until?: RuleUntil } {
  switch (end.kind) {
    case 'never':
      return {};
    case 'until': {
      const date = parseLocalDate(end.date);
      return date ? { until: { kind: 'date', date } } : {};
    }
    case 'count':
      return { count: Math.max(1, Math.floor(end.count) || 1) };
  }
}

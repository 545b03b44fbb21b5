import { parseRecurrenceRule, type ParsedRule, type RuleUntil } from '@mutualis/domain';
import { monthDayOf, nthWeekdayOf, ONE_OFF_PATTERN, type RecurrenceEnd, type RecurrencePattern } from './recurrence-pattern';

/**
 * The builder's pattern for an existing RRULE, so a series can be edited with the same
 * controls that created it. A rule the builder cannot express (BYMONTH, BYSETPOS, a weekly
 * rule with ordinals…) or cannot read becomes `kept`: it is shown and left unchanged. So does a
 * monthly rule whose day is not the one of `startDate`, since the builder takes it from the start.
 */
export function readRecurrencePattern(rrule: string | null | undefined, startDate: string): RecurrencePattern {
  if (!rrule?.trim()) return ONE_OFF_PATTERN;
  let rule: ParsedRule;
  try {
    rule = parseRecurrenceRule(rrule);
  } catch {
    return { ...ONE_OFF_PATTERN, frequency: 'kept' };
  }
  const end = endOf(rule.until, rule.count);
  if (!end || !isExpressible(rule)) return { ...ONE_OFF_PATTERN, frequency: 'kept' };
  const weekdays = rule.byDay.map((entry) => entry.weekday);
  const base = { ...ONE_OFF_PATTERN, end, weekdays };

  if (rule.freq === 'DAILY' && rule.byDay.length === 0) {
    return rule.interval === 1
      ? { ...base, frequency: 'daily' }
      : { ...base, frequency: 'custom', unit: 'DAILY', interval: rule.interval };
  }
  if (rule.freq === 'WEEKLY' && rule.byDay.every((entry) => entry.ordinal === undefined)) {
    return rule.interval === 1
      ? { ...base, frequency: 'weekly' }
      : { ...base, frequency: 'custom', unit: 'WEEKLY', interval: rule.interval };
  }
  const nth = nthWeekdayOf(startDate);
  const [byDay] = rule.byDay;
  if (rule.freq === 'MONTHLY' && rule.byDay.length === 1 && byDay.weekday === nth?.weekday && byDay.ordinal === nth.ordinal) {
    return rule.interval === 1
      ? { ...base, weekdays: [], frequency: 'monthlyByWeekday' }
      : { ...ONE_OFF_PATTERN, frequency: 'kept' };
  }
  const monthDay = monthDayOf(startDate);
  const sameMonthDay = rule.byMonthDay.length === 0 || (rule.byMonthDay.length === 1 && rule.byMonthDay[0] === monthDay);
  if (rule.freq === 'MONTHLY' && rule.byDay.length === 0 && sameMonthDay) {
    return rule.interval === 1
      ? { ...base, frequency: 'monthlyByDay' }
      : { ...base, frequency: 'custom', unit: 'MONTHLY', interval: rule.interval };
  }
  return { ...ONE_OFF_PATTERN, frequency: 'kept' };
}

/** Only FREQ, INTERVAL, BYDAY, one BYMONTHDAY and an end: what the builder's controls produce. */
function isExpressible(rule: ParsedRule): boolean {
  return (
    rule.freq !== 'YEARLY' &&
    rule.byMonth.length === 0 &&
    rule.byYearDay.length === 0 &&
    rule.byWeekNo.length === 0 &&
    rule.bySetPos.length === 0 &&
    rule.wkst === 'MO' &&
    (rule.byMonthDay.length === 0 || rule.byDay.length === 0)
  );
}

/** The end, or undefined for an UNTIL that is not a plain date (an instant or a time of day). */
function endOf(until: RuleUntil | undefined, count: number | undefined): RecurrenceEnd | undefined {
  if (count !== undefined) return { kind: 'count', count };
  if (!until) return { kind: 'never' };
  if (until.kind !== 'date') return undefined;
  const { year, month, day } = until.date;
  return { kind: 'until', date: `${year}-${pad(month)}-${pad(day)}` };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

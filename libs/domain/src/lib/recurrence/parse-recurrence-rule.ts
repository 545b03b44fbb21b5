import { RecurrenceError } from './recurrence-error';
import type { ParsedRule, RuleFrequency } from './recurrence-rule';
import { parseByDay, parseIntegerList, parsePositiveInteger, parseUntil, parseWeekday } from './rule-part-values';

const SUPPORTED_FREQUENCIES: readonly string[] = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
const SUB_DAILY_FREQUENCIES: readonly string[] = ['HOURLY', 'MINUTELY', 'SECONDLY'];
const SUPPORTED_PARTS: readonly string[] = [
  'FREQ',
  'INTERVAL',
  'COUNT',
  'UNTIL',
  'BYDAY',
  'BYMONTHDAY',
  'BYMONTH',
  'BYYEARDAY',
  'BYWEEKNO',
  'BYSETPOS',
  'WKST',
];
/** Real RFC 5545 / RFC 7529 parts that this product does not offer. */
const UNSUPPORTED_PARTS: readonly string[] = ['BYHOUR', 'BYMINUTE', 'BYSECOND', 'RSCALE', 'SKIP'];

/** Days in each month of a leap year: the most a BYMONTHDAY can reach in that month. */
const MAX_DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Validates an RRULE ('FREQ=WEEKLY;BYDAY=TU,TH;COUNT=10', with or without a leading 'RRULE:')
 * against RFC 5545 §3.3.10 before rrule sees it, because rrule ignores some invalid values and
 * throws TypeErrors on others. Throws RecurrenceError RRULE_INVALID or RRULE_UNSUPPORTED with
 * `details.part` naming the offending part.
 */
export function parseRecurrenceRule(text: string): ParsedRule {
  const parts = splitRuleParts(text);
  const rule: ParsedRule = {
    freq: parseFrequency(parts.get('FREQ')),
    interval: optionalPart(parts, 'INTERVAL', (value) => parsePositiveInteger('INTERVAL', value)) ?? 1,
    count: optionalPart(parts, 'COUNT', (value) => parsePositiveInteger('COUNT', value)),
    byDay: optionalPart(parts, 'BYDAY', (value) => parseByDay(value.toUpperCase())) ?? [],
    byMonthDay: listPart(parts, 'BYMONTHDAY', 31),
    byMonth: listPart(parts, 'BYMONTH', 12, true),
    byYearDay: listPart(parts, 'BYYEARDAY', 366),
    byWeekNo: listPart(parts, 'BYWEEKNO', 53),
    bySetPos: listPart(parts, 'BYSETPOS', 366),
    wkst: optionalPart(parts, 'WKST', (value) => parseWeekday('WKST', value.toUpperCase())) ?? 'MO',
  };
  if (parts.has('UNTIL')) {
    const until = valueOf(parts, 'UNTIL').toUpperCase();
    if (rule.count !== undefined) {
      throw RecurrenceError.invalidPart({ part: 'UNTIL', value: until, reason: 'cannot be combined with COUNT' });
    }
    rule.until = parseUntil(until);
  }
  checkPartsAllowedForFrequency(rule, parts);
  checkRuleCanProduceOccurrences(rule, parts);
  return rule;
}

/** 'NAME=VALUE;…' into a map keyed by upper-case part name, rejecting unknown and repeated parts. */
function splitRuleParts(text: string): Map<string, string> {
  const body = String(text ?? '')
    .trim()
    .replace(/^RRULE:/i, '')
    .replace(/;$/, '');
  const parts = new Map<string, string>();
  if (body === '') return parts;
  for (const segment of body.split(';')) {
    const separator = segment.indexOf('=');
    const name = (separator < 0 ? segment : segment.slice(0, separator)).trim().toUpperCase();
    const value = separator < 0 ? '' : segment.slice(separator + 1).trim();
    if (UNSUPPORTED_PARTS.includes(name)) {
      throw RecurrenceError.unsupportedPart({
        part: name,
        value,
        reason: 'is not supported: an occurrence starts at the series start time',
      });
    }
    if (!SUPPORTED_PARTS.includes(name)) {
      throw RecurrenceError.invalidPart({
        part: name,
        value,
        reason: 'is not a rule part (expected NAME=VALUE with a known RFC 5545 name)',
      });
    }
    if (parts.has(name)) {
      throw RecurrenceError.invalidPart({ part: name, value, reason: 'appears more than once' });
    }
    if (value === '') {
      throw RecurrenceError.invalidPart({ part: name, value, reason: 'must have a value' });
    }
    parts.set(name, value);
  }
  return parts;
}

function parseFrequency(value: string | undefined): RuleFrequency {
  if (value === undefined) {
    throw RecurrenceError.invalidPart({ part: 'FREQ', value: '', reason: 'is required' });
  }
  const freq = value.toUpperCase();
  if (SUB_DAILY_FREQUENCIES.includes(freq)) {
    throw RecurrenceError.unsupportedPart({
      part: 'FREQ',
      value: freq,
      reason: 'is not supported: the smallest frequency is DAILY',
    });
  }
  if (!SUPPORTED_FREQUENCIES.includes(freq)) {
    throw RecurrenceError.invalidPart({ part: 'FREQ', value: freq, reason: 'must be DAILY, WEEKLY, MONTHLY or YEARLY' });
  }
  return freq as RuleFrequency;
}

function optionalPart<T>(parts: Map<string, string>, part: string, parse: (value: string) => T): T | undefined {
  const value = parts.get(part);
  return value === undefined ? undefined : parse(value);
}

function valueOf(parts: Map<string, string>, part: string): string {
  return parts.get(part) ?? '';
}

function listPart(parts: Map<string, string>, part: string, max: number, positiveOnly = false): number[] {
  const value = parts.get(part);
  return value === undefined ? [] : parseIntegerList(part, value, max, positiveOnly);
}

/** The frequency restrictions of RFC 5545 §3.3.10. */
function checkPartsAllowedForFrequency(rule: ParsedRule, parts: Map<string, string>): void {
  const forbid = (part: string, reason: string) => {
    if (parts.has(part)) throw RecurrenceError.invalidPart({ part, value: valueOf(parts, part), reason });
  };
  if (rule.freq !== 'YEARLY') forbid('BYWEEKNO', 'is only allowed in a YEARLY rule');
  if (rule.freq !== 'YEARLY') forbid('BYYEARDAY', 'is only allowed in a YEARLY rule');
  if (rule.freq === 'WEEKLY') forbid('BYMONTHDAY', 'is not allowed in a WEEKLY rule');

  const withOrdinal = rule.byDay.find((entry) => entry.ordinal !== undefined);
  if (withOrdinal?.ordinal !== undefined) {
    const value = `${withOrdinal.ordinal}${withOrdinal.weekday}`;
    if (rule.freq !== 'MONTHLY' && rule.freq !== 'YEARLY') {
      throw RecurrenceError.invalidPart({
        part: 'BYDAY',
        value,
        reason: 'ordinals (like 1FR or -1SU) are only allowed in MONTHLY or YEARLY rules',
      });
    }
    if (rule.byWeekNo.length > 0) {
      throw RecurrenceError.invalidPart({ part: 'BYDAY', value, reason: 'ordinals are not allowed together with BYWEEKNO' });
    }
  }
  const otherByParts = ['BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYYEARDAY', 'BYWEEKNO'].some((part) => parts.has(part));
  if (parts.has('BYSETPOS') && !otherByParts) {
    forbid('BYSETPOS', 'needs another BYxxx part to select from');
  }
}

/**
 * Rejects rules that are valid syntax but can never produce an occurrence. Besides being a
 * user mistake worth reporting, such a rule makes rrule scan the calendar to year 9999.
 */
function checkRuleCanProduceOccurrences(rule: ParsedRule, parts: Map<string, string>): void {
  const months = rule.byMonth.length > 0 ? rule.byMonth : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  if (rule.byMonthDay.length > 0) {
    const someDayExists = months.some((month) => rule.byMonthDay.some((day) => Math.abs(day) <= MAX_DAYS_IN_MONTH[month - 1]));
    if (!someDayExists) {
      throw RecurrenceError.invalidPart({
        part: 'BYMONTHDAY',
        value: valueOf(parts, 'BYMONTHDAY'),
        reason: 'never falls in the months of the rule',
      });
    }
  }
  const ordinals = rule.byDay.flatMap((entry) => (entry.ordinal === undefined ? [] : [entry.ordinal]));
  const countedWithinMonth = rule.freq === 'MONTHLY' || rule.byMonth.length > 0;
  if (countedWithinMonth && ordinals.some((ordinal) => Math.abs(ordinal) > 5)) {
    throw RecurrenceError.invalidPart({
      part: 'BYDAY',
      value: valueOf(parts, 'BYDAY').toUpperCase(),
      reason: 'ordinals must be between -5 and 5 when weekdays are counted within a month',
    });
  }
  // DAILY and WEEKLY rules pick among at most 1 and 7 candidates per period.
  const candidatesPerPeriod = rule.freq === 'DAILY' ? 1 : rule.freq === 'WEEKLY' ? Math.max(1, rule.byDay.length) : Infinity;
  if (rule.bySetPos.length > 0 && rule.bySetPos.every((position) => Math.abs(position) > candidatesPerPeriod)) {
    throw RecurrenceError.invalidPart({
      part: 'BYSETPOS',
      value: valueOf(parts, 'BYSETPOS'),
      reason: `never selects anything: each period has at most ${candidatesPerPeriod} candidate(s)`,
    });
  }
}

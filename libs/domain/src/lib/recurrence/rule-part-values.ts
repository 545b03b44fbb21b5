import { parseLocalDate, toFieldsAsUtc, type WallClock } from '../wall-clock/wall-clock';
import { RecurrenceError } from './recurrence-error';
import { WEEKDAY_CODES, type ByDayEntry, type RuleUntil, type WeekdayCode } from './recurrence-rule';

/**
 * Value parsers for individual RRULE parts. They are strict on purpose: rrule silently reads
 * 'COUNT=abc' as no count at all, which would turn a 10-week booking into an endless one.
 */

const POSITIVE_INTEGER = /^\d{1,9}$/;
const SIGNED_INTEGER = /^[+-]?\d{1,3}$/;
const BY_DAY_ENTRY = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;
const UNTIL_VALUE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/;

export function parsePositiveInteger(part: string, value: string): number {
  const number = POSITIVE_INTEGER.test(value) ? Number(value) : 0;
  if (number < 1) {
    throw RecurrenceError.invalidPart({ part, value, reason: 'must be a positive integer' });
  }
  return number;
}

/** A comma-separated list of non-zero integers within ±max (or 1..max when `positiveOnly`). */
export function parseIntegerList(part: string, value: string, max: number, positiveOnly = false): number[] {
  return unique(
    splitList(part, value).map((item) => {
      const number = SIGNED_INTEGER.test(item) ? Number(item) : Number.NaN;
      const inRange = Number.isInteger(number) && number !== 0 && Math.abs(number) <= max && (!positiveOnly || number > 0);
      if (!inRange) {
        const reason = positiveOnly ? `must be between 1 and ${max}` : `must be between 1 and ${max} or between -${max} and -1`;
        throw RecurrenceError.invalidPart({ part, value: item, reason });
      }
      return number;
    }),
  );
}

export function parseByDay(value: string): ByDayEntry[] {
  const seen = new Set<string>();
  const entries: ByDayEntry[] = [];
  for (const item of splitList('BYDAY', value)) {
    const match = BY_DAY_ENTRY.exec(item);
    const ordinal = match?.[1] === undefined ? undefined : Number(match[1]);
    if (!match || ordinal === 0 || (ordinal !== undefined && Math.abs(ordinal) > 53)) {
      throw RecurrenceError.invalidPart({
        part: 'BYDAY',
        value: item,
        reason: 'must be a weekday code (MO…SU), optionally preceded by an ordinal from ±1 to ±53 (e.g. 1FR, -2MO)',
      });
    }
    const key = `${ordinal ?? ''}${match[2]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push(ordinal === undefined ? { weekday: match[2] as WeekdayCode } : { weekday: match[2] as WeekdayCode, ordinal });
  }
  return entries;
}

export function parseWeekday(part: string, value: string): WeekdayCode {
  if (!(WEEKDAY_CODES as readonly string[]).includes(value)) {
    throw RecurrenceError.invalidPart({ part, value, reason: 'must be a weekday code (MO…SU)' });
  }
  return value as WeekdayCode;
}

export function parseUntil(value: string): RuleUntil {
  const match = UNTIL_VALUE.exec(value);
  const invalid = () =>
    RecurrenceError.invalidPart({
      part: 'UNTIL',
      value,
      reason: 'must be a date (YYYYMMDD) or a date-time (YYYYMMDDTHHMMSS, optionally ending in Z)',
    });
  if (!match) throw invalid();
  const [, year, month, day, hour, minute, second, utc] = match;
  const date = parseLocalDate(`${year}-${month}-${day}`);
  if (!date) throw invalid();
  if (hour === undefined) return { kind: 'date', date };
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) throw invalid();
  const wallClock: WallClock = { ...date, hour: Number(hour), minute: Number(minute) };
  if (utc) {
    return { kind: 'instant', instantMs: toFieldsAsUtc(wallClock) + Number(second) * 1000 };
  }
  // Occurrences fall on whole minutes, so dropping the seconds keeps the same last occurrence.
  return { kind: 'local', wallClock };
}

function splitList(part: string, value: string): string[] {
  const items = value.split(',');
  const empty = items.find((item) => item.trim() === '');
  if (empty !== undefined) {
    throw RecurrenceError.invalidPart({ part, value, reason: 'must be a comma-separated list without empty items' });
  }
  return items.map((item) => item.trim());
}

function unique(values: number[]): number[] {
  return [...new Set(values)];
}

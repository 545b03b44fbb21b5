import { fromFieldsAsUtc, toFieldsAsUtc, type WallClock } from '../wall-clock/wall-clock';
import { WEEKDAY_CODES, type ParsedRule } from './recurrence-rule';

const DAY_MS = 86_400_000;

/**
 * A DAILY or WEEKLY rule that picks days by weekday at most (no BYMONTH, BYMONTHDAY, BYYEARDAY,
 * BYWEEKNO or BYSETPOS): almost every booking series (« tous les mardis », « chaque jour ouvrable »).
 */
export function isSimpleRule(rule: ParsedRule): boolean {
  return (
    (rule.freq === 'WEEKLY' || rule.freq === 'DAILY') &&
    rule.byMonth.length + rule.byMonthDay.length + rule.byYearDay.length + rule.byWeekNo.length + rule.bySetPos.length === 0 &&
    rule.byDay.every((entry) => entry.ordinal === undefined)
  );
}

export interface SimpleRuleScan {
  /** A simple rule (see `isSimpleRule`); a WEEKLY one has its weekdays (BYDAY) filled in. */
  rule: ParsedRule;
  /** DTSTART, a wall clock: every occurrence is at its time of day. */
  start: WallClock;
  /** The last wall clock UNTIL allows, if any. */
  until?: WallClock;
  after: WallClock;
  before: WallClock;
}

/**
 * The occurrences of a simple rule from `after` to `before` (inclusive), in order, until `visit`
 * returns false: what rrule 2.8.1 gives for the same rule and DTSTART (RFC 5545: weeks begin on
 * WKST, the first is the one holding DTSTART, COUNT counts from DTSTART), computed on day numbers
 * without building a calendar year per period. The property tests hold it to rrule.
 */
export function forEachSimpleRuleOccurrence(scan: SimpleRuleScan, visit: (nominal: WallClock) => boolean): void {
  const { rule, start } = scan;
  const startMs = toFieldsAsUtc(start);
  const startDay = Math.floor(startMs / DAY_MS);
  const timeOfDayMs = startMs - startDay * DAY_MS;
  const afterMs = toFieldsAsUtc(scan.after);
  const lastMs = Math.min(toFieldsAsUtc(scan.before), scan.until ? toFieldsAsUtc(scan.until) : Infinity);
  const count = rule.count ?? Infinity;
  const wkst = WEEKDAY_CODES.indexOf(rule.wkst);
  const weekdays = new Set(rule.byDay.map((entry) => WEEKDAY_CODES.indexOf(entry.weekday)));
  // Days of each period that the rule picks, as offsets from the period's first day, in order.
  const periodDays = rule.freq === 'WEEKLY' ? 7 * rule.interval : rule.interval;
  const firstDay = rule.freq === 'WEEKLY' ? startDay - modulo(weekdayOf(startDay) - wkst, 7) : startDay;
  const offsets = rule.freq === 'WEEKLY' ? [...weekdays].map((weekday) => modulo(weekday - wkst, 7)).sort((a, b) => a - b) : [0];

  if (offsets.length === 0) return;
  let counted = 0;
  for (let periodStart = firstDay; ; periodStart += periodDays) {
    for (const offset of offsets) {
      const day = periodStart + offset;
      const nominalMs = day * DAY_MS + timeOfDayMs;
      // Before any filter: a rule whose weekdays never come round (DAILY;INTERVAL=7 on other days) ends here.
      if (nominalMs > lastMs) return;
      if (nominalMs < startMs || (rule.freq === 'DAILY' && weekdays.size > 0 && !weekdays.has(weekdayOf(day)))) continue;
      counted += 1;
      if (nominalMs >= afterMs && !visit(fromFieldsAsUtc(nominalMs))) return;
      if (counted >= count) return;
    }
  }
}

/** Monday = 0 … Sunday = 6 (day 0, 1970-01-01, was a Thursday). */
function weekdayOf(day: number): number {
  return modulo(day + 3, 7);
}

function modulo(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}

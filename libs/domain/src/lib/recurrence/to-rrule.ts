import type { IANAZone } from 'luxon';
import { RRule, Weekday } from 'rrule';
import type { WallClock } from '../wall-clock/wall-clock';
import { instantToWallClock } from '../wall-clock/zone-clock';
import type { FloatingCalendar } from './floating-calendar';
import { WEEKDAY_CODES, type ParsedRule, type RuleFrequency, type RuleUntil, type WeekdayCode } from './recurrence-rule';

const FREQUENCIES: Record<RuleFrequency, number> = {
  DAILY: RRule.DAILY,
  WEEKLY: RRule.WEEKLY,
  MONTHLY: RRule.MONTHLY,
  YEARLY: RRule.YEARLY,
};

/**
 * The rrule object for a validated rule starting at `start` (wall clock) in `zone`.
 * It has no tzid: its dates are floating (see FloatingCalendar).
 */
export function toRRule(rule: ParsedRule, start: WallClock, zone: IANAZone, calendar: FloatingCalendar): RRule {
  return new RRule(
    {
      freq: FREQUENCIES[rule.freq],
      dtstart: calendar.toFloating(start),
      interval: rule.interval,
      count: rule.count ?? null,
      until: rule.until ? calendar.toFloating(untilWallClock(rule.until, zone)) : null,
      wkst: weekdayIndex(rule.wkst),
      byweekday: rule.byDay.length ? rule.byDay.map((entry) => new Weekday(weekdayIndex(entry.weekday), entry.ordinal)) : null,
      bymonthday: nonEmpty(rule.byMonthDay),
      bymonth: nonEmpty(rule.byMonth),
      byyearday: nonEmpty(rule.byYearDay),
      byweekno: nonEmpty(rule.byWeekNo),
      bysetpos: nonEmpty(rule.bySetPos),
    },
    true,
  );
}

/** The last wall clock the rule may produce. */
export function untilWallClock(until: RuleUntil, zone: IANAZone): WallClock {
  switch (until.kind) {
    case 'instant':
      return instantToWallClock(until.instantMs, zone);
    case 'local':
      return until.wallClock;
    case 'date':
      // A date-only UNTIL keeps every occurrence of that local day.
      return { ...until.date, hour: 23, minute: 59 };
  }
}

function weekdayIndex(code: WeekdayCode): number {
  return WEEKDAY_CODES.indexOf(code);
}

function nonEmpty(values: number[]): number[] | null {
  return values.length > 0 ? values : null;
}

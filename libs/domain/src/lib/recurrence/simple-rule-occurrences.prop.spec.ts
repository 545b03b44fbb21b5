import fc from 'fast-check';
import { IANAZone } from 'luxon';
import { addDays, formatWallClock, type WallClock } from '../wall-clock/wall-clock';
import { FloatingCalendar } from './floating-calendar';
import { parseRecurrenceRule } from './parse-recurrence-rule';
import { WEEKDAY_CODES, type ParsedRule } from './recurrence-rule';
import { forEachSimpleRuleOccurrence, isSimpleRule } from './simple-rule-occurrences';
import { toRRule } from './to-rrule';

const zone = IANAZone.create('America/Toronto');

const wallClock = fc.record({
  year: fc.integer({ min: 2023, max: 2028 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.constantFrom(0, 15, 30, 45),
});

const simpleRule = fc
  .record({
    freq: fc.constantFrom('DAILY' as const, 'WEEKLY' as const),
    interval: fc.integer({ min: 1, max: 5 }),
    weekdays: fc.subarray([...WEEKDAY_CODES]),
    wkst: fc.constantFrom(...WEEKDAY_CODES),
    count: fc.option(fc.integer({ min: 1, max: 80 }), { nil: undefined }),
    untilAfterDays: fc.option(fc.integer({ min: -3, max: 500 }), { nil: undefined }),
  })
  // A WEEKLY rule reaches this scan with its weekdays filled in (the start's, when it names none).
  .filter(({ freq, weekdays }) => freq === 'DAILY' || weekdays.length > 0);

/** The reference: rrule 2.8.1 through the floating calendar, as the general path expands. */
function byRRule(rule: ParsedRule, start: WallClock, after: WallClock, before: WallClock, stopAfter: number): string[] {
  const calendar = new FloatingCalendar(before.year);
  const seen: string[] = [];
  toRRule(rule, start, zone, calendar).between(calendar.toFloating(after), calendar.toFloating(before), true, (date) => {
    seen.push(formatWallClock(calendar.fromFloating(date)));
    return seen.length < stopAfter;
  });
  return seen;
}

function bySimpleScan(rule: ParsedRule, start: WallClock, after: WallClock, before: WallClock, stopAfter: number): string[] {
  const until = rule.until?.kind === 'local' ? rule.until.wallClock : undefined;
  const seen: string[] = [];
  forEachSimpleRuleOccurrence({ rule, start, until, after, before }, (nominal) => {
    seen.push(formatWallClock(nominal));
    return seen.length < stopAfter;
  });
  return seen;
}

describe('forEachSimpleRuleOccurrence', () => {
  it('gives what rrule gives for every DAILY and WEEKLY rule by weekday: INTERVAL, WKST, COUNT, UNTIL, any window, stopped early or not', () => {
    fc.assert(
      fc.property(
        simpleRule,
        wallClock,
        fc.integer({ min: -60, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 200 }),
        (parts, start, afterDays, lengthDays, stopAfter) => {
          const rule: ParsedRule = {
            ...parseRecurrenceRule(`FREQ=${parts.freq}`),
            interval: parts.interval,
            count: parts.count,
            until:
              parts.untilAfterDays === undefined ? undefined : { kind: 'local', wallClock: addDays(start, parts.untilAfterDays) },
            byDay: parts.weekdays.map((weekday) => ({ weekday })),
            wkst: parts.wkst,
          };
          expect(isSimpleRule(rule)).toBe(true);
          const after = addDays(start, afterDays);
          const before = addDays(after, lengthDays);
          expect(bySimpleScan(rule, start, after, before, stopAfter)).toEqual(byRRule(rule, start, after, before, stopAfter));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('ends a rule whose weekdays never come round instead of scanning for ever', () => {
    // 2027-01-11 is a Monday: every seventh day is a Monday too.
    const start = { year: 2027, month: 1, day: 11, hour: 9, minute: 0 };
    const rule = parseRecurrenceRule('FREQ=DAILY;INTERVAL=7;BYDAY=TU');
    expect(bySimpleScan(rule, start, start, addDays(start, 3650), 10)).toEqual([]);
  });

  it('leaves MONTHLY and YEARLY rules, BYMONTH, BYMONTHDAY and BYSETPOS to the general expansion', () => {
    expect(isSimpleRule(parseRecurrenceRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;WKST=SU;COUNT=10'))).toBe(true);
    expect(isSimpleRule(parseRecurrenceRule('FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR'))).toBe(true);
    expect(isSimpleRule(parseRecurrenceRule('FREQ=MONTHLY;BYDAY=TU'))).toBe(false);
    expect(isSimpleRule(parseRecurrenceRule('FREQ=WEEKLY;BYMONTH=6;BYDAY=TU'))).toBe(false);
    expect(isSimpleRule(parseRecurrenceRule('FREQ=DAILY;BYMONTHDAY=1'))).toBe(false);
    expect(isSimpleRule(parseRecurrenceRule('FREQ=WEEKLY;BYDAY=TU,TH;BYSETPOS=1'))).toBe(false);
  });
});

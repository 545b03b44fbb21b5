import { parseRecurrenceRule } from './parse-recurrence-rule';
import { RecurrenceError } from './recurrence-error';

function errorOf(text: string): RecurrenceError {
  try {
    parseRecurrenceRule(text);
  } catch (error) {
    if (error instanceof RecurrenceError) return error;
    throw error;
  }
  throw new Error(`Expected '${text}' to be rejected`);
}

describe('parseRecurrenceRule', () => {
  it('reads a weekly rule with days and a count', () => {
    expect(parseRecurrenceRule('FREQ=WEEKLY;BYDAY=TU,TH;COUNT=10')).toEqual({
      freq: 'WEEKLY',
      interval: 1,
      count: 10,
      byDay: [{ weekday: 'TU' }, { weekday: 'TH' }],
      byMonthDay: [],
      byMonth: [],
      byYearDay: [],
      byWeekNo: [],
      bySetPos: [],
      wkst: 'MO',
    });
  });

  it('accepts a leading RRULE: and lower-case names and values', () => {
    const rule = parseRecurrenceRule('RRULE:freq=monthly;byday=-2mo;interval=2');
    expect(rule).toMatchObject({ freq: 'MONTHLY', interval: 2, byDay: [{ weekday: 'MO', ordinal: -2 }] });
  });

  it('reads the three forms of UNTIL', () => {
    expect(parseRecurrenceRule('FREQ=DAILY;UNTIL=19971224T000000Z').until).toEqual({
      kind: 'instant',
      instantMs: Date.UTC(1997, 11, 24),
    });
    expect(parseRecurrenceRule('FREQ=DAILY;UNTIL=19971224T090000').until).toEqual({
      kind: 'local',
      wallClock: { year: 1997, month: 12, day: 24, hour: 9, minute: 0 },
    });
    expect(parseRecurrenceRule('FREQ=DAILY;UNTIL=19971224').until).toMatchObject({ kind: 'date' });
  });

  it('reads negative month days, year days, week numbers and set positions', () => {
    const rule = parseRecurrenceRule('FREQ=YEARLY;BYYEARDAY=-1,100;BYWEEKNO=-53,20;BYSETPOS=-1;WKST=SU');
    expect(rule).toMatchObject({ byYearDay: [-1, 100], byWeekNo: [-53, 20], bySetPos: [-1], wkst: 'SU' });
    expect(parseRecurrenceRule('FREQ=MONTHLY;BYMONTHDAY=-31,31').byMonthDay).toEqual([-31, 31]);
  });

  describe('rejects with RRULE_INVALID and the offending part', () => {
    it.each([
      ['FREQ=DAILY;COUNT=abc', 'COUNT', 'abc', 'must be a positive integer'],
      ['FREQ=DAILY;COUNT=0', 'COUNT', '0', 'must be a positive integer'],
      ['FREQ=DAILY;COUNT=-3', 'COUNT', '-3', 'must be a positive integer'],
      ['FREQ=WEEKLY;BYDAY=XX', 'BYDAY', 'XX', undefined],
      ['FREQ=WEEKLY;BYDAY=MO,,TU', 'BYDAY', 'MO,,TU', undefined],
      ['FREQ=WEEKLY;BYDAY=1MO', 'BYDAY', '1MO', undefined],
      ['FREQ=DAILY;BYDAY=-1FR', 'BYDAY', '-1FR', undefined],
      ['FREQ=MONTHLY;BYDAY=0MO', 'BYDAY', '0MO', undefined],
      ['FREQ=YEARLY;BYDAY=54MO', 'BYDAY', '54MO', undefined],
      ['FREQ=MONTHLY;BYDAY=6MO', 'BYDAY', '6MO', undefined],
      ['FREQ=YEARLY;BYWEEKNO=20;BYDAY=1MO', 'BYDAY', '1MO', undefined],
      ['FREQ=DAILY;INTERVAL=0', 'INTERVAL', '0', 'must be a positive integer'],
      ['FREQ=DAILY;INTERVAL=1.5', 'INTERVAL', '1.5', 'must be a positive integer'],
      ['FREQ=DAILY;COLOUR=BLUE', 'COLOUR', 'BLUE', undefined],
      ['FREQ=DAILY;COUNT=2;COUNT=3', 'COUNT', '3', 'appears more than once'],
      ['FREQ=DAILY;COUNT=5;UNTIL=20260101', 'UNTIL', '20260101', 'cannot be combined with COUNT'],
      ['FREQ=DAILY;UNTIL=2026-01-01', 'UNTIL', '2026-01-01', undefined],
      ['FREQ=DAILY;UNTIL=20260230', 'UNTIL', '20260230', undefined],
      ['FREQ=DAILY;UNTIL=20260101T250000Z', 'UNTIL', '20260101T250000Z', undefined],
      ['FREQ=MONTHLY;BYMONTHDAY=0', 'BYMONTHDAY', '0', undefined],
      ['FREQ=MONTHLY;BYMONTHDAY=32', 'BYMONTHDAY', '32', undefined],
      ['FREQ=MONTHLY;BYMONTHDAY=-32', 'BYMONTHDAY', '-32', undefined],
      ['FREQ=YEARLY;BYMONTH=13', 'BYMONTH', '13', undefined],
      ['FREQ=YEARLY;BYMONTH=-1', 'BYMONTH', '-1', undefined],
      ['FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0', 'BYSETPOS', '0', undefined],
      ['FREQ=YEARLY;BYYEARDAY=367', 'BYYEARDAY', '367', undefined],
      ['FREQ=MONTHLY;BYYEARDAY=1', 'BYYEARDAY', '1', 'is only allowed in a YEARLY rule'],
      ['FREQ=WEEKLY;BYYEARDAY=1', 'BYYEARDAY', '1', 'is only allowed in a YEARLY rule'],
      ['FREQ=MONTHLY;BYWEEKNO=20', 'BYWEEKNO', '20', 'is only allowed in a YEARLY rule'],
      ['FREQ=YEARLY;BYWEEKNO=54', 'BYWEEKNO', '54', undefined],
      ['FREQ=WEEKLY;BYMONTHDAY=1', 'BYMONTHDAY', '1', 'is not allowed in a WEEKLY rule'],
      ['FREQ=MONTHLY;BYSETPOS=1', 'BYSETPOS', '1', 'needs another BYxxx part to select from'],
      ['FREQ=WEEKLY;WKST=XY', 'WKST', 'XY', undefined],
      ['FREQ=FORTNIGHTLY', 'FREQ', 'FORTNIGHTLY', undefined],
      ['COUNT=3', 'FREQ', '', 'is required'],
      ['', 'FREQ', '', 'is required'],
      ['FREQ=DAILY;COUNT', 'COUNT', '', 'must have a value'],
      ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30,31', 'BYMONTHDAY', '30,31', 'never falls in the months of the rule'],
      ['FREQ=DAILY;BYMONTH=1;BYSETPOS=2', 'BYSETPOS', '2', undefined],
      ['FREQ=WEEKLY;BYDAY=MO,TU;BYSETPOS=3', 'BYSETPOS', '3', undefined],
    ])('%s', (text, part, value, reason) => {
      const error = errorOf(text);
      expect(error.code).toBe('RRULE_INVALID');
      expect(error.details).toMatchObject({ part, value });
      if (reason) expect(error.details?.['reason']).toBe(reason);
      expect(error.message).toContain(part);
    });
  });

  describe('rejects with RRULE_UNSUPPORTED', () => {
    it.each([
      ['FREQ=HOURLY', 'FREQ'],
      ['FREQ=MINUTELY;COUNT=3', 'FREQ'],
      ['FREQ=SECONDLY', 'FREQ'],
      ['FREQ=DAILY;BYHOUR=9,17', 'BYHOUR'],
      ['FREQ=DAILY;BYMINUTE=30', 'BYMINUTE'],
    ])('%s', (text, part) => {
      const error = errorOf(text);
      expect(error.code).toBe('RRULE_UNSUPPORTED');
      expect(error.details).toMatchObject({ part });
    });
  });

  it('keeps a February 30 when another day of the rule exists, as the RFC example does', () => {
    expect(parseRecurrenceRule('FREQ=MONTHLY;BYMONTHDAY=15,30').byMonthDay).toEqual([15, 30]);
    expect(parseRecurrenceRule('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29').byMonthDay).toEqual([29]);
  });

  it('gives the error a name and an English message that the API can log', () => {
    const error = errorOf('FREQ=DAILY;COUNT=abc');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('RecurrenceError');
    expect(error.message).toBe('Invalid recurrence rule: COUNT=abc must be a positive integer');
  });
});

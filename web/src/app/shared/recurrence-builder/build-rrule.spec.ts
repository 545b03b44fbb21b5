import { buildRrule } from './build-rrule';
import { ONE_OFF_PATTERN, type RecurrencePattern } from './recurrence-pattern';

/** Tuesday, June 9, 2026: the 2nd Tuesday of the month. */
const SECOND_TUESDAY = '2026-06-09';

function pattern(overrides: Partial<RecurrencePattern>): RecurrencePattern {
  return { ...ONE_OFF_PATTERN, ...overrides };
}

describe('buildRrule', () => {
  it('gives no rule for a booking that does not repeat', () => {
    expect(buildRrule(ONE_OFF_PATTERN, SECOND_TUESDAY)).toBeNull();
  });

  it('repeats every day', () => {
    expect(buildRrule(pattern({ frequency: 'daily' }), SECOND_TUESDAY)).toBe('FREQ=DAILY');
  });

  it('repeats every week on the chosen weekdays, in calendar order', () => {
    expect(buildRrule(pattern({ frequency: 'weekly', weekdays: ['TH', 'TU'] }), SECOND_TUESDAY)).toBe('FREQ=WEEKLY;BYDAY=TU,TH');
  });

  it('repeats every week on the start’s weekday when no weekday is chosen', () => {
    expect(buildRrule(pattern({ frequency: 'weekly', weekdays: [] }), '2026-06-17')).toBe('FREQ=WEEKLY;BYDAY=WE');
  });

  it('repeats every month on the same weekday of the month as the start', () => {
    expect(buildRrule(pattern({ frequency: 'monthlyByWeekday' }), SECOND_TUESDAY)).toBe('FREQ=MONTHLY;BYDAY=2TU');
  });

  it('turns a fifth weekday into the last one, which every month has', () => {
    expect(buildRrule(pattern({ frequency: 'monthlyByWeekday' }), '2026-06-30')).toBe('FREQ=MONTHLY;BYDAY=-1TU');
  });

  it('repeats every month on the start’s day of the month', () => {
    expect(buildRrule(pattern({ frequency: 'monthlyByDay' }), '2026-06-15')).toBe('FREQ=MONTHLY;BYMONTHDAY=15');
  });

  it('builds a custom rule every 2 weeks on Tuesday and Thursday', () => {
    const custom = pattern({ frequency: 'custom', unit: 'WEEKLY', interval: 2, weekdays: ['TU', 'TH'] });

    expect(buildRrule(custom, SECOND_TUESDAY)).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH');
  });

  it('builds custom daily and monthly rules, leaving out an interval of 1', () => {
    expect(buildRrule(pattern({ frequency: 'custom', unit: 'DAILY', interval: 3 }), SECOND_TUESDAY)).toBe(
      'FREQ=DAILY;INTERVAL=3',
    );
    expect(buildRrule(pattern({ frequency: 'custom', unit: 'MONTHLY', interval: 1 }), '2026-06-15')).toBe(
      'FREQ=MONTHLY;BYMONTHDAY=15',
    );
  });

  it('ends after a number of occurrences', () => {
    const tenTimes = pattern({ frequency: 'weekly', weekdays: ['TU'], end: { kind: 'count', count: 10 } });

    expect(buildRrule(tenTimes, SECOND_TUESDAY)).toBe('FREQ=WEEKLY;BYDAY=TU;COUNT=10');
  });

  it('ends on a date, that whole day included', () => {
    const untilJune = pattern({ frequency: 'monthlyByWeekday', end: { kind: 'until', date: '2027-06-30' } });

    expect(buildRrule(untilJune, SECOND_TUESDAY)).toBe('FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270630');
  });

  it('leaves a kept rule to its owner', () => {
    expect(buildRrule(pattern({ frequency: 'kept' }), SECOND_TUESDAY)).toBeNull();
  });
});

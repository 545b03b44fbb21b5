import { buildRrule } from './build-rrule';
import { readRecurrencePattern } from './read-recurrence-pattern';
import { ONE_OFF_PATTERN } from './recurrence-pattern';

describe('readRecurrencePattern', () => {
  it('reads no rule as a one-off', () => {
    expect(readRecurrencePattern(null, '2026-06-09')).toEqual(ONE_OFF_PATTERN);
    expect(readRecurrencePattern('  ', '2026-06-09')).toEqual(ONE_OFF_PATTERN);
  });

  it.each([
    ['FREQ=DAILY', '2026-06-09'],
    ['FREQ=WEEKLY;BYDAY=TU,TH;COUNT=10', '2026-06-09'],
    ['FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270630', '2026-06-09'],
    ['FREQ=MONTHLY;BYDAY=-1TU', '2026-06-30'],
    ['FREQ=MONTHLY;BYMONTHDAY=15', '2026-06-15'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH', '2026-06-09'],
    ['FREQ=DAILY;INTERVAL=3;COUNT=4', '2026-06-09'],
  ])('gives back the controls that build %s', (rrule, startDate) => {
    expect(buildRrule(readRecurrencePattern(rrule, startDate), startDate)).toBe(rrule);
  });

  it('keeps a rule the builder cannot express, unchanged', () => {
    expect(readRecurrencePattern('FREQ=YEARLY;BYMONTH=6', '2026-06-09').frequency).toBe('kept');
    expect(readRecurrencePattern('FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1', '2026-06-09').frequency).toBe('kept');
    expect(readRecurrencePattern('FREQ=WEEKLY;UNTIL=20270630T120000Z', '2026-06-09').frequency).toBe('kept');
  });

  it('keeps a monthly rule whose day is not the start’s, since the builder would move it', () => {
    expect(readRecurrencePattern('FREQ=MONTHLY;BYMONTHDAY=20', '2026-06-15').frequency).toBe('kept');
    expect(readRecurrencePattern('FREQ=MONTHLY;BYDAY=3TU', '2026-06-09').frequency).toBe('kept');
  });

  it('keeps a rule it cannot read instead of failing', () => {
    expect(readRecurrencePattern('FREQ=SOMETIMES', '2026-06-09').frequency).toBe('kept');
  });
});

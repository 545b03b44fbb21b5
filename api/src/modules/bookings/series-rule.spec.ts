import { continueRule, endRuleBefore, isUnbounded } from './series-rule';

describe('series rules for split series', () => {
  it('ends a rule one second before the chosen occurrence, dropping COUNT', () => {
    expect(endRuleBefore('FREQ=WEEKLY;BYDAY=TU;COUNT=10', Date.parse('2026-03-10T13:00:00Z'))).toBe(
      'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260310T125959Z',
    );
  });

  it('gives the later part what remains of COUNT', () => {
    expect(continueRule('FREQ=WEEKLY;COUNT=10;BYDAY=TU', 4)).toBe('FREQ=WEEKLY;BYDAY=TU;COUNT=6');
    expect(continueRule('RRULE:FREQ=DAILY', 4)).toBe('FREQ=DAILY');
  });

  it('knows an unbounded rule from a bounded one', () => {
    expect(isUnbounded('FREQ=WEEKLY')).toBe(true);
    expect(isUnbounded('FREQ=WEEKLY;COUNT=3')).toBe(false);
    expect(isUnbounded(null)).toBe(false);
  });
});

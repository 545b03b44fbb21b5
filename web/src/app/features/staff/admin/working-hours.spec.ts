import { weeklyMinutes, workingDayProblem, workingDaysOf, workingHoursOf, workingRangeAfter } from './working-hours';

describe('working hours', () => {
  it('spreads the API’s entries over seven days, each day by week then time, and back', () => {
    const entries = [
      { week: 'B' as const, weekday: 2, start: '09:00', end: '12:00' },
      { week: 'every' as const, weekday: 2, start: '13:00', end: '17:00' },
      { week: 'A' as const, weekday: 2, start: '08:00', end: '12:00' },
      { week: 'every' as const, weekday: 5, start: '09:00', end: '24:00' },
    ];
    const days = workingDaysOf(entries);

    expect(days.map((day) => day.ranges.length)).toEqual([0, 3, 0, 0, 1, 0, 0]);
    expect(days[1].ranges.map((range) => range.week)).toEqual(['every', 'A', 'B']);
    expect(workingHoursOf(days, true)).toEqual([
      { week: 'every', weekday: 2, start: '13:00', end: '17:00' },
      { week: 'A', weekday: 2, start: '08:00', end: '12:00' },
      { week: 'B', weekday: 2, start: '09:00', end: '12:00' },
      { week: 'every', weekday: 5, start: '09:00', end: '24:00' },
    ]);
  });

  it('makes every range weekly when weeks stop alternating', () => {
    const days = workingDaysOf([{ week: 'A', weekday: 1, start: '09:00', end: '12:00' }]);
    expect(workingHoursOf(days, false)).toEqual([{ week: 'every', weekday: 1, start: '09:00', end: '12:00' }]);
  });

  it('finds what is wrong with a day: missing or malformed times, an end before its start, overlaps', () => {
    expect(workingDayProblem([{ week: 'every', start: '09:00', end: '' }], false)).toBe('incomplete');
    expect(workingDayProblem([{ week: 'every', start: '9h', end: '12:00' }], false)).toBe('invalidTime');
    expect(workingDayProblem([{ week: 'every', start: '12:00', end: '09:00' }], false)).toBe('endBeforeStart');
    expect(
      workingDayProblem(
        [
          { week: 'every', start: '09:00', end: '12:00' },
          { week: 'every', start: '11:00', end: '13:00' },
        ],
        false,
      ),
    ).toBe('overlap');
    expect(workingDayProblem([{ week: 'every', start: '09:00', end: '24:00' }], false)).toBeNull();
  });

  it('lets week A and week B ranges share hours, but not with an every-week range', () => {
    const aAndB = [
      { week: 'A' as const, start: '09:00', end: '12:00' },
      { week: 'B' as const, start: '10:00', end: '13:00' },
    ];
    expect(workingDayProblem(aAndB, true)).toBeNull();
    expect(workingDayProblem(aAndB, false)).toBe('overlap');
    expect(
      workingDayProblem(
        [
          { week: 'every', start: '09:00', end: '12:00' },
          { week: 'B', start: '11:00', end: '13:00' },
        ],
        true,
      ),
    ).toBe('overlap');
  });

  it('totals the hours of week A and week B', () => {
    const days = workingDaysOf([
      { week: 'every', weekday: 1, start: '09:00', end: '17:00' },
      { week: 'A', weekday: 3, start: '09:00', end: '12:30' },
      { week: 'B', weekday: 5, start: '13:00', end: '15:00' },
    ]);
    expect(weeklyMinutes(days, 'A', true)).toBe(690);
    expect(weeklyMinutes(days, 'B', true)).toBe(600);
    expect(weeklyMinutes(days, 'A', false)).toBe(810);
  });

  it('adds a weekly day first, then the afternoon after the day’s last range, in its week', () => {
    expect(workingRangeAfter(undefined)).toEqual({ week: 'every', start: '09:00', end: '17:00' });
    expect(workingRangeAfter({ week: 'A', start: '08:00', end: '12:00' })).toEqual({ week: 'A', start: '13:00', end: '17:00' });
    expect(workingRangeAfter({ week: 'B', start: '13:00', end: '18:00' })).toEqual({ week: 'B', start: '18:00', end: '24:00' });
  });
});

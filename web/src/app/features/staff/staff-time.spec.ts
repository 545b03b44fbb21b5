import { addDays, instantOf, localDateOf, mondayOf, wallClockOf, weekDates, weekdayOfDate } from './staff-time';

describe('staff time', () => {
  it('finds the Monday of a week and its seven days, across a month end', () => {
    expect(mondayOf('2026-03-04')).toBe('2026-03-02');
    expect(mondayOf('2026-03-08')).toBe('2026-03-02');
    expect(mondayOf('2026-03-02')).toBe('2026-03-02');
    expect(weekDates('2026-03-30')).toEqual([
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-04',
      '2026-04-05',
    ]);
    expect(weekdayOfDate('2026-03-08')).toBe(7);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('reads instants in the employee’s zone, whatever the browser’s', () => {
    expect(wallClockOf('2026-03-04T15:00:00Z', 'America/Toronto')).toBe('2026-03-04T10:00');
    expect(localDateOf('2026-03-05T03:00:00Z', 'America/Toronto')).toBe('2026-03-04');
    expect(localDateOf('2026-03-05T03:00:00Z', 'Europe/Paris')).toBe('2026-03-05');
  });

  it('gives local midnights with the offset of the day, before and after the spring change', () => {
    expect(instantOf('2026-03-02', 'America/Toronto')).toBe('2026-03-02T00:00:00-05:00');
    expect(instantOf('2026-03-09', 'America/Toronto')).toBe('2026-03-09T00:00:00-04:00');
    expect(instantOf('2026-03-16T09:30', 'America/Toronto')).toBe('2026-03-16T09:30:00-04:00');
  });
});

import { assessQuota, carryOver, periodContaining, previousPeriod, type QuotaTerms } from './quota-periods';

describe('quota periods', () => {
  it('finds the Monday-to-Monday week, the month and the year of a date', () => {
    expect(periodContaining('2026-03-11', 'week')).toEqual({ unit: 'week', start: '2026-03-09', end: '2026-03-16' });
    expect(periodContaining('2026-03-01', 'week')).toEqual({ unit: 'week', start: '2026-02-23', end: '2026-03-02' });
    expect(periodContaining('2026-12-31', 'month')).toEqual({ unit: 'month', start: '2026-12-01', end: '2027-01-01' });
    expect(periodContaining('2026-07-04', 'year')).toEqual({ unit: 'year', start: '2026-01-01', end: '2027-01-01' });
  });

  it('steps back one period', () => {
    expect(previousPeriod(periodContaining('2026-01-15', 'month')).start).toBe('2025-12-01');
    expect(previousPeriod(periodContaining('2026-03-09', 'week')).start).toBe('2026-03-02');
  });
});

describe('assessQuota', () => {
  const twelveHoursAMonth: QuotaTerms = { minutesPerPeriod: 720, unit: 'month', rollover: 'none', rolloverCapMinutes: null };

  it('accepts a request that reaches the quota exactly', () => {
    const [line] = assessQuota(twelveHoursAMonth, new Map([['2026-03-10', 120]]), new Map([['2026-03-01', 600]]));
    expect(line).toMatchObject({
      allottedMinutes: 720,
      usedMinutes: 600,
      requestedMinutes: 120,
      remainingMinutes: 0,
      exceeded: false,
    });
  });

  it('refuses one minute over', () => {
    const [line] = assessQuota(twelveHoursAMonth, new Map([['2026-03-10', 121]]), new Map([['2026-03-01', 600]]));
    expect(line.exceeded).toBe(true);
    expect(line.remainingMinutes).toBe(-1);
  });

  it('carries unused minutes into the next period, up to the cap', () => {
    const terms: QuotaTerms = { ...twelveHoursAMonth, rollover: 'next', rolloverCapMinutes: 120 };
    const [line] = assessQuota(terms, new Map([['2026-04-02', 840]]), new Map([['2026-03-01', 300]]));
    expect(line.carriedOverMinutes).toBe(120);
    expect(line.exceeded).toBe(false);
    expect(carryOver({ ...terms, rolloverCapMinutes: null }, 720, 300)).toBe(420);
    expect(carryOver(twelveHoursAMonth, 720, 300)).toBe(0);
  });

  it('has nothing to say without a cap', () => {
    expect(assessQuota({ ...twelveHoursAMonth, minutesPerPeriod: null }, new Map([['2026-03-10', 99999]]), new Map())).toEqual(
      [],
    );
  });
});

import { hourBankLedger, hourBankLine, minutesByPeriod } from './hour-bank';
import { periodContaining, type QuotaTerms } from './quota-periods';

const tenHoursAMonth: QuotaTerms = { minutesPerPeriod: 600, unit: 'month', rollover: 'next', rolloverCapMinutes: 120 };

describe('hour bank', () => {
  it('sums the minutes of each day into the period holding it', () => {
    const days = new Map([
      ['2026-03-02', 60],
      ['2026-03-31', 30],
      ['2026-04-01', 45],
    ]);
    expect(minutesByPeriod(days, 'month')).toEqual(
      new Map([
        ['2026-03-01', 90],
        ['2026-04-01', 45],
      ]),
    );
  });

  it('carries the unused minutes of a period into the next one, up to the cap, and never into the first', () => {
    const lines = hourBankLedger(
      tenHoursAMonth,
      { from: '2026-03-15', to: '2026-05-01' },
      new Map([
        ['2026-03-10', 300],
        ['2026-04-20', 700],
      ]),
      new Map([['2026-03-10', 240]]),
    );
    expect(lines).toEqual([
      {
        period: { unit: 'month', start: '2026-03-01', end: '2026-04-01' },
        allottedMinutes: 600,
        carriedOverMinutes: 0,
        bookedMinutes: 300,
        workedMinutes: 240,
        remainingMinutes: 300,
      },
      {
        period: { unit: 'month', start: '2026-04-01', end: '2026-05-01' },
        allottedMinutes: 600,
        carriedOverMinutes: 120,
        bookedMinutes: 700,
        workedMinutes: 0,
        remainingMinutes: 20,
      },
    ]);
  });

  it('counts a bank without a cap as nothing allotted, so anything booked is over', () => {
    const line = hourBankLine({ ...tenHoursAMonth, minutesPerPeriod: null }, periodContaining('2026-03-10', 'week'), {
      bookedBefore: 0,
      booked: 90,
      worked: 0,
    });
    expect(line).toMatchObject({ allottedMinutes: 0, carriedOverMinutes: 0, remainingMinutes: -90 });
  });

  it('carries nothing when the agreement does not roll over', () => {
    const line = hourBankLine({ ...tenHoursAMonth, rollover: 'none' }, periodContaining('2026-04-10', 'month'), {
      bookedBefore: 0,
      booked: 0,
      worked: 0,
    });
    expect(line.carriedOverMinutes).toBe(0);
  });
});

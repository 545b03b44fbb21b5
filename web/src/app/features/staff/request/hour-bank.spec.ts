import { anAgreement } from '../staff-testing';
import type { HourBankLine } from '@mutualis/contracts';
import { durationsWithinQuota, fitsQuota, hourBankProgressOf, hourBankWindow, inForceOn, quotaWindowsOf } from './hour-bank';

describe('hour bank', () => {
  it('asks for the current period and the next two, whatever the unit', () => {
    expect(hourBankWindow('2026-03-04', 'month')).toEqual({ from: '2026-03-01', to: '2026-06-01' });
    expect(hourBankWindow('2026-03-04', 'week')).toEqual({ from: '2026-03-02', to: '2026-03-23' });
    expect(hourBankWindow('2026-03-04', 'year')).toEqual({ from: '2026-01-01', to: '2029-01-01' });
  });

  it('starts from the first day of an agreement that began during the current period, so the API finds it', () => {
    expect(hourBankWindow('2026-03-04', 'month', '2026-03-02')).toEqual({ from: '2026-03-02', to: '2026-06-01' });
    expect(hourBankWindow('2026-03-04', 'month', '2025-01-01')).toEqual({ from: '2026-03-01', to: '2026-06-01' });
  });

  it('knows an agreement is in force from its first day until the day before `endsOn`', () => {
    const agreement = anAgreement({ startsOn: '2026-01-01', endsOn: '2026-04-01' });
    expect(inForceOn(agreement, '2025-12-31')).toBe(false);
    expect(inForceOn(agreement, '2026-01-01')).toBe(true);
    expect(inForceOn(agreement, '2026-03-31')).toBe(true);
    expect(inForceOn(agreement, '2026-04-01')).toBe(false);
    expect(inForceOn(anAgreement({ endsOn: null }), '2030-01-01')).toBe(true);
  });

  it('measures booked hours against allotted plus carried over, full and flagged when over', () => {
    const line = { period: { unit: 'month' as const, start: '2026-03-01', end: '2026-04-01' }, workedMinutes: 0 };
    expect(
      hourBankProgressOf({ ...line, allottedMinutes: 600, carriedOverMinutes: 120, bookedMinutes: 360, remainingMinutes: 360 }),
    ).toEqual({
      availableMinutes: 720,
      bookedMinutes: 360,
      remainingMinutes: 360,
      percent: 50,
      over: false,
    });
    expect(
      hourBankProgressOf({ ...line, allottedMinutes: 600, carriedOverMinutes: 0, bookedMinutes: 750, remainingMinutes: -150 }),
    ).toMatchObject({
      remainingMinutes: -150,
      percent: 100,
      over: true,
    });
    expect(
      hourBankProgressOf({ ...line, allottedMinutes: 0, carriedOverMinutes: 0, bookedMinutes: 0, remainingMinutes: 0 }).percent,
    ).toBe(0);
  });
});

describe('quota windows', () => {
  const line = (start: string, end: string, bookedMinutes: number, carriedOverMinutes = 0): HourBankLine => ({
    period: { unit: 'month', start, end },
    allottedMinutes: 600,
    carriedOverMinutes,
    bookedMinutes,
    workedMinutes: 0,
    remainingMinutes: 600 + carriedOverMinutes - bookedMinutes,
  });
  const quota = quotaWindowsOf([line('2026-03-01', '2026-04-01', 540), line('2026-04-01', '2026-05-01', 700, 60)]);

  it('keeps what is left in each period, never less than nothing', () => {
    expect(quota.map((window) => window.remainingMinutes)).toEqual([60, 0]);
  });

  it('lets a request through only when its period has the minutes left', () => {
    expect(fitsQuota('2026-03-31', 60, quota)).toBe(true);
    expect(fitsQuota('2026-03-31', 90, quota)).toBe(false);
    expect(fitsQuota('2026-04-01', 30, quota)).toBe(false);
    expect(fitsQuota('2026-05-01', 600, quota)).toBe(true);
    expect(fitsQuota('2026-03-31', 600, null)).toBe(true);
  });

  it('offers only the lengths that fit somewhere: with 1 h left, no 3 h slots', () => {
    expect(durationsWithinQuota([30, 60, 90, 180], quota)).toEqual([30, 60]);
    expect(durationsWithinQuota([30, 60, 90, 180], null)).toEqual([30, 60, 90, 180]);
  });
});

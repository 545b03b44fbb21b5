import { anAgreement } from '../staff-testing';
import { fixedShareTotalOn } from './fixed-shares';

describe('fixedShareTotalOn', () => {
  it('adds the fixed shares of the agreements in force on the day, to the hundredth', () => {
    const agreements = [
      anAgreement({ id: 'a', fixedSharePercent: 33.33 }),
      anAgreement({ id: 'b', fixedSharePercent: 33.33 }),
      anAgreement({ id: 'c', fixedSharePercent: 33.34 }),
      anAgreement({ id: 'ended', fixedSharePercent: 50, endsOn: '2026-02-01' }),
      anAgreement({ id: 'future', fixedSharePercent: 50, startsOn: '2027-01-01' }),
      anAgreement({ id: 'hours only', fixedSharePercent: null }),
    ];

    expect(fixedShareTotalOn(agreements, '2026-03-04')).toEqual({ total: 100, count: 3, missing: 0 });
  });

  it('says how much is missing or over', () => {
    expect(
      fixedShareTotalOn([anAgreement({ fixedSharePercent: 60 }), anAgreement({ fixedSharePercent: 25.5 })], '2026-03-04'),
    ).toEqual({
      total: 85.5,
      count: 2,
      missing: 14.5,
    });
    expect(
      fixedShareTotalOn([anAgreement({ fixedSharePercent: 70 }), anAgreement({ fixedSharePercent: 40 })], '2026-03-04').missing,
    ).toBe(-10);
    expect(fixedShareTotalOn([], '2026-03-04')).toEqual({ total: 0, count: 0, missing: 100 });
  });
});

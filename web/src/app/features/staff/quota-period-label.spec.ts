import { quotaPeriodLabel } from './quota-period-label';

describe('quotaPeriodLabel', () => {
  const day = (date: string) => `<${date}>`;

  it('names a week by its Monday, a month by its name and a year by its number', () => {
    expect(quotaPeriodLabel({ unit: 'week', start: '2026-03-02', end: '2026-03-09' }, day)).toEqual({
      key: 'staff.period.week',
      params: { date: '<2026-03-02>' },
    });
    expect(quotaPeriodLabel({ unit: 'month', start: '2026-03-01', end: '2026-04-01' }, day)).toEqual({
      key: 'staff.period.month.3',
      params: { year: '2026' },
    });
    expect(quotaPeriodLabel({ unit: 'year', start: '2026-01-01', end: '2027-01-01' }, day)).toEqual({
      key: 'staff.period.year',
      params: { year: '2026' },
    });
  });
});

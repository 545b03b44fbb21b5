import { changeKind, lastDayOf, periodContaining, periodParts, periodSlug, shiftPeriod, todayIn } from './report-period';

describe('report periods', () => {
  it('covers the whole month of a day, the next month excluded', () => {
    expect(periodContaining('month', '2026-11-26')).toEqual({ kind: 'month', from: '2026-11-01', to: '2026-12-01' });
    expect(periodContaining('month', '2026-12-31')).toEqual({ kind: 'month', from: '2026-12-01', to: '2027-01-01' });
  });

  it('covers calendar quarters and years', () => {
    expect(periodContaining('quarter', '2026-11-26')).toEqual({ kind: 'quarter', from: '2026-10-01', to: '2027-01-01' });
    expect(periodContaining('quarter', '2026-02-14')).toEqual({ kind: 'quarter', from: '2026-01-01', to: '2026-04-01' });
    expect(periodContaining('year', '2026-06-15')).toEqual({ kind: 'year', from: '2026-01-01', to: '2027-01-01' });
  });

  it('runs the fiscal year from April to March: January to March belong to the one that began the April before', () => {
    expect(periodContaining('fiscalYear', '2026-04-01')).toEqual({ kind: 'fiscalYear', from: '2026-04-01', to: '2027-04-01' });
    expect(periodContaining('fiscalYear', '2026-11-26')).toEqual({ kind: 'fiscalYear', from: '2026-04-01', to: '2027-04-01' });
    expect(periodContaining('fiscalYear', '2027-03-31')).toEqual({ kind: 'fiscalYear', from: '2026-04-01', to: '2027-04-01' });
    expect(periodContaining('fiscalYear', '2026-01-10')).toEqual({ kind: 'fiscalYear', from: '2025-04-01', to: '2026-04-01' });
  });

  it('moves to the previous and next period across year ends', () => {
    const december = periodContaining('month', '2026-12-05');
    expect(shiftPeriod(december, 1)).toEqual({ kind: 'month', from: '2027-01-01', to: '2027-02-01' });
    expect(shiftPeriod(periodContaining('month', '2026-01-05'), -1)).toEqual({
      kind: 'month',
      from: '2025-12-01',
      to: '2026-01-01',
    });
    expect(shiftPeriod(periodContaining('quarter', '2026-01-05'), -1)).toEqual({
      kind: 'quarter',
      from: '2025-10-01',
      to: '2026-01-01',
    });
    expect(shiftPeriod(periodContaining('fiscalYear', '2026-05-01'), 1)).toEqual({
      kind: 'fiscalYear',
      from: '2027-04-01',
      to: '2028-04-01',
    });
  });

  it('keeps the moment shown when the kind of period changes', () => {
    const november = periodContaining('month', '2026-11-01');
    expect(changeKind(november, 'quarter').from).toBe('2026-10-01');
    expect(changeKind(periodContaining('month', '2027-02-01'), 'fiscalYear').from).toBe('2026-04-01');
  });

  it('knows the last day people read (the day before the exclusive end)', () => {
    expect(lastDayOf({ to: '2026-03-01' })).toBe('2026-02-28');
    expect(lastDayOf({ to: '2028-03-01' })).toBe('2028-02-29');
    expect(lastDayOf({ to: '2027-01-01' })).toBe('2026-12-31');
  });

  it('takes today on Montréal’s calendar: 23:30 on 30 November there is still November', () => {
    expect(todayIn('America/Toronto', Date.parse('2026-12-01T04:30:00Z'))).toBe('2026-11-30');
    expect(todayIn('America/Toronto', Date.parse('2026-12-01T05:30:00Z'))).toBe('2026-12-01');
  });

  it('names periods for file names', () => {
    expect(periodSlug(periodContaining('month', '2026-11-26'), 'T')).toBe('2026-11');
    expect(periodSlug(periodContaining('quarter', '2026-11-26'), 'T')).toBe('2026-T4');
    expect(periodSlug(periodContaining('quarter', '2026-11-26'), 'Q')).toBe('2026-Q4');
    expect(periodSlug(periodContaining('year', '2026-11-26'), 'T')).toBe('2026');
    expect(periodSlug(periodContaining('fiscalYear', '2027-02-01'), 'T')).toBe('2026-2027');
    expect(periodParts(periodContaining('fiscalYear', '2027-02-01'))).toEqual({
      year: 2026,
      month: 4,
      quarter: 2,
      endYear: 2027,
    });
  });
});

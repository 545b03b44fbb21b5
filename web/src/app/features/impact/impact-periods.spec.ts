import { impactPeriods, periodLabel } from './impact-periods';

describe('impact periods', () => {
  it('offers months, quarters, years and April–March fiscal years, the current one first', () => {
    expect(impactPeriods('2026-11-16', 'month', 'fr-CA').slice(0, 2)).toEqual([
      { from: '2026-11-01', to: '2026-12-01', label: 'novembre 2026' },
      { from: '2026-10-01', to: '2026-11-01', label: 'octobre 2026' },
    ]);
    expect(impactPeriods('2026-02-10', 'quarter', 'fr-CA').slice(0, 2)).toEqual([
      { from: '2026-01-01', to: '2026-04-01', label: 'T1 2026' },
      { from: '2025-10-01', to: '2026-01-01', label: 'T4 2025' },
    ]);
    expect(impactPeriods('2026-02-10', 'quarter', 'en-CA')[0].label).toBe('Q1 2026');
    expect(impactPeriods('2026-11-16', 'year', 'en-CA')[0]).toEqual({ from: '2026-01-01', to: '2027-01-01', label: '2026' });
    expect(impactPeriods('2026-11-16', 'fiscal', 'fr-CA')[0]).toEqual({
      from: '2026-04-01',
      to: '2027-04-01',
      label: '2026-2027',
    });
    expect(impactPeriods('2026-03-31', 'fiscal', 'fr-CA')[0]).toEqual({
      from: '2025-04-01',
      to: '2026-04-01',
      label: '2025-2026',
    });
    expect(impactPeriods('2026-01-05', 'month', 'en-CA')[1]).toEqual({
      from: '2025-12-01',
      to: '2026-01-01',
      label: 'December 2025',
    });
  });
});

describe('period labels', () => {
  it('names the reporting periods as people do, in French and in English', () => {
    expect(periodLabel({ from: '2026-11-01', to: '2026-12-01' }, 'fr-CA')).toBe('novembre 2026');
    expect(periodLabel({ from: '2026-11-01', to: '2026-12-01' }, 'en-CA')).toBe('November 2026');
    expect(periodLabel({ from: '2026-07-01', to: '2026-10-01' }, 'fr-CA')).toBe('T3 2026');
    expect(periodLabel({ from: '2026-07-01', to: '2026-10-01' }, 'en-CA')).toBe('Q3 2026');
    expect(periodLabel({ from: '2026-01-01', to: '2027-01-01' }, 'fr-CA')).toBe('2026');
    expect(periodLabel({ from: '2026-04-01', to: '2027-04-01' }, 'en-CA')).toBe('2026-2027');
  });

  it('names any other window by its first and last days', () => {
    expect(periodLabel({ from: '2026-11-03', to: '2026-11-10' }, 'en-CA')).toBe('Nov 3, 2026 – Nov 9, 2026');
  });
});

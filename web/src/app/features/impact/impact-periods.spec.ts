import { impactPeriods } from './impact-periods';

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

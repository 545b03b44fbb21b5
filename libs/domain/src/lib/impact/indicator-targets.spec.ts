import fc from 'fast-check';
import { reportingPeriodKind, resolveTarget, type PeriodTarget } from './indicator-targets';

const FISCAL_2026 = { from: '2026-04-01', to: '2027-04-01', target: 1200 };
const FISCAL_2025 = { from: '2025-04-01', to: '2026-04-01', target: 600 };
const NOVEMBER = { from: '2026-11-01', to: '2026-12-01' };

describe('reporting periods', () => {
  it.each([
    [{ from: '2026-11-01', to: '2026-12-01' }, 'month'],
    [{ from: '2026-12-01', to: '2027-01-01' }, 'month'],
    [{ from: '2026-10-01', to: '2027-01-01' }, 'quarter'],
    [{ from: '2026-01-01', to: '2027-01-01' }, 'year'],
    [{ from: '2026-04-01', to: '2027-04-01' }, 'fiscal_year'],
  ])('knows %j as a %s', (window, kind) => {
    expect(reportingPeriodKind(window)).toBe(kind);
  });

  it.each([
    { from: '2026-11-02', to: '2026-12-01' },
    { from: '2026-11-01', to: '2026-11-30' },
    { from: '2026-11-01', to: '2027-01-01' },
    { from: '2026-11-01', to: '2027-02-01' },
    { from: '2026-07-01', to: '2027-07-01' },
    { from: '2026-02-30', to: '2026-03-01' },
    { from: '2026-12-01', to: '2026-11-01' },
    { from: 'novembre', to: '2026-12-01' },
  ])('refuses %j', (window) => {
    expect(reportingPeriodKind(window)).toBeNull();
  });
});

describe('the target of a period', () => {
  it('is the one set for exactly that period', () => {
    const november = { ...NOVEMBER, target: 150 };
    expect(resolveTarget(NOVEMBER, [FISCAL_2026, november], 10, true)).toEqual({
      target: 150,
      basis: 'period',
      sources: [november],
    });
  });

  it("gives a month a twelfth of its fiscal year's target, and a quarter a quarter of it", () => {
    expect(resolveTarget(NOVEMBER, [FISCAL_2026], 10, true)).toEqual({ target: 100, basis: 'prorated', sources: [FISCAL_2026] });
    expect(resolveTarget({ from: '2026-10-01', to: '2027-01-01' }, [FISCAL_2026], null, true)?.target).toBe(300);
  });

  it('spreads a calendar year over the two fiscal years it straddles', () => {
    const year = resolveTarget({ from: '2026-01-01', to: '2027-01-01' }, [FISCAL_2026, FISCAL_2025], null, true);
    expect(year?.basis).toBe('prorated');
    expect(year?.target).toBeCloseTo(600 * (3 / 12) + 1200 * (9 / 12), 9);
    expect(year?.sources).toEqual([FISCAL_2025, FISCAL_2026]);
  });

  it('sums the months of a quarter, each from the shortest period that has a target', () => {
    const november = { ...NOVEMBER, target: 40 };
    const quarter = resolveTarget({ from: '2026-10-01', to: '2027-01-01' }, [FISCAL_2026, november], null, true);
    expect(quarter).toEqual({ target: 100 + 40 + 100, basis: 'prorated', sources: [FISCAL_2026, november] });
  });

  it('takes a share of a month by its days when the window cuts one', () => {
    const half = resolveTarget({ from: '2026-11-01', to: '2026-11-16' }, [FISCAL_2026], null, true);
    expect(half?.target).toBeCloseTo(50, 9);
  });

  it('keeps a rate or a count of distinct organisations as is, from the shortest period containing the window', () => {
    const quarter = { from: '2026-10-01', to: '2027-01-01', target: 40 };
    expect(resolveTarget(NOVEMBER, [FISCAL_2026, quarter], null, false)).toEqual({
      target: 40,
      basis: 'enclosing',
      sources: [quarter],
    });
  });

  it("falls back to the indicator's default target when the periods do not cover the whole window", () => {
    const year = { from: '2026-01-01', to: '2027-01-01' };
    expect(resolveTarget(year, [FISCAL_2026], 35, true)).toEqual({ target: 35, basis: 'default', sources: [] });
    expect(resolveTarget(year, [FISCAL_2026], 35, false)).toEqual({ target: 35, basis: 'default', sources: [] });
    expect(resolveTarget(year, [FISCAL_2026], null, true)).toBeNull();
    expect(resolveTarget(NOVEMBER, [], null, false)).toBeNull();
  });

  it('ignores a stored window that is not a reporting period', () => {
    const odd = { from: '2026-11-01', to: '2026-11-20', target: 5 };
    expect(resolveTarget({ from: '2026-11-01', to: '2026-11-20' }, [odd], 7, true)).toEqual({
      target: 7,
      basis: 'default',
      sources: [],
    });
  });
});

describe('prorated targets, as properties', () => {
  const monthStart = fc.integer({ min: 2020 * 12, max: 2035 * 12 }).map((i) => ({
    index: i,
    day: new Date(Date.UTC(Math.floor(i / 12), i % 12, 1)).toISOString().slice(0, 10),
  }));
  const iso = (i: number) => new Date(Date.UTC(Math.floor(i / 12), i % 12, 1)).toISOString().slice(0, 10);

  it('the months of a fiscal year add up to its target, and so do its quarters', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2020, max: 2035 }), fc.integer({ min: 0, max: 10_000_000 }), (year, cents) => {
        const fiscal: PeriodTarget = { from: `${year}-04-01`, to: `${year + 1}-04-01`, target: cents / 100 };
        const start = year * 12 + 3;
        const months = [...Array(12).keys()].map(
          (m) => resolveTarget({ from: iso(start + m), to: iso(start + m + 1) }, [fiscal], null, true)?.target ?? Number.NaN,
        );
        const quarters = [...Array(4).keys()].map(
          (q) =>
            resolveTarget({ from: iso(start + 3 * q), to: iso(start + 3 * q + 3) }, [fiscal], null, true)?.target ?? Number.NaN,
        );
        const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
        expect(sum(months)).toBeCloseTo(fiscal.target, 6);
        expect(sum(quarters)).toBeCloseTo(fiscal.target, 6);
      }),
    );
  });

  it('a target set for a period always wins, and a month of a longer period is never more than its whole', () => {
    fc.assert(
      fc.property(monthStart, fc.constantFrom(1, 3, 12), fc.integer({ min: 0, max: 1_000_000 }), (start, months, target) => {
        const from = start.day;
        const aligned =
          months === 1 ? start.index : months === 3 ? start.index - (start.index % 3) : start.index - (start.index % 12);
        const period: PeriodTarget = { from: iso(aligned), to: iso(aligned + months), target };
        expect(resolveTarget(period, [period], 1, true)?.basis).toBe('period');
        // The month lies inside the period: its share is there, between nothing and the whole.
        const month = resolveTarget({ from, to: iso(start.index + 1) }, [period], null, true);
        expect(month?.basis).toBe(months === 1 ? 'period' : 'prorated');
        expect(month?.target).toBeLessThanOrEqual(target + 1e-9);
        expect(month?.target).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

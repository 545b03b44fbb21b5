import fc from 'fast-check';
import { relativeChange, utilisationRate } from './impact-rates';
import { savingsOf, standAloneCost, type StandAloneRate } from './stand-alone-cost';

const RUNS = { numRuns: 300 };
const cents = fc.integer({ min: 0, max: 10_000_000 });
const rate: fc.Arbitrary<StandAloneRate> = fc.record({
  kind: fc.constantFrom('per_hour' as const, 'per_m2_month' as const),
  cents,
});
const use = fc.record({
  rate,
  minutes: fc.integer({ min: 0, max: 500_000 }),
  monthsUsed: fc.integer({ min: 0, max: 36 }),
  floorAreaCentiM2: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }),
});

describe('stand-alone cost and savings, as properties', () => {
  it('is a whole number of cents within half a cent of the exact product', () => {
    fc.assert(
      fc.property(use, (u) => {
        const cost = standAloneCost(u);
        expect(Number.isSafeInteger(cost.amountCents)).toBe(true);
        const exact =
          u.rate.kind === 'per_hour'
            ? (u.rate.cents * u.minutes) / 60
            : u.floorAreaCentiM2 === null
              ? 0
              : (u.rate.cents * u.floorAreaCentiM2 * u.monthsUsed) / 100;
        expect(Math.abs(cost.amountCents - exact)).toBeLessThanOrEqual(0.5 + exact * 1e-12);
      }),
      RUNS,
    );
  });

  it('never decreases when more is used', () => {
    fc.assert(
      fc.property(use, fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 12 }), (u, more, moreMonths) => {
        const bigger = standAloneCost({ ...u, minutes: u.minutes + more, monthsUsed: u.monthsUsed + moreMonths });
        expect(bigger.amountCents).toBeGreaterThanOrEqual(standAloneCost(u).amountCents);
      }),
      RUNS,
    );
  });

  it('explains each amount with the figures it multiplied', () => {
    fc.assert(
      fc.property(use, (u) => {
        const cost = standAloneCost(u);
        if (cost.kind === 'per_hour') expect([cost.minutes, cost.rateCents]).toEqual([u.minutes, u.rate.cents]);
        if (cost.kind === 'per_m2_month')
          expect([cost.months, cost.floorAreaCentiM2]).toEqual([u.monthsUsed, u.floorAreaCentiM2]);
        if (cost.kind === 'no_area') expect(u.floorAreaCentiM2).toBeNull();
      }),
      RUNS,
    );
  });

  it('saves exactly stand-alone minus charged, per organisation and in total', () => {
    const amounts = fc.dictionary(fc.string({ minLength: 1, maxLength: 3 }), cents, { maxKeys: 20 });
    fc.assert(
      fc.property(amounts, amounts, (alone, charged) => {
        const result = savingsOf(new Map(Object.entries(alone)), new Map(Object.entries(charged)));
        for (const line of result.lines) {
          expect(line.savedCents).toBe(line.standAloneCents - line.chargedCents);
          expect(line.standAloneCents).toBe(alone[line.organisationId] ?? 0);
          expect(line.chargedCents).toBe(charged[line.organisationId] ?? 0);
        }
        expect(result.lines.map((l) => l.organisationId).sort()).toEqual(
          [...new Set([...Object.keys(alone), ...Object.keys(charged)])].sort(),
        );
        expect(result.total.savedCents).toBe(result.total.standAloneCents - result.total.chargedCents);
        expect(result.total.standAloneCents).toBe(Object.values(alone).reduce((a, b) => a + b, 0));
      }),
      RUNS,
    );
  });

  it('rates utilisation as worked ÷ contracted, with no rate for no contracted time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (worked, contracted) => {
        const rate = utilisationRate(worked, contracted);
        if (contracted === 0) expect(rate).toBeNull();
        else expect(rate).toBeCloseTo(worked / contracted, 12);
        const change = relativeChange(worked, contracted);
        if (contracted === 0) expect(change).toBeNull();
        else expect(contracted * (1 + (change as number))).toBeCloseTo(worked, 6);
      }),
      RUNS,
    );
  });
});

import fc from 'fast-check';
import { prorateCents, splitByLargestRemainder } from './cents-arithmetic';

const RUNS = { numRuns: 300 };

/** Weights from tiny to far beyond 2^53, some zero, with at least one positive. */
const weights = fc
  .uniqueArray(
    fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), weight: fc.oneof(fc.bigInt(0n, 10n), fc.bigInt(0n, 10n ** 20n)) }),
    { minLength: 1, maxLength: 30, selector: (entry) => entry.id },
  )
  .filter((list) => list.some((entry) => entry.weight > 0n));
const total = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 1_000_000_000 }), fc.maxSafeNat());

describe('splitByLargestRemainder laws', () => {
  it('sums exactly to the total and keeps every share within one cent of its exact quotient', () => {
    fc.assert(
      fc.property(total, weights, (totalCents, list) => {
        const split = splitByLargestRemainder(totalCents, list);
        const weightSum = list.reduce((sum, entry) => sum + entry.weight, 0n);
        expect([...split.values()].reduce((sum, cents) => sum + BigInt(cents), 0n)).toBe(BigInt(totalCents));
        for (const { id, weight } of list) {
          // |share − total × weight ÷ sum| < 1, multiplied through by sum.
          const gap = BigInt(split.get(id) ?? -1) * weightSum - BigInt(totalCents) * weight;
          expect(gap > -weightSum && gap < weightSum).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('does not depend on the order of the weights', () => {
    fc.assert(
      fc.property(
        total,
        weights.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))),
        (totalCents, [list, shuffled]) => {
          expect([...splitByLargestRemainder(totalCents, shuffled)]).toEqual([...splitByLargestRemainder(totalCents, list)]);
        },
      ),
      RUNS,
    );
  });
});

describe('prorateCents laws', () => {
  it('is the exact proration rounded half up, between 0 and the amount', () => {
    const input = fc
      .tuple(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 1, max: 366 }))
      .chain(([amount, period]) => fc.tuple(fc.constant(amount), fc.integer({ min: 0, max: period }), fc.constant(period)));
    fc.assert(
      fc.property(input, ([amount, overlap, period]) => {
        const cents = prorateCents(amount, overlap, period);
        expect(cents).toBeGreaterThanOrEqual(0);
        expect(cents).toBeLessThanOrEqual(amount);
        // Half up: −½ < cents − exact ≤ ½, multiplied through by 2 × period.
        const gap = 2n * BigInt(cents) * BigInt(period) - 2n * BigInt(amount) * BigInt(overlap);
        expect(gap > -BigInt(period) && gap <= BigInt(period)).toBe(true);
      }),
      RUNS,
    );
  });
});

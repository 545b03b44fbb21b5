import fc from 'fast-check';
import { allocatePool, type PoolAllocation } from './allocate-pool';
import type { AllocationParticipant, PoolAllocationInput } from './allocation-input';
import type { AllocationKey, BaseAllocationKeyKind, FallbackKeyKind } from './allocation-key';

const RUNS = { numRuns: 300 };

const baseKind = fc.constantFrom<BaseAllocationKeyKind>(
  'usage_share',
  'fixed_share',
  'equal_split',
  'floor_area',
  'unit_days',
  'kilometres',
);
const fallbackKind = fc.option(fc.constantFrom<FallbackKeyKind>('equal_split', 'fixed_share', 'floor_area'), { nil: undefined });
const money = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1_000_000_000 }));

/** Limits around typical shares, so that they bind, fail to bind, and are sometimes infeasible. */
const limits = fc
  .tuple(fc.option(money, { nil: null }), fc.option(money, { nil: null }))
  .map(([a, b]) => (a !== null && b !== null && b < a ? { minChargeCents: b, capCents: a } : { minChargeCents: a, capCents: b }));

const keyKind = fc.oneof(
  fc
    .constantFrom<
      AllocationKey['kind']
    >('hourly_rate', 'usage_share', 'fixed_share', 'equal_split', 'floor_area', 'unit_days', 'kilometres')
    .map((kind) => ({ kind })),
  fc.tuple(baseKind, baseKind, fc.integer({ min: 1, max: 99 })).map(([first, second, percent]) => ({
    kind: 'hybrid' as const,
    parts: [
      { key: first, percent },
      { key: second, percent: 100 - percent },
    ],
  })),
);
const key: fc.Arbitrary<AllocationKey> = fc
  .tuple(keyKind, fallbackKind, fc.option(limits, { nil: undefined }))
  .map(([kind, fallback, bounds]) => ({ ...kind, ...(fallback ? { fallback } : {}), ...bounds }));

const participant = fc.record({
  organisationId: fc.string({ minLength: 1, maxLength: 3 }),
  organisationName: fc.constant('Organisme'),
  usageMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 20_000 })),
  fixedShareBasisPoints: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }),
  floorAreaCentiM2: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: undefined }),
  unitDays: fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: undefined }),
  kilometres: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
  inEqualSplit: fc.boolean(),
});
const participants = fc
  .tuple(fc.uniqueArray(participant, { maxLength: 30, selector: (entry) => entry.organisationId }), fc.boolean())
  .map(([list, idle]): AllocationParticipant[] => (idle ? list.map((entry) => ({ ...entry, usageMinutes: 0 })) : list));

const poolInput: fc.Arbitrary<PoolAllocationInput> = fc.record({
  poolId: fc.constant('pool'),
  amountCents: money,
  hourlyRateCents: fc.integer({ min: 0, max: 20_000 }),
  key,
  participants,
});

const sumOf = (allocation: PoolAllocation) => allocation.lines.reduce((sum, line) => sum + line.amountCents, 0);

describe('allocatePool laws', () => {
  it('sums to the pool to the cent whenever someone is in the equal split, and otherwise reports the rest', () => {
    fc.assert(
      fc.property(poolInput, (input) => {
        const allocation = allocatePool(input);
        expect(sumOf(allocation) + (allocation.unallocatedCents ?? 0)).toBe(allocation.amountCents);
        if (input.participants.some((entry) => entry.inEqualSplit)) {
          expect(allocation.unallocatedCents).toBeUndefined();
          expect(sumOf(allocation)).toBe(allocation.amountCents);
        }
      }),
      RUNS,
    );
  });

  it('never charges a negative or fractional amount, and shares stay within 0..10000', () => {
    fc.assert(
      fc.property(poolInput, (input) => {
        for (const line of allocatePool(input).lines) {
          expect(Number.isSafeInteger(line.amountCents) && line.amountCents >= 0).toBe(true);
          expect(Number.isInteger(line.shareBasisPoints) && line.shareBasisPoints >= 0 && line.shareBasisPoints <= 10_000).toBe(
            true,
          );
          expect(line.amountCents > 0 || line.minutes > 0).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('honours every minimum charge and cap it does not report as ignored', () => {
    fc.assert(
      fc.property(poolInput, (input) => {
        const allocation = allocatePool(input);
        const ignored = new Set(allocation.lines[0]?.explanation.limitsIgnored?.map((limit) => limit.rule));
        const { minChargeCents, capCents } = input.key;
        for (const line of allocation.lines) {
          if (minChargeCents != null && !ignored.has('min_charge'))
            expect(line.amountCents).toBeGreaterThanOrEqual(minChargeCents);
          if (capCents != null && !ignored.has('cap')) expect(line.amountCents).toBeLessThanOrEqual(capCents);
        }
      }),
      RUNS,
    );
  });

  it('does not depend on the order of the participants', () => {
    const shuffledInput = poolInput.chain((input) =>
      fc.tuple(
        fc.constant(input),
        fc
          .shuffledSubarray(input.participants, { minLength: input.participants.length })
          .map((shuffled) => ({ ...input, participants: shuffled })),
      ),
    );
    fc.assert(
      fc.property(shuffledInput, ([input, shuffled]) => {
        expect(allocatePool(shuffled)).toEqual(allocatePool(input));
      }),
      RUNS,
    );
  });

  it('lists lines sorted by organisation id', () => {
    fc.assert(
      fc.property(poolInput, (input) => {
        const ids = allocatePool(input).lines.map((line) => line.organisationId);
        expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      }),
      RUNS,
    );
  });
});

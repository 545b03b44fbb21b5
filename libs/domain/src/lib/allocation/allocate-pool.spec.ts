import { allocatePool } from './allocate-pool';
import type { AllocationParticipant, PoolAllocationInput } from './allocation-input';
import type { AllocationKey } from './allocation-key';

function org(id: string, fields: Partial<AllocationParticipant> = {}): AllocationParticipant {
  return { organisationId: id, organisationName: `Organisme ${id}`, usageMinutes: 0, inEqualSplit: true, ...fields };
}

function pool(
  amountCents: number,
  key: AllocationKey,
  participants: AllocationParticipant[],
  extra: Partial<PoolAllocationInput> = {},
) {
  return allocatePool({ poolId: 'pool-1', amountCents, key, participants, ...extra });
}

const amounts = (result: ReturnType<typeof allocatePool>) =>
  Object.fromEntries(result.lines.map((line) => [line.organisationId, line.amountCents]));

describe('allocatePool by usage share', () => {
  const result = pool(520_000, { kind: 'usage_share' }, [
    org('c', { usageMinutes: 870 }),
    org('a', { usageMinutes: 870 }),
    org('b', { usageMinutes: 1740 }),
  ]);

  it('charges each organisation its hours over all hours used', () => {
    expect(amounts(result)).toEqual({ a: 130_000, b: 260_000, c: 130_000 });
    expect(result.lines.map((line) => line.shareBasisPoints)).toEqual([2500, 5000, 2500]);
    expect(result).toMatchObject({ poolId: 'pool-1', amountCents: 520_000, totalMinutes: 3480 });
    expect(result.fallbackApplied).toBeUndefined();
  });

  it('sorts lines by organisation and explains them with the minutes behind the share', () => {
    expect(result.lines.map((line) => line.organisationId)).toEqual(['a', 'b', 'c']);
    expect(result.lines[0].explanation).toEqual({
      kind: 'usage_share',
      minutes: 870,
      totalMinutes: 3480,
      poolCents: 520_000,
      shareBasisPoints: 2500,
    });
  });

  it('leaves out members that neither used the resource nor pay anything', () => {
    const withIdle = pool(100, { kind: 'usage_share' }, [org('a', { usageMinutes: 60 }), org('idle')]);
    expect(withIdle.lines.map((line) => line.organisationId)).toEqual(['a']);
  });
});

describe('allocatePool by fixed share', () => {
  it('splits 4 300,00 $ at 40/35/25 % into 1 720,00 / 1 505,00 / 1 075,00 $', () => {
    const result = pool(430_000, { kind: 'fixed_share' }, [
      org('a', { fixedShareBasisPoints: 4000 }),
      org('b', { fixedShareBasisPoints: 3500 }),
      org('c', { fixedShareBasisPoints: 2500 }),
    ]);
    expect(amounts(result)).toEqual({ a: 172_000, b: 150_500, c: 107_500 });
    expect(result.lines[0].explanation).toEqual({
      kind: 'fixed_share',
      basisPoints: 4000,
      totalBasisPoints: 10_000,
      poolCents: 430_000,
    });
  });

  it('leaves organisations without a fixed share out and scales the others to the whole pool', () => {
    const result = pool(100_000, { kind: 'fixed_share' }, [
      org('a', { fixedShareBasisPoints: 3000 }),
      org('b', { fixedShareBasisPoints: 1000 }),
      org('c', { fixedShareBasisPoints: null, usageMinutes: 120 }),
    ]);
    expect(amounts(result)).toEqual({ a: 75_000, b: 25_000, c: 0 });
  });
});

describe('allocatePool by equal split', () => {
  it('splits 100 cents among three as 34/33/33, the extra cent to the smallest id', () => {
    const result = pool(100, { kind: 'equal_split' }, [org('c'), org('b'), org('a')]);
    expect(amounts(result)).toEqual({ a: 34, b: 33, c: 33 });
    expect(result.lines[0].explanation).toEqual({ kind: 'equal_split', included: true, count: 3, poolCents: 100 });
  });

  it('charges nothing to an organisation outside the split, but still shows its hours', () => {
    const result = pool(100, { kind: 'equal_split' }, [org('a'), org('b', { inEqualSplit: false, usageMinutes: 30 })]);
    expect(amounts(result)).toEqual({ a: 100, b: 0 });
    expect(result.lines[1]).toMatchObject({ minutes: 30, shareBasisPoints: 0 });
  });
});

describe('allocatePool by floor area', () => {
  it('charges each organisation its dedicated area over the total', () => {
    const result = pool(170_000, { kind: 'floor_area' }, [
      org('a', { floorAreaCentiM2: 4550 }),
      org('b', { floorAreaCentiM2: 4550 }),
      org('c', { floorAreaCentiM2: 9100 }),
    ]);
    expect(amounts(result)).toEqual({ a: 42_500, b: 42_500, c: 85_000 });
    expect(result.lines[0].explanation).toEqual({
      kind: 'floor_area',
      areaCentiM2: 4550,
      totalAreaCentiM2: 18_200,
      shareBasisPoints: 2500,
      poolCents: 170_000,
    });
  });
});

describe('allocatePool by hourly rate', () => {
  const participants = [org('a', { usageMinutes: 195 }), org('b', { usageMinutes: 100 })];

  it('computes the pool as all hours × rate, rounded half up, and splits it by minutes to the cent', () => {
    // 295 min × 25,00 $/h = 122,9166… $ → 122,92 $; a's 81,25 $ is exact, b gets the rest.
    const result = pool(0, { kind: 'hourly_rate' }, participants, { hourlyRateCents: 2500 });
    expect(result.amountCents).toBe(12_292);
    expect(amounts(result)).toEqual({ a: 8125, b: 4167 });
    expect(result.lines[0].explanation).toEqual({ kind: 'hourly_rate', minutes: 195, rateCents: 2500 });
  });

  it('ignores the given amount and has nothing to split without hours', () => {
    const result = pool(99_999, { kind: 'hourly_rate' }, [org('a'), org('b')], { hourlyRateCents: 2500 });
    expect(result).toMatchObject({ amountCents: 0, lines: [] });
    expect(result.fallbackApplied).toBeUndefined();
  });

  it('requires the rate', () => {
    expect(() => pool(0, { kind: 'hourly_rate' }, participants)).toThrow(RangeError);
  });
});

describe('allocatePool by a hybrid key', () => {
  const key: AllocationKey = {
    kind: 'hybrid',
    parts: [
      { key: 'floor_area', percent: 50 },
      { key: 'usage_share', percent: 50 },
    ],
  };

  it('splits half by floor area and half by usage, then adds the two per organisation', () => {
    const result = pool(340_000, key, [
      org('a', { floorAreaCentiM2: 4550, usageMinutes: 1740 }),
      org('b', { floorAreaCentiM2: 4550, usageMinutes: 870 }),
      org('c', { floorAreaCentiM2: 9100, usageMinutes: 870 }),
    ]);
    expect(amounts(result)).toEqual({ a: 127_500, b: 85_000, c: 127_500 });
    expect(result.lines[0].explanation).toEqual({
      kind: 'hybrid',
      parts: [
        {
          percent: 50,
          partCents: 170_000,
          amountCents: 42_500,
          detail: { kind: 'floor_area', areaCentiM2: 4550, totalAreaCentiM2: 18_200, shareBasisPoints: 2500, poolCents: 170_000 },
        },
        {
          percent: 50,
          partCents: 170_000,
          amountCents: 85_000,
          detail: { kind: 'usage_share', minutes: 1740, totalMinutes: 3480, poolCents: 170_000, shareBasisPoints: 5000 },
        },
      ],
    });
  });

  it('splits an odd pool between its parts to the cent and falls back per part', () => {
    const result = pool(101, key, [org('a', { usageMinutes: 60 }), org('b')]);
    // No dedicated area: the 51-cent floor-area part falls back to an equal split; the 50-cent usage part goes to a.
    expect(amounts(result)).toEqual({ a: 26 + 50, b: 25 });
    expect(result.fallbackApplied).toBe('equal_split');
  });
});

describe('fallback when the key has nothing to weigh', () => {
  it('splits equally when nobody used the resource', () => {
    const result = pool(340_000, { kind: 'usage_share' }, [org('a'), org('b'), org('c'), org('d')]);
    expect(amounts(result)).toEqual({ a: 85_000, b: 85_000, c: 85_000, d: 85_000 });
    expect(result.fallbackApplied).toBe('equal_split');
    expect(result.lines[0].explanation).toEqual({
      kind: 'equal_split',
      included: true,
      count: 4,
      poolCents: 340_000,
      fallbackFrom: 'usage_share',
    });
  });

  it('uses the key’s own fallback when no space is dedicated', () => {
    const result = pool(100_000, { kind: 'floor_area', fallback: 'fixed_share' }, [
      org('a', { fixedShareBasisPoints: 7000 }),
      org('b', { fixedShareBasisPoints: 3000 }),
    ]);
    expect(amounts(result)).toEqual({ a: 70_000, b: 30_000 });
    expect(result.fallbackApplied).toBe('fixed_share');
  });

  it('ends with an equal split when the fallback has nothing to weigh either', () => {
    const result = pool(100_000, { kind: 'floor_area', fallback: 'fixed_share' }, [org('a'), org('b')]);
    expect(amounts(result)).toEqual({ a: 50_000, b: 50_000 });
    expect(result.fallbackApplied).toBe('equal_split');
  });

  it('charges nobody and says how much is unallocated when there is no participant at all', () => {
    expect(pool(100_000, { kind: 'usage_share' }, [])).toEqual({
      poolId: 'pool-1',
      amountCents: 100_000,
      totalMinutes: 0,
      fallbackApplied: 'equal_split',
      unallocatedCents: 100_000,
      lines: [],
    });
  });

  it('reports the amount as unallocated when even the equal split has nobody', () => {
    const result = pool(100_000, { kind: 'fixed_share' }, [org('a', { inEqualSplit: false, usageMinutes: 60 })]);
    expect(result.unallocatedCents).toBe(100_000);
    expect(amounts(result)).toEqual({ a: 0 });
  });
});

describe('minimum charge and cap', () => {
  const usage = (minutes: Record<string, number>) =>
    Object.entries(minutes).map(([id, usageMinutes]) => org(id, { usageMinutes }));

  it('raises a small user to the minimum and takes the difference from the others in proportion', () => {
    // Before: 50 / 450 / 500 $. a is raised to 100 $; b and c share the remaining 900 $ as 45:50.
    const result = pool(100_000, { kind: 'usage_share', minChargeCents: 10_000 }, usage({ a: 60, b: 540, c: 600 }));
    expect(amounts(result)).toEqual({ a: 10_000, b: 42_632, c: 47_368 });
    expect(result.lines[0].explanation.adjusted).toEqual({ rule: 'min_charge', limitCents: 10_000, beforeCents: 5000 });
    expect(result.lines[1].explanation.adjusted).toEqual({ rule: 'rebalanced', beforeCents: 45_000 });
  });

  it('caps large users, repeating until nobody is above the cap', () => {
    // Before: 600 / 300 / 100 $. Capping a at 400 $ pushes b to 450 $, which is then capped too.
    const result = pool(100_000, { kind: 'usage_share', capCents: 40_000 }, usage({ a: 600, b: 300, c: 100 }));
    expect(amounts(result)).toEqual({ a: 40_000, b: 40_000, c: 20_000 });
    expect(result.lines[0].explanation.adjusted).toEqual({ rule: 'cap', limitCents: 40_000, beforeCents: 60_000 });
    // b was never above the cap: it was raised by a's cap and stopped there.
    expect(result.lines[1].explanation.adjusted).toEqual({ rule: 'rebalanced', beforeCents: 30_000 });
  });

  it('applies a minimum and a cap together', () => {
    const result = pool(
      100_000,
      { kind: 'usage_share', minChargeCents: 15_000, capCents: 45_000 },
      usage({ a: 10, b: 290, c: 700 }),
    );
    expect(amounts(result)).toEqual({ a: 15_000, b: 40_000, c: 45_000 });
  });

  it('charges the minimum to an organisation that used the resource but had nothing to pay by the key', () => {
    const result = pool(100_000, { kind: 'fixed_share', minChargeCents: 5000 }, [
      org('a', { fixedShareBasisPoints: 10_000 }),
      org('b', { usageMinutes: 30 }),
    ]);
    expect(amounts(result)).toEqual({ a: 95_000, b: 5000 });
  });

  it('lets an organisation with nothing to pay by the key take what the caps leave over', () => {
    const result = pool(19_000, { kind: 'fixed_share', capCents: 10_000 }, [
      org('a', { fixedShareBasisPoints: 10_000 }),
      org('b', { usageMinutes: 30 }),
    ]);
    expect(amounts(result)).toEqual({ a: 10_000, b: 9000 });
    expect(result.lines[1].explanation.adjusted).toEqual({ rule: 'rebalanced', beforeCents: 0 });
  });

  it('ignores a minimum the pool cannot cover for everyone, and says so on every line', () => {
    const result = pool(20_000, { kind: 'usage_share', minChargeCents: 10_000 }, usage({ a: 60, b: 120, c: 120 }));
    expect(amounts(result)).toEqual({ a: 4000, b: 8000, c: 8000 });
    for (const line of result.lines) expect(line.explanation.limitsIgnored).toEqual([{ rule: 'min_charge', limitCents: 10_000 }]);
  });

  it('ignores a cap that cannot hold the pool', () => {
    const result = pool(100_000, { kind: 'equal_split', capCents: 30_000 }, [org('a'), org('b'), org('c')]);
    expect(amounts(result)).toEqual({ a: 33_334, b: 33_333, c: 33_333 });
    expect(result.lines[0].explanation.limitsIgnored).toEqual([{ rule: 'cap', limitCents: 30_000 }]);
  });
});

describe('invalid input', () => {
  it('rejects an invalid key, fractional amounts and duplicate organisations', () => {
    expect(() => pool(100, { kind: 'hybrid' }, [org('a')])).toThrow(/HYBRID_NEEDS_TWO_PARTS/);
    expect(() => pool(100.5, { kind: 'equal_split' }, [org('a')])).toThrow(RangeError);
    expect(() => pool(100, { kind: 'usage_share' }, [org('a', { usageMinutes: 1.5 })])).toThrow(RangeError);
    expect(() => pool(100, { kind: 'fixed_share' }, [org('a', { fixedShareBasisPoints: 10_001 })])).toThrow(RangeError);
    expect(() => pool(100, { kind: 'equal_split' }, [org('a'), org('a')])).toThrow(RangeError);
  });
});

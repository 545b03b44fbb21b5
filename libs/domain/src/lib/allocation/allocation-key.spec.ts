import { validateAllocationKey, type AllocationKey } from './allocation-key';

describe('validateAllocationKey', () => {
  it('accepts simple keys and a 50/50 hybrid', () => {
    expect(validateAllocationKey({ kind: 'usage_share' })).toEqual([]);
    expect(validateAllocationKey({ kind: 'fixed_share', fallback: 'floor_area', minChargeCents: 0, capCents: 0 })).toEqual([]);
    expect(
      validateAllocationKey({
        kind: 'hybrid',
        parts: [
          { key: 'floor_area', percent: 50 },
          { key: 'usage_share', percent: 50 },
        ],
      }),
    ).toEqual([]);
  });

  it('treats null limits as none and tolerates an empty parts list on a simple key', () => {
    expect(validateAllocationKey({ kind: 'equal_split', parts: [], minChargeCents: null, capCents: null })).toEqual([]);
  });

  it('requires exactly two hybrid parts summing to 100 %', () => {
    expect(validateAllocationKey({ kind: 'hybrid' })).toEqual(['HYBRID_NEEDS_TWO_PARTS']);
    expect(validateAllocationKey({ kind: 'hybrid', parts: [{ key: 'usage_share', percent: 100 }] })).toEqual([
      'HYBRID_NEEDS_TWO_PARTS',
    ]);
    expect(
      validateAllocationKey({
        kind: 'hybrid',
        parts: [
          { key: 'usage_share', percent: 60 },
          { key: 'equal_split', percent: 30 },
        ],
      }),
    ).toEqual(['HYBRID_PERCENTS_NOT_100']);
  });

  it('rejects hybrid percents outside 1..99 or fractional, and parts that are not base keys', () => {
    expect(
      validateAllocationKey({
        kind: 'hybrid',
        parts: [
          { key: 'usage_share', percent: 0 },
          { key: 'equal_split', percent: 100 },
        ],
      }),
    ).toEqual(['HYBRID_PERCENT_INVALID']);
    expect(
      validateAllocationKey({
        kind: 'hybrid',
        parts: [
          { key: 'usage_share', percent: 49.5 },
          { key: 'equal_split', percent: 50.5 },
        ],
      }),
    ).toEqual(['HYBRID_PERCENT_INVALID']);
    const nested = {
      kind: 'hybrid',
      parts: [
        { key: 'hourly_rate', percent: 50 },
        { key: 'usage_share', percent: 50 },
      ],
    } as unknown as AllocationKey;
    expect(validateAllocationKey(nested)).toEqual(['HYBRID_PART_KIND_INVALID']);
  });

  it('rejects parts on a key that is not hybrid', () => {
    expect(validateAllocationKey({ kind: 'usage_share', parts: [{ key: 'equal_split', percent: 50 }] })).toEqual([
      'PARTS_ONLY_FOR_HYBRID',
    ]);
  });

  it('requires non-negative integer limits with the cap at or above the minimum', () => {
    expect(validateAllocationKey({ kind: 'equal_split', minChargeCents: -1 })).toEqual(['MIN_CHARGE_NOT_NON_NEGATIVE_INTEGER']);
    expect(validateAllocationKey({ kind: 'equal_split', capCents: 10.5 })).toEqual(['CAP_NOT_NON_NEGATIVE_INTEGER']);
    expect(validateAllocationKey({ kind: 'equal_split', minChargeCents: 10_000, capCents: 9_999 })).toEqual([
      'CAP_BELOW_MIN_CHARGE',
    ]);
    expect(validateAllocationKey({ kind: 'equal_split', minChargeCents: 10_000, capCents: 10_000 })).toEqual([]);
  });

  it('rejects unknown kinds and fallbacks', () => {
    expect(validateAllocationKey({ kind: 'per_head' } as unknown as AllocationKey)).toEqual(['UNKNOWN_KEY_KIND']);
    expect(validateAllocationKey({ kind: 'usage_share', fallback: 'usage_share' } as unknown as AllocationKey)).toEqual([
      'UNKNOWN_FALLBACK',
    ]);
  });
});

import { prorateCents, splitByLargestRemainder } from './cents-arithmetic';

const weights = (entries: Record<string, number>) =>
  Object.entries(entries).map(([id, weight]) => ({ id, weight: BigInt(weight) }));

describe('splitByLargestRemainder', () => {
  it('splits 100 cents three ways as 34/33/33, the extra cent going to the smallest id', () => {
    expect(splitByLargestRemainder(100, weights({ c: 1, a: 1, b: 1 }))).toEqual(
      new Map([
        ['a', 34],
        ['b', 33],
        ['c', 33],
      ]),
    );
  });

  it('hands leftover cents to the largest remainders first', () => {
    // Exact shares: 1.6, 1.2, 0.2 → floors 1, 1, 0 and one cent left for the 0.6 remainder.
    expect(splitByLargestRemainder(3, weights({ a: 8, b: 6, c: 1 }))).toEqual(
      new Map([
        ['a', 2],
        ['b', 1],
        ['c', 0],
      ]),
    );
  });

  it('never gives a cent to a zero weight', () => {
    expect(splitByLargestRemainder(7, weights({ a: 0, b: 1, c: 1 })).get('a')).toBe(0);
  });

  it('keeps every cent of a pool far beyond floating-point precision', () => {
    const split = splitByLargestRemainder(Number.MAX_SAFE_INTEGER, weights({ a: 1, b: 2, c: 3 }));
    expect([...split.values()].reduce((sum, cents) => sum + BigInt(cents), 0n)).toBe(BigInt(Number.MAX_SAFE_INTEGER));
  });

  it('refuses to split by a zero total weight, so that callers choose a fallback first', () => {
    expect(() => splitByLargestRemainder(100, weights({ a: 0, b: 0 }))).toThrow(RangeError);
    expect(() => splitByLargestRemainder(100, [])).toThrow(RangeError);
  });

  it('rejects negative or fractional totals, negative weights and duplicate ids', () => {
    expect(() => splitByLargestRemainder(-1, weights({ a: 1 }))).toThrow(RangeError);
    expect(() => splitByLargestRemainder(1.5, weights({ a: 1 }))).toThrow(RangeError);
    expect(() => splitByLargestRemainder(1, weights({ a: -1, b: 2 }))).toThrow(RangeError);
    expect(() => splitByLargestRemainder(1, [...weights({ a: 1 }), ...weights({ a: 1 })])).toThrow(RangeError);
  });
});

describe('prorateCents', () => {
  it('counts the part of a monthly amount that falls in the window', () => {
    expect(prorateCents(310_000, 10, 31)).toBe(100_000);
    expect(prorateCents(520_000, 30, 30)).toBe(520_000);
    expect(prorateCents(520_000, 0, 30)).toBe(0);
  });

  it('rounds half up', () => {
    expect(prorateCents(1, 1, 2)).toBe(1); // 0.5 → 1
    expect(prorateCents(100, 1, 3)).toBe(33); // 33.33 → 33
    expect(prorateCents(100, 2, 3)).toBe(67); // 66.67 → 67
    expect(prorateCents(5, 1, 2)).toBe(3); // 2.5 → 3
  });

  it('stays exact where floating point would not', () => {
    expect(prorateCents(Number.MAX_SAFE_INTEGER, 1, 1)).toBe(Number.MAX_SAFE_INTEGER);
    expect(prorateCents(9_007_199_254_740_990, 15, 30)).toBe(4_503_599_627_370_495);
  });

  it('rejects an empty period, an overlap outside it and fractional values', () => {
    expect(() => prorateCents(100, 1, 0)).toThrow(RangeError);
    expect(() => prorateCents(100, 31, 30)).toThrow(RangeError);
    expect(() => prorateCents(100, -1, 30)).toThrow(RangeError);
    expect(() => prorateCents(10.5, 1, 30)).toThrow(RangeError);
  });
});

import fc from 'fast-check';
import {
  clipToWindow,
  coveredMilliseconds,
  intersectIntervals,
  mergeIntervals,
  overlaps,
  subtractIntervals,
  type Interval,
} from './interval';

/** Small integer intervals (some empty) so that every unit point can be checked. */
const interval = fc
  .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 40 }))
  .map(([start, length]): Interval => ({ start, end: start + length }));
const intervals = fc.array(interval, { maxLength: 12 });
const POINTS = Array.from({ length: 260 }, (_, index) => index - 10);

const covers = (list: Interval[], point: number) => list.some((item) => item.start <= point && point < item.end);
const isCanonical = (list: Interval[]) =>
  list.every((item, index) => item.start < item.end && (index === 0 || list[index - 1].end < item.start));

describe('interval algebra laws', () => {
  it('overlap is symmetric', () => {
    fc.assert(fc.property(interval, interval, (a, b) => overlaps(a, b) === overlaps(b, a)));
  });

  it('merge covers exactly the same time, is idempotent, canonical and never longer than the sum', () => {
    fc.assert(
      fc.property(intervals, (list) => {
        const merged = mergeIntervals(list);
        expect(POINTS.every((point) => covers(merged, point) === covers(list, point))).toBe(true);
        expect(mergeIntervals(merged)).toEqual(merged);
        expect(isCanonical(merged)).toBe(true);
        const sum = list.reduce((total, item) => total + Math.max(0, item.end - item.start), 0);
        expect(coveredMilliseconds(merged)).toBeLessThanOrEqual(sum);
      }),
    );
  });

  it('subtract(A, B) never overlaps B and stays within A', () => {
    fc.assert(
      fc.property(intervals, intervals, (a, b) => {
        const result = subtractIntervals(a, b);
        expect(result.some((left) => b.some((right) => overlaps(left, right)))).toBe(false);
        expect(POINTS.every((point) => covers(result, point) === (covers(a, point) && !covers(b, point)))).toBe(true);
        expect(isCanonical(result)).toBe(true);
      }),
    );
  });

  it('subtract(A, B) united with intersect(A, B) gives back what A covers', () => {
    fc.assert(
      fc.property(intervals, intervals, (a, b) => {
        const union = mergeIntervals([...subtractIntervals(a, b), ...intersectIntervals(a, b)]);
        expect(union).toEqual(mergeIntervals(a));
      }),
    );
  });

  it('intersect is commutative and covers exactly the shared time', () => {
    fc.assert(
      fc.property(intervals, intervals, (a, b) => {
        const result = intersectIntervals(a, b);
        expect(intersectIntervals(b, a)).toEqual(result);
        expect(POINTS.every((point) => covers(result, point) === (covers(a, point) && covers(b, point)))).toBe(true);
      }),
    );
  });

  it('clipping keeps each interval inside the window and loses no time inside it', () => {
    fc.assert(
      fc.property(intervals, interval, (list, window) => {
        const clipped = clipToWindow(list, window);
        expect(clipped.every((item) => item.start >= window.start && item.end <= window.end && item.start < item.end)).toBe(true);
        expect(POINTS.every((point) => covers(clipped, point) === (covers(list, point) && covers([window], point)))).toBe(true);
      }),
    );
  });
});

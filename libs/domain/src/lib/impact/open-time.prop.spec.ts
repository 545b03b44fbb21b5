import fc from 'fast-check';
import { intersectIntervals, type Interval } from '../intervals/interval';
import { occupancyRate } from './impact-rates';
import { holidayIntervals, minutesByWeekdayHour, minutesOf, openIntervals, type OpenTimeInput } from './open-time';

const RUNS = { numRuns: 200 };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// 2025–2028: several DST changes and every kind of holiday.
const instant = fc.integer({ min: Date.parse('2025-01-01T00:00:00Z'), max: Date.parse('2028-12-31T00:00:00Z') });
const zone = fc.constantFrom('America/Toronto', 'America/Halifax', 'America/St_Johns', 'America/Vancouver', 'UTC');
const time = fc.integer({ min: 0, max: 96 }).map((quarter) => quarter * 15);
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const hours = fc.array(
  fc
    .tuple(fc.integer({ min: 1, max: 7 }), time, time)
    .filter(([, a, b]) => a !== b)
    .map(([weekday, a, b]) => ({ weekday, start: hhmm(Math.min(a, b)), end: hhmm(Math.max(a, b)) })),
  { maxLength: 8 },
);
const window = fc
  .tuple(instant, fc.integer({ min: 0, max: 60 * DAY }))
  .map(([start, length]) => ({ start, end: start + length }));
const closures = fc.array(
  fc.tuple(instant, fc.integer({ min: 1, max: 10 * DAY })).map(([start, length]) => ({ start, end: start + length })),
  { maxLength: 5 },
);
const input: fc.Arbitrary<OpenTimeInput> = fc.record({
  timeZone: zone,
  hours,
  window,
  closures,
  closedOnHolidays: fc.constantFrom<'QC' | null>('QC', null),
});

const total = (list: readonly Interval[]) => list.reduce((sum, i) => sum + i.end - i.start, 0);

describe('open time, as properties', () => {
  it('lies inside the window, sorted and disjoint', () => {
    fc.assert(
      fc.property(input, (i) => {
        const open = openIntervals(i);
        open.forEach((interval, index) => {
          expect(interval.start).toBeGreaterThanOrEqual(i.window.start);
          expect(interval.end).toBeLessThanOrEqual(i.window.end);
          expect(interval.end).toBeGreaterThan(interval.start);
          if (index > 0) expect(interval.start).toBeGreaterThan(open[index - 1].end - 1);
        });
      }),
      RUNS,
    );
  });

  it('never overlaps a closure or a holiday', () => {
    fc.assert(
      fc.property(input, (i) => {
        const open = openIntervals(i);
        expect(total(intersectIntervals(open, i.closures))).toBe(0);
        if (i.closedOnHolidays) expect(total(intersectIntervals(open, holidayIntervals(i.timeZone, i.window)))).toBe(0);
      }),
      RUNS,
    );
  });

  it('adds up over a split window: a period is the sum of its parts (partial periods)', () => {
    fc.assert(
      fc.property(input, fc.double({ min: 0, max: 1, noNaN: true }), (i, fraction) => {
        const cut = Math.floor(i.window.start + (i.window.end - i.window.start) * fraction);
        const whole = total(openIntervals(i));
        const parts =
          total(openIntervals({ ...i, window: { start: i.window.start, end: cut } })) +
          total(openIntervals({ ...i, window: { start: cut, end: i.window.end } }));
        expect(parts).toBe(whole);
      }),
      RUNS,
    );
  });

  it('only shrinks when closures are added', () => {
    fc.assert(
      fc.property(input, closures, (i, more) => {
        expect(total(openIntervals({ ...i, closures: [...i.closures, ...more] }))).toBeLessThanOrEqual(total(openIntervals(i)));
      }),
      RUNS,
    );
  });

  it('spreads exactly its minutes over the weekday × hour grid', () => {
    fc.assert(
      fc.property(input, (i) => {
        const open = openIntervals(i);
        const grid = minutesByWeekdayHour(open, i.timeZone).flat();
        expect(grid.every((minutes) => minutes >= 0)).toBe(true);
        // Each cell is rounded on its own: at most half a minute each away from the exact total.
        expect(Math.abs(grid.reduce((a, b) => a + b, 0) - total(open) / 60_000)).toBeLessThanOrEqual(grid.length / 2);
      }),
      RUNS,
    );
  });

  it('gives an occupancy between 0 and 1 for any booked time inside or outside it, 0 when nothing is open', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 1_000_000 }), (i, booked) => {
        const open = minutesOf(openIntervals(i));
        const rate = occupancyRate(booked, open);
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(1);
        if (open === 0) expect(rate).toBe(0);
        if (booked <= open && open > 0) expect(rate).toBeCloseTo(booked / open, 12);
      }),
      RUNS,
    );
  });
});

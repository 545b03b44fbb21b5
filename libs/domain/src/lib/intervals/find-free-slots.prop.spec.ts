import fc from 'fast-check';
import { findFreeSlots, type FindFreeSlotsInput } from './find-free-slots';
import { mergeIntervals, overlaps, withBuffers, type Interval } from './interval';

const MINUTE = 60_000;

/** Intervals on a minute grid within one day. */
const minuteInterval = fc
  .tuple(fc.integer({ min: 0, max: 24 * 60 }), fc.integer({ min: 0, max: 240 }))
  .map(([start, length]): Interval => ({ start: start * MINUTE, end: (start + length) * MINUTE }));

const input = fc.record({
  availability: fc.array(minuteInterval, { maxLength: 6 }),
  busy: fc.array(minuteInterval, { maxLength: 6 }),
  durationMinutes: fc.integer({ min: 5, max: 120 }),
  window: minuteInterval,
  stepMinutes: fc.constantFrom(5, 10, 15, 30, 60),
  bufferBeforeMinutes: fc.integer({ min: 0, max: 30 }),
  bufferAfterMinutes: fc.integer({ min: 0, max: 30 }),
});

function isAcceptable(slot: Interval, request: FindFreeSlotsInput): boolean {
  const buffered = withBuffers(slot, request.bufferBeforeMinutes ?? 0, request.bufferAfterMinutes ?? 0);
  return (
    slot.start >= request.window.start &&
    slot.end <= request.window.end &&
    mergeIntervals(request.availability).some((free) => free.start <= slot.start && slot.end <= free.end) &&
    !request.busy.some((busy) => overlaps(buffered, busy))
  );
}

describe('findFreeSlots laws', () => {
  it('offers only slots of the exact duration, on step boundaries, inside availability and the window, clear of busy time and buffers', () => {
    fc.assert(
      fc.property(input, (request) => {
        for (const slot of findFreeSlots(request)) {
          expect(slot.end - slot.start).toBe(request.durationMinutes * MINUTE);
          expect((slot.start - request.window.start) % (request.stepMinutes * MINUTE)).toBe(0);
          expect(isAcceptable(slot, request)).toBe(true);
        }
      }),
    );
  });

  it('misses no acceptable step-aligned slot, and lists them in order', () => {
    fc.assert(
      fc.property(input, (request) => {
        const expected: Interval[] = [];
        const step = request.stepMinutes * MINUTE;
        for (let start = request.window.start; start < request.window.end; start += step) {
          const slot = { start, end: start + request.durationMinutes * MINUTE };
          if (isAcceptable(slot, request)) expected.push(slot);
        }
        expect(findFreeSlots(request)).toEqual(expected);
      }),
    );
  });
});

import { clipToWindow, isEmptyInterval, mergeIntervals, subtractIntervals, type Interval } from './interval';

export interface FindFreeSlotsInput {
  /** When the resource can be booked at all (working or opening hours, minus leave). */
  availability: Interval[];
  /** What is already taken, with its own buffers folded in (as stored). */
  busy: Interval[];
  durationMinutes: number;
  window: Interval;
  /** Slots start every `stepMinutes` counted from window.start. */
  stepMinutes: number;
  /** Set-up time the new booking needs before its start. */
  bufferBeforeMinutes?: number;
  /** Clean-up time the new booking needs after its end. */
  bufferAfterMinutes?: number;
  /** Stop after this many slots (all by default). */
  limit?: number;
}

const MINUTE_MS = 60_000;

/**
 * Candidate slots of exactly `durationMinutes`, in order: each starts on a step boundary, lies
 * within availability and the window, and, grown by its buffers, overlaps no busy interval —
 * the same rule as the database's exclusion constraint on stored (buffered) periods.
 */
export function findFreeSlots(input: FindFreeSlotsInput): Interval[] {
  const durationMs = positiveMinutes('durationMinutes', input.durationMinutes) * MINUTE_MS;
  const stepMs = positiveMinutes('stepMinutes', input.stepMinutes) * MINUTE_MS;
  const beforeMs = (input.bufferBeforeMinutes ?? 0) * MINUTE_MS;
  const afterMs = (input.bufferAfterMinutes ?? 0) * MINUTE_MS;
  if (!(beforeMs >= 0) || !(afterMs >= 0)) throw new RangeError('Buffers must be zero or more minutes');
  const limit = input.limit ?? Infinity;

  // A slot [s, e) grown to [s − before, e + after) misses a busy [b, c) exactly when [s, e)
  // misses [b − after, c + before), so the busy side is grown the mirrored way.
  const blocked = input.busy
    .filter((busy) => !isEmptyInterval(busy))
    .map((busy) => ({ start: busy.start - afterMs, end: busy.end + beforeMs }));
  const free = subtractIntervals(clipToWindow(mergeIntervals(input.availability), input.window), blocked);

  const slots: Interval[] = [];
  for (const gap of free) {
    const stepsToGap = Math.ceil((gap.start - input.window.start) / stepMs);
    for (let start = input.window.start + stepsToGap * stepMs; start + durationMs <= gap.end; start += stepMs) {
      if (slots.length >= limit) return slots;
      slots.push({ start, end: start + durationMs });
    }
  }
  return slots;
}

function positiveMinutes(name: string, value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) throw new RangeError(`${name} must be a positive number of minutes, got ${value}`);
  return value;
}

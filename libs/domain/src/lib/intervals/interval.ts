/**
 * A span of time [start, end) in epoch milliseconds, half-open so that back-to-back bookings
 * (10:00–11:00 and 11:00–12:00) do not overlap. An interval with end ≤ start is empty.
 */
export interface Interval {
  start: number;
  end: number;
}

const MINUTE_MS = 60_000;

export function isEmptyInterval(interval: Interval): boolean {
  return !(interval.end > interval.start);
}

/** True when the two share some instant; touching intervals do not overlap. */
export function overlaps(a: Interval, b: Interval): boolean {
  return !isEmptyInterval(a) && !isEmptyInterval(b) && a.start < b.end && b.start < a.end;
}

/** Sorted, disjoint, non-touching intervals covering exactly what the list covers. */
export function mergeIntervals(list: readonly Interval[]): Interval[] {
  const sorted = list
    .filter((interval) => !isEmptyInterval(interval))
    .map(({ start, end }) => ({ start, end }))
    .sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push(interval);
  }
  return merged;
}

/** What `from` covers and `remove` does not, merged and sorted. */
export function subtractIntervals(from: readonly Interval[], remove: readonly Interval[]): Interval[] {
  const removals = mergeIntervals(remove);
  const result: Interval[] = [];
  let first = 0; // removals before this index end before the current interval starts
  for (const interval of mergeIntervals(from)) {
    while (first < removals.length && removals[first].end <= interval.start) first += 1;
    let cursor = interval.start;
    for (let index = first; index < removals.length && removals[index].start < interval.end; index += 1) {
      if (removals[index].start > cursor) result.push({ start: cursor, end: removals[index].start });
      cursor = Math.max(cursor, removals[index].end);
    }
    if (cursor < interval.end) result.push({ start: cursor, end: interval.end });
  }
  return result;
}

/** What both lists cover, merged and sorted. */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const left = mergeIntervals(a);
  const right = mergeIntervals(b);
  const result: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const start = Math.max(left[i].start, right[j].start);
    const end = Math.min(left[i].end, right[j].end);
    if (start < end) result.push({ start, end });
    if (left[i].end < right[j].end) i += 1;
    else j += 1;
  }
  return result;
}

/**
 * Each interval cut to the window, dropping those outside it. Items keep their other fields
 * and their order, so bookings can be clipped without losing their identity.
 */
export function clipToWindow<T extends Interval>(list: readonly T[], window: Interval): T[] {
  return list
    .map((interval) => ({
      ...interval,
      start: Math.max(interval.start, window.start),
      end: Math.min(interval.end, window.end),
    }))
    .filter((interval) => !isEmptyInterval(interval));
}

/** The interval grown by set-up time before and clean-up time after it. */
export function withBuffers<T extends Interval>(interval: T, beforeMinutes: number, afterMinutes: number): T {
  if (!(beforeMinutes >= 0) || !(afterMinutes >= 0)) {
    throw new RangeError(`Buffers must be zero or more minutes, got ${beforeMinutes} and ${afterMinutes}`);
  }
  return {
    ...interval,
    start: interval.start - beforeMinutes * MINUTE_MS,
    end: interval.end + afterMinutes * MINUTE_MS,
  };
}

/** Total time covered by the list, counting overlaps once. */
export function coveredMilliseconds(list: readonly Interval[]): number {
  return mergeIntervals(list).reduce((total, interval) => total + interval.end - interval.start, 0);
}

import type { EntityManager } from 'typeorm';

/**
 * The earliest start an occurrence overlapping a window that begins at `windowStart` can have: the
 * window's start less the longest occurrence's duration (one step down
 * `booking_occurrence_duration_idx`). `starts_at > earliest` is redundant with `ends_at > windowStart`
 * but bounds the range of `booking_occurrence_active_time_idx` from below, so a report reads only
 * its window's occurrences instead of every one since the first. It is passed as a value, not a
 * sub-query, so the planner knows how many rows the range holds and plans the aggregate for them.
 */
export async function earliestOverlappingStart(m: Pick<EntityManager, 'query'>, windowStart: Date): Promise<Date> {
  const [row] = await m.query(
    `SELECT COALESCE(extract(epoch FROM max(ends_at - starts_at)) * 1000, 0)::float8 AS ms FROM booking_occurrence`,
  );
  return new Date(windowStart.getTime() - Number(row.ms));
}

import type { CalendarOccurrence } from '@mutualis/contracts';

/** One booking awaiting approval: its series, first pending occurrence and how many occurrences wait. */
export interface PendingApproval {
  readonly seriesId: string;
  readonly first: CalendarOccurrence;
  readonly count: number;
}

/**
 * Pending occurrences grouped by series, the soonest first: a coordinator approves or declines a
 * request (a weekly series is one request), not each of its dates.
 */
export function pendingApprovalsOf(occurrences: readonly CalendarOccurrence[]): PendingApproval[] {
  const bySeries = new Map<string, CalendarOccurrence[]>();
  for (const occurrence of occurrences) {
    bySeries.set(occurrence.seriesId, [...(bySeries.get(occurrence.seriesId) ?? []), occurrence]);
  }
  return [...bySeries.entries()]
    .map(([seriesId, list]) => {
      const sorted = [...list].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
      return { seriesId, first: sorted[0], count: sorted.length };
    })
    .sort((a, b) => Date.parse(a.first.start) - Date.parse(b.first.start));
}

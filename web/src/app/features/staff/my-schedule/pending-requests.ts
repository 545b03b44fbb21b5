import type { OccurrenceWithProposal } from '../staff-bookings-api';

/** A request waiting for the employee: a series with its pending occurrences in the window. */
export interface PendingRequest {
  readonly seriesId: string;
  /** The first pending occurrence: the one « Proposer un autre moment » moves. */
  readonly occurrenceId: string;
  readonly title: string | null;
  readonly organisationName: string | null;
  /** The first pending occurrence. */
  readonly start: string;
  readonly end: string;
  readonly count: number;
  readonly recurring: boolean;
  /** The other time already proposed for the first pending occurrence, when the API says so. */
  readonly proposal: { readonly start: string; readonly end: string } | null;
}

/** The pending occurrences as requests, one per series, the soonest first. */
export function pendingRequestsOf(occurrences: readonly OccurrenceWithProposal[]): PendingRequest[] {
  const bySeries = new Map<string, PendingRequest>();
  const pending = occurrences
    .filter((each) => each.status === 'pending')
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  for (const occurrence of pending) {
    const known = bySeries.get(occurrence.seriesId);
    if (known) {
      bySeries.set(occurrence.seriesId, { ...known, count: known.count + 1 });
      continue;
    }
    bySeries.set(occurrence.seriesId, {
      seriesId: occurrence.seriesId,
      occurrenceId: occurrence.id,
      title: occurrence.title,
      organisationName: occurrence.organisationName,
      start: occurrence.start,
      end: occurrence.end,
      count: 1,
      recurring: occurrence.recurring,
      proposal:
        occurrence.proposedStart && occurrence.proposedEnd
          ? { start: occurrence.proposedStart, end: occurrence.proposedEnd }
          : null,
    });
  }
  return [...bySeries.values()];
}

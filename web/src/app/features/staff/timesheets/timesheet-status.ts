import type { TimesheetEntryView, TimesheetStatus } from '@mutualis/contracts';

/** The order a day goes through: suggested, draft (or disputed and corrected), submitted, confirmed, locked. */
const LIFECYCLE: readonly TimesheetStatus[] = ['suggested', 'draft', 'disputed', 'submitted', 'confirmed', 'locked'];

/** The employee may still change a day in these states (a suggestion is not saved yet). */
const EDITABLE: ReadonlySet<TimesheetStatus> = new Set(['suggested', 'draft', 'disputed']);

export function isEditableStatus(status: TimesheetStatus): boolean {
  return EDITABLE.has(status);
}

/** The distinct statuses of some entries, in lifecycle order: the chips of a row. */
export function statusesOf(entries: readonly Pick<TimesheetEntryView, 'status'>[]): TimesheetStatus[] {
  const present = new Set(entries.map((entry) => entry.status));
  return LIFECYCLE.filter((status) => present.has(status));
}

/** What the receiving organisation said when it disputed these days, each comment once. */
export function disputeCommentsOf(entries: readonly Pick<TimesheetEntryView, 'status' | 'disputeComment'>[]): string[] {
  const comments = entries.flatMap((entry) =>
    entry.status === 'disputed' && entry.disputeComment?.trim() ? [entry.disputeComment.trim()] : [],
  );
  return [...new Set(comments)];
}

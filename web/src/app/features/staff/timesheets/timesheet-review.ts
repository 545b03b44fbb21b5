import type { TimesheetEntryView, TimesheetStatus } from '@mutualis/contracts';
import { addDays, mondayOf, weekDates } from '../staff-time';
import { disputeCommentsOf, statusesOf } from './timesheet-status';

/** Twelve weeks at a time: 84 days, inside the 92 days the API lists at once. */
export const REVIEW_WEEKS = 12;

/** Days the employee sent to the organisations; suggestions and drafts are still theirs. */
const SENT: ReadonlySet<TimesheetStatus> = new Set(['submitted', 'confirmed', 'disputed', 'locked']);

/** One receiving organisation's days in a week of one employee. */
export interface ReviewLine {
  readonly organisationId: string;
  readonly organisationName: string;
  /** Monday to Sunday. */
  readonly minutesByDay: readonly number[];
  readonly total: number;
  readonly statuses: readonly TimesheetStatus[];
  readonly disputeComments: readonly string[];
  readonly notes: readonly { readonly date: string; readonly note: string }[];
  /** Days waiting for the organisation to confirm or dispute them. */
  readonly awaitingDecision: boolean;
}

/** A week of one employee as the organisations and the coordinators review it. */
export interface ReviewWeek {
  readonly key: string;
  readonly resourceId: string;
  readonly staffName: string;
  readonly networkId: string;
  readonly weekStart: string;
  readonly lines: readonly ReviewLine[];
  /** Confirmed days a coordinator may lock (the lock takes every organisation's confirmed days). */
  readonly lockable: boolean;
}

/** `offset` 0 is the twelve weeks ending with the current one; 1 the twelve before, and so on. */
export function reviewWindow(today: string, offset: number): { from: string; to: string } {
  const to = addDays(mondayOf(today), 7 - offset * REVIEW_WEEKS * 7);
  return { from: addDays(to, -REVIEW_WEEKS * 7), to };
}

/**
 * The sent weeks of one employee, the latest first; one line per organisation, only
 * `organisationId`'s when given (an organisation's admin reviews their own organisation).
 */
export function reviewWeeksOf(input: {
  readonly staff: { readonly id: string; readonly name: string; readonly networkId: string };
  readonly entries: readonly TimesheetEntryView[];
  readonly organisationId: string | null;
}): ReviewWeek[] {
  const sent = input.entries.filter(
    (entry) => SENT.has(entry.status) && (input.organisationId === null || entry.organisationId === input.organisationId),
  );
  const byWeek = new Map<string, TimesheetEntryView[]>();
  for (const entry of sent) {
    const monday = mondayOf(entry.workDate);
    byWeek.set(monday, [...(byWeek.get(monday) ?? []), entry]);
  }
  return [...byWeek]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([weekStart, entries]) => ({
      key: `${input.staff.id}|${weekStart}`,
      resourceId: input.staff.id,
      staffName: input.staff.name,
      networkId: input.staff.networkId,
      weekStart,
      lines: linesOf(weekStart, entries),
      lockable: entries.some((entry) => entry.status === 'confirmed'),
    }));
}

function linesOf(weekStart: string, entries: readonly TimesheetEntryView[]): ReviewLine[] {
  const dates = weekDates(weekStart);
  const byOrganisation = new Map<string, TimesheetEntryView[]>();
  for (const entry of entries) {
    byOrganisation.set(entry.organisationId, [...(byOrganisation.get(entry.organisationId) ?? []), entry]);
  }
  return [...byOrganisation.values()]
    .map((days): ReviewLine => {
      const minutesByDay = dates.map((date) =>
        days.filter((entry) => entry.workDate === date).reduce((sum, entry) => sum + entry.minutes, 0),
      );
      return {
        organisationId: days[0].organisationId,
        organisationName: days[0].organisationName,
        minutesByDay,
        total: minutesByDay.reduce((sum, minutes) => sum + minutes, 0),
        statuses: statusesOf(days),
        disputeComments: disputeCommentsOf(days),
        notes: days
          .filter((entry) => entry.note.trim())
          .sort((a, b) => a.workDate.localeCompare(b.workDate))
          .map((entry) => ({ date: entry.workDate, note: entry.note.trim() })),
        awaitingDecision: days.some((entry) => entry.status === 'submitted'),
      };
    })
    .sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'fr'));
}

/** Several employees' weeks together: the latest week first, then by name. */
export function byLatestWeek(a: ReviewWeek, b: ReviewWeek): number {
  return b.weekStart.localeCompare(a.weekStart) || a.staffName.localeCompare(b.staffName, 'fr');
}

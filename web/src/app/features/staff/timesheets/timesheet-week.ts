import type { AgreementView, SaveTimesheetEntryRequest, TimesheetEntryView, TimesheetStatus } from '@mutualis/contracts';
import { hoursToMinutes } from '../../../core/locale/hours-format';
import { addDays, weekDates } from '../staff-time';
import { disputeCommentsOf, isEditableStatus, statusesOf } from './timesheet-status';

/** The API accepts 0 to 1440 minutes a day. */
const MAX_MINUTES_PER_DAY = 1440;

/** One organisation on one day of the week: the saved or suggested entry, if any. */
export interface TimesheetCell {
  readonly key: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly date: string;
  readonly entry: TimesheetEntryView | null;
}

/** One organisation over the seven days of the week. */
export interface TimesheetRow {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly cells: readonly TimesheetCell[];
  readonly statuses: readonly TimesheetStatus[];
  readonly disputeComments: readonly string[];
}

/** What the employee typed in a cell: hours as text (« 2,5 », « 2 h 30 ») and a note. */
export interface CellDraft {
  readonly hours: string;
  readonly note: string;
}

/** A day to save, with the cell it comes from (to name it in an error). */
export interface CellSave {
  readonly cell: TimesheetCell;
  readonly request: SaveTimesheetEntryRequest;
}

export function cellKey(organisationId: string, date: string): string {
  return `${organisationId}|${date}`;
}

/** An agreement in force on at least one day of the week (`endsOn` is exclusive). */
export function agreementCoversWeek(agreement: AgreementView, monday: string): boolean {
  return agreement.startsOn < addDays(monday, 7) && (agreement.endsOn === null || agreement.endsOn > monday);
}

/**
 * The rows of a week: one per organisation the employee has time for (saved or suggested) or an
 * agreement with that week, by name; one cell per day, Monday to Sunday.
 */
export function timesheetRowsOf(input: {
  readonly monday: string;
  readonly entries: readonly TimesheetEntryView[];
  readonly agreements: readonly AgreementView[];
}): TimesheetRow[] {
  const dates = weekDates(input.monday);
  const names = new Map<string, string>();
  for (const agreement of input.agreements) {
    if (agreementCoversWeek(agreement, input.monday)) names.set(agreement.organisationId, agreement.organisationName);
  }
  const inWeek = input.entries.filter((entry) => dates.includes(entry.workDate));
  for (const entry of inWeek) names.set(entry.organisationId, entry.organisationName);
  const byCell = new Map(inWeek.map((entry) => [cellKey(entry.organisationId, entry.workDate), entry]));

  return [...names]
    .sort(([, a], [, b]) => a.localeCompare(b, 'fr'))
    .map(([organisationId, organisationName]) => {
      const cells = dates.map((date): TimesheetCell => {
        const key = cellKey(organisationId, date);
        return { key, organisationId, organisationName, date, entry: byCell.get(key) ?? null };
      });
      const entries = cells.flatMap((cell) => (cell.entry ? [cell.entry] : []));
      return {
        organisationId,
        organisationName,
        cells,
        statuses: statusesOf(entries),
        disputeComments: disputeCommentsOf(entries),
      };
    });
}

/** Once a coordinator locked the week (any of its days), nothing in it changes any more. */
export function isWeekLocked(rows: readonly TimesheetRow[]): boolean {
  return rows.some((row) => row.statuses.includes('locked'));
}

/**
 * Empty days, suggestions, drafts and disputed days can change; submitted, confirmed and locked days
 * cannot, nor days still to come (`today`, the employee's date: hours are recorded for days that have
 * happened, as the API requires).
 */
export function isCellEditable(cell: TimesheetCell, weekLocked: boolean, today?: string): boolean {
  if (today !== undefined && cell.date > today) return false;
  return !weekLocked && (cell.entry === null || isEditableStatus(cell.entry.status));
}

/** Minutes typed in an hours field: null for an empty field, undefined when it is not a duration of a day. */
export function minutesOfField(hours: string): number | null | undefined {
  if (!hours.trim()) return null;
  const minutes = hoursToMinutes(hours);
  return minutes !== null && minutes <= MAX_MINUTES_PER_DAY ? minutes : undefined;
}

/** The minutes a cell counts for in the totals: what is typed, else what was loaded; 0 when unreadable. */
export function minutesShown(cell: TimesheetCell, draft: CellDraft | undefined): number {
  if (!draft) return cell.entry?.minutes ?? 0;
  return minutesOfField(draft.hours) ?? 0;
}

export function rowTotal(row: TimesheetRow, drafts: ReadonlyMap<string, CellDraft>): number {
  return row.cells.reduce((sum, cell) => sum + minutesShown(cell, drafts.get(cell.key)), 0);
}

/** Minutes per day of the week, all organisations. */
export function dayTotals(rows: readonly TimesheetRow[], drafts: ReadonlyMap<string, CellDraft>): number[] {
  return Array.from({ length: 7 }, (_, day) =>
    rows.reduce((sum, row) => sum + minutesShown(row.cells[day], drafts.get(row.cells[day].key)), 0),
  );
}

/**
 * The days to save: every editable cell whose hours or note changed, and every suggestion (a
 * suggestion is not saved until the employee saves it) of a day that has come. An emptied day that was saved or
 * suggested is saved as 0. Cells whose hours cannot be read are returned in `invalid`.
 */
export function cellsToSave(
  resourceId: string,
  rows: readonly TimesheetRow[],
  drafts: ReadonlyMap<string, CellDraft>,
  today?: string,
): { saves: CellSave[]; invalid: TimesheetCell[] } {
  const weekLocked = isWeekLocked(rows);
  const saves: CellSave[] = [];
  const invalid: TimesheetCell[] = [];
  for (const cell of rows.flatMap((row) => row.cells)) {
    if (!isCellEditable(cell, weekLocked, today)) continue;
    const { entry } = cell;
    const draft = drafts.get(cell.key);
    const typed = draft ? minutesOfField(draft.hours) : (entry?.minutes ?? null);
    if (typed === undefined) {
      invalid.push(cell);
      continue;
    }
    const note = (draft?.note ?? entry?.note ?? '').trim();
    if (typed === null && !entry && !note) continue;
    const minutes = typed ?? 0;
    const changed = minutes !== entry?.minutes || note !== (entry?.note ?? '');
    if (!changed && entry?.status !== 'suggested') continue;
    saves.push({
      cell,
      request: {
        resourceId,
        organisationId: cell.organisationId,
        workDate: cell.date,
        minutes,
        ...(note ? { note } : {}),
      },
    });
  }
  return { saves, invalid };
}

/** Whether the week has days the employee could still submit: drafts, corrected disputes, or days to save. */
export function hasSomethingToSubmit(rows: readonly TimesheetRow[], pendingSaves: number): boolean {
  return pendingSaves > 0 || rows.some((row) => row.statuses.includes('draft'));
}

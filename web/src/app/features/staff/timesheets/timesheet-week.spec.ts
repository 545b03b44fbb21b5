import { anAgreement, aTimesheetEntry } from '../staff-testing';
import {
  agreementCoversWeek,
  type CellDraft,
  cellKey,
  cellsToSave,
  dayTotals,
  isCellEditable,
  isWeekLocked,
  minutesOfField,
  rowTotal,
  timesheetRowsOf,
} from './timesheet-week';

const MONDAY = '2026-03-02';

const FAMILLE_TUESDAY = aTimesheetEntry();
const JEUNES_SUGGESTED = aTimesheetEntry({
  id: null,
  organisationId: 'org-1',
  organisationName: 'Maison des jeunes',
  workDate: '2026-03-05',
  minutes: 120,
  plannedMinutes: 120,
  status: 'suggested',
});

const drafts = (entries: Record<string, CellDraft>): ReadonlyMap<string, CellDraft> => new Map(Object.entries(entries));

describe('timesheetRowsOf', () => {
  it('makes one row per organisation with time or an agreement that week, by name, with seven days each', () => {
    const rows = timesheetRowsOf({
      monday: MONDAY,
      entries: [FAMILLE_TUESDAY, JEUNES_SUGGESTED, aTimesheetEntry({ workDate: '2026-03-09' })],
      agreements: [
        anAgreement({ organisationId: 'org-2', organisationName: 'Centre des femmes' }),
        anAgreement({ organisationId: 'org-old', organisationName: 'Ancien organisme', endsOn: '2026-03-02' }),
      ],
    });

    expect(rows.map((row) => row.organisationName)).toEqual(['Centre des femmes', 'Maison de la famille', 'Maison des jeunes']);
    expect(rows[1].cells.map((cell) => cell.date)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
    expect(rows[1].cells[1].entry).toBe(FAMILLE_TUESDAY);
    expect(rows[1].cells.filter((cell) => cell.entry)).toHaveLength(1);
    expect(rows[2].statuses).toEqual(['suggested']);
  });

  it('lists each row’s statuses in lifecycle order and the organisation’s dispute comments', () => {
    const [row] = timesheetRowsOf({
      monday: MONDAY,
      entries: [
        aTimesheetEntry({ status: 'disputed', disputeComment: 'Plutôt 90 min' }),
        aTimesheetEntry({ id: 'entry-2', workDate: '2026-03-04', status: 'submitted' }),
        aTimesheetEntry({ id: 'entry-3', workDate: '2026-03-05', status: 'draft' }),
      ],
      agreements: [],
    });

    expect(row.statuses).toEqual(['draft', 'disputed', 'submitted']);
    expect(row.disputeComments).toEqual(['Plutôt 90 min']);
  });
});

describe('agreementCoversWeek', () => {
  it('counts an agreement in force on any day of the week, its end being exclusive', () => {
    expect(agreementCoversWeek(anAgreement({ startsOn: '2026-03-08', endsOn: null }), MONDAY)).toBe(true);
    expect(agreementCoversWeek(anAgreement({ startsOn: '2026-03-09', endsOn: null }), MONDAY)).toBe(false);
    expect(agreementCoversWeek(anAgreement({ startsOn: '2026-01-01', endsOn: '2026-03-03' }), MONDAY)).toBe(true);
    expect(agreementCoversWeek(anAgreement({ startsOn: '2026-01-01', endsOn: '2026-03-02' }), MONDAY)).toBe(false);
  });
});

describe('editing a week', () => {
  it('reads hours as people type them, up to a whole day', () => {
    expect(minutesOfField('')).toBeNull();
    expect(minutesOfField('2,5')).toBe(150);
    expect(minutesOfField('2 h 30')).toBe(150);
    expect(minutesOfField('24')).toBe(1440);
    expect(minutesOfField('25')).toBeUndefined();
    expect(minutesOfField('beaucoup')).toBeUndefined();
  });

  it('lets the employee change empty days, suggestions, drafts and disputed days, nothing once locked', () => {
    const rows = timesheetRowsOf({
      monday: MONDAY,
      entries: [
        aTimesheetEntry({ status: 'submitted' }),
        aTimesheetEntry({ workDate: '2026-03-04', status: 'disputed' }),
        aTimesheetEntry({ workDate: '2026-03-05', status: 'confirmed' }),
      ],
      agreements: [],
    });
    const editable = rows[0].cells.map((cell) => isCellEditable(cell, false));
    expect(editable).toEqual([true, false, true, false, true, true, true]);

    const locked = timesheetRowsOf({ monday: MONDAY, entries: [aTimesheetEntry({ status: 'locked' })], agreements: [] });
    expect(isWeekLocked(locked)).toBe(true);
    expect(locked[0].cells.some((cell) => isCellEditable(cell, true))).toBe(false);
  });

  it('totals each row and each day from what is typed, else from what was loaded', () => {
    const rows = timesheetRowsOf({ monday: MONDAY, entries: [FAMILLE_TUESDAY, JEUNES_SUGGESTED], agreements: [] });
    const typed = drafts({
      [cellKey('org-famille', '2026-03-05')]: { hours: '1,5', note: '' },
      [cellKey('org-1', '2026-03-05')]: { hours: 'n’importe quoi', note: '' },
    });

    expect(rows.map((row) => rowTotal(row, typed))).toEqual([270, 0]);
    expect(dayTotals(rows, typed)).toEqual([0, 180, 0, 90, 0, 0, 0]);
    expect(dayTotals(rows, new Map())).toEqual([0, 180, 0, 120, 0, 0, 0]);
  });

  it('saves changed days and suggestions, an emptied day as 0, and reports unreadable hours', () => {
    const rows = timesheetRowsOf({
      monday: MONDAY,
      entries: [FAMILLE_TUESDAY, JEUNES_SUGGESTED, aTimesheetEntry({ workDate: '2026-03-04', minutes: 60 })],
      agreements: [],
    });
    const { saves, invalid } = cellsToSave(
      'staff-1',
      rows,
      drafts({
        [cellKey('org-famille', '2026-03-03')]: { hours: '3', note: 'Fin de mois' },
        [cellKey('org-famille', '2026-03-04')]: { hours: '', note: '' },
        [cellKey('org-famille', '2026-03-06')]: { hours: '25', note: '' },
      }),
    );

    expect(saves.map((save) => save.request)).toEqual([
      { resourceId: 'staff-1', organisationId: 'org-famille', workDate: '2026-03-03', minutes: 180, note: 'Fin de mois' },
      { resourceId: 'staff-1', organisationId: 'org-famille', workDate: '2026-03-04', minutes: 0 },
      { resourceId: 'staff-1', organisationId: 'org-1', workDate: '2026-03-05', minutes: 120 },
    ]);
    expect(invalid.map((cell) => cell.key)).toEqual([cellKey('org-famille', '2026-03-06')]);
  });

  it('neither offers nor saves days still to come, suggestions included', () => {
    const rows = timesheetRowsOf({ monday: MONDAY, entries: [FAMILLE_TUESDAY, JEUNES_SUGGESTED], agreements: [] });
    const typed = drafts({ [cellKey('org-famille', '2026-03-03')]: { hours: '4', note: '' } });

    // Today is Tuesday 3 March: Thursday's suggestion waits until Thursday.
    expect(rows[0].cells.map((cell) => isCellEditable(cell, false, '2026-03-03'))).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(cellsToSave('staff-1', rows, typed, '2026-03-03').saves.map((save) => save.request.workDate)).toEqual(['2026-03-03']);
    expect(cellsToSave('staff-1', rows, typed, '2026-03-05').saves.map((save) => save.request.workDate)).toEqual([
      '2026-03-03',
      '2026-03-05',
    ]);
  });

  it('saves nothing for days typed back to what they were, or for submitted days', () => {
    const rows = timesheetRowsOf({
      monday: MONDAY,
      entries: [FAMILLE_TUESDAY, aTimesheetEntry({ workDate: '2026-03-04', status: 'submitted' })],
      agreements: [],
    });
    const { saves } = cellsToSave(
      'staff-1',
      rows,
      drafts({
        [cellKey('org-famille', '2026-03-03')]: { hours: '3 h', note: '' },
        [cellKey('org-famille', '2026-03-04')]: { hours: '8', note: '' },
      }),
    );
    expect(saves).toEqual([]);
  });
});

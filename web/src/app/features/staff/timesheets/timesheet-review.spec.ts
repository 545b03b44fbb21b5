import { aTimesheetEntry } from '../staff-testing';
import { byLatestWeek, reviewWeeksOf, reviewWindow } from './timesheet-review';

const JULIE = { id: 'staff-1', name: 'Julie Comptable', networkId: 'network-1' };

describe('reviewWindow', () => {
  it('covers the twelve weeks ending with the current one, then the twelve before', () => {
    expect(reviewWindow('2026-03-04', 0)).toEqual({ from: '2025-12-15', to: '2026-03-09' });
    expect(reviewWindow('2026-03-04', 1)).toEqual({ from: '2025-09-22', to: '2025-12-15' });
  });
});

describe('reviewWeeksOf', () => {
  const entries = [
    aTimesheetEntry({ workDate: '2026-03-03', minutes: 180, status: 'submitted', note: 'Paie' }),
    aTimesheetEntry({ id: 'e2', workDate: '2026-03-05', minutes: 90, status: 'submitted' }),
    aTimesheetEntry({
      id: 'e3',
      organisationId: 'org-1',
      organisationName: 'Maison des jeunes',
      workDate: '2026-03-04',
      minutes: 60,
      status: 'confirmed',
    }),
    aTimesheetEntry({ id: 'e4', workDate: '2026-02-24', minutes: 120, status: 'disputed', disputeComment: 'Plutôt 1 h' }),
    aTimesheetEntry({ id: null, workDate: '2026-02-25', status: 'suggested' }),
    aTimesheetEntry({ id: 'e5', workDate: '2026-02-26', status: 'draft' }),
  ];

  it('groups the days sent to the organisations by week, the latest first, one line per organisation', () => {
    const weeks = reviewWeeksOf({ staff: JULIE, entries, organisationId: null });

    expect(weeks.map((week) => week.weekStart)).toEqual(['2026-03-02', '2026-02-23']);
    expect(weeks[0].lines.map((line) => [line.organisationName, line.total, line.statuses])).toEqual([
      ['Maison de la famille', 270, ['submitted']],
      ['Maison des jeunes', 60, ['confirmed']],
    ]);
    expect(weeks[0].lines[0].minutesByDay).toEqual([0, 180, 0, 90, 0, 0, 0]);
    expect(weeks[0].lines[0].notes).toEqual([{ date: '2026-03-03', note: 'Paie' }]);
    expect(weeks[0].lines[0].awaitingDecision).toBe(true);
    expect(weeks[0].lockable).toBe(true);
  });

  it('leaves out the employee’s suggestions and drafts, and keeps what was disputed', () => {
    const [, earlier] = reviewWeeksOf({ staff: JULIE, entries, organisationId: null });
    expect(earlier.lines).toHaveLength(1);
    expect(earlier.lines[0]).toMatchObject({ total: 120, statuses: ['disputed'], disputeComments: ['Plutôt 1 h'] });
    expect(earlier.lines[0].awaitingDecision).toBe(false);
    expect(earlier.lockable).toBe(false);
  });

  it('keeps only the reviewing organisation’s lines when one is given', () => {
    const weeks = reviewWeeksOf({ staff: JULIE, entries, organisationId: 'org-1' });
    expect(weeks).toHaveLength(1);
    expect(weeks[0].lines.map((line) => line.organisationName)).toEqual(['Maison des jeunes']);
  });

  it('orders several employees’ weeks by week, then by name', () => {
    const marc = reviewWeeksOf({
      staff: { id: 'staff-2', name: 'Marc Informaticien', networkId: 'network-1' },
      entries: [aTimesheetEntry({ resourceId: 'staff-2', workDate: '2026-03-03', status: 'submitted' })],
      organisationId: null,
    });
    const all = [...reviewWeeksOf({ staff: JULIE, entries, organisationId: null }), ...marc].sort(byLatestWeek);
    expect(all.map((week) => `${week.staffName} ${week.weekStart}`)).toEqual([
      'Julie Comptable 2026-03-02',
      'Marc Informaticien 2026-03-02',
      'Julie Comptable 2026-02-23',
    ]);
  });
});

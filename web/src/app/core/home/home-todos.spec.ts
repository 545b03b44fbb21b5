import type { HomeCounts } from '@mutualis/contracts';
import { homeTodosOf, navBadgesOf, pluralCategory } from './home-todos';

const NONE: HomeCounts = {
  approvalsWaiting: 0,
  hourRequestsWaiting: 0,
  timesheetsToSubmit: 0,
  timesheetsToConfirm: 0,
  disputes: 0,
  invitationsPending: 0,
  periodsToClose: 0,
};

describe('home to-dos', () => {
  it('lists only what is waiting, each linked to the page where it is handled', () => {
    const todos = homeTodosOf({ ...NONE, approvalsWaiting: 3, periodsToClose: 1 }, { reviewsTimesheets: true });
    expect(todos).toEqual([
      { kind: 'approvalsWaiting', count: 3, link: '/bookings/approvals', navPath: '/bookings' },
      { kind: 'periodsToClose', count: 1, link: '/reports', navPath: '/reports' },
    ]);
    expect(homeTodosOf(NONE, { reviewsTimesheets: false })).toEqual([]);
  });

  it('sends an employee to their schedule for disputes, and reviewers to the timesheets', () => {
    expect(homeTodosOf({ ...NONE, disputes: 1 }, { reviewsTimesheets: false })[0].link).toBe('/staff/my-schedule');
    expect(homeTodosOf({ ...NONE, disputes: 1 }, { reviewsTimesheets: true })[0].link).toBe('/staff/timesheets');
  });

  it('adds up the badges of one section', () => {
    const todos = homeTodosOf(
      { ...NONE, hourRequestsWaiting: 2, timesheetsToSubmit: 1, invitationsPending: 4 },
      { reviewsTimesheets: false },
    );
    expect([...navBadgesOf(todos)]).toEqual([
      ['/staff', 3],
      ['/admin', 4],
    ]);
  });

  it('picks French and English plural forms', () => {
    expect([0, 1, 2].map((n) => pluralCategory(n, 'fr-CA'))).toEqual(['one', 'one', 'other']);
    expect([0, 1, 2].map((n) => pluralCategory(n, 'en-CA'))).toEqual(['other', 'one', 'other']);
  });
});

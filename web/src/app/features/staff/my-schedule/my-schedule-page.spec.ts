import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { CalendarOccurrence } from '@mutualis/contracts';
import { buttonNamed, fieldLabelled, settle as settleFixture, textOf, typeInto } from '../../../../testing/dom-testing';
import { aMe, flushApiError, signInAs } from '../../../../testing/session-testing';
import { aLeave, aStaff, aStaffOccurrence, anAgreement, aTimesheetEntry, NOW, staffTranslocoTesting } from '../staff-testing';
import { MySchedulePage } from './my-schedule-page';
import { provideFixedClock } from '../../../../testing/clock-testing';

const WEEK_FROM = '2026-03-02T00:00:00-05:00';
const NEXT_WEEK_FROM = '2026-03-09T00:00:00-04:00';

const BOOKKEEPING = aStaffOccurrence({ id: 'occ-1', seriesId: 'series-1', title: 'Tenue de livres' });
const BOOKKEEPING_NEXT = aStaffOccurrence({
  id: 'occ-2',
  seriesId: 'series-1',
  title: 'Tenue de livres',
  start: '2026-03-12T09:00:00-04:00',
  end: '2026-03-12T12:00:00-04:00',
  recurring: true,
});
const COMMUNICATIONS = aStaffOccurrence({
  id: 'occ-3',
  seriesId: 'series-3',
  title: 'Plan de communication',
  organisationId: 'org-1',
  organisationName: 'Maison des jeunes',
  status: 'confirmed',
  start: '2026-03-03T13:00:00-05:00',
  end: '2026-03-03T15:00:00-05:00',
});
const PAYROLL = aStaffOccurrence({
  id: 'occ-4',
  seriesId: 'series-4',
  title: 'Paie',
  organisationId: 'org-3',
  organisationName: 'Coop de solidarité',
  start: '2026-03-10T13:00:00-04:00',
  end: '2026-03-10T14:00:00-04:00',
});

const WORKING_TIME = [
  { start: '2026-03-03T09:00:00-05:00', end: '2026-03-03T12:00:00-05:00' },
  { start: '2026-03-03T13:00:00-05:00', end: '2026-03-03T17:00:00-05:00' },
  { start: '2026-03-05T09:00:00-05:00', end: '2026-03-05T16:00:00-05:00' },
];

describe('MySchedulePage', () => {
  let fixture: ComponentFixture<MySchedulePage>;
  let backend: HttpTestingController;
  let page: HTMLElement;
  const settle = () => settleFixture(fixture);

  /** The pending GET to `url` (whose `from` is `windowFrom`, when given). */
  const take = (url: string, windowFrom?: string): TestRequest =>
    backend.expectOne(
      (request) =>
        request.url === url &&
        request.method === 'GET' &&
        (windowFrom === undefined || request.params.get('from') === windowFrom),
    );

  /** Answers the three requests of a week: bookings, working time and leave. */
  async function flushWeek(weekFrom: string, occurrences: CalendarOccurrence[] = [BOOKKEEPING, COMMUNICATIONS]): Promise<void> {
    take('/api/bookings', weekFrom).flush(occurrences);
    take('/api/staff/staff-1/availability', weekFrom).flush({
      resourceId: 'staff-1',
      timeZone: 'America/Toronto',
      workingTime: weekFrom === WEEK_FROM ? WORKING_TIME : [],
      busy: [],
      leave: [],
    });
    take('/api/staff/staff-1/leave', weekFrom).flush([]);
    await settle();
  }

  /** Answers the timesheet grid's request for the week starting on `monday`. */
  async function flushTimesheet(monday: string, entries = [aTimesheetEntry()]): Promise<void> {
    backend.expectOne((request) => request.url === '/api/timesheets' && request.params.get('from') === monday).flush(entries);
    await settle();
  }

  function pendingTitles(): string[] {
    return Array.from(page.querySelectorAll('.request .what strong')).map((each) => textOf(each));
  }

  function day(index: number): HTMLElement {
    return page.querySelectorAll<HTMLElement>('.day')[index];
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [MySchedulePage, staffTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideFixedClock(NOW)],
    });
    signInAs(
      aMe({
        name: 'Julie Comptable',
        staffResourceId: 'staff-1',
        memberships: [{ organisationId: 'org-carrier', organisationName: 'CDC de l’Estrie', role: 'member' }],
      }),
    );
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MySchedulePage);
    page = fixture.nativeElement as HTMLElement;
    await settle();
    backend.expectOne('/api/staff/staff-1').flush(aStaff());
    await settle();

    const pending = take('/api/bookings', '2026-03-04T15:00:00.000Z');
    expect(pending.request.params.get('to')).toBe('2026-06-04T15:00:00.000Z');
    expect(pending.request.params.get('resourceId')).toBe('staff-1');
    pending.flush([BOOKKEEPING, COMMUNICATIONS, BOOKKEEPING_NEXT, PAYROLL]);
    take('/api/staff/staff-1/leave', '2026-03-04T15:00:00.000Z').flush([aLeave()]);
    await flushWeek(WEEK_FROM);
    backend.expectOne('/api/agreements?resourceId=staff-1').flush([anAgreement()]);
    await flushTimesheet('2026-03-02');
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    backend.verify();
  });

  it('shows the week across organisations: working hours, requests with their organisation and status', () => {
    expect(textOf(page.querySelector('#week-title'))).toBe('Semaine du 2 mars 2026');
    expect(page.querySelectorAll('.day')).toHaveLength(7);
    expect(textOf(day(1).querySelector('h3'))).toBe('mardi 3 mars 2026');
    expect(textOf(day(1).querySelector('.working-hours'))).toBe('Heures de travail : 9 h – 12 h, 13 h – 17 h');
    expect(textOf(day(1).querySelector('.occurrence'))).toBe('13 h – 15 h Maison des jeunes Plan de communication Confirmée');
    expect(textOf(day(2).querySelector('h3'))).toBe('mercredi 4 mars 2026 aujourd’hui');
    expect(textOf(day(2).querySelector('.working-hours'))).toBe('Pas d’heures de travail');
    expect(textOf(day(3).querySelector('.occurrence'))).toBe('9 h – 12 h Centre des femmes Tenue de livres En attente');
  });

  it('lists pending requests once per series, each with approve and decline buttons named after it', () => {
    expect(pendingTitles()).toEqual(['Tenue de livres', 'Paie']);
    expect(textOf(page.querySelector('.request .when'))).toBe('jeu. 5 mars 2026, 9 h – 12 h · 2 occurrences');
    expect(buttonNamed(page, 'Approuver : Tenue de livres')).toBeTruthy();
    expect(buttonNamed(page, 'Refuser : Tenue de livres')).toBeTruthy();
    expect(buttonNamed(page, 'Approuver : Paie')).toBeTruthy();
  });

  it('approves a request, takes it off the queue and refreshes the week', async () => {
    buttonNamed(page, 'Approuver : Tenue de livres').click();
    await settle();

    const approve = backend.expectOne({ method: 'POST', url: '/api/bookings/series-1/approve' });
    expect(approve.request.body).toEqual({});
    approve.flush({});
    await settle();
    await flushWeek(WEEK_FROM, [{ ...BOOKKEEPING, status: 'confirmed' }, COMMUNICATIONS]);

    expect(pendingTitles()).toEqual(['Paie']);
    expect(textOf(day(3).querySelector('.occurrence .status'))).toBe('Confirmée');
    expect(textOf(document.querySelector('mat-snack-bar-container'))).toContain('Demande « Tenue de livres » approuvée.');
  });

  it('declines a request with the reason typed in the dialog', async () => {
    buttonNamed(page, 'Refuser : Paie').click();
    await settle();
    const dialog = document.querySelector<HTMLElement>('mat-dialog-container')!;
    expect(textOf(dialog.querySelector('h2'))).toBe('Refuser « Paie » de Coop de solidarité');
    typeInto(fieldLabelled(dialog, 'Raison du refus') as unknown as HTMLInputElement, 'En vacances cette semaine-là');
    buttonNamed(dialog, 'Refuser').click();
    await settle();

    const decline = backend.expectOne({ method: 'POST', url: '/api/bookings/series-4/decline' });
    expect(decline.request.body).toEqual({ reason: 'En vacances cette semaine-là' });
    decline.flush({});
    await settle();
    await flushWeek(WEEK_FROM);

    expect(pendingTitles()).toEqual(['Tenue de livres']);
    expect(textOf(document.querySelector('mat-snack-bar-container'))).toContain('Demande « Paie » refusée.');
  });

  it('shows the API’s message when the employee may not decide on their own organisation’s request', async () => {
    buttonNamed(page, 'Approuver : Tenue de livres').click();
    await settle();
    flushApiError(
      backend.expectOne('/api/bookings/series-1/approve'),
      403,
      'FORBIDDEN',
      'Une demande ne peut pas être approuvée par son propre organisme.',
    );
    await settle();

    expect(textOf(page.querySelector('.pending [role="alert"]'))).toBe(
      'Une demande ne peut pas être approuvée par son propre organisme.',
    );
    expect(pendingTitles()).toEqual(['Tenue de livres', 'Paie']);
  });

  it('proposes another time for a pending request and shows what was proposed', async () => {
    buttonNamed(page, 'Proposer un autre moment : Tenue de livres').click();
    await settle();
    const dialog = document.querySelector<HTMLElement>('mat-dialog-container')!;
    expect(fieldLabelled(dialog, 'Date').value).toBe('2026-03-05');
    typeInto(fieldLabelled(dialog, 'Date'), '2026-03-10');
    typeInto(fieldLabelled(dialog, 'Heure de début'), '13:30');
    buttonNamed(dialog, 'Proposer ce moment').click();
    await settle();

    const propose = backend.expectOne({ method: 'POST', url: '/api/bookings/series-1/propose' });
    expect(propose.request.body).toEqual({ occurrenceId: 'occ-1', start: '2026-03-10T13:30', durationMinutes: 180 });
    propose.flush({});
    await settle();

    expect(pendingTitles()).toEqual(['Tenue de livres', 'Paie']);
    expect(textOf(page.querySelector('.request .proposed'))).toBe('Vous avez proposé : mar. 10 mars 2026, 13 h 30 – 16 h 30');
    expect(textOf(document.querySelector('mat-snack-bar-container'))).toContain('Autre moment proposé pour « Tenue de livres ».');
  });

  it('shows the week’s timesheet under the schedule', () => {
    expect(textOf(page.querySelector('#timesheet-title'))).toBe('Feuille de temps de la semaine du 2 mars 2026');
    expect(page.querySelectorAll('app-timesheet-grid tbody tr')).toHaveLength(2);
  });

  it('moves to the next week and back to this week', async () => {
    buttonNamed(page, 'Semaine suivante').click();
    await settle();
    await flushWeek(NEXT_WEEK_FROM, [BOOKKEEPING_NEXT, PAYROLL]);
    await flushTimesheet('2026-03-09', []);
    expect(textOf(page.querySelector('#week-title'))).toBe('Semaine du 9 mars 2026');
    expect(textOf(page.querySelector('#timesheet-title'))).toBe('Feuille de temps de la semaine du 9 mars 2026');
    expect(textOf(day(1).querySelector('.occurrence'))).toBe('13 h – 14 h Coop de solidarité Paie En attente');

    buttonNamed(page, 'Aujourd’hui').click();
    await settle();
    await flushWeek(WEEK_FROM);
    await flushTimesheet('2026-03-02');
    expect(textOf(page.querySelector('#week-title'))).toBe('Semaine du 2 mars 2026');
  });

  it('records leave from the dialog, says how many requests were flagged and shows it', async () => {
    buttonNamed(page, 'Ajouter un congé').click();
    await settle();
    const dialog = document.querySelector<HTMLElement>('mat-dialog-container')!;
    expect(fieldLabelled(dialog, 'Début').value).toBe('2026-03-04 0 h');
    typeInto(fieldLabelled(dialog, 'Début'), '2026-03-05T09:00');
    typeInto(fieldLabelled(dialog, 'Fin'), '2026-03-05T17:00');
    await settle();
    buttonNamed(dialog, 'Enregistrer le congé').click();
    await settle();

    const post = backend.expectOne({ method: 'POST', url: '/api/staff/staff-1/leave' });
    expect(post.request.body).toEqual({ kind: 'vacation', start: '2026-03-05T09:00:00-05:00', end: '2026-03-05T17:00:00-05:00' });
    const recorded = aLeave({
      id: 'leave-2',
      start: '2026-03-05T14:00:00.000Z',
      end: '2026-03-05T22:00:00.000Z',
      flaggedOccurrences: 1,
    });
    post.flush(recorded);
    await settle();
    expect(textOf(dialog.querySelector('[role="status"]'))).toBe(
      '1 demande prévue pendant ce congé a été signalée pour être replanifiée. Elle n’est pas supprimée.',
    );
    buttonNamed(dialog, 'Fermer').click();
    await settle();

    take('/api/bookings', WEEK_FROM).flush([BOOKKEEPING, COMMUNICATIONS]);
    take('/api/staff/staff-1/availability', WEEK_FROM).flush({
      resourceId: 'staff-1',
      timeZone: 'America/Toronto',
      workingTime: WORKING_TIME,
      busy: [],
      leave: [],
    });
    take('/api/staff/staff-1/leave', WEEK_FROM).flush([recorded]);
    take('/api/staff/staff-1/leave', '2026-03-04T15:00:00.000Z').flush([recorded, aLeave()]);
    await settle();

    expect(textOf(day(3).querySelector('.leave'))).toBe('En congé (Vacances) · jeu. 5 mars 2026, 9 h – 17 h');
    expect(textOf(day(3).querySelector('.occurrence .flag'))).toBe('À replanifier : pendant un congé');
    expect(page.querySelectorAll('.leave-list li')).toHaveLength(2);
    expect(textOf(document.querySelector('mat-snack-bar-container'))).toContain('Congé ajouté.');
  });

  it('deletes upcoming leave once confirmed', async () => {
    buttonNamed(page, 'Supprimer le congé : Vacances, lun. 16 mars 2026, 0 h – sam. 21 mars 2026, 0 h').click();
    await settle();
    const confirm = document.querySelector<HTMLElement>('mat-dialog-container')!;
    expect(textOf(confirm.querySelector('h2'))).toBe('Supprimer ce congé ?');
    buttonNamed(confirm, 'Supprimer').click();
    await settle();

    backend.expectOne({ method: 'DELETE', url: '/api/staff/staff-1/leave/leave-1' }).flush(null);
    await settle();
    await flushWeek(WEEK_FROM);

    expect(textOf(page.querySelector('.leave-list'))).toBe('Aucun congé à venir.');
    expect(textOf(document.querySelector('mat-snack-bar-container'))).toContain('Congé supprimé.');
  });
});

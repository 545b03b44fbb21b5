import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { AgreementView, TimesheetEntryView } from '@mutualis/contracts';
import { buttonNamed, queryButtonNamed, settle as settleFixture, textOf, typeInto } from '../../../../testing/dom-testing';
import { aMe, flushApiError, signInAs } from '../../../../testing/session-testing';
import { AppLanguage } from '../../../core/i18n/app-language';
import { anAgreement, aTimesheetEntry, staffTranslocoTesting } from '../staff-testing';
import { TimesheetGrid } from './timesheet-grid';

const FAMILLE = anAgreement({ id: 'agreement-famille', organisationId: 'org-famille', organisationName: 'Maison de la famille' });
const JEUNES = anAgreement({ organisationId: 'org-1', organisationName: 'Maison des jeunes' });

/** Confirmed requests of Maison des jeunes on Thursday: 2 h suggested, not saved yet. */
const SUGGESTED = aTimesheetEntry({
  id: null,
  organisationId: 'org-1',
  organisationName: 'Maison des jeunes',
  workDate: '2026-03-05',
  minutes: 120,
  plannedMinutes: 120,
  status: 'suggested',
});
const DRAFT = aTimesheetEntry({ minutes: 150, note: 'Paie' });

describe('TimesheetGrid', () => {
  let fixture: ComponentFixture<TimesheetGrid>;
  let backend: HttpTestingController;
  let grid: HTMLElement;
  const settle = () => settleFixture(fixture);

  const week = (): TestRequest => backend.expectOne((request) => request.url === '/api/timesheets' && request.method === 'GET');

  async function flushWeek(entries: TimesheetEntryView[]): Promise<void> {
    const request = week();
    expect(request.request.params.toString()).toBe('resourceId=staff-1&from=2026-03-02&to=2026-03-09');
    request.flush(entries);
    await settle();
  }

  async function open(entries: TimesheetEntryView[], agreements: AgreementView[] = [FAMILLE, JEUNES]): Promise<void> {
    fixture = TestBed.createComponent(TimesheetGrid);
    fixture.componentRef.setInput('staffId', 'staff-1');
    fixture.componentRef.setInput('monday', '2026-03-02');
    grid = fixture.nativeElement as HTMLElement;
    await settle();
    const agreementsRequest = backend.expectOne('/api/agreements?resourceId=staff-1');
    await flushWeek(entries);
    agreementsRequest.flush(agreements);
    await settle();
  }

  const hours = (name: string): HTMLInputElement => {
    const input = Array.from(grid.querySelectorAll<HTMLInputElement>('input.hours')).find(
      (each) => each.getAttribute('aria-label') === name,
    );
    if (!input) throw new Error(`No hours field « ${name} »`);
    return input;
  };

  const rowText = (index: number): string => textOf(grid.querySelectorAll('tbody tr')[index].querySelector('th'));
  const puts = (): TestRequest[] => backend.match((request) => request.url === '/api/timesheets/entries');

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [staffTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    signInAs(aMe({ staffResourceId: 'staff-1' }));
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    backend.verify();
  });

  it('prefills the week: a row per organisation, saved days and suggestions from confirmed requests, with totals', async () => {
    await open([DRAFT, SUGGESTED]);

    expect(textOf(grid.querySelector('h2'))).toBe('Feuille de temps de la semaine du 2 mars 2026');
    expect(rowText(0)).toBe('Maison de la famille Brouillon');
    expect(rowText(1)).toBe('Maison des jeunes Suggérée');
    expect(hours('Heures, Maison de la famille, mardi 3 mars').value).toBe('2,5');
    expect(hours('Heures, Maison des jeunes, jeudi 5 mars').value).toBe('2');
    expect(hours('Heures, Maison des jeunes, lundi 2 mars').value).toBe('');
    expect(textOf(grid.querySelectorAll('tbody tr')[1].querySelector('.planned'))).toBe('prévu : 2 h');
    expect(Array.from(grid.querySelectorAll('tbody td.total')).map((cell) => textOf(cell))).toEqual(['2 h 30', '2 h']);
    expect(Array.from(grid.querySelectorAll('tfoot td')).map((cell) => textOf(cell))).toEqual([
      '0 h',
      '2 h 30',
      '0 h',
      '2 h',
      '0 h',
      '0 h',
      '0 h',
      '4 h 30',
    ]);
    expect(textOf(grid.querySelector('.to-save'))).toBe('1 journée à enregistrer');
  });

  it('updates the totals as hours are typed', async () => {
    await open([DRAFT, SUGGESTED]);
    typeInto(hours('Heures, Maison de la famille, mercredi 4 mars'), '7 h 30');
    await settle();

    expect(textOf(grid.querySelectorAll('tbody td.total')[0])).toBe('10 h');
    expect(textOf(grid.querySelector('tfoot .week-total'))).toBe('12 h');
  });

  it('saves each changed day and each suggestion with one call, then reads the week again', async () => {
    await open([DRAFT, SUGGESTED]);
    typeInto(hours('Heures, Maison de la famille, mardi 3 mars'), '3');
    typeInto(hours('Heures, Maison de la famille, vendredi 6 mars'), '1,25');
    await settle();
    buttonNamed(grid, 'Enregistrer').click();
    await settle();

    const bodies: unknown[] = [];
    for (let call = 0; call < 3; call++) {
      const [put] = puts();
      expect(put.request.method).toBe('PUT');
      bodies.push(put.request.body);
      put.flush(null, { status: 204, statusText: 'No Content' });
      await settle();
    }
    expect(bodies).toEqual([
      { resourceId: 'staff-1', organisationId: 'org-famille', workDate: '2026-03-03', minutes: 180, note: 'Paie' },
      { resourceId: 'staff-1', organisationId: 'org-famille', workDate: '2026-03-06', minutes: 75 },
      { resourceId: 'staff-1', organisationId: 'org-1', workDate: '2026-03-05', minutes: 120 },
    ]);
    await flushWeek([
      aTimesheetEntry({ minutes: 180, note: 'Paie' }),
      aTimesheetEntry({ id: 'entry-2', workDate: '2026-03-06', minutes: 75 }),
      { ...SUGGESTED, id: 'entry-3', status: 'draft' },
    ]);

    expect(rowText(1)).toBe('Maison des jeunes Brouillon');
    expect(grid.querySelector('.to-save')).toBeNull();
    expect(textOf(document.querySelector('mat-snack-bar-container'))).toContain('Feuille de temps enregistrée.');
  });

  it('adds a note to a day from its note button and sends it with the day', async () => {
    await open([DRAFT]);
    buttonNamed(grid, 'Note, Maison des jeunes, mercredi 4 mars').click();
    await settle();
    const dialog = document.querySelector<HTMLElement>('mat-dialog-container')!;
    expect(textOf(dialog.querySelector('h2'))).toBe('Note — Maison des jeunes, mercredi 4 mars');
    typeInto(dialog.querySelector('textarea') as unknown as HTMLInputElement, ' Rencontre du conseil ');
    buttonNamed(dialog, 'Appliquer').click();
    await settle();
    typeInto(hours('Heures, Maison des jeunes, mercredi 4 mars'), '1');
    await settle();
    buttonNamed(grid, 'Enregistrer').click();
    await settle();

    const [put] = puts();
    expect(put.request.body).toEqual({
      resourceId: 'staff-1',
      organisationId: 'org-1',
      workDate: '2026-03-04',
      minutes: 60,
      note: 'Rencontre du conseil',
    });
    put.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    await flushWeek([
      DRAFT,
      aTimesheetEntry({
        id: 'e2',
        organisationId: 'org-1',
        organisationName: 'Maison des jeunes',
        workDate: '2026-03-04',
        minutes: 60,
        note: 'Rencontre du conseil',
      }),
    ]);
  });

  it('saves the suggestions, then submits the week', async () => {
    await open([DRAFT, SUGGESTED]);
    buttonNamed(grid, 'Soumettre la semaine').click();
    await settle();
    buttonNamed(document.querySelector('mat-dialog-container')!, 'Soumettre').click();
    await settle();
    const [put] = puts();
    expect(put.request.body).toMatchObject({ organisationId: 'org-1', workDate: '2026-03-05', minutes: 120 });
    put.flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    const submit = backend.expectOne({ method: 'POST', url: '/api/timesheets/submit' });
    expect(submit.request.body).toEqual({ resourceId: 'staff-1', weekStart: '2026-03-02' });
    submit.flush({ entries: 2 });
    await settle();
    await flushWeek([
      { ...DRAFT, status: 'submitted' },
      { ...SUGGESTED, id: 'entry-3', status: 'submitted' },
    ]);

    expect(rowText(0)).toBe('Maison de la famille Soumise');
    expect(hours('Heures, Maison de la famille, mardi 3 mars').readOnly).toBe(true);
    expect(hours('Heures, Maison de la famille, lundi 2 mars').readOnly).toBe(false);
    expect(textOf(document.querySelector('mat-snack-bar-container'))).toContain(
      'Semaine soumise : 2 journées envoyées aux organismes.',
    );
  });

  it('shows the organisation’s comment on a disputed day and lets the employee correct it', async () => {
    await open([aTimesheetEntry({ minutes: 120, status: 'disputed', disputeComment: 'Plutôt 90 min' })]);

    expect(rowText(0)).toBe('Maison de la famille Contestée Contestation de l’organisme : Plutôt 90 min');
    const field = hours('Heures, Maison de la famille, mardi 3 mars');
    expect(field.readOnly).toBe(false);
    typeInto(field, '1,5');
    await settle();
    buttonNamed(grid, 'Enregistrer').click();
    await settle();
    const [put] = puts();
    expect(put.request.body).toMatchObject({ workDate: '2026-03-03', minutes: 90 });
    put.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    await flushWeek([aTimesheetEntry({ minutes: 90 })]);
  });

  it('shows a locked week read-only, without save or submit', async () => {
    await open([
      aTimesheetEntry({ status: 'locked' }),
      aTimesheetEntry({ id: 'e2', workDate: '2026-03-04', status: 'confirmed' }),
    ]);

    expect(textOf(grid.querySelector('.locked'))).toBe(
      'Semaine verrouillée par la coordination : ses heures ne peuvent plus changer.',
    );
    expect(rowText(0)).toBe('Maison de la famille Confirmée Verrouillée');
    expect(Array.from(grid.querySelectorAll<HTMLInputElement>('input.hours')).every((input) => input.readOnly)).toBe(true);
    expect(queryButtonNamed(grid, 'Enregistrer')).toBeNull();
    expect(queryButtonNamed(grid, 'Soumettre la semaine')).toBeNull();
    expect(queryButtonNamed(grid, 'Note, Maison de la famille, lundi 2 mars')).toBeNull();
  });

  it('names the day the API refused and shows its message, keeping what is left to save', async () => {
    await open([DRAFT]);
    typeInto(hours('Heures, Maison de la famille, mardi 3 mars'), '4');
    typeInto(hours('Heures, Maison des jeunes, mardi 3 mars'), '1');
    await settle();
    buttonNamed(grid, 'Enregistrer').click();
    await settle();
    flushApiError(puts()[0], 409, 'TIMESHEET_LOCKED', 'Cette feuille de temps est verrouillée.');
    await settle();

    expect(textOf(grid.querySelector('[role="alert"]'))).toBe(
      'Maison de la famille, mardi 3 mars : Cette feuille de temps est verrouillée.',
    );
    expect(textOf(grid.querySelector('.to-save'))).toBe('2 journées à enregistrer');
  });

  it('shows the API’s message when the submission is refused', async () => {
    await open([DRAFT]);
    buttonNamed(grid, 'Soumettre la semaine').click();
    await settle();
    buttonNamed(document.querySelector('mat-dialog-container')!, 'Soumettre').click();
    await settle();
    flushApiError(backend.expectOne('/api/timesheets/submit'), 422, 'VALIDATION_FAILED', 'Une semaine commence un lundi.');
    await settle();
    await flushWeek([DRAFT]);

    expect(textOf(grid.querySelector('[role="alert"]'))).toBe('Une semaine commence un lundi.');
  });

  it('refuses hours it cannot read, without calling the API', async () => {
    await open([DRAFT]);
    const field = hours('Heures, Maison des jeunes, vendredi 6 mars');
    typeInto(field, 'trois');
    await settle();
    buttonNamed(grid, 'Enregistrer').click();
    await settle();

    expect(puts()).toHaveLength(0);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(textOf(grid.querySelector('[role="alert"]'))).toBe(
      'Entrez des heures, par exemple 3, 2,5 ou 2 h 30 (au plus 24 h) : Maison des jeunes, vendredi 6 mars.',
    );
  });

  it('keeps the stable English names browser tests rely on', async () => {
    await open([DRAFT]);
    await TestBed.inject(AppLanguage).use('en');
    await settle();

    expect(hours('Hours, Maison de la famille, Tuesday, March 3').value).toBe('2.5');
    expect(buttonNamed(grid, 'Note, Maison de la famille, Tuesday, March 3')).toBeTruthy();
    expect(buttonNamed(grid, 'Save')).toBeTruthy();
    expect(buttonNamed(grid, 'Submit the week')).toBeTruthy();
  });

  it('says there is nothing to record without agreements or confirmed requests', async () => {
    await open([], []);
    expect(textOf(grid.querySelector('.empty-state'))).toBe(
      'Rien à inscrire cette semaine : aucune entente en vigueur ni demande confirmée.',
    );
  });
});

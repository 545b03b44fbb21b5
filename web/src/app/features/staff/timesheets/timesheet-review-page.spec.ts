import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { MeResponse, TimesheetEntryView } from '@mutualis/contracts';
import {
  buttonNamed,
  queryButtonNamed,
  settle as settleFixture,
  textOf,
  typeInto,
  fieldLabelled,
} from '../../../../testing/dom-testing';
import { aMe, flushApiError, signInAs } from '../../../../testing/session-testing';
import { aStaff, aTimesheetEntry, NOW, staffTranslocoTesting } from '../staff-testing';
import { TimesheetReviewPage } from './timesheet-review-page';
import { provideFixedClock } from '../../../../testing/clock-testing';

const JULIE = aStaff();
const MARC = aStaff({ id: 'staff-2', name: 'Marc Informaticien' });

const ADMIN_FAMILLE = aMe({
  memberships: [{ organisationId: 'org-famille', organisationName: 'Maison de la famille', role: 'admin' }],
});
const MEMBER_FAMILLE = aMe({
  memberships: [{ organisationId: 'org-famille', organisationName: 'Maison de la famille', role: 'member' }],
});
const COORDINATOR = aMe({ memberships: [], coordinatorOf: [{ networkId: 'network-1', networkName: 'Réseau de l’Estrie' }] });

const SUBMITTED = [
  aTimesheetEntry({ workDate: '2026-03-03', minutes: 180, status: 'submitted', note: 'Paie' }),
  aTimesheetEntry({ id: 'e2', workDate: '2026-03-05', minutes: 90, status: 'submitted' }),
];
const JEUNES_CONFIRMED = aTimesheetEntry({
  id: 'e3',
  organisationId: 'org-1',
  organisationName: 'Maison des jeunes',
  workDate: '2026-03-04',
  minutes: 60,
  status: 'confirmed',
});

describe('TimesheetReviewPage', () => {
  let fixture: ComponentFixture<TimesheetReviewPage>;
  let backend: HttpTestingController;
  let page: HTMLElement;
  const settle = () => settleFixture(fixture);

  const timesheetOf = (resourceId: string, from = '2025-12-15'): TestRequest =>
    backend.expectOne(
      (request) =>
        request.url === '/api/timesheets' &&
        request.params.get('resourceId') === resourceId &&
        request.params.get('from') === from,
    );

  async function open(me: MeResponse, julie: TimesheetEntryView[], marc: TimesheetEntryView[] = []): Promise<void> {
    signInAs(me);
    fixture = TestBed.createComponent(TimesheetReviewPage);
    page = fixture.nativeElement as HTMLElement;
    await settle();
    backend.expectOne('/api/staff').flush([JULIE, MARC]);
    await settle();
    const julieRequest = timesheetOf('staff-1');
    expect(julieRequest.request.params.get('to')).toBe('2026-03-09');
    julieRequest.flush(julie);
    timesheetOf('staff-2').flush(marc);
    await settle();
  }

  const weekTitles = (): string[] => Array.from(page.querySelectorAll('.week h4')).map((each) => textOf(each));
  /** Each line's cells: organisation, Monday to Sunday, total, status, actions. */
  const lines = (): string[] =>
    Array.from(page.querySelectorAll('tr.line')).map((row) =>
      Array.from(row.children)
        .map((cell) => textOf(cell))
        .join(' | '),
    );

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [TimesheetReviewPage, staffTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideFixedClock(NOW)],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    backend.verify();
  });

  it('lists the weeks submitted to the active organisation, with hours per day, total, status and notes', async () => {
    await open(ADMIN_FAMILLE, [
      ...SUBMITTED,
      JEUNES_CONFIRMED,
      aTimesheetEntry({ id: 'draft', workDate: '2026-02-24', status: 'draft' }),
    ]);

    expect(weekTitles()).toEqual(['Julie Comptable — semaine du 2 mars 2026']);
    expect(lines()).toEqual(['Maison de la famille | — | 3 h | — | 1 h 30 | — | — | — | 4 h 30 | Soumise | Confirmer Contester']);
    expect(textOf(page.querySelector('tr.notes'))).toBe('Notes pour Maison de la famille : mardi 3 mars : Paie');
    expect(buttonNamed(page, 'Confirmer : Maison de la famille, Julie Comptable, semaine du 2 mars 2026')).toBeTruthy();
    expect(queryButtonNamed(page, 'Verrouiller la semaine du 2 mars 2026 de Julie Comptable')).toBeNull();
  });

  it('confirms a week for the organisation, then reads the employee’s weeks again', async () => {
    await open(ADMIN_FAMILLE, SUBMITTED);
    buttonNamed(page, 'Confirmer : Maison de la famille, Julie Comptable, semaine du 2 mars 2026').click();
    await settle();

    const confirm = backend.expectOne({ method: 'POST', url: '/api/timesheets/confirm' });
    expect(confirm.request.body).toEqual({ resourceId: 'staff-1', weekStart: '2026-03-02', organisationId: 'org-famille' });
    confirm.flush({ entries: 2 });
    await settle();
    timesheetOf('staff-1').flush(SUBMITTED.map((entry) => ({ ...entry, status: 'confirmed' as const })));
    await settle();

    expect(lines()).toEqual(['Maison de la famille | — | 3 h | — | 1 h 30 | — | — | — | 4 h 30 | Confirmée | ']);
    expect(textOf(document.querySelector('mat-snack-bar-container'))).toContain(
      'Semaine de Julie Comptable confirmée pour Maison de la famille.',
    );
  });

  it('disputes a week only with a comment, which the employee will read', async () => {
    await open(ADMIN_FAMILLE, SUBMITTED);
    buttonNamed(page, 'Contester : Maison de la famille, Julie Comptable, semaine du 2 mars 2026').click();
    await settle();
    const dialog = document.querySelector<HTMLElement>('mat-dialog-container')!;
    expect(textOf(dialog.querySelector('h2'))).toBe(
      'Contester la semaine du 2 mars 2026 de Julie Comptable (Maison de la famille)',
    );
    buttonNamed(dialog, 'Contester').click();
    await settle();
    expect(textOf(dialog.querySelector('mat-error'))).toBe('Dites à la ressource ce qui est contesté.');

    typeInto(fieldLabelled(dialog, 'Ce qui est contesté'), ' Mardi : plutôt 2 h ');
    buttonNamed(dialog, 'Contester').click();
    await settle();

    const dispute = backend.expectOne({ method: 'POST', url: '/api/timesheets/dispute' });
    expect(dispute.request.body).toEqual({
      resourceId: 'staff-1',
      weekStart: '2026-03-02',
      organisationId: 'org-famille',
      comment: 'Mardi : plutôt 2 h',
    });
    dispute.flush({ entries: 2 });
    await settle();
    timesheetOf('staff-1').flush(
      SUBMITTED.map((entry) => ({ ...entry, status: 'disputed' as const, disputeComment: 'Mardi : plutôt 2 h' })),
    );
    await settle();

    expect(lines()[0]).toContain('Contestée Contestation de l’organisme : Mardi : plutôt 2 h');
  });

  it('shows why a decision was refused on the week', async () => {
    await open(ADMIN_FAMILLE, SUBMITTED);
    buttonNamed(page, 'Confirmer : Maison de la famille, Julie Comptable, semaine du 2 mars 2026').click();
    await settle();
    flushApiError(backend.expectOne('/api/timesheets/confirm'), 409, 'INVALID_STATE', 'Nothing in this week is submitted.');
    await settle();

    expect(textOf(page.querySelector('.week [role="alert"]'))).toBe(
      'Cette semaine n’attend plus de décision : elle a déjà été confirmée, contestée ou verrouillée.',
    );
  });

  it('lets a coordinator see every organisation and lock a confirmed week once confirmed, but not decide for them', async () => {
    await open(COORDINATOR, [...SUBMITTED, JEUNES_CONFIRMED], [aTimesheetEntry({ resourceId: 'staff-2', status: 'submitted' })]);

    expect(weekTitles()).toEqual(['Julie Comptable — semaine du 2 mars 2026', 'Marc Informaticien — semaine du 2 mars 2026']);
    expect(lines().slice(0, 2)).toEqual([
      'Maison de la famille | — | 3 h | — | 1 h 30 | — | — | — | 4 h 30 | Soumise | ',
      'Maison des jeunes | — | — | 1 h | — | — | — | — | 1 h | Confirmée | ',
    ]);
    expect(queryButtonNamed(page, 'Confirmer : Maison de la famille, Julie Comptable, semaine du 2 mars 2026')).toBeNull();
    expect(queryButtonNamed(page, 'Verrouiller la semaine du 2 mars 2026 de Marc Informaticien')).toBeNull();

    buttonNamed(page, 'Verrouiller la semaine du 2 mars 2026 de Julie Comptable').click();
    await settle();
    const confirm = document.querySelector<HTMLElement>('mat-dialog-container')!;
    expect(textOf(confirm.querySelector('h2'))).toBe('Verrouiller cette semaine ?');
    expect(textOf(confirm.querySelector('p'))).toBe(
      'Les heures confirmées de Julie Comptable pour la semaine du 2 mars 2026 ne pourront plus changer. Les journées qui ne sont pas confirmées ne sont pas verrouillées.',
    );
    buttonNamed(confirm, 'Verrouiller la semaine').click();
    await settle();

    const lock = backend.expectOne({ method: 'POST', url: '/api/timesheets/lock' });
    expect(lock.request.body).toEqual({ resourceId: 'staff-1', weekStart: '2026-03-02' });
    lock.flush({ entries: 1 });
    await settle();
    timesheetOf('staff-1').flush([...SUBMITTED, { ...JEUNES_CONFIRMED, status: 'locked' as const }]);
    await settle();

    expect(lines()[1]).toBe('Maison des jeunes | — | — | 1 h | — | — | — | — | 1 h | Verrouillée | ');
    expect(textOf(document.querySelector('mat-snack-bar-container'))).toContain('Semaine de Julie Comptable verrouillée.');
  });

  it('does not lock when the coordinator cancels', async () => {
    await open(COORDINATOR, [JEUNES_CONFIRMED]);
    buttonNamed(page, 'Verrouiller la semaine du 2 mars 2026 de Julie Comptable').click();
    await settle();
    buttonNamed(document.querySelector<HTMLElement>('mat-dialog-container')!, 'Annuler').click();
    await settle();

    expect(backend.match('/api/timesheets/lock')).toHaveLength(0);
  });

  it('goes back twelve weeks at a time', async () => {
    await open(ADMIN_FAMILLE, SUBMITTED);
    expect(textOf(page.querySelector('.window-bar h3'))).toBe('Du 15 déc. 2025 au 8 mars 2026');
    buttonNamed(page, 'Semaines précédentes').click();
    await settle();
    timesheetOf('staff-1', '2025-09-22').flush([]);
    timesheetOf('staff-2', '2025-09-22').flush([]);
    await settle();

    expect(textOf(page.querySelector('.window-bar h3'))).toBe('Du 22 sept. 2025 au 14 déc. 2025');
    expect(textOf(page.querySelector('.empty-state'))).toBe('Aucune semaine soumise pendant ces douze semaines.');
  });

  it('tells a member who is not the organisation’s admin that only its admins decide', async () => {
    await open(MEMBER_FAMILLE, SUBMITTED);

    expect(textOf(page.querySelector('.hint'))).toBe(
      'Seuls les responsables de Maison de la famille confirment ou contestent ses heures.',
    );
    expect(queryButtonNamed(page, 'Confirmer : Maison de la famille, Julie Comptable, semaine du 2 mars 2026')).toBeNull();
  });
});

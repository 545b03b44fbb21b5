import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { buttonNamed, settle, textOf } from '../../../testing/dom-testing';
import { aMe, signInAs } from '../../../testing/session-testing';
import { anOccurrence, aSpace, aSeries, bookingsTranslocoTesting, chooseOption } from './bookings-testing';
import { MyBookingsPage } from './my-bookings-page';

const WEEKLY = anOccurrence({
  id: 'occ-2',
  seriesId: 'series-2',
  title: 'Atelier de cuisine',
  start: '2026-12-02T18:00:00-05:00',
  end: '2026-12-02T20:00:00-05:00',
  resourceId: 'room-2',
  recurring: true,
  status: 'pending',
});
const ONE_OFF = anOccurrence({ start: '2026-12-01T10:00:00-05:00', end: '2026-12-01T11:30:00-05:00' });

describe('MyBookingsPage', () => {
  let fixture: ComponentFixture<MyBookingsPage>;
  let backend: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [MyBookingsPage, bookingsTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    signInAs();
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MyBookingsPage);
    page = fixture.nativeElement as HTMLElement;
    await settle(fixture);
    backend
      .expectOne((request) => request.url === '/api/resources')
      .flush([aSpace(), aSpace({ id: 'room-2', name: 'Cuisine collective' })]);
  });

  afterEach(() => backend.verify());

  async function answerList(occurrences = [ONE_OFF, WEEKLY]): Promise<void> {
    const list = backend.expectOne((request) => request.url === '/api/bookings' && request.method === 'GET');
    list.flush(occurrences);
    await settle(fixture);
  }

  function rows(): string[][] {
    return Array.from(page.querySelectorAll('tr.mat-mdc-row')).map((row) =>
      Array.from(row.querySelectorAll('td'))
        .slice(0, 4)
        .map((cell) => textOf(cell)),
    );
  }

  it('lists the active organisation’s upcoming occurrences over the next 92 days', async () => {
    const list = backend.expectOne((request) => request.url === '/api/bookings');
    expect(list.request.params.get('organisationId')).toBe('org-1');
    const days = (Date.parse(list.request.params.get('to')!) - Date.parse(list.request.params.get('from')!)) / 86_400_000;
    expect(days).toBe(92);
    list.flush([ONE_OFF, WEEKLY]);
    await settle(fixture);

    expect(rows()).toEqual([
      ['mar. 1er déc. 2026, 10 h – 11 h 30', 'Salle Laurentides', 'Conseil d’administration', 'Confirmée'],
      ['mer. 2 déc. 2026, 18 h – 20 h', 'Cuisine collective', 'Atelier de cuisine Récurrente', 'En attente'],
    ]);
  });

  it('filters by room and by status', async () => {
    await answerList();

    await chooseOption(page, 'Statut', 'En attente', () => settle(fixture));
    expect(rows().map((row) => row[2])).toEqual(['Atelier de cuisine Récurrente']);

    await chooseOption(page, 'Statut', 'Tous les statuts', () => settle(fixture));
    await chooseOption(page, 'Salle', 'Salle Laurentides', () => settle(fixture));
    expect(rows().map((row) => row[2])).toEqual(['Conseil d’administration']);
  });

  it('says so when nothing is booked, with a way to book', async () => {
    await answerList([]);

    expect(textOf(page.querySelector('.empty-state'))).toContain('Aucune réservation à venir pour votre organisme.');
    expect(page.querySelector('a[href="/calendar"]')).not.toBeNull();
  });

  it('shows a coordinator who belongs to no organisation where to book for one and what to approve', async () => {
    await answerList([]);
    signInAs(aMe({ memberships: [], coordinatorOf: [{ networkId: 'network-1', networkName: 'CDC' }] }));
    await settle(fixture);

    expect(textOf(page.querySelector('.empty-state'))).toContain('vous coordonnez le réseau');
    expect(textOf(page.querySelector('a[href="/calendar"]'))).toBe('Réserver pour un organisme');
    expect(page.querySelector('a[href="/bookings/approvals"]')).not.toBeNull();
  });

  it('asks which occurrences to cancel for a recurring booking, then cancels them', async () => {
    await answerList();
    buttonNamed(page, 'Annuler « Atelier de cuisine » du mer. 2 déc. 2026, 18 h – 20 h').click();
    await settle(fixture);

    const dialog = document.querySelector<HTMLElement>('mat-dialog-container')!;
    expect(textOf(dialog.querySelector('h2'))).toBe('Annuler « Atelier de cuisine »');
    expect(Array.from(dialog.querySelectorAll('mat-radio-button')).map((radio) => textOf(radio))).toEqual([
      'Cette occurrence',
      'Cette occurrence et les suivantes',
      'Toute la série',
    ]);
    Array.from(dialog.querySelectorAll<HTMLElement>('label'))
      .find((label) => textOf(label) === 'Cette occurrence et les suivantes')!
      .click();
    await settle(fixture);
    buttonNamed(dialog, 'Annuler la réservation').click();
    await settle(fixture);

    const cancel = backend.expectOne({ method: 'POST', url: '/api/bookings/series-2/cancel' });
    expect(cancel.request.body).toEqual({ scope: 'following', occurrenceId: 'occ-2' });
    cancel.flush(aSeries({ id: 'series-2' }));
    await settle(fixture);

    await answerList([ONE_OFF]);
    expect(rows()).toHaveLength(1);
    expect(textOf(document.querySelector('mat-snack-bar-container'))).toContain('Réservation annulée.');
  });

  it('cancels a one-off booking without asking for occurrences, and not at all when the person backs out', async () => {
    await answerList();
    buttonNamed(page, 'Annuler « Conseil d’administration » du mar. 1er déc. 2026, 10 h – 11 h 30').click();
    await settle(fixture);
    let dialog = document.querySelector<HTMLElement>('mat-dialog-container')!;
    expect(dialog.querySelectorAll('mat-radio-button')).toHaveLength(0);
    buttonNamed(dialog, 'Retour').click();
    await settle(fixture);
    backend.expectNone('/api/bookings/series-1/cancel');

    buttonNamed(page, 'Annuler « Conseil d’administration » du mar. 1er déc. 2026, 10 h – 11 h 30').click();
    await settle(fixture);
    dialog = document.querySelector<HTMLElement>('mat-dialog-container')!;
    buttonNamed(dialog, 'Annuler la réservation').click();
    await settle(fixture);

    const cancel = backend.expectOne('/api/bookings/series-1/cancel');
    expect(cancel.request.body).toEqual({ scope: 'all', occurrenceId: 'occ-1' });
    cancel.flush(aSeries());
    await settle(fixture);
    await answerList([]);
  });
});

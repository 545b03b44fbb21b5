import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { buttonNamed, settle, textOf, typeInto } from '../../../testing/dom-testing';
import { aMe, flushApiError, signInAs } from '../../../testing/session-testing';
import { ApprovalsPage } from './approvals-page';
import { anOccurrence, aSpace, aSeries, bookingsTranslocoTesting, fieldLabelled } from './bookings-testing';

const PENDING = [
  anOccurrence({
    id: 'occ-1',
    seriesId: 'series-1',
    status: 'pending',
    title: 'Atelier de cuisine',
    organisationName: 'Maison des jeunes',
  }),
  anOccurrence({
    id: 'occ-2',
    seriesId: 'series-1',
    status: 'pending',
    title: 'Atelier de cuisine',
    start: '2026-06-24T10:00:00-04:00',
    end: '2026-06-24T11:30:00-04:00',
  }),
  anOccurrence({
    id: 'occ-3',
    seriesId: 'series-3',
    status: 'pending',
    title: 'Assemblée générale',
    organisationName: 'Centre des femmes',
    start: '2026-06-18T19:00:00-04:00',
    end: '2026-06-18T21:00:00-04:00',
  }),
];

describe('ApprovalsPage', () => {
  let fixture: ComponentFixture<ApprovalsPage>;
  let backend: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ApprovalsPage, bookingsTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    signInAs(aMe({ coordinatorOf: [{ networkId: 'network-1', networkName: 'Réseau de l’Estrie' }] }));
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ApprovalsPage);
    page = fixture.nativeElement as HTMLElement;
    await settle(fixture);
    backend.expectOne('/api/resources').flush([aSpace()]);
    backend.expectOne('/api/bookings/approvals').flush(PENDING);
    await settle(fixture);
  });

  afterEach(() => backend.verify());

  function rows(): string[][] {
    return Array.from(page.querySelectorAll('tr.mat-mdc-row')).map((row) =>
      Array.from(row.querySelectorAll('td'))
        .slice(0, 5)
        .map((cell) => textOf(cell)),
    );
  }

  it('lists each pending request once, the soonest first, with how many occurrences wait', () => {
    expect(rows()).toEqual([
      ['mer. 17 juin 2026, 10 h – 11 h 30', 'Salle Laurentides', 'Maison des jeunes', 'Atelier de cuisine', '2 occurrences'],
      ['jeu. 18 juin 2026, 19 h – 21 h', 'Salle Laurentides', 'Centre des femmes', 'Assemblée générale', '1 occurrence'],
    ]);
  });

  it('approves a request and takes it off the list', async () => {
    buttonNamed(page, 'Approuver « Atelier de cuisine » de Maison des jeunes').click();
    await settle(fixture);

    const approve = backend.expectOne({ method: 'POST', url: '/api/bookings/series-1/approve' });
    expect(approve.request.body).toEqual({});
    approve.flush(aSeries({ status: 'confirmed' }));
    await settle(fixture);

    expect(rows().map((row) => row[3])).toEqual(['Assemblée générale']);
    expect(textOf(document.querySelector('mat-snack-bar-container'))).toContain('« Atelier de cuisine » approuvée.');
  });

  it('declines a request with the reason the coordinator gives', async () => {
    buttonNamed(page, 'Refuser « Assemblée générale » de Centre des femmes').click();
    await settle(fixture);
    const dialog = document.querySelector<HTMLElement>('mat-dialog-container')!;
    expect(textOf(dialog.querySelector('h2'))).toBe('Refuser « Assemblée générale » de Centre des femmes');

    buttonNamed(dialog, 'Refuser').click();
    await settle(fixture);
    expect(textOf(dialog.querySelector('mat-error'))).toBe('Expliquez la raison du refus à l’organisme.');
    backend.expectNone('/api/bookings/series-3/decline');

    typeInto(fieldLabelled(dialog, 'Raison du refus'), '  La salle est en travaux ce soir-là.  ');
    buttonNamed(dialog, 'Refuser').click();
    await settle(fixture);

    const decline = backend.expectOne({ method: 'POST', url: '/api/bookings/series-3/decline' });
    expect(decline.request.body).toEqual({ reason: 'La salle est en travaux ce soir-là.' });
    decline.flush(aSeries({ id: 'series-3', status: 'declined' }));
    await settle(fixture);

    expect(rows().map((row) => row[3])).toEqual(['Atelier de cuisine']);
  });

  it('explains a decision that came too late', async () => {
    buttonNamed(page, 'Approuver « Atelier de cuisine » de Maison des jeunes').click();
    await settle(fixture);
    flushApiError(backend.expectOne('/api/bookings/series-1/approve'), 409, 'INVALID_STATE', 'Nothing is waiting for approval.');
    await settle(fixture);

    expect(textOf(page.querySelector('[role="alert"]'))).toBe(
      'Cette réservation ne peut plus être modifiée : elle a été annulée, refusée ou déjà traitée.',
    );
    expect(rows()).toHaveLength(2);
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { buttonNamed, settle as settleFixture, textOf } from '../../../../testing/dom-testing';
import { aMe, flushApiError, signInAs } from '../../../../testing/session-testing';
import { aStaff, aStaffOccurrence, NOW, staffTranslocoTesting } from '../staff-testing';
import type { OccurrenceWithProposal } from '../staff-bookings-api';
import { ProposalsPanel } from './proposals-panel';
import { provideFixedClock } from '../../../../testing/clock-testing';

const BOOKKEEPING: OccurrenceWithProposal = {
  ...aStaffOccurrence({ organisationId: 'org-1', organisationName: 'Maison des jeunes', isMine: true }),
  proposedStart: '2026-03-06T14:00:00-05:00',
  proposedEnd: '2026-03-06T17:00:00-05:00',
};

describe('ProposalsPanel', () => {
  let fixture: ComponentFixture<ProposalsPanel>;
  let backend: HttpTestingController;
  let panel: HTMLElement;
  let answered: number;
  const settle = () => settleFixture(fixture);

  async function open(occurrences: OccurrenceWithProposal[]): Promise<void> {
    fixture = TestBed.createComponent(ProposalsPanel);
    fixture.componentRef.setInput('organisationId', 'org-1');
    fixture.componentRef.setInput('staff', [aStaff()]);
    answered = 0;
    fixture.componentInstance.answered.subscribe(() => answered++);
    panel = fixture.nativeElement as HTMLElement;
    await settle();
    const list = backend.expectOne((request) => request.url === '/api/bookings' && request.method === 'GET');
    expect(list.request.params.toString()).toBe('organisationId=org-1&from=2026-03-04T15:00:00.000Z&to=2026-06-04T15:00:00.000Z');
    list.flush(occurrences);
    await settle();
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [staffTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideFixedClock(NOW)],
    });
    signInAs(aMe());
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    backend.verify();
  });

  it('shows nothing while no request carries another time (today’s list of bookings never does)', async () => {
    await open([aStaffOccurrence()]);
    expect(panel.querySelector('section')).toBeNull();
  });

  it('shows the time requested and the time proposed, and accepting confirms the request there', async () => {
    await open([BOOKKEEPING]);
    expect(textOf(panel.querySelector('h2'))).toBe('Autres moments proposés');
    expect(Array.from(panel.querySelectorAll('.when')).map((each) => textOf(each))).toEqual([
      'Demandé : jeu. 5 mars 2026, 9 h – 12 h',
      'Proposé : ven. 6 mars 2026, 14 h – 17 h',
    ]);

    buttonNamed(panel, 'Accepter l’autre moment : Tenue de livres').click();
    await settle();
    const accept = backend.expectOne({ method: 'POST', url: '/api/bookings/series-1/accept-proposal' });
    expect(accept.request.body).toEqual({ occurrenceId: 'occ-1' });
    accept.flush({});
    await settle();

    expect(panel.querySelector('section')).toBeNull();
    expect(answered).toBe(1);
    expect(textOf(document.querySelector('mat-snack-bar-container'))).toContain(
      '« Tenue de livres » est confirmée au moment proposé.',
    );
  });

  it('declines the other time once confirmed, which declines the request', async () => {
    await open([BOOKKEEPING]);
    buttonNamed(panel, 'Refuser l’autre moment : Tenue de livres').click();
    await settle();
    const confirm = document.querySelector<HTMLElement>('mat-dialog-container')!;
    expect(textOf(confirm.querySelector('p'))).toBe(
      'La demande « Tenue de livres » sera refusée. Pour voir Julie Comptable à un autre moment, faites une nouvelle demande.',
    );
    buttonNamed(confirm, 'Refuser').click();
    await settle();

    const decline = backend.expectOne({ method: 'POST', url: '/api/bookings/series-1/decline-proposal' });
    expect(decline.request.body).toEqual({ occurrenceId: 'occ-1' });
    decline.flush({});
    await settle();
    expect(panel.querySelector('section')).toBeNull();
  });

  it('keeps the proposal with the API’s message when the time was taken since', async () => {
    await open([BOOKKEEPING]);
    buttonNamed(panel, 'Accepter l’autre moment : Tenue de livres').click();
    await settle();
    flushApiError(
      backend.expectOne('/api/bookings/series-1/accept-proposal'),
      409,
      'BOOKING_CONFLICT',
      'Ce moment est déjà pris.',
    );
    await settle();

    expect(textOf(panel.querySelector('[role="alert"]'))).toBe('Ce moment est déjà pris.');
    expect(answered).toBe(0);
  });
});

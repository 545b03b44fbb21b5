import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { buttonNamed, settle as settleFixture, textOf, typeInto, fieldLabelled } from '../../../../testing/dom-testing';
import { flushApiError, signInAs } from '../../../../testing/session-testing';
import { staffTranslocoTesting } from '../staff-testing';
import { openProposeTimeDialog, type ProposedTime } from './propose-time-dialog';

describe('ProposeTimeDialog', () => {
  let backend: HttpTestingController;
  let closedWith: ProposedTime | undefined | 'open';
  const app = { whenStable: () => TestBed.inject(ApplicationRef).whenStable() };
  const settle = () => settleFixture(app);

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [staffTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    signInAs();
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    backend.verify();
  });

  async function open(): Promise<HTMLElement> {
    closedWith = 'open';
    void openProposeTimeDialog(TestBed.inject(MatDialog), {
      seriesId: 'series-1',
      occurrenceId: 'occ-1',
      title: 'Tenue de livres',
      organisationName: 'Centre des femmes',
      timeZone: 'America/Toronto',
      start: '2026-03-05T09:00:00-05:00',
      end: '2026-03-05T12:00:00-05:00',
    }).then((proposal) => (closedWith = proposal));
    await settle();
    return document.querySelector<HTMLElement>('mat-dialog-container')!;
  }

  it('prefills the request’s date, start and duration in the employee’s zone, and proposes the time chosen', async () => {
    const dialog = await open();
    expect(textOf(dialog.querySelector('h2'))).toBe('Proposer un autre moment pour « Tenue de livres » (Centre des femmes)');
    expect(fieldLabelled(dialog, 'Date').value).toBe('2026-03-05');
    expect(fieldLabelled(dialog, 'Heure de début').value).toBe('9 h');
    expect(fieldLabelled(dialog, 'Durée (minutes)').value).toBe('180');

    typeInto(fieldLabelled(dialog, 'Date'), '2026-03-10');
    typeInto(fieldLabelled(dialog, 'Heure de début'), '13:30');
    typeInto(fieldLabelled(dialog, 'Durée (minutes)'), '120');
    buttonNamed(dialog, 'Proposer ce moment').click();
    await settle();

    const post = backend.expectOne({ method: 'POST', url: '/api/bookings/series-1/propose' });
    expect(post.request.body).toEqual({ occurrenceId: 'occ-1', start: '2026-03-10T13:30', durationMinutes: 120 });
    post.flush({});
    await settle();
    expect(closedWith).toEqual({ start: '2026-03-10T13:30:00-04:00', end: '2026-03-10T19:30:00.000Z' });
  });

  it('keeps the dialog open with the API’s message when the time is not free', async () => {
    const dialog = await open();
    buttonNamed(dialog, 'Proposer ce moment').click();
    await settle();
    flushApiError(
      backend.expectOne('/api/bookings/series-1/propose'),
      422,
      'OUTSIDE_WORKING_HOURS',
      'La personne ne travaille pas à certains de ces moments.',
    );
    await settle();

    expect(textOf(dialog.querySelector('[role="alert"]'))).toBe('La personne ne travaille pas à certains de ces moments.');
    expect(closedWith).toBe('open');
  });
});

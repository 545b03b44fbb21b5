import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { buttonNamed, queryButtonNamed, settle as settleFixture, textOf, typeInto } from '../../../testing/dom-testing';
import { flushApiError, signInAs } from '../../../testing/session-testing';
import { BookingDetailsDialog, type BookingDetailsDialogData } from './booking-details-dialog';
import { aSeries, bookingsTranslocoTesting, fieldLabelled } from './bookings-testing';

const WEEKLY = aSeries({
  rrule: 'FREQ=WEEKLY;BYDAY=WE;COUNT=3',
  occurrences: [
    { id: 'occ-1', start: '2026-12-02T10:00:00-05:00', end: '2026-12-02T11:30:00-05:00', status: 'confirmed' },
    { id: 'occ-2', start: '2026-12-09T10:00:00-05:00', end: '2026-12-09T11:30:00-05:00', status: 'confirmed' },
    { id: 'occ-3', start: '2026-12-16T10:00:00-05:00', end: '2026-12-16T11:30:00-05:00', status: 'pending' },
  ],
  start: '2026-12-02T10:00',
});

describe('BookingDetailsDialog', () => {
  let backend: HttpTestingController;
  let closedWith: boolean | undefined | 'open';
  const settle = () => settleFixture({ whenStable: () => TestBed.inject(ApplicationRef).whenStable() });

  beforeEach(() => {
    localStorage.clear();
    jest.useFakeTimers({ advanceTimers: true, now: new Date('2026-11-26T12:00:00Z'), doNotFake: ['queueMicrotask'] });
    TestBed.configureTestingModule({
      imports: [bookingsTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    signInAs();
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    backend.verify();
    jest.useRealTimers();
  });

  async function open(data: BookingDetailsDialogData, series = WEEKLY): Promise<HTMLElement> {
    const ref = TestBed.inject(MatDialog).open<BookingDetailsDialog, BookingDetailsDialogData, boolean>(BookingDetailsDialog, {
      data,
    });
    closedWith = 'open';
    ref.afterClosed().subscribe((changed) => (closedWith = changed));
    await settle();
    backend.expectOne(`/api/bookings/${data.seriesId}`).flush(series);
    await settle();
    return document.querySelectorAll<HTMLElement>('mat-dialog-container')[0];
  }

  function topDialog(): HTMLElement {
    const dialogs = document.querySelectorAll<HTMLElement>('mat-dialog-container');
    return dialogs[dialogs.length - 1];
  }

  async function pickScope(label: string): Promise<void> {
    Array.from(topDialog().querySelectorAll<HTMLElement>('label'))
      .find((each) => textOf(each) === label)!
      .click();
    await settle();
  }

  it('shows the clicked occurrence, the rule in words and its status', async () => {
    const dialog = await open({ seriesId: 'series-1', occurrenceId: 'occ-3' });

    expect(textOf(dialog.querySelector('h2'))).toBe('Conseil d’administration');
    const details = textOf(dialog.querySelector('dl'));
    expect(details).toContain('mer. 16 déc. 2026, 10 h – 11 h 30');
    expect(details).toContain('Toutes les semaines le mercredi, 3 fois');
    expect(details).toContain('En attente');
  });

  it('cancels this and the following occurrences after asking', async () => {
    const dialog = await open({ seriesId: 'series-1', occurrenceId: 'occ-2' });
    buttonNamed(dialog, 'Annuler la réservation').click();
    await settle();
    await pickScope('Cette occurrence et les suivantes');
    typeInto(fieldLabelled(topDialog(), 'Raison (facultatif)'), 'Relâche des fêtes');
    buttonNamed(topDialog(), 'Annuler la réservation').click();
    await settle();

    const cancel = backend.expectOne({ method: 'POST', url: '/api/bookings/series-1/cancel' });
    expect(cancel.request.body).toEqual({ scope: 'following', occurrenceId: 'occ-2', reason: 'Relâche des fêtes' });
    cancel.flush(WEEKLY);
    await settle();

    expect(closedWith).toBe(true);
  });

  it('changes one occurrence’s time, sending only what changed', async () => {
    const dialog = await open({ seriesId: 'series-1', occurrenceId: 'occ-2' });
    buttonNamed(dialog, 'Modifier').click();
    await settle();
    await pickScope('Cette occurrence');
    buttonNamed(topDialog(), 'Continuer').click();
    await settle();

    const edit = topDialog();
    expect(textOf(edit.querySelector('h2'))).toBe('Modifier cette occurrence de « Conseil d’administration »');
    expect(fieldLabelled(edit, 'Date').value).toBe('2026-12-09');
    expect(edit.querySelector('app-recurrence-builder')).toBeNull();
    typeInto(fieldLabelled(edit, 'Heure de début'), '13:30');
    await settle();
    buttonNamed(edit, 'Enregistrer').click();
    await settle();

    const patch = backend.expectOne({ method: 'PATCH', url: '/api/bookings/series-1' });
    expect(patch.request.body).toEqual({ scope: 'one', occurrenceId: 'occ-2', changes: { start: '2026-12-09T13:30' } });
    patch.flush(WEEKLY);
    await settle();

    expect(closedWith).toBe(true);
  });

  it('explains a change the API refuses, in the edit dialog', async () => {
    const dialog = await open({ seriesId: 'series-1', occurrenceId: 'occ-2' });
    buttonNamed(dialog, 'Modifier').click();
    await settle();
    buttonNamed(topDialog(), 'Continuer').click();
    await settle();
    typeInto(fieldLabelled(topDialog(), 'Durée (minutes)'), '600');
    await settle();
    buttonNamed(topDialog(), 'Enregistrer').click();
    await settle();

    flushApiError(backend.expectOne('/api/bookings/series-1'), 422, 'RULE_VIOLATION', 'Rules', {
      violations: [{ rule: 'maxDuration', limit: 480, actual: 600 }],
    });
    await settle();

    expect(textOf(topDialog().querySelector('[role="alert"] li'))).toBe('Durée maximale : 480 min');
    expect(closedWith).toBe('open');
  });

  it('offers no change on another organisation’s booking, titled « Réservé » when private', async () => {
    const dialog = await open(
      { seriesId: 'series-9' },
      aSeries({ id: 'series-9', title: null, private: true, isMine: false, canEdit: false, organisationName: '' }),
    );

    expect(textOf(dialog.querySelector('h2'))).toBe('Réservé');
    expect(queryButtonNamed(dialog, 'Modifier')).toBeNull();
    expect(queryButtonNamed(dialog, 'Annuler la réservation')).toBeNull();
  });
});

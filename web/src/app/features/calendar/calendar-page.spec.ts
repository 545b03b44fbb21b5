import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { CalendarOptions, EventDropArg } from '@fullcalendar/core';
import type { CalendarOccurrence, SiteView } from '@mutualis/contracts';
import { buttonNamed, settle, textOf, chooseOption, fieldLabelled } from '../../../testing/dom-testing';
import { flushApiError, signInAs } from '../../../testing/session-testing';
import { AppLanguage } from '../../core/i18n/app-language';
import { anOccurrence, aSpace, aSeries } from '../bookings/bookings-testing';
import { CalendarPage } from './calendar-page';
import { calendarTranslocoTesting } from './calendar-testing';

const SITE: SiteView = {
  id: 'site-1',
  networkId: 'network-1',
  name: 'Carrefour communautaire',
  address: '',
  timeZone: 'America/Toronto',
  openingHours: [],
};

describe('CalendarPage', () => {
  let fixture: ComponentFixture<CalendarPage>;
  let backend: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    jest.useFakeTimers({ advanceTimers: true, now: new Date('2026-06-16T12:00:00Z'), doNotFake: ['queueMicrotask'] });
    TestBed.configureTestingModule({
      imports: [CalendarPage, calendarTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    signInAs();
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CalendarPage);
    page = fixture.nativeElement as HTMLElement;
    await settle(fixture);
    backend.expectOne('/api/sites').flush([SITE]);
    await settle(fixture);
    backend.expectOne('/api/resources?type=space').flush([aSpace(), aSpace({ id: 'room-2', name: 'Cuisine collective' })]);
    await settle(fixture);
  });

  afterEach(() => {
    backend.verify();
    jest.useRealTimers();
  });

  function bookingsRequest() {
    return backend.expectOne((request) => request.url === '/api/bookings' && request.method === 'GET');
  }

  it('loads the visible week, Monday first, and shows each room booking’s title; others’ private ones read « Réservé »', async () => {
    const request = bookingsRequest();
    expect(Date.parse(request.request.params.get('from')!)).toBe(Date.parse('2026-06-15T00:00:00-04:00'));
    expect(Date.parse(request.request.params.get('to')!)).toBe(Date.parse('2026-06-22T00:00:00-04:00'));
    request.flush([
      anOccurrence(),
      anOccurrence({
        id: 'occ-2',
        seriesId: 'series-2',
        title: null,
        isMine: false,
        organisationId: 'org-2',
        organisationName: null,
        start: '2026-06-18T13:00:00-04:00',
        end: '2026-06-18T14:00:00-04:00',
      }),
      anOccurrence({ id: 'occ-3', seriesId: 'series-3', resourceId: 'staff-1', title: 'Tenue de livres' }),
    ]);
    await settle(fixture);

    const titles = Array.from(page.querySelectorAll('.fc-event')).map((event) => textOf(event.querySelector('.fc-event-title')));
    // What, where and for whom: the room, and the organisation when the network shows it.
    expect(titles).toEqual(['Conseil d’administration · Salle Laurentides · Maison des jeunes', 'Réservé · Salle Laurentides']);
    expect(page.querySelector('.fc-event.booking--mine')).not.toBeNull();
    expect(textOf(page.querySelector('.fc-toolbar-title'))).toContain('juin 2026');
    expect(Array.from(page.querySelectorAll('.fc-toolbar button')).map((button) => textOf(button))).toEqual(
      expect.arrayContaining(['Aujourd’hui', 'Jour', 'Semaine', 'Mois', 'Liste']),
    );
  });

  it('asks only the chosen room’s bookings', async () => {
    bookingsRequest().flush([]);
    await chooseOption(page, 'Salle', 'Cuisine collective', () => settle(fixture));

    expect(bookingsRequest().request.params.get('resourceId')).toBe('room-2');
  });

  it('opens the booking dialog from « Nouvelle réservation » at the next full hour', async () => {
    bookingsRequest().flush([]);
    buttonNamed(page, 'Nouvelle réservation').click();
    await settle(fixture);

    const dialog = document.querySelector<HTMLElement>('mat-dialog-container')!;
    expect(textOf(dialog.querySelector('h2'))).toBe('Nouvelle réservation');
    expect(fieldLabelled(dialog, 'Date').value).toBe('2026-06-16');
    expect(fieldLabelled(dialog, 'Heure de début').value).toBe('9 h');
  });

  it('opens a booking’s details when it is clicked', async () => {
    bookingsRequest().flush([anOccurrence()]);
    await settle(fixture);

    page.querySelector<HTMLElement>('.fc-event')!.click();
    await settle(fixture);
    backend.expectOne('/api/bookings/series-1').flush(aSeries());
    await settle(fixture);

    const dialog = document.querySelector<HTMLElement>('mat-dialog-container')!;
    expect(textOf(dialog.querySelector('h2'))).toBe('Conseil d’administration');
    expect(textOf(dialog.querySelector('dl'))).toContain('mer. 17 juin 2026, 10 h – 11 h 30');
  });

  it('gives focus back to « Nouvelle réservation » when what opened a dialog is gone', async () => {
    bookingsRequest().flush([anOccurrence()]);
    await settle(fixture);
    page.querySelector<HTMLElement>('.fc-event')!.click();
    await settle(fixture);
    backend.expectOne('/api/bookings/series-1').flush(aSeries());
    await settle(fixture);
    (document.activeElement as HTMLElement | null)?.blur();

    buttonNamed(document.querySelector<HTMLElement>('mat-dialog-container')!, 'Fermer').click();
    await settle(fixture);
    await settle(fixture);

    expect(document.activeElement).toBe(buttonNamed(page, 'Nouvelle réservation'));
  });

  it('shows a day with one column per room, and books a free half hour of a room from it', async () => {
    bookingsRequest().flush([]);
    buttonNamed(page, 'Par salle').click();
    await settle(fixture);

    const day = backend.expectOne((request) => request.url === '/api/bookings' && request.method === 'GET');
    expect(day.request.params.get('from')).toBe('2026-06-16T04:00:00.000Z');
    expect(day.request.params.get('to')).toBe('2026-06-17T04:00:00.000Z');
    day.flush([
      anOccurrence({
        resourceId: 'room-2',
        start: '2026-06-16T09:30:00-04:00',
        end: '2026-06-16T11:30:00-04:00',
        title: 'Café-rencontre des parents',
      }),
    ]);
    await settle(fixture);

    const grid = page.querySelector<HTMLElement>('app-resource-day-view')!;
    expect(Array.from(grid.querySelectorAll('.resource-name')).map((name) => textOf(name))).toEqual([
      'Salle Laurentides',
      'Cuisine collective',
    ]);
    const booking = grid.querySelector<HTMLElement>('.booking')!;
    expect(textOf({ textContent: booking.getAttribute('aria-label') } as Element)).toBe(
      '9 h 30 – 11 h 30 · Café-rencontre des parents · Cuisine collective · Maison des jeunes',
    );
    expect(booking.style.gridColumn).toContain('3');

    buttonNamed(grid, 'Réserver Salle Laurentides à 14 h').click();
    await settle(fixture);
    const dialog = document.querySelector<HTMLElement>('mat-dialog-container')!;
    expect(fieldLabelled(dialog, 'Date').value).toBe('2026-06-16');
    expect(fieldLabelled(dialog, 'Heure de début').value).toBe('14 h');
    expect(textOf(fieldLabelled<HTMLElement>(dialog, 'Salle'))).toBe('Salle Laurentides');
  });

  it('follows the app language', async () => {
    bookingsRequest().flush([]);
    await TestBed.inject(AppLanguage).use('en');
    await settle(fixture);
    bookingsRequest().flush([anOccurrence({ title: null, isMine: false })]);
    await settle(fixture);

    expect(buttonNamed(page, 'New booking')).toBeTruthy();
    expect(Array.from(page.querySelectorAll('.fc-toolbar button')).map((button) => textOf(button))).toEqual(
      expect.arrayContaining(['Today', 'Day', 'Week', 'Month', 'List']),
    );
    expect(textOf(page.querySelector('.fc-event-title'))).toBe('Booked · Salle Laurentides · Maison des jeunes');
    expect(textOf(page.querySelector('.fc-toolbar-title'))).toContain('Jun');
  });

  describe('dragging a booking', () => {
    /** What FullCalendar hands `eventDrop` when a booking is let go at `start`–`end`. */
    function drop(occurrence: CalendarOccurrence, start: string, end: string) {
      const revert = jest.fn();
      const info = {
        event: { start: new Date(start), end: new Date(end), extendedProps: { occurrence } },
        jsEvent: new MouseEvent('mouseup', { clientX: 300, clientY: 400 }),
        revert,
      } as unknown as EventDropArg;
      const options = (fixture.componentInstance as unknown as { options: () => CalendarOptions }).options();
      options.eventDrop!(info);
      return revert;
    }

    function patches() {
      return backend.match((request) => request.method === 'PATCH');
    }

    it('lets the person drag and resize only the bookings they may change that are still to come', async () => {
      bookingsRequest().flush([
        anOccurrence({ id: 'occ-mine', title: 'Mine' }),
        anOccurrence({ id: 'occ-other', seriesId: 'series-2', title: 'Autre', canEdit: false, isMine: false }),
        anOccurrence({
          id: 'occ-past',
          seriesId: 'series-3',
          title: 'Passée',
          start: '2026-06-15T10:00:00-04:00',
          end: '2026-06-15T11:00:00-04:00',
        }),
      ]);
      await settle(fixture);

      const draggable = Array.from(page.querySelectorAll('.fc-event.fc-event-draggable')).map(
        (event) => textOf(event.querySelector('.fc-event-title')).split(' · ')[0],
      );
      expect(draggable).toEqual(['Mine']);
      expect(page.querySelectorAll('.fc-event-resizable')).toHaveLength(1);
    });

    it('moves a one-off booking with the edit API, says so, and puts it back with « Annuler »', async () => {
      bookingsRequest().flush([anOccurrence()]);
      await settle(fixture);

      const revert = drop(anOccurrence(), '2026-06-18T14:00:00Z', '2026-06-18T16:00:00Z');
      await settle(fixture);
      const [move] = patches();
      expect(move.request.url).toBe('/api/bookings/series-1');
      expect(move.request.body).toEqual({ scope: 'all', changes: { start: '2026-06-18T10:00', durationMinutes: 120 } });
      move.flush(aSeries({ start: '2026-06-18T10:00', durationMinutes: 120 }));
      await settle(fixture);
      bookingsRequest().flush([]);
      await settle(fixture);

      expect(revert).not.toHaveBeenCalled();
      const snackBar = document.querySelector<HTMLElement>('mat-snack-bar-container')!;
      expect(textOf(snackBar)).toContain('Réservation « Conseil d’administration » déplacée.');
      buttonNamed(snackBar, 'Annuler').click();
      await settle(fixture);
      const [undo] = patches();
      expect(undo.request.body).toEqual({ scope: 'all', changes: { start: '2026-06-17T10:00', durationMinutes: 90 } });
      undo.flush(aSeries());
      await settle(fixture);
      bookingsRequest().flush([]);
      await settle(fixture);
    });

    it('puts a refused move back and explains it beside the drop, with the taken time', async () => {
      bookingsRequest().flush([anOccurrence()]);
      await settle(fixture);

      const revert = drop(anOccurrence(), '2026-06-18T14:00:00Z', '2026-06-18T15:30:00Z');
      await settle(fixture);
      const [move] = patches();
      expect(move.request.body).toEqual({ scope: 'all', changes: { start: '2026-06-18T10:00' } });
      flushApiError(move, 409, 'BOOKING_CONFLICT', 'Taken', {
        conflicts: [
          {
            start: '2026-06-18T09:30:00-04:00',
            end: '2026-06-18T11:00:00-04:00',
            resourceId: 'room-1',
            organisationName: 'Cuisine',
          },
        ],
      });
      await settle(fixture);

      expect(revert).toHaveBeenCalledTimes(1);
      const dialog = document.querySelector<HTMLElement>('mat-dialog-container')!;
      expect(textOf(dialog.querySelector('h2'))).toBe('Impossible de déplacer « Conseil d’administration »');
      expect(textOf(dialog.querySelector('[role="alert"] p'))).toBe('Ce créneau est déjà réservé :');
      expect(textOf(dialog.querySelector('[role="alert"] li'))).toContain('Cuisine');
      expect(dialog.closest<HTMLElement>('.cdk-overlay-pane')!.style.marginLeft).toBe('312px');
    });

    it('says it in English too', async () => {
      bookingsRequest().flush([]);
      await TestBed.inject(AppLanguage).use('en');
      await settle(fixture);
      bookingsRequest().flush([anOccurrence()]);
      await settle(fixture);

      drop(anOccurrence(), '2026-06-18T14:00:00Z', '2026-06-18T15:30:00Z');
      await settle(fixture);
      flushApiError(patches()[0], 422, 'OUTSIDE_OPENING_HOURS', 'Closed', {
        occurrences: [{ start: '2026-06-18T10:00:00-04:00' }],
      });
      await settle(fixture);

      const dialog = document.querySelector<HTMLElement>('mat-dialog-container')!;
      expect(textOf(dialog.querySelector('h2'))).toBe('Could not move “Conseil d’administration”');
      expect(buttonNamed(dialog, 'Close')).toBeTruthy();
    });

    it('puts back, without asking the API, a booking the person may not change', async () => {
      bookingsRequest().flush([]);
      await settle(fixture);

      const revert = drop(anOccurrence({ canEdit: false }), '2026-06-18T14:00:00Z', '2026-06-18T15:30:00Z');
      await settle(fixture);

      expect(revert).toHaveBeenCalledTimes(1);
      expect(patches()).toHaveLength(0);
    });

    it('asks which occurrences of a series, and moves the whole series by as much as the occurrence moved', async () => {
      bookingsRequest().flush([]);
      await settle(fixture);
      const occurrence = anOccurrence({ recurring: true });

      const revert = drop(occurrence, '2026-06-17T15:00:00Z', '2026-06-17T16:30:00Z');
      await settle(fixture);
      const dialog = document.querySelector<HTMLElement>('mat-dialog-container')!;
      expect(textOf(dialog.querySelector('h2'))).toBe('Modifier « Conseil d’administration »');
      dialog.querySelectorAll<HTMLInputElement>('input[type="radio"]')[2].click();
      buttonNamed(dialog, 'Continuer').click();
      await settle(fixture);
      backend.expectOne('/api/bookings/series-1').flush(aSeries({ start: '2026-06-03T10:00', rrule: 'FREQ=WEEKLY;BYDAY=WE' }));
      await settle(fixture);

      const [move] = patches();
      expect(move.request.body).toEqual({ scope: 'all', changes: { start: '2026-06-03T11:00' } });
      move.flush(aSeries());
      await settle(fixture);
      bookingsRequest().flush([]);
      await settle(fixture);
      expect(revert).not.toHaveBeenCalled();
    });

    it('puts a series’ occurrence back when the person backs out of the choice', async () => {
      bookingsRequest().flush([]);
      await settle(fixture);

      const revert = drop(anOccurrence({ recurring: true }), '2026-06-17T15:00:00Z', '2026-06-17T16:30:00Z');
      await settle(fixture);
      buttonNamed(document.querySelector<HTMLElement>('mat-dialog-container')!, 'Retour').click();
      await settle(fixture);

      expect(revert).toHaveBeenCalledTimes(1);
      expect(patches()).toHaveLength(0);
    });

    it('moves one occurrence alone, naming it', async () => {
      bookingsRequest().flush([]);
      await settle(fixture);

      drop(anOccurrence({ recurring: true }), '2026-06-17T15:00:00Z', '2026-06-17T16:30:00Z');
      await settle(fixture);
      buttonNamed(document.querySelector<HTMLElement>('mat-dialog-container')!, 'Continuer').click();
      await settle(fixture);

      const [move] = patches();
      expect(move.request.body).toEqual({ scope: 'one', occurrenceId: 'occ-1', changes: { start: '2026-06-17T11:00' } });
      move.flush(aSeries());
      await settle(fixture);
      bookingsRequest().flush([]);
      await settle(fixture);
      expect(buttonNamed(document.querySelector<HTMLElement>('mat-snack-bar-container')!, 'Annuler')).toBeTruthy();
    });
  });
});

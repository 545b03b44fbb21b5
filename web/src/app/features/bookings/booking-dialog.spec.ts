import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog, MatDialogRef } from '@angular/material/dialog';
import type { BookingSeriesView } from '@mutualis/contracts';
import { buttonNamed, queryButtonNamed, settle as settleFixture, textOf, typeInto } from '../../../testing/dom-testing';
import { aMe, flushApiError, signInAs } from '../../../testing/session-testing';
import { AppLanguage } from '../../core/i18n/app-language';
import { BookingDialog, type BookingDialogData } from './booking-dialog';
import { aSpace, aSeries, bookingsTranslocoTesting, chooseOption, fieldLabelled } from './bookings-testing';

describe('BookingDialog', () => {
  let backend: HttpTestingController;
  let ref: MatDialogRef<BookingDialog, BookingSeriesView>;
  let closedWith: BookingSeriesView | undefined | 'open';

  const app = { whenStable: () => TestBed.inject(ApplicationRef).whenStable() };
  const settle = () => settleFixture(app);

  beforeEach(() => {
    localStorage.clear();
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
  });

  async function open(data: BookingDialogData = {}): Promise<HTMLElement> {
    ref = TestBed.inject(MatDialog).open<BookingDialog, BookingDialogData, BookingSeriesView>(BookingDialog, {
      data: { spaces: [aSpace(), aSpace({ id: 'room-2', name: 'Cuisine collective' })], ...data },
    });
    closedWith = 'open';
    ref.afterClosed().subscribe((series) => (closedWith = series));
    await settle();
    return document.querySelector<HTMLElement>('mat-dialog-container')!;
  }

  async function fillWeeklyBooking(dialog: HTMLElement): Promise<void> {
    typeInto(fieldLabelled(dialog, 'Titre'), '  Atelier de cuisine  ');
    typeInto(fieldLabelled(dialog, 'Heure de fin'), '11:30');
    await settle();
    await chooseOption(dialog, 'Répétition', 'Toutes les semaines le…', settle);
    Array.from(dialog.querySelectorAll<HTMLElement>('label'))
      .find((label) => textOf(label) === 'Après')!
      .click();
    await settle();
    typeInto(fieldLabelled(dialog, 'Nombre d’occurrences'), '4');
    await settle();
  }

  it('has the labelled fields browser tests rely on', async () => {
    const dialog = await open();

    for (const label of ['Titre', 'Salle', 'Date', 'Heure de début', 'Heure de fin', 'Répétition']) {
      expect(fieldLabelled(dialog, label)).toBeTruthy();
    }
    expect(buttonNamed(dialog, 'Réserver').type).toBe('submit');
    expect(textOf(dialog.querySelector('h2'))).toBe('Nouvelle réservation');
  });

  it('chooses times as start and end: quick durations set the end, moving the start keeps the length', async () => {
    const dialog = await open({ start: '2026-06-17T10:00', durationMinutes: 60, resourceId: 'room-1' });
    const end = fieldLabelled(dialog, 'Heure de fin') as HTMLInputElement;
    expect(end.value).toBe('11 h');

    buttonNamed(dialog, 'Demi-journée (4 h)').click();
    await settle();
    expect(end.value).toBe('14 h');
    expect(buttonNamed(dialog, 'Demi-journée (4 h)').getAttribute('aria-pressed')).toBe('true');

    typeInto(fieldLabelled(dialog, 'Heure de début'), '13:00');
    await settle();
    expect(end.value).toBe('17 h');

    typeInto(end, '12:00');
    await settle();
    expect(textOf(dialog.querySelector('mat-error'))).toBe('L’heure de fin doit suivre l’heure de début, le même jour.');
  });

  it('books a weekly series for the active organisation with the right request, then shows what was booked and skipped', async () => {
    const dialog = await open({ start: '2026-06-17T10:00', resourceId: 'room-1' });
    await fillWeeklyBooking(dialog);
    dialog.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await settle();
    buttonNamed(dialog, 'Réserver').click();
    await settle();

    const post = backend.expectOne({ method: 'POST', url: '/api/bookings' });
    expect(post.request.body).toEqual({
      resourceId: 'room-1',
      organisationId: 'org-1',
      title: 'Atelier de cuisine',
      start: '2026-06-17T10:00',
      timeZone: 'America/Toronto',
      durationMinutes: 90,
      rrule: 'FREQ=WEEKLY;BYDAY=WE;COUNT=4',
      skipHolidays: 'QC',
      private: false,
    });
    post.flush(
      aSeries({
        title: 'Atelier de cuisine',
        rrule: 'FREQ=WEEKLY;BYDAY=WE;COUNT=4',
        occurrences: [
          { id: 'occ-1', start: '2026-06-17T10:00:00-04:00', end: '2026-06-17T11:30:00-04:00', status: 'pending' },
          { id: 'occ-4', start: '2026-07-08T10:00:00-04:00', end: '2026-07-08T11:30:00-04:00', status: 'pending' },
        ],
        skipped: [
          { start: '2026-06-24T10:00:00-04:00', reason: 'HOLIDAY', holiday: 'Fête nationale du Québec' },
          { start: '2026-07-01T10:00:00-04:00', reason: 'HOLIDAY', holiday: 'Fête du Canada' },
        ],
      }),
      { status: 201, statusText: 'Created' },
    );
    await settle();

    const result = document.querySelector<HTMLElement>('mat-dialog-container')!;
    expect(textOf(result.querySelector('h2'))).toBe('Réservation enregistrée');
    expect(textOf(result.querySelector('[role="status"]'))).toBe(
      '« Atelier de cuisine », Salle Laurentides : 2 occurrences réservées.',
    );
    expect(textOf(result)).toContain('2 occurrences en attente de l’approbation de la coordination.');
    expect(textOf(result.querySelector('.skipped'))).toContain('mer. 24 juin 2026, 10 h · jour férié (Fête nationale du Québec)');

    buttonNamed(result, 'Fermer').click();
    await settle();
    expect(closedWith).toMatchObject({ id: 'series-1', title: 'Atelier de cuisine' });
  });

  it('lists the conflicts of a 409 in the locale and offers to book only the free occurrences', async () => {
    const dialog = await open({ start: '2026-06-17T10:00', resourceId: 'room-1' });
    await fillWeeklyBooking(dialog);
    expect(queryButtonNamed(dialog, 'Ignorer les conflits : réserver seulement les occurrences libres')).toBeNull();
    buttonNamed(dialog, 'Réserver').click();
    await settle();

    flushApiError(backend.expectOne('/api/bookings'), 409, 'BOOKING_CONFLICT', 'Some occurrences overlap', {
      conflicts: [
        {
          start: '2026-06-24T09:30:00-04:00',
          end: '2026-06-24T11:00:00-04:00',
          resourceId: 'room-1',
          organisationName: 'Maison des jeunes',
        },
        { start: '2026-07-01T10:00:00-04:00', end: '2026-07-01T12:00:00-04:00', resourceId: 'room-1' },
      ],
    });
    await settle();

    const alert = dialog.querySelector('app-booking-problem-message [role="alert"]');
    expect(textOf(alert?.querySelector('p'))).toBe('Ces 2 créneaux sont déjà réservés :');
    expect(Array.from(alert!.querySelectorAll('li')).map((item) => textOf(item))).toEqual([
      'mer. 24 juin 2026, 9 h 30 – 11 h · Maison des jeunes',
      'mer. 1er juill. 2026, 10 h – 12 h · un autre organisme',
    ]);
    expect(textOf(alert)).toContain(
      'Cochez « Ignorer les conflits » pour réserver seulement les occurrences libres, ou choisissez une autre heure ou une autre salle.',
    );
    // Where the person acted: after « Vérifier les disponibilités », just above « Réserver », and focused.
    const region = dialog.querySelector<HTMLElement>('.problem-region')!;
    expect(region.contains(alert)).toBe(true);
    expect(
      buttonNamed(dialog, 'Vérifier les disponibilités').compareDocumentPosition(region) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(document.activeElement).toBe(region);

    const skip = Array.from(region.querySelectorAll('mat-checkbox')).find((box) =>
      textOf(box).startsWith('Ignorer les conflits'),
    );
    skip!.querySelector<HTMLInputElement>('input')!.click();
    await settle();
    buttonNamed(dialog, 'Réserver').click();
    await settle();

    const retry = backend.expectOne('/api/bookings');
    expect(retry.request.body).toMatchObject({ skipConflicts: true, rrule: 'FREQ=WEEKLY;BYDAY=WE;COUNT=4' });
    retry.flush(aSeries(), { status: 201, statusText: 'Created' });
    await settle();
    // The form and its button are gone: focus is on what replaced them, not lost on the page.
    expect(document.activeElement).toBe(document.querySelector('mat-dialog-container h2'));
    expect(textOf(document.activeElement as HTMLElement)).toBe('Réservation enregistrée');
  });

  it('adds equipment of the room’s network to the booking, and names the item that refused it', async () => {
    const dialog = await open({ start: '2026-06-17T10:00', resourceId: 'room-1' });
    await fillWeeklyBooking(dialog);
    buttonNamed(dialog, 'Ajouter du matériel').click();
    await settle();
    const projector = aSpace({ id: 'projector', type: 'equipment', name: 'Projecteur', quantity: 1 });
    const tables = aSpace({ id: 'tables', type: 'equipment', name: 'Tables pliantes', quantity: 40, siteId: 'site-2' });
    backend
      .expectOne((r) => r.url === '/api/resources' && r.params.get('type') === 'equipment')
      .flush([tables, projector, aSpace({ id: 'elsewhere', type: 'equipment', name: 'Sono', networkId: 'network-2' })]);
    backend.expectOne((r) => r.url === '/api/resources' && r.params.get('type') === 'vehicle').flush([]);
    await settle();

    const picker = dialog.querySelector<HTMLElement>('app-bundle-picker')!;
    // The room's network only, its site first; focus moved from the button to the list.
    expect(Array.from(picker.querySelectorAll('mat-checkbox')).map((box) => textOf(box))).toEqual([
      'Projecteur',
      'Tables pliantes (40 unités)',
    ]);
    expect(document.activeElement?.contains(picker)).toBe(true);
    for (const box of Array.from(picker.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))) box.click();
    await settle();
    const quantity = fieldLabelled(dialog, 'Quantité (Tables pliantes)') as HTMLInputElement;
    quantity.value = '12';
    quantity.dispatchEvent(new Event('change'));
    await settle();
    buttonNamed(dialog, 'Réserver').click();
    await settle();

    const post = backend.expectOne({ method: 'POST', url: '/api/bookings' });
    expect(post.request.body.equipment).toEqual([
      { resourceId: 'projector', quantity: 1 },
      { resourceId: 'tables', quantity: 12 },
    ]);
    flushApiError(post, 422, 'BLACKOUT', 'Projecteur: Some occurrences fall in a closure.', {
      occurrences: [{ start: '2026-06-17T10:00:00-04:00', reason: 'Réparation' }],
      part: { kind: 'equipment', index: 0, resourceId: 'projector', resourceName: 'Projecteur' },
    });
    await settle();
    const alert = dialog.querySelector('app-booking-problem-message [role="alert"]');
    expect(textOf(alert?.querySelector('p'))).toBe('Matériel « Projecteur » :');
    expect(textOf(alert)).toContain('Réparation');
    // All or nothing: skipping the closed occurrences is not offered for a room with equipment.
    expect(textOf(dialog)).not.toContain('Ignorer les conflits');
  });

  it('lets a coordinator who belongs to no organisation book for one of the room’s network, chosen in the form', async () => {
    TestBed.inject(MatDialog).closeAll();
    signInAs(aMe({ memberships: [], coordinatorOf: [{ networkId: 'network-1', networkName: 'CDC' }] }));
    const dialog = await open({ start: '2026-06-17T10:00', resourceId: 'room-1' });
    backend.expectOne('/api/organisations').flush([
      { id: 'org-2', name: 'Popote roulante', networkIds: ['network-1'], myRole: null, canManage: true },
      { id: 'org-9', name: 'Ailleurs', networkIds: ['network-9'], myRole: null, canManage: true },
      { id: 'org-1', name: 'Maison des jeunes', networkIds: ['network-1'], myRole: null, canManage: true },
    ]);
    await settle();

    typeInto(fieldLabelled(dialog, 'Titre'), 'Assemblée');
    buttonNamed(dialog, 'Réserver').click();
    await settle();
    backend.expectNone('/api/bookings');
    expect(textOf(dialog)).toContain('Choisissez l’organisme pour lequel vous réservez.');

    fieldLabelled<HTMLElement>(dialog, 'Pour l’organisme').click();
    await settle();
    expect(Array.from(document.querySelectorAll('mat-option')).map((option) => textOf(option as HTMLElement))).toEqual([
      'Maison des jeunes',
      'Popote roulante',
    ]);
    document.querySelectorAll<HTMLElement>('mat-option')[1].click();
    await settle();
    buttonNamed(dialog, 'Réserver').click();
    await settle();

    const post = backend.expectOne({ method: 'POST', url: '/api/bookings' });
    expect(post.request.body).toMatchObject({ organisationId: 'org-2', title: 'Assemblée', resourceId: 'room-1' });
    post.flush(aSeries(), { status: 201, statusText: 'Created' });
    await settle();
  });

  it('tells someone who belongs to no organisation that they cannot book, before they fill anything', async () => {
    TestBed.inject(MatDialog).closeAll();
    signInAs(aMe({ memberships: [] }));
    const dialog = await open({ start: '2026-06-17T10:00', resourceId: 'room-1' });

    expect(textOf(dialog.querySelector('[role="note"]'))).toContain('Vous n’êtes membre d’aucun organisme');
    expect(buttonNamed(dialog, 'Réserver').disabled).toBe(true);
  });

  it('explains the room’s rules with their limits', async () => {
    const dialog = await open({ start: '2026-06-17T10:00', resourceId: 'room-1' });
    typeInto(fieldLabelled(dialog, 'Titre'), 'Réunion éclair');
    typeInto(fieldLabelled(dialog, 'Heure de fin'), '10:15');
    await settle();
    buttonNamed(dialog, 'Réserver').click();
    await settle();

    flushApiError(backend.expectOne('/api/bookings'), 422, 'RULE_VIOLATION', "The booking breaks the resource's rules.", {
      violations: [
        { rule: 'minDuration', limit: 30, actual: 15 },
        { rule: 'granularity', limit: 30, actual: 15 },
      ],
    });
    await settle();

    const alert = dialog.querySelector('app-booking-problem-message [role="alert"]');
    expect(Array.from(alert!.querySelectorAll('li')).map((item) => textOf(item))).toEqual([
      'Durée minimale : 30 min',
      'Par tranches de 30 min',
    ]);
  });

  it('checks availability over the next occurrences before submitting', async () => {
    const dialog = await open({ start: '2026-06-17T10:00', resourceId: 'room-1' });
    await fillWeeklyBooking(dialog);
    buttonNamed(dialog, 'Vérifier les disponibilités').click();
    await settle();

    const check = backend.expectOne((request) => request.url === '/api/bookings' && request.method === 'GET');
    expect(check.request.params.get('resourceId')).toBe('room-1');
    expect(Date.parse(check.request.params.get('from')!)).toBe(Date.parse('2026-06-17T10:00:00-04:00'));
    expect(Date.parse(check.request.params.get('to')!)).toBe(Date.parse('2026-07-08T11:30:00-04:00'));
    check.flush([]);
    await settle();

    expect(textOf(dialog.querySelector('.free'))).toBe(
      'Aucun conflit : la salle est libre pour les 4 prochaines occurrences vérifiées.',
    );
  });

  it('does not submit an incomplete booking', async () => {
    const dialog = await open();
    buttonNamed(dialog, 'Réserver').click();
    await settle();

    backend.expectNone('/api/bookings');
    expect(textOf(dialog)).toContain('Entrez un titre.');
    expect(closedWith).toBe('open');
  });

  it('reads in English when the user chose English', async () => {
    await TestBed.inject(AppLanguage).use('en');
    const dialog = await open();

    for (const label of ['Title', 'Room', 'Date', 'Start time', 'End time', 'Repeat']) {
      expect(fieldLabelled(dialog, label)).toBeTruthy();
    }
    expect(buttonNamed(dialog, 'Book')).toBeTruthy();
    expect(ref).toBeTruthy();
  });
});

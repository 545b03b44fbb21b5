import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { BookingSeriesView, HourBankLine } from '@mutualis/contracts';
import {
  buttonNamed,
  settle as settleFixture,
  textOf,
  typeInto,
  chooseOption,
  fieldLabelled,
} from '../../../../testing/dom-testing';
import { aMe, flushApiError, signInAs } from '../../../../testing/session-testing';
import { AppLanguage } from '../../../core/i18n/app-language';
import { aStaff, aStaffOccurrence, anAgreement, NOW, staffTranslocoTesting } from '../staff-testing';
import { RequestHoursPage } from './request-hours-page';
import { provideFixedClock } from '../../../../testing/clock-testing';

const JULIE = aStaff();
const MARC = aStaff({
  id: 'staff-2',
  name: 'Marc Informaticien',
  jobTitle: 'Technicien informatique',
  carrierOrganisationId: null,
});

const line = (start: string, end: string, bookedMinutes: number, carriedOverMinutes = 0): HourBankLine => ({
  period: { unit: 'month', start, end },
  allottedMinutes: 720,
  carriedOverMinutes,
  bookedMinutes,
  workedMinutes: 0,
  remainingMinutes: 720 + carriedOverMinutes - bookedMinutes,
});

function aRequestedSeries(overrides: Partial<BookingSeriesView> = {}): BookingSeriesView {
  return {
    id: 'series-9',
    resourceId: 'staff-1',
    resourceName: 'Julie Comptable',
    organisationId: 'org-1',
    organisationName: 'Maison des jeunes',
    title: 'Tenue de livres',
    notes: null,
    private: false,
    start: '2026-03-05T09:00',
    timeZone: 'America/Toronto',
    durationMinutes: 90,
    rrule: null,
    exdates: [],
    status: 'pending',
    isMine: true,
    canEdit: true,
    occurrences: [{ id: 'occ-9', start: '2026-03-05T09:00:00-05:00', end: '2026-03-05T10:30:00-05:00', status: 'pending' }],
    skipped: [],
    ...overrides,
  };
}

describe('RequestHoursPage', () => {
  let fixture: ComponentFixture<RequestHoursPage>;
  let backend: HttpTestingController;
  let page: HTMLElement;
  const settle = () => settleFixture(fixture);

  function expectRequest(url: string, method = 'GET'): TestRequest {
    return backend.expectOne((request) => request.url === url && request.method === method);
  }

  async function flushHourBank(bookedInMarch = 360): Promise<void> {
    expectRequest('/api/agreements').flush([anAgreement()]);
    await settle();
    const bank = expectRequest('/api/hour-bank');
    expect(bank.request.params.toString()).toBe('resourceId=staff-1&organisationId=org-1&from=2026-03-01&to=2026-06-01');
    bank.flush({
      resourceId: 'staff-1',
      organisationId: 'org-1',
      agreementId: 'agreement-1',
      lines: [
        line('2026-03-01', '2026-04-01', bookedInMarch),
        line('2026-04-01', '2026-05-01', 0, 120),
        line('2026-05-01', '2026-06-01', 0),
      ],
    });
    await settle();
  }

  async function chooseJulie(): Promise<void> {
    await chooseOption(page, 'Ressource partagée', 'Julie Comptable — Comptable', settle);
    const availability = expectRequest('/api/staff/staff-1/availability');
    expect(availability.request.params.get('from')).toBe('2026-03-04T15:00:00.000Z');
    expect(availability.request.params.get('to')).toBe('2026-03-18T15:00:00.000Z');
    expect(availability.request.params.get('durationMinutes')).toBe('60');
    availability.flush({
      resourceId: 'staff-1',
      timeZone: 'America/Toronto',
      workingTime: [],
      busy: [],
      leave: [],
      freeSlots: [
        { start: '2026-03-05T09:00:00-05:00', end: '2026-03-05T10:00:00-05:00' },
        { start: '2026-03-05T09:30:00-05:00', end: '2026-03-05T10:30:00-05:00' },
        { start: '2026-03-10T13:00:00-04:00', end: '2026-03-10T14:00:00-04:00' },
      ],
    });
    await settle();
  }

  async function fillRequest(): Promise<void> {
    typeInto(fieldLabelled(page, 'Titre'), '  Tenue de livres  ');
    typeInto(fieldLabelled(page, 'Date'), '2026-03-05');
    typeInto(fieldLabelled(page, 'Heure de début'), '09:00');
    typeInto(fieldLabelled(page, 'Durée (minutes)'), '90');
    await settle();
  }

  async function submit(): Promise<TestRequest> {
    buttonNamed(page, 'Envoyer la demande').click();
    await settle();
    return expectRequest('/api/bookings', 'POST');
  }

  /** After a request the page asks again for the free slots and the hour bank. */
  async function flushRefresh(bookedInMarch: number): Promise<void> {
    expectRequest('/api/staff/staff-1/availability').flush({
      resourceId: 'staff-1',
      timeZone: 'America/Toronto',
      workingTime: [],
      busy: [],
      leave: [],
      freeSlots: [],
    });
    await flushHourBank(bookedInMarch);
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [RequestHoursPage, staffTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideFixedClock(NOW)],
    });
    signInAs(aMe());
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(RequestHoursPage);
    page = fixture.nativeElement as HTMLElement;
    await settle();
    expectRequest('/api/staff').flush([MARC, JULIE, aStaff({ id: 'staff-3', name: 'Ancienne ressource', active: false })]);
    await settle();
    // The organisation's bookings, for the other times employees proposed (a field the API does not list yet).
    expectRequest('/api/bookings').flush([
      {
        ...aStaffOccurrence({ id: 'occ-7', seriesId: 'series-7', organisationId: 'org-1', title: 'Paie', isMine: true }),
        proposedStart: '2026-03-06T14:00:00-05:00',
        proposedEnd: '2026-03-06T17:00:00-05:00',
      },
    ]);
    await flushHourBank();
  });

  afterEach(() => backend.verify());

  it('offers the active pooled employees and shows the organisation’s hour bank for this period and the next two', async () => {
    fieldLabelled<HTMLElement>(page, 'Ressource partagée').click();
    await settle();
    expect(Array.from(document.querySelectorAll('mat-option')).map((option) => textOf(option))).toEqual([
      'Julie Comptable — Comptable',
      'Marc Informaticien — Technicien informatique',
    ]);
    document.querySelector<HTMLElement>('mat-option')!.click();
    await settle();
    expectRequest('/api/staff/staff-1/availability').flush({
      resourceId: 'staff-1',
      timeZone: 'America/Toronto',
      workingTime: [],
      busy: [],
      leave: [],
    });
    await settle();

    const bank = page.querySelector('app-hour-bank-panel')!;
    expect(textOf(bank.querySelector('h2'))).toBe('Banque d’heures');
    expect(Array.from(bank.querySelectorAll('li.line')).map((each) => textOf(each))).toEqual([
      'mars 2026 · en cours 6 h réservées sur 12 h · reste 6 h',
      'avril 2026 0 h réservées sur 14 h (dont 2 h reportées) · reste 14 h',
      'mai 2026 0 h réservées sur 12 h · reste 12 h',
    ]);
    const bars = Array.from(bank.querySelectorAll('mat-progress-bar'));
    expect(bars[0].getAttribute('aria-label')).toBe('Heures réservées : 6 h sur 12 h');
    expect(bars[0].getAttribute('aria-valuenow')).toBe('50');
  });

  it('shows the days with free slots, the slots of the day chosen, and choosing one fills the date, start time and duration', async () => {
    await chooseJulie();
    const panel = page.querySelector<HTMLElement>('app-free-slots-panel')!;
    expect(Array.from(panel.querySelectorAll('.day-choice')).map((day) => textOf(day))).toEqual([
      'jeudi 5 mars 2026 (2)',
      'mardi 10 mars 2026 (1)',
    ]);
    expect(textOf(panel.querySelector('h4'))).toBe('jeudi 5 mars 2026');
    expect(buttonNamed(panel, 'Choisir le créneau : jeudi 5 mars 2026, 9 h 30 – 10 h 30')).toBeTruthy();

    buttonNamed(panel, 'mardi 10 mars 2026 (1)').click();
    await settle();
    expect(buttonNamed(panel, 'mardi 10 mars 2026 (1)').getAttribute('aria-pressed')).toBe('true');
    expect(textOf(panel.querySelector('h4'))).toBe('mardi 10 mars 2026');

    await chooseOption(page, 'Durée des créneaux', '1 h 30', settle);
    const longer = expectRequest('/api/staff/staff-1/availability');
    expect(longer.request.params.get('durationMinutes')).toBe('90');
    longer.flush({
      resourceId: 'staff-1',
      timeZone: 'America/Toronto',
      workingTime: [],
      busy: [],
      leave: [],
      freeSlots: [{ start: '2026-03-10T13:00:00-04:00', end: '2026-03-10T14:30:00-04:00' }],
    });
    await settle();
    const slot = buttonNamed(page, 'Choisir le créneau : mardi 10 mars 2026, 13 h – 14 h 30');
    slot.click();
    await settle();

    expect(fieldLabelled(page, 'Date').value).toBe('2026-03-10');
    expect(fieldLabelled(page, 'Heure de début').value).toBe('13 h');
    expect(fieldLabelled(page, 'Durée (minutes)').value).toBe('90');
    // The slot stays marked, and the person goes on in the form, where the title is left to type.
    expect(slot.getAttribute('aria-pressed')).toBe('true');
    expect(document.activeElement).toBe(fieldLabelled(page, 'Titre'));
  });

  it('shows « Par employé » one column per employee with their bookings, and a free half hour fills the form', async () => {
    const toggle = buttonNamed(page, 'Par employé');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    toggle.click();
    await settle();
    expect(toggle.getAttribute('aria-pressed')).toBe('true');

    // Today in the employees' zone, midnight to midnight: every booking of the network, kept for the employees shown.
    const day = backend.expectOne((request) => request.url === '/api/bookings' && request.method === 'GET');
    expect(day.request.params.get('from')).toBe('2026-03-04T05:00:00.000Z');
    expect(day.request.params.get('to')).toBe('2026-03-05T05:00:00.000Z');
    day.flush([
      aStaffOccurrence({
        id: 'occ-2',
        resourceId: 'staff-2',
        start: '2026-03-04T13:00:00-05:00',
        end: '2026-03-04T14:30:00-05:00',
        status: 'confirmed',
        title: null,
      }),
      aStaffOccurrence({ id: 'occ-3', resourceId: 'room-1', start: '2026-03-04T09:00:00-05:00', title: 'Salle' }),
    ]);
    await settle();

    const grid = page.querySelector<HTMLElement>('app-resource-day-view')!;
    expect(Array.from(grid.querySelectorAll('.resource-name')).map((name) => textOf(name))).toEqual([
      'Julie Comptable',
      'Marc Informaticien',
    ]);
    const bookings = grid.querySelectorAll<HTMLElement>('.booking');
    expect(bookings).toHaveLength(1);
    // Another organisation's private booking: when and by whom, not what.
    expect(textOf(bookings[0].querySelector('.booking-title'))).toBe('Réservé');
    expect(textOf({ textContent: bookings[0].getAttribute('aria-label') } as Element)).toBe(
      '13 h – 14 h 30 · Marc Informaticien · Centre des femmes',
    );
    expect(bookings[0].style.gridColumn).toContain('3');
    expect(page.querySelector('app-free-slots-panel')).toBeNull();

    buttonNamed(grid, 'Demander des heures à Marc Informaticien dès 15 h 30').click();
    await settle();

    expect(textOf(fieldLabelled<HTMLElement>(page, 'Ressource partagée'))).toBe('Marc Informaticien — Technicien informatique');
    expect(textOf(page.querySelector('app-hour-request-form h3'))).toBe('Demande à Marc Informaticien');
    expect(fieldLabelled(page, 'Date').value).toBe('2026-03-04');
    expect(fieldLabelled(page, 'Heure de début').value).toBe('15 h 30');
    expect(fieldLabelled(page, 'Durée (minutes)').value).toBe('60');
    expect(document.activeElement).toBe(fieldLabelled(page, 'Titre'));
  });

  it('sends a weekly request for the active organisation, shows it pending and refreshes the hour bank', async () => {
    await chooseJulie();
    await fillRequest();
    await chooseOption(page, 'Répétition', 'Toutes les semaines le…', settle);
    Array.from(page.querySelectorAll<HTMLElement>('label'))
      .find((label) => textOf(label) === 'Après')!
      .click();
    await settle();
    typeInto(fieldLabelled(page, 'Nombre d’occurrences'), '4');
    typeInto(fieldLabelled(page, 'Notes'), 'Fin d’exercice');
    await settle();

    const post = await submit();
    expect(post.request.body).toEqual({
      resourceId: 'staff-1',
      organisationId: 'org-1',
      title: 'Tenue de livres',
      start: '2026-03-05T09:00',
      durationMinutes: 90,
      rrule: 'FREQ=WEEKLY;BYDAY=TH;COUNT=4',
      notes: 'Fin d’exercice',
    });
    post.flush(aRequestedSeries({ rrule: 'FREQ=WEEKLY;BYDAY=TH;COUNT=4' }), { status: 201, statusText: 'Created' });
    await settle();
    await flushRefresh(450);

    expect(textOf(page.querySelector('app-request-result [role="status"]'))).toBe(
      'Demande « Tenue de livres » envoyée à Julie Comptable. 1 occurrence en attente de son approbation.',
    );
    // Reset, so the same request is not sent twice by accident; focus on the result, not lost.
    expect(fieldLabelled(page, 'Titre').value).toBe('');
    expect(fieldLabelled(page, 'Date').value).toBe('');
    expect(fieldLabelled(page, 'Heure de début').value).toBe('');
    expect(page.querySelector('app-hour-request-form mat-error')).toBeNull();
    expect(document.activeElement).toBe(page.querySelector('.result-region'));
    expect(textOf(page.querySelector('app-hour-bank-panel li.line'))).toBe(
      'mars 2026 · en cours 7 h 30 réservées sur 12 h · reste 4 h 30',
    );
  });

  it('shows visibly that an accepted request goes beyond the agreement', async () => {
    await chooseJulie();
    await fillRequest();
    const post = await submit();
    post.flush(
      aRequestedSeries({
        warnings: [
          {
            code: 'QUOTA_EXCEEDED',
            period: { unit: 'month', start: '2026-03-01', end: '2026-04-01' },
            allottedMinutes: 720,
            usedMinutes: 600,
            requestedMinutes: 240,
          },
        ],
      }),
      { status: 201, statusText: 'Created' },
    );
    await settle();
    await flushRefresh(840);

    const warning = page.querySelector('app-request-result [role="alert"]');
    expect(textOf(warning)).toContain('Attention : cette demande dépasse l’entente de votre organisme.');
    expect(textOf(warning)).toContain('mars 2026 : 12 h prévues à l’entente, 10 h déjà réservées, 4 h demandées');
    expect(textOf(page.querySelector('app-hour-bank-panel li.line'))).toContain('dépassement de 2 h');
  });

  it('explains a request refused over quota with the period and the hours', async () => {
    await chooseJulie();
    await fillRequest();
    flushApiError(await submit(), 422, 'QUOTA_EXCEEDED', 'La demande dépasse l’entente de l’organisme pour la période.', {
      period: { unit: 'month', start: '2026-03-01', end: '2026-04-01' },
      allottedMinutes: 720,
      usedMinutes: 660,
      requestedMinutes: 90,
    });
    await settle();

    const alert = page.querySelector('app-request-problem-message [role="alert"]');
    expect(textOf(alert)).toBe(
      'Cette demande dépasse l’entente de votre organisme : mars 2026 : 12 h prévues à l’entente, 11 h déjà réservées, 1 h 30 demandées',
    );
    // Next to « Envoyer la demande », and focused, so it is seen and read where the person acted.
    const region = page.querySelector<HTMLElement>('app-hour-request-form .problem-region')!;
    expect(region.contains(alert)).toBe(true);
    expect(region.nextElementSibling).toBe(buttonNamed(page, 'Envoyer la demande'));
    expect(document.activeElement).toBe(region);
  });

  it('lists the times the employee does not work when the request falls outside working hours', async () => {
    await chooseJulie();
    await fillRequest();
    flushApiError(await submit(), 422, 'OUTSIDE_WORKING_HOURS', 'La personne ne travaille pas à certains de ces moments.', {
      occurrences: [
        { start: '2026-03-05T17:00:00-05:00', end: '2026-03-05T18:30:00-05:00' },
        { start: '2026-03-12T17:00:00-04:00', end: '2026-03-12T18:30:00-04:00' },
      ],
    });
    await settle();

    const alert = page.querySelector('app-request-problem-message [role="alert"]')!;
    expect(textOf(alert.querySelector('p'))).toBe('Julie Comptable ne travaille pas à ces moments :');
    expect(Array.from(alert.querySelectorAll('li')).map((item) => textOf(item))).toEqual([
      'jeu. 5 mars 2026, 17 h – 18 h 30',
      'jeu. 12 mars 2026, 17 h – 18 h 30',
    ]);
  });

  it('explains leave and the daily or weekly maximum with their dates and hours', async () => {
    await chooseJulie();
    await fillRequest();
    flushApiError(await submit(), 422, 'ON_LEAVE', 'En congé', {
      occurrences: [{ start: '2026-03-05T09:00:00-05:00', kind: 'training' }],
    });
    await settle();
    expect(textOf(page.querySelector('app-request-problem-message [role="alert"]'))).toBe(
      'Julie Comptable est en congé à ces moments : jeu. 5 mars 2026, 9 h · Formation',
    );

    flushApiError(await submit(), 422, 'STAFF_CAP_EXCEEDED', 'Maximum', {
      caps: [
        { scope: 'day', date: '2026-03-05', limitMinutes: 450, totalMinutes: 510 },
        { scope: 'week', date: '2026-03-02', limitMinutes: 2100, totalMinutes: 2160 },
      ],
    });
    await settle();
    const alert = page.querySelector('app-request-problem-message [role="alert"]')!;
    expect(Array.from(alert.querySelectorAll('li')).map((item) => textOf(item))).toEqual([
      'jeudi 5 mars 2026 : 8 h 30 au total, pour un maximum de 7 h 30 par jour',
      'semaine du 2 mars 2026 : 36 h au total, pour un maximum de 35 h par semaine',
    ]);
  });

  it('answers another time an employee proposed, then refreshes the hour bank', async () => {
    const proposals = page.querySelector<HTMLElement>('app-proposals-panel')!;
    expect(textOf(proposals.querySelector('.proposed'))).toBe('Proposé : ven. 6 mars 2026, 14 h – 17 h');
    buttonNamed(proposals, 'Accepter l’autre moment : Paie').click();
    await settle();
    const accept = expectRequest('/api/bookings/series-7/accept-proposal', 'POST');
    expect(accept.request.body).toEqual({ occurrenceId: 'occ-7' });
    accept.flush({});
    await settle();

    await flushHourBank(540);
    expect(proposals.querySelector('section')).toBeNull();
  });

  it('keeps the stable English labels browser tests rely on', async () => {
    await TestBed.inject(AppLanguage).use('en');
    await settle();
    await chooseJulie_en();
    for (const label of ['Pooled employee', 'Title', 'Date', 'Start time', 'Duration (minutes)']) {
      expect(fieldLabelled(page, label)).toBeTruthy();
    }
    expect(buttonNamed(page, 'Send request').type).toBe('submit');
    expect(buttonNamed(page, 'By employee').getAttribute('aria-pressed')).toBe('false');
    expect(textOf(page.querySelector('app-hour-bank-panel h2'))).toBe('Hour bank');
  });

  async function chooseJulie_en(): Promise<void> {
    await chooseOption(page, 'Pooled employee', 'Julie Comptable — Comptable', settle);
    expectRequest('/api/staff/staff-1/availability').flush({
      resourceId: 'staff-1',
      timeZone: 'America/Toronto',
      workingTime: [],
      busy: [],
      leave: [],
    });
    await settle();
  }
});

describe('RequestHoursPage without an organisation', () => {
  it('says one must belong to an organisation to request hours', async () => {
    TestBed.configureTestingModule({
      imports: [RequestHoursPage, staffTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideFixedClock(NOW)],
    });
    signInAs(aMe({ memberships: [], coordinatorOf: [{ networkId: 'network-1', networkName: 'Réseau' }] }));
    const fixture = TestBed.createComponent(RequestHoursPage);
    await settleFixture(fixture);
    TestBed.inject(HttpTestingController).expectOne('/api/staff').flush([aStaff()]);
    await settleFixture(fixture);

    expect(textOf(fixture.nativeElement)).toBe(
      'Vous devez être membre d’un organisme pour demander des heures à une ressource partagée.',
    );
  });
});

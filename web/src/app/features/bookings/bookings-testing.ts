import { ModuleWithProviders } from '@angular/core';
import type { TranslocoTestingModule } from '@jsverse/transloco';
import type { BookingSeriesView, CalendarOccurrence, ResourceView } from '@mutualis/contracts';
import bookingsEn from '../../../../public/i18n/bookings/en.json';
import bookingsFr from '../../../../public/i18n/bookings/fr.json';
import recurrenceEn from '../../../../public/i18n/recurrence/en.json';
import recurrenceFr from '../../../../public/i18n/recurrence/fr.json';
import { translocoTesting, type ScopeTranslations } from '../../../testing/transloco-testing';

// The shared DOM helpers, where the bookings specs import them from (web/src/testing/dom-testing.ts).
export { chooseOption, fieldLabelled } from '../../../testing/dom-testing';

/** For specs: Transloco with the real app, `bookings` and `recurrence` files (plus `extra` scopes), French active. */
export function bookingsTranslocoTesting(
  extra: Record<string, ScopeTranslations> = {},
): ModuleWithProviders<TranslocoTestingModule> {
  return translocoTesting({
    bookings: { fr: bookingsFr, en: bookingsEn },
    recurrence: { fr: recurrenceFr, en: recurrenceEn },
    ...extra,
  });
}

export function aSpace(overrides: Partial<ResourceView> = {}): ResourceView {
  return {
    id: 'room-1',
    type: 'space',
    name: 'Salle Laurentides',
    networkId: 'network-1',
    siteId: 'site-1',
    siteName: 'Carrefour communautaire',
    timeZone: 'America/Toronto',
    active: true,
    carrierOrganisationId: null,
    hourlyRateCents: 2500,
    capacity: 20,
    floorAreaM2: 45,
    dedicatedOrganisationId: null,
    equipment: ['Projecteur'],
    accessibilityNotes: '',
    rules: {
      approvalRequired: false,
      minDurationMinutes: 30,
      maxDurationMinutes: 480,
      granularityMinutes: 15,
      minLeadMinutes: 0,
      maxAdvanceDays: 365,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      bookableBy: 'network',
      bookableOrganisationIds: [],
      weeklyMinutesPerOrganisation: null,
    },
    ...overrides,
  };
}

export function anOccurrence(overrides: Partial<CalendarOccurrence> = {}): CalendarOccurrence {
  return {
    id: 'occ-1',
    seriesId: 'series-1',
    resourceId: 'room-1',
    start: '2026-06-17T10:00:00-04:00',
    end: '2026-06-17T11:30:00-04:00',
    status: 'confirmed',
    organisationId: 'org-1',
    organisationName: 'Maison des jeunes',
    title: 'Conseil d’administration',
    isMine: true,
    canEdit: true,
    recurring: false,
    needsReschedule: false,
    proposedStart: null,
    proposedEnd: null,
    ...overrides,
  };
}

export function aSeries(overrides: Partial<BookingSeriesView> = {}): BookingSeriesView {
  return {
    id: 'series-1',
    resourceId: 'room-1',
    resourceName: 'Salle Laurentides',
    organisationId: 'org-1',
    organisationName: 'Maison des jeunes',
    title: 'Conseil d’administration',
    notes: null,
    private: false,
    start: '2026-06-17T10:00',
    timeZone: 'America/Toronto',
    durationMinutes: 90,
    rrule: null,
    exdates: [],
    status: 'confirmed',
    isMine: true,
    canEdit: true,
    occurrences: [{ id: 'occ-1', start: '2026-06-17T10:00:00-04:00', end: '2026-06-17T11:30:00-04:00', status: 'confirmed' }],
    skipped: [],
    ...overrides,
  };
}

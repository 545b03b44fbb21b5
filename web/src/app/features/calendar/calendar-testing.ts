import { ModuleWithProviders } from '@angular/core';
import type { TranslocoTestingModule } from '@jsverse/transloco';
import calendarEn from '../../../../public/i18n/calendar/en.json';
import calendarFr from '../../../../public/i18n/calendar/fr.json';
import { bookingsTranslocoTesting } from '../bookings/bookings-testing';

/** For specs: Transloco with the real app, `calendar`, `bookings` and `recurrence` files, French active. */
export function calendarTranslocoTesting(): ModuleWithProviders<TranslocoTestingModule> {
  return bookingsTranslocoTesting({ calendar: { fr: calendarFr, en: calendarEn } });
}

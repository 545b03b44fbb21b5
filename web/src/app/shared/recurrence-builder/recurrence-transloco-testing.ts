import { ModuleWithProviders } from '@angular/core';
import type { TranslocoTestingModule } from '@jsverse/transloco';
import recurrenceEn from '../../../../public/i18n/recurrence/en.json';
import recurrenceFr from '../../../../public/i18n/recurrence/fr.json';
import { translocoTesting } from '../../../testing/transloco-testing';

/** For specs: Transloco with the real app and `recurrence` scope files, French active. */
export function recurrenceTranslocoTesting(): ModuleWithProviders<TranslocoTestingModule> {
  return translocoTesting({ recurrence: { fr: recurrenceFr, en: recurrenceEn } });
}

import { ModuleWithProviders } from '@angular/core';
import { TranslocoTestingModule } from '@jsverse/transloco';
import en from '../../../../public/i18n/en.json';
import fr from '../../../../public/i18n/fr.json';
import recurrenceEn from '../../../../public/i18n/recurrence/en.json';
import recurrenceFr from '../../../../public/i18n/recurrence/fr.json';
import { withIcuMessages } from '../../../testing/icu-testing';

/** For specs: Transloco with the real app and `recurrence` scope files, French active. */
export function recurrenceTranslocoTesting(): ModuleWithProviders<TranslocoTestingModule> {
  return withIcuMessages(
    TranslocoTestingModule.forRoot({
      langs: { fr, en, 'recurrence/fr': recurrenceFr, 'recurrence/en': recurrenceEn },
      translocoConfig: { availableLangs: ['fr', 'en'], defaultLang: 'fr', fallbackLang: 'fr', reRenderOnLangChange: true },
      preloadLangs: true,
    }),
  );
}

import { ModuleWithProviders } from '@angular/core';
import { TranslocoTestingModule } from '@jsverse/transloco';
import en from '../../public/i18n/en.json';
import fr from '../../public/i18n/fr.json';
import { withIcuMessages } from './icu-testing';

/** Transloco with the real translation files, loaded synchronously, French active. */
export function translocoTesting(): ModuleWithProviders<TranslocoTestingModule> {
  return withIcuMessages(
    TranslocoTestingModule.forRoot({
      langs: { fr, en },
      translocoConfig: { availableLangs: ['fr', 'en'], defaultLang: 'fr', fallbackLang: 'fr', reRenderOnLangChange: true },
      preloadLangs: true,
    }),
  );
}

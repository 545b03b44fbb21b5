import { ModuleWithProviders } from '@angular/core';
import { TranslocoTestingModule } from '@jsverse/transloco';
import en from '../../public/i18n/en.json';
import fr from '../../public/i18n/fr.json';
import { withIcuMessages } from './icu-testing';

/** A feature's translation files (`public/i18n/<scope>/fr.json` and `en.json`). */
export interface ScopeTranslations {
  readonly fr: Record<string, unknown>;
  readonly en: Record<string, unknown>;
}

/**
 * Transloco with the real translation files, loaded synchronously, French active: the app's own,
 * plus the features' named in `scopes` (e.g. `{ equipment: { fr: equipmentFr, en: equipmentEn } }`).
 */
export function translocoTesting(scopes: Record<string, ScopeTranslations> = {}): ModuleWithProviders<TranslocoTestingModule> {
  const langs: Record<string, Record<string, unknown>> = { fr, en };
  for (const [scope, files] of Object.entries(scopes)) {
    langs[`${scope}/fr`] = files.fr;
    langs[`${scope}/en`] = files.en;
  }
  return withIcuMessages(
    TranslocoTestingModule.forRoot({
      langs,
      translocoConfig: { availableLangs: ['fr', 'en'], defaultLang: 'fr', fallbackLang: 'fr', reRenderOnLangChange: true },
      preloadLangs: true,
    }),
  );
}

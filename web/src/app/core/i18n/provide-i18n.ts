import {
  EnvironmentProviders,
  inject,
  isDevMode,
  LOCALE_ID,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { provideTransloco, provideTranslocoTranspiler } from '@jsverse/transloco';
import { APP_LANGS, AppLanguage, DEFAULT_LANG } from './app-language';
import { IcuTranspiler } from './icu-transpiler';
import { TranslatedTitleStrategy } from './translated-title-strategy';
import { TranslocoHttpLoader } from './transloco-http-loader';

/** Activates the language chosen on a previous visit (or French) before the first render. */
export function provideStartupLanguage(): EnvironmentProviders {
  return provideAppInitializer(() => inject(AppLanguage).init());
}

export function provideI18n(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideTransloco({
      config: {
        availableLangs: [...APP_LANGS],
        defaultLang: DEFAULT_LANG,
        fallbackLang: DEFAULT_LANG,
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
        missingHandler: { useFallbackTranslation: true, logMissingKey: isDevMode() },
      },
      loader: TranslocoHttpLoader,
    }),
    // Plurals (« 1 occurrence réservée », « 8 occurrences réservées ») are ICU messages.
    provideTranslocoTranspiler(IcuTranspiler),
    provideStartupLanguage(),
    { provide: TitleStrategy, useExisting: TranslatedTitleStrategy },
    // Angular's own pipes use the locale of the start-up language; app code formats through LocaleFormat,
    // which follows language switches.
    { provide: LOCALE_ID, useFactory: () => inject(AppLanguage).locale() },
  ]);
}

import { registerLocaleData } from '@angular/common';
import localeEnCa from '@angular/common/locales/en-CA';
import localeFrCa from '@angular/common/locales/fr-CA';

/** Locale data for Angular's own pipes and Material components (LOCALE_ID is `fr-CA` or `en-CA`). */
export function registerAppLocaleData(): void {
  registerLocaleData(localeFrCa, 'fr-CA');
  registerLocaleData(localeEnCa, 'en-CA');
}

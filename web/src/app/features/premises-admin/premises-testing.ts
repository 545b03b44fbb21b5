import { ModuleWithProviders } from '@angular/core';
import type { TranslocoTestingModule } from '@jsverse/transloco';
import type { SiteView } from '@mutualis/contracts';
import premisesEn from '../../../../public/i18n/premises/en.json';
import premisesFr from '../../../../public/i18n/premises/fr.json';
import { translocoTesting } from '../../../testing/transloco-testing';

/** For specs: Transloco with the real app and `premises` files, French active. */
export function premisesTranslocoTesting(): ModuleWithProviders<TranslocoTestingModule> {
  return translocoTesting({ premises: { fr: premisesFr, en: premisesEn } });
}

export function aSite(overrides: Partial<SiteView> = {}): SiteView {
  return {
    id: 'site-1',
    networkId: 'network-1',
    name: 'Carrefour communautaire',
    address: '1200, rue King Ouest, Sherbrooke',
    timeZone: 'America/Toronto',
    openingHours: [
      { weekday: 1, opens: '08:00', closes: '12:00' },
      { weekday: 1, opens: '13:00', closes: '21:00' },
      { weekday: 3, opens: '09:00', closes: '17:00' },
    ],
    ...overrides,
  };
}

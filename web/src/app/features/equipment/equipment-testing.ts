import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import equipmentEn from '../../../../public/i18n/equipment/en.json';
import equipmentFr from '../../../../public/i18n/equipment/fr.json';
import { translocoTesting } from '../../../testing/transloco-testing';

/**
 * For the equipment specs: the test module every page of the feature needs (the app's and the
 * `equipment` translations, French active, a router, an HTTP testing backend); returns the backend.
 */
export function configureEquipmentTesting(): HttpTestingController {
  TestBed.configureTestingModule({
    imports: [translocoTesting({ equipment: { fr: equipmentFr, en: equipmentEn } })],
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideTranslocoScope('equipment')],
  });
  return TestBed.inject(HttpTestingController);
}

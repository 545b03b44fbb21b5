import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { LoanView } from '@mutualis/contracts';
import { configureEquipmentTesting } from './equipment-testing';
import { buttonNamed, settle, textOf } from '../../../testing/dom-testing';
import { LoanDeskPage } from './loan-desk-page';

const LOAN: LoanView = {
  occurrenceId: 'o-1',
  seriesId: 's-1',
  resourceId: 'r-1',
  resourceName: 'Camionnette',
  resourceType: 'vehicle',
  organisationId: 'org-1',
  organisationName: 'Maison de la famille',
  quantity: 1,
  start: '2026-11-17T09:00:00-05:00',
  end: '2026-11-18T17:00:00-05:00',
  checkedOutAt: null,
  checkedOutByName: null,
  driverName: null,
  odometerOutKm: null,
  checkoutNotes: '',
  returnedAt: null,
  returnedByName: null,
  odometerInKm: null,
  returnNotes: '',
  kilometres: null,
  late: false,
};

describe('LoanDeskPage', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    backend = configureEquipmentTesting();
  });
  afterEach(() => backend.verify());

  it('checks a van out with its driver and odometer, then shows it as out', async () => {
    const fixture = TestBed.createComponent(LoanDeskPage);
    const page = fixture.nativeElement as HTMLElement;
    backend.expectOne((r) => r.url === '/api/loans').flush([{ ...LOAN, late: true }]);
    await settle(fixture);
    expect(textOf(page.querySelector('h2'))).toBe('Camionnette');
    expect(textOf(page.querySelector('.late'))).toBe('En retard : à rapporter');
    buttonNamed(page, 'Emprunt').click();
    await settle(fixture);
    const inputs = page.querySelectorAll('input');
    (inputs[0] as HTMLInputElement).value = 'Marie';
    inputs[0].dispatchEvent(new Event('input'));
    (inputs[1] as HTMLInputElement).value = '48210';
    inputs[1].dispatchEvent(new Event('input'));
    await settle(fixture);
    buttonNamed(page, 'Enregistrer l’emprunt').click();
    const request = backend.expectOne({ method: 'POST', url: '/api/bookings/s-1/checkout' });
    expect(request.request.body).toEqual({ occurrenceId: 'o-1', odometerKm: 48210, driverName: 'Marie' });
    request.flush({
      ...LOAN,
      checkedOutAt: '2026-11-17T09:05:00-05:00',
      checkedOutByName: 'Camille',
      driverName: 'Marie',
      odometerOutKm: 48210,
    });
    await settle(fixture);
    expect(textOf(page.querySelector('.card'))).toContain('48210 km');
    expect(buttonNamed(page, 'Retour')).toBeTruthy();
  });
});

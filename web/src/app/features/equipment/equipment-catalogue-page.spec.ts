import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ResourceView } from '@mutualis/contracts';
import { configureEquipmentTesting } from './equipment-testing';
import { settle, textOf } from '../../../testing/dom-testing';
import { signInAs } from '../../../testing/session-testing';
import { aSpace } from '../bookings/bookings-testing';
import { EquipmentCataloguePage } from './equipment-catalogue-page';

const CHAIRS: ResourceView = { ...aSpace(), id: 'chairs', type: 'equipment', name: 'Chaises', quantity: 50 };
const VAN: ResourceView = { ...aSpace(), id: 'van', type: 'vehicle', name: 'Camionnette', quantity: 1 };

describe('EquipmentCataloguePage', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    backend = configureEquipmentTesting();
    signInAs();
  });
  afterEach(() => backend.verify());

  it('shows how many units of each item are free today, and again for the days chosen', async () => {
    const fixture = TestBed.createComponent(EquipmentCataloguePage);
    const page = fixture.nativeElement as HTMLElement;
    const today = backend.expectOne((r) => r.url === '/api/availability');
    const from = today.request.params.get('from') as string;
    const to = today.request.params.get('to') as string;
    // A whole day of the site, from midnight to midnight.
    expect(from).toMatch(/T00:00:00-0[45]:00$/);
    expect(Date.parse(to) - Date.parse(from)).toBeGreaterThanOrEqual(23 * 3_600_000);
    for (const type of ['equipment', 'vehicle', 'storage']) {
      backend
        .expectOne((r) => r.url === '/api/resources' && r.params.get('type') === type)
        .flush(type === 'equipment' ? [CHAIRS] : type === 'vehicle' ? [VAN] : []);
    }
    today.flush([
      { resourceId: 'chairs', quantity: 50, inUse: 35, available: 15 },
      { resourceId: 'van', quantity: 1, inUse: 1, available: 0 },
    ]);
    await settle(fixture);
    const cards = Array.from(page.querySelectorAll('.card'));
    expect(textOf(cards[0].querySelector('.free'))).toBe('15 unités libres sur 50');
    expect(textOf(cards[1].querySelector('.free'))).toBe('Aucune unité libre');

    const end = page.querySelector<HTMLInputElement>('input[name="periodEnd"]')!;
    const start = page.querySelector<HTMLInputElement>('input[name="periodStart"]')!;
    start.value = '2027-02-09';
    start.dispatchEvent(new Event('input'));
    end.value = '2027-02-10';
    end.dispatchEvent(new Event('input'));
    end.dispatchEvent(new Event('change'));
    await settle(fixture);
    const chosen = backend.expectOne((r) => r.url === '/api/availability');
    expect(chosen.request.params.get('from')).toBe('2027-02-09T00:00:00-05:00');
    expect(chosen.request.params.get('to')).toBe('2027-02-11T00:00:00-05:00');
    chosen.flush([{ resourceId: 'chairs', quantity: 50, inUse: 0, available: 50 }]);
    await settle(fixture);
    expect(textOf(page.querySelectorAll('.card')[0].querySelector('.free'))).toBe('50 unités libres sur 50');
  });
});

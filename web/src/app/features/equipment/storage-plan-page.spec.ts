import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { StoragePlanView } from '@mutualis/contracts';
import { configureEquipmentTesting } from './equipment-testing';
import { settle, textOf } from '../../../testing/dom-testing';
import { StoragePlanPage } from './storage-plan-page';

const PLAN: StoragePlanView = {
  siteId: 'site-1',
  from: '2027-02-01T00:00:00-05:00',
  to: '2027-02-02T00:00:00-05:00',
  spaces: [
    {
      resourceId: 'shelves',
      name: 'Tablettes — Entrepôt',
      quantity: 6,
      unitLabel: 'tablette',
      unitAreaM2: 1.5,
      inUse: 5,
      available: 1,
      holders: [
        {
          seriesId: 's-1',
          organisationName: 'Banque alimentaire',
          isMine: true,
          units: 3,
          areaM2: 4.5,
          start: '2027-01-01T00:00:00-05:00',
          end: '2028-01-01T00:00:00-05:00',
        },
        {
          seriesId: 's-2',
          organisationName: null,
          isMine: false,
          units: 2,
          areaM2: 3,
          start: '2027-01-01T00:00:00-05:00',
          end: '2027-07-01T00:00:00-04:00',
        },
      ],
    },
  ],
};

describe('StoragePlanPage', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    backend = configureEquipmentTesting();
  });
  afterEach(() => backend.verify());

  it('shows who holds which part of the first site’s storage, in words and m², and what is free', async () => {
    const fixture = TestBed.createComponent(StoragePlanPage);
    const page = fixture.nativeElement as HTMLElement;
    backend
      .expectOne('/api/sites')
      .flush([{ id: 'site-1', networkId: 'n-1', name: 'Carrefour', address: '', timeZone: 'America/Toronto', openingHours: [] }]);
    await settle(fixture);
    const request = backend.expectOne((r) => r.url === '/api/storage-plan');
    expect(request.request.params.get('siteId')).toBe('site-1');
    expect(request.request.params.get('from')).toMatch(/T00:00:00-0[45]:00$/);
    request.flush(PLAN);
    await settle(fixture);

    const card = page.querySelector('.card')!;
    expect(textOf(card.querySelector('.meta'))).toBe('6 unités · 1,5 m² chacune, 9 m² en tout');
    const holders = Array.from(card.querySelectorAll('.holders li')).map((li) => textOf(li));
    expect(holders[0]).toMatch(/^Banque alimentaire · 3 unités \(4,5 m²\) · /);
    expect(holders[1]).toMatch(/^Réservé · 2 unités \(3 m²\) · /);
    expect(holders[1]).toContain('30 juin 2027');
    expect(textOf(card.querySelector('.free'))).toBe('1 unité libre sur 6');
    // The bar repeats the list for the eye only: three parts, the caller's own marked.
    expect(card.querySelector('.plan-bar')?.getAttribute('aria-hidden')).toBe('true');
    expect(card.querySelectorAll('.plan-part')).toHaveLength(3);
    expect(card.querySelectorAll('.plan-part.mine')).toHaveLength(1);
  });
});

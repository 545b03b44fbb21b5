import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture } from '@angular/core/testing';
import { buttonNamed, settle, textOf } from '../../../testing/dom-testing';
import { aMe } from '../../../testing/session-testing';
import { renderComponent } from '../../../testing/component-testing';
import { CalendarFeedsPage } from './calendar-feeds-page';

describe('CalendarFeedsPage', () => {
  let fixture: ComponentFixture<CalendarFeedsPage>;
  let backend: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    ({
      fixture,
      root: page,
      backend,
    } = await renderComponent(CalendarFeedsPage, {
      me: aMe({ memberships: [{ organisationId: 'org-1', organisationName: 'Maison des jeunes', role: 'member' }] }),
    }));
    backend.expectOne('/api/calendar-feeds').flush([
      {
        id: 'f-1',
        kind: 'room',
        targetId: 'r-1',
        targetName: 'Salle Bouleau',
        createdAt: '2026-11-10T14:00:00Z',
        lastUsedAt: null,
      },
    ]);
    backend.expectOne('/api/resources').flush([]);
    await settle(fixture);
  });
  afterEach(() => backend.verify());

  it('lists the subscriptions by what they follow', () => {
    expect(textOf(page.querySelector('ul.feeds li'))).toContain('Salle : Salle Bouleau');
  });

  it('creates the address of my own calendar and shows it once, with a webcal link', async () => {
    buttonNamed(page, 'Créer l’adresse').click();
    const request = backend.expectOne({ method: 'POST', url: '/api/calendar-feeds' });
    expect(request.request.body).toEqual({ kind: 'me' });
    request.flush({
      id: 'f-2',
      kind: 'me',
      targetId: null,
      targetName: null,
      createdAt: '2026-11-16T14:00:00Z',
      lastUsedAt: null,
      url: 'https://mutualis.example.org/ics/ics_secret.ics',
    });
    await settle(fixture);
    expect((page.querySelector('app-copy-field input') as HTMLInputElement).value).toBe(
      'https://mutualis.example.org/ics/ics_secret.ics',
    );
    expect(page.querySelector('a[href^="webcal:"]')?.getAttribute('href')).toBe(
      'webcal://mutualis.example.org/ics/ics_secret.ics',
    );
    expect(page.querySelectorAll('ul.feeds li')).toHaveLength(2);
  });
});

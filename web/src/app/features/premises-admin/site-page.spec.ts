import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { buttonNamed, settle, textOf, typeInto } from '../../../testing/dom-testing';
import { aMe, signInAs } from '../../../testing/session-testing';
import { aSpace } from '../bookings/bookings-testing';
import { aSite, premisesTranslocoTesting } from './premises-testing';
import { SitePage } from './site-page';

describe('SitePage', () => {
  let fixture: ComponentFixture<SitePage>;
  let backend: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [SitePage, premisesTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    signInAs(aMe({ coordinatorOf: [{ networkId: 'network-1', networkName: 'Réseau de l’Estrie' }] }));
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SitePage);
    fixture.componentRef.setInput('siteId', 'site-1');
    page = fixture.nativeElement as HTMLElement;
    await settle(fixture);
    backend.expectOne('/api/sites').flush([aSite()]);
    backend.expectOne('/api/resources?type=space&siteId=site-1').flush([aSpace({ hourlyRateCents: 2550 })]);
    await settle(fixture);
    backend.expectOne('/api/blackouts?siteId=site-1').flush([]);
    await settle(fixture);
  });

  afterEach(() => backend.verify());

  function day(name: string): HTMLElement {
    const found = Array.from(page.querySelectorAll<HTMLElement>('li.day')).find(
      (each) => textOf(each.querySelector('.day-name')) === name,
    );
    if (!found) throw new Error(`No day ${name}`);
    return found;
  }

  function input(label: string): HTMLInputElement {
    const found = page.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`);
    if (!found) throw new Error(`No input « ${label} »`);
    return found;
  }

  it('shows the opening hours over the seven days, closed days marked « Fermé »', () => {
    expect(input('Ouverture du lundi, plage 1').value).toBe('08:00');
    expect(input('Fermeture du lundi, plage 2').value).toBe('21:00');
    expect(textOf(day('mardi'))).toContain('Fermé');
    expect(textOf(page.querySelector('table'))).toContain('25,50 $');
  });

  it('adds and removes ranges and saves the week as the API expects', async () => {
    buttonNamed(page, 'Ajouter une plage le mardi').click();
    await settle(fixture);
    typeInto(input('Ouverture du mardi, plage 1'), '10:00');
    typeInto(input('Fermeture du mardi, plage 1'), '24:00');
    buttonNamed(page, 'Retirer la plage 2 du lundi').click();
    await settle(fixture);
    buttonNamed(page, 'Enregistrer le lieu').click();
    await settle(fixture);

    const patch = backend.expectOne({ method: 'PATCH', url: '/api/sites/site-1' });
    expect(patch.request.body).toEqual({
      name: 'Carrefour communautaire',
      address: '1200, rue King Ouest, Sherbrooke',
      timeZone: 'America/Toronto',
      openingHours: [
        { weekday: 1, opens: '08:00', closes: '12:00' },
        { weekday: 2, opens: '10:00', closes: '24:00' },
        { weekday: 3, opens: '09:00', closes: '17:00' },
      ],
    });
    patch.flush(aSite());
    await settle(fixture);
    expect(textOf(document.querySelector('mat-snack-bar-container'))).toContain('Lieu « Carrefour communautaire » enregistré.');
  });

  it('refuses overlapping ranges and says why under the day', async () => {
    typeInto(input('Ouverture du lundi, plage 2'), '11:00');
    await settle(fixture);

    expect(textOf(day('lundi').querySelector('[role="alert"]'))).toBe('Deux plages se chevauchent.');
    buttonNamed(page, 'Enregistrer le lieu').click();
    await settle(fixture);
    backend.expectNone('/api/sites/site-1');
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { settle, textOf } from '../testing/dom-testing';
import { aMe, signInAs } from '../testing/session-testing';
import { translocoTesting } from '../testing/transloco-testing';
import { appRoutes } from './app.routes';

describe('app routes', () => {
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [provideRouter(appRoutes, withComponentInputBinding()), provideHttpClient(), provideHttpClientTesting()],
    });
    harness = await RouterTestingHarness.create();
  });

  async function visit(url: string): Promise<HTMLElement> {
    await harness.navigateByUrl(url);
    await settle(harness.fixture);
    return harness.routeNativeElement as HTMLElement;
  }

  function url(): string {
    return TestBed.inject(Router).url;
  }

  it('sends an anonymous visitor to the login page', async () => {
    const page = await visit('/calendar');

    expect(url()).toBe('/login?returnUrl=%2Fcalendar');
    expect(textOf(page.querySelector('h1'))).toBe('Connexion');
  });

  it('opens an invitation to an anonymous visitor', async () => {
    await visit('/invitation/tok-123');

    expect(url()).toBe('/invitation/tok-123');
    TestBed.inject(HttpTestingController).expectOne('/api/auth/invitations/tok-123').flush({
      organisationName: 'Centre des femmes',
      email: 'lea@exemple.org',
      role: 'member',
      existingAccount: false,
    });
  });

  it('shows « Accès refusé » to a member who opens the administration', async () => {
    signInAs(aMe());

    const page = await visit('/admin');

    expect(url()).toBe('/access-denied');
    expect(textOf(page.querySelector('h1'))).toBe('Accès refusé');
  });

  it('opens the organisations of the administration to an organisation admin', async () => {
    signInAs(aMe({ memberships: [{ organisationId: 'org-1', organisationName: 'Maison des jeunes', role: 'admin' }] }));

    const page = await visit('/admin');
    TestBed.inject(HttpTestingController).expectOne('/api/organisations').flush([]);

    expect(url()).toBe('/admin/organisations');
    expect(textOf(page.querySelector('h1'))).toBe('Administration');
    expect(Array.from(page.querySelectorAll('nav a')).map((tab) => textOf(tab))).toEqual(['Organismes', 'Journal']);
  });

  it('opens the networks of the administration to a coordinator', async () => {
    signInAs(aMe({ memberships: [], coordinatorOf: [{ networkId: 'net-1', networkName: 'CDC de l’Estrie' }] }));

    const page = await visit('/admin');
    const backend = TestBed.inject(HttpTestingController);
    backend.expectOne('/api/networks').flush([]);
    backend.expectOne('/api/organisations').flush([]);

    expect(url()).toBe('/admin/networks');
    expect(Array.from(page.querySelectorAll('nav a')).map((tab) => textOf(tab))).toEqual([
      'Réseaux',
      'Organismes',
      'Salles et lieux',
      'Journal',
    ]);
  });

  it('shows the account pages to a signed-in user', async () => {
    signInAs(aMe());

    const page = await visit('/account/password');

    expect(textOf(page.querySelector('h1'))).toBe('Mon compte');
    expect(textOf(page.querySelector('h2'))).toBe('Changer le mot de passe');
  });

  it('shows « Page introuvable » for an unknown address', async () => {
    const page = await visit('/nowhere/at-all');

    expect(textOf(page.querySelector('h1'))).toBe('Page introuvable');
  });
});

import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { aMe, signInAs } from '../../../testing/session-testing';
import { translocoTesting } from '../../../testing/transloco-testing';
import { administrationGuard, coordinatorGuard, signedInGuard, signedOutGuard } from './auth-guards';

@Component({ template: '' })
class StubPage {}

describe('route guards', () => {
  let router: Router;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'login', canActivate: [signedOutGuard], component: StubPage },
          { path: 'access-denied', component: StubPage },
          {
            path: '',
            canActivateChild: [signedInGuard],
            children: [
              { path: '', pathMatch: 'full', component: StubPage },
              { path: 'calendar', component: StubPage },
              { path: 'admin', canActivate: [administrationGuard], component: StubPage },
              { path: 'admin-networks', canActivate: [coordinatorGuard], component: StubPage },
              { path: 'account/password', component: StubPage },
            ],
          },
        ]),
      ],
    });
    router = TestBed.inject(Router);
  });

  it('sends an anonymous visitor to the login page with the address they asked for', async () => {
    await router.navigateByUrl('/calendar?week=2026-03-02');

    expect(router.url).toBe('/login?returnUrl=%2Fcalendar%3Fweek%3D2026-03-02');
  });

  it('sends an anonymous visitor of the home page to the login page without a return address', async () => {
    await router.navigateByUrl('/');

    expect(router.url).toBe('/login');
  });

  it('lets a signed-in user in', async () => {
    signInAs(aMe());

    await router.navigateByUrl('/calendar');

    expect(router.url).toBe('/calendar');
  });

  it('keeps a member without admin rights out of the administration', async () => {
    signInAs(aMe());

    await router.navigateByUrl('/admin');

    expect(router.url).toBe('/access-denied');
  });

  it('opens the administration to an organisation admin and to a coordinator', async () => {
    signInAs(aMe({ memberships: [{ organisationId: 'org-1', organisationName: 'Maison des jeunes', role: 'admin' }] }));
    await router.navigateByUrl('/admin');
    expect(router.url).toBe('/admin');

    signInAs(aMe({ memberships: [], coordinatorOf: [{ networkId: 'net-1', networkName: 'CDC de l’Estrie' }] }));
    await router.navigateByUrl('/admin-networks');
    expect(router.url).toBe('/admin-networks');
  });

  it('keeps an organisation admin out of the coordinators’ pages', async () => {
    signInAs(aMe({ memberships: [{ organisationId: 'org-1', organisationName: 'Maison des jeunes', role: 'admin' }] }));

    await router.navigateByUrl('/admin-networks');

    expect(router.url).toBe('/access-denied');
  });

  it('sends a user with a temporary password to change it, wherever they go', async () => {
    signInAs(aMe({ mustChangePassword: true }));

    await router.navigateByUrl('/calendar');
    expect(router.url).toBe('/account/password');

    await router.navigateByUrl('/account/password');
    expect(router.url).toBe('/account/password');
  });

  it('sends a signed-in user away from the login page, to the address they were heading to', async () => {
    signInAs(aMe());

    await router.navigateByUrl('/login?returnUrl=%2Fcalendar');

    expect(router.url).toBe('/calendar');
  });

  it('never follows a return address to another site', async () => {
    signInAs(aMe());

    await router.navigateByUrl('/login?returnUrl=%2F%2Fevil.example%2Fphish');

    expect(router.url).toBe('/');
  });
});

import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { aMe, flushApiError, signInAs } from '../../../testing/session-testing';
import { translocoTesting } from '../../../testing/transloco-testing';
import { errorSnackbarInterceptor } from '../http/error-snackbar.interceptor';
import { sessionExpiredInterceptor } from './session-expired.interceptor';
import { Session } from './session';

@Component({ template: '' })
class StubPage {}

describe('sessionExpiredInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideRouter([
          { path: 'login', component: StubPage },
          { path: 'calendar', component: StubPage },
        ]),
        provideHttpClient(withInterceptors([sessionExpiredInterceptor, errorSnackbarInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    signInAs(aMe());
    await router.navigateByUrl('/calendar?week=2026-03-02');
  });

  afterEach(() => backend.verify());

  async function settle(): Promise<void> {
    await TestBed.inject(ApplicationRef).whenStable();
  }

  it('signs the user out and sends them to the login page, then back where they were', async () => {
    let failed = false;
    http.get('/api/bookings').subscribe({ error: () => (failed = true) });
    flushApiError(backend.expectOne('/api/bookings'), 401, 'UNAUTHENTICATED', 'Votre session a expiré.');
    await settle();

    expect(failed).toBe(true);
    expect(TestBed.inject(Session).me()).toBeNull();
    expect(router.url).toBe('/login?returnUrl=%2Fcalendar%3Fweek%3D2026-03-02');
    expect(document.querySelector('mat-snack-bar-container')).toBeNull();
  });

  it('leaves a wrong password on the login page to the login page', async () => {
    http.post('/api/auth/login', {}).subscribe({ error: () => undefined });
    flushApiError(backend.expectOne('/api/auth/login'), 401, 'INVALID_CREDENTIALS');
    await settle();

    expect(TestBed.inject(Session).signedIn()).toBe(true);
    expect(router.url).toBe('/calendar?week=2026-03-02');
  });

  it('does not react to the start-up check of the session', async () => {
    http.get('/api/auth/me').subscribe({ error: () => undefined });
    flushApiError(backend.expectOne('/api/auth/me'), 401, 'UNAUTHENTICATED');
    await settle();

    expect(router.url).toBe('/calendar?week=2026-03-02');
  });

  it('keeps the user signed in on other errors', async () => {
    http.get('/api/audit').subscribe({ error: () => undefined });
    flushApiError(backend.expectOne('/api/audit'), 403, 'FORBIDDEN', 'Accès refusé.');
    await settle();

    expect(TestBed.inject(Session).signedIn()).toBe(true);
    expect(router.url).toBe('/calendar?week=2026-03-02');
  });
});

import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { aMe, flushApiError } from '../../../testing/session-testing';
import { translocoTesting } from '../../../testing/transloco-testing';
import { errorSnackbarInterceptor } from '../http/error-snackbar.interceptor';
import { AppLanguage } from '../i18n/app-language';
import { ACTIVE_ORGANISATION_STORAGE_KEY, Session } from './session';

const TWO_ORGANISATIONS = aMe({
  memberships: [
    { organisationId: 'org-1', organisationName: 'Maison des jeunes', role: 'member' },
    { organisationId: 'org-2', organisationName: 'Centre des femmes', role: 'admin' },
  ],
});

describe('Session', () => {
  let session: Session;
  let backend: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [provideHttpClient(withInterceptors([errorSnackbarInterceptor])), provideHttpClientTesting()],
    });
    session = TestBed.inject(Session);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  function snackBar(): Element | null {
    return document.querySelector('mat-snack-bar-container');
  }

  it('knows who is signed in after loading the session', async () => {
    const loading = session.load();
    backend.expectOne('/api/auth/me').flush(aMe());
    await loading;

    expect(session.signedIn()).toBe(true);
    expect(session.me()?.name).toBe('Marie Tremblay');
  });

  it('treats a 401 at start-up as signed out, without an error snack bar', async () => {
    const loading = session.load();
    flushApiError(backend.expectOne('/api/auth/me'), 401, 'UNAUTHENTICATED', 'Connexion requise.');
    await loading;
    await TestBed.inject(ApplicationRef).whenStable();

    expect(session.me()).toBeNull();
    expect(session.signedIn()).toBe(false);
    expect(snackBar()).toBeNull();
  });

  it('signs in with the e-mail and password, and forgets the user on sign-out', async () => {
    const signingIn = session.login('marie@cdc-exemple.org', 'secret-password');
    const login = backend.expectOne('/api/auth/login');
    expect(login.request.method).toBe('POST');
    expect(login.request.body).toEqual({ email: 'marie@cdc-exemple.org', password: 'secret-password' });
    login.flush(aMe());
    await signingIn;
    expect(session.signedIn()).toBe(true);

    const signingOut = session.logout();
    backend.expectOne({ method: 'POST', url: '/api/auth/logout' }).flush(null, { status: 204, statusText: 'No Content' });
    await signingOut;

    expect(session.me()).toBeNull();
    expect(session.activeOrganisation()).toBeNull();
  });

  it('forgets the user on sign-out even when the server already ended the session', async () => {
    session.setMe(aMe());

    const signingOut = session.logout();
    flushApiError(backend.expectOne('/api/auth/logout'), 401, 'UNAUTHENTICATED');
    await signingOut;

    expect(session.signedIn()).toBe(false);
  });

  it('switches the interface to the account’s language at sign-in', async () => {
    const signingIn = session.login('john@example.org', 'secret-password');
    backend.expectOne('/api/auth/login').flush(aMe({ locale: 'en' }));
    await signingIn;

    expect(TestBed.inject(AppLanguage).lang()).toBe('en');
  });

  it('saves a language switch as the account’s language while signed in', async () => {
    session.setMe(aMe({ locale: 'fr' }));

    const switching = session.useLanguage('en');
    await Promise.resolve();
    await TestBed.inject(ApplicationRef).whenStable();
    const patch = backend.expectOne({ method: 'PATCH', url: '/api/auth/me' });
    expect(patch.request.body).toEqual({ locale: 'en' });
    patch.flush(aMe({ locale: 'en' }));
    await switching;

    expect(TestBed.inject(AppLanguage).lang()).toBe('en');
    expect(session.me()?.locale).toBe('en');
  });

  it('does not call the API for a language switch while signed out', async () => {
    await session.useLanguage('en');

    backend.expectNone('/api/auth/me');
    expect(TestBed.inject(AppLanguage).lang()).toBe('en');
  });

  it('acts for the first organisation by default', () => {
    session.setMe(TWO_ORGANISATIONS);

    expect(session.activeOrganisation()?.organisationName).toBe('Maison des jeunes');
  });

  it('switches the active organisation and remembers it on this device', () => {
    session.setMe(TWO_ORGANISATIONS);

    session.selectOrganisation('org-2');

    expect(session.activeOrganisation()?.organisationName).toBe('Centre des femmes');
    expect(localStorage.getItem(ACTIVE_ORGANISATION_STORAGE_KEY)).toBe('org-2');
  });

  it('starts with the organisation chosen on a previous visit', () => {
    localStorage.setItem(ACTIVE_ORGANISATION_STORAGE_KEY, 'org-2');
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const fresh = TestBed.inject(Session);

    fresh.setMe(TWO_ORGANISATIONS);

    expect(fresh.activeOrganisation()?.organisationId).toBe('org-2');
  });

  it('falls back to the first organisation when the remembered one is not the user’s', () => {
    session.selectOrganisation('org-of-someone-else');
    session.setMe(TWO_ORGANISATIONS);

    expect(session.activeOrganisation()?.organisationId).toBe('org-1');
  });

  it('tells coordinators and organisation admins apart from members', () => {
    session.setMe(aMe());
    expect(session.isCoordinator()).toBe(false);
    expect(session.canAdminister()).toBe(false);
    expect(session.adminOf('org-1')).toBe(false);

    session.setMe(TWO_ORGANISATIONS);
    expect(session.adminOf('org-2')).toBe(true);
    expect(session.adminOf('org-1')).toBe(false);
    expect(session.canAdminister()).toBe(true);

    session.setMe(aMe({ coordinatorOf: [{ networkId: 'net-1', networkName: 'CDC de l’Estrie' }] }));
    expect(session.isCoordinator()).toBe(true);
    expect(session.coordinates('net-1')).toBe(true);
    expect(session.canAdminister()).toBe(true);
  });
});

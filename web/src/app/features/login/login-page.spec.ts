import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { buttonNamed, inputLabelled, settle, textOf, typeInto } from '../../../testing/dom-testing';
import { aMe, flushApiError } from '../../../testing/session-testing';
import { translocoTesting } from '../../../testing/transloco-testing';
import { Session } from '../../core/auth/session';
import { errorSnackbarInterceptor } from '../../core/http/error-snackbar.interceptor';
import { AppLanguage } from '../../core/i18n/app-language';
import { LoginPage } from './login-page';

@Component({ template: '<h1>Calendrier</h1>' })
class StubPage {}

describe('LoginPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideRouter(
          [
            { path: 'login', component: LoginPage },
            { path: 'calendar', component: StubPage },
            { path: '', component: StubPage },
          ],
          withComponentInputBinding(),
        ),
        provideHttpClient(withInterceptors([errorSnackbarInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  async function open(url = '/login'): Promise<HTMLElement> {
    await harness.navigateByUrl(url);
    return harness.routeNativeElement as HTMLElement;
  }

  async function signIn(page: HTMLElement, email = 'marie@cdc-exemple.org', password = 'secret-password'): Promise<void> {
    typeInto(inputLabelled(page, 'Courriel'), email);
    typeInto(inputLabelled(page, 'Mot de passe'), password);
    buttonNamed(page, 'Se connecter').click();
    await settle(harness.fixture);
  }

  function alertText(page: HTMLElement): string {
    return textOf(page.querySelector('[role="alert"]'));
  }

  it('asks for the e-mail and password with the autocomplete hints of a sign-in form', async () => {
    const page = await open();

    expect(textOf(page.querySelector('h1'))).toBe('Connexion');
    expect(inputLabelled(page, 'Courriel').getAttribute('autocomplete')).toBe('username');
    expect(inputLabelled(page, 'Mot de passe').getAttribute('autocomplete')).toBe('current-password');
    expect(buttonNamed(page, 'Se connecter').type).toBe('submit');
  });

  it('says which fields are missing instead of calling the API', async () => {
    const page = await open();

    buttonNamed(page, 'Se connecter').click();
    await settle(harness.fixture);

    expect(textOf(page)).toContain('Entrez votre courriel.');
    expect(textOf(page)).toContain('Entrez votre mot de passe.');
    backend.expectNone('/api/auth/login');
  });

  it('ties each problem to its field for screen readers and puts the cursor in the first field to fix', async () => {
    const page = await open();
    typeInto(inputLabelled(page, 'Courriel'), 'marie.cdc-exemple.org');
    typeInto(inputLabelled(page, 'Mot de passe'), 'secret-password');

    buttonNamed(page, 'Se connecter').click();
    await settle(harness.fixture);

    const email = inputLabelled(page, 'Courriel');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(textOf(document.getElementById(email.getAttribute('aria-describedby') ?? ''))).toBe(
      'Entrez une adresse courriel valide.',
    );
    expect(document.activeElement).toBe(email);
    expect(inputLabelled(page, 'Mot de passe').getAttribute('aria-invalid')).toBe('false');
    backend.expectNone('/api/auth/login');
  });

  it('signs in and goes back to the page the user asked for', async () => {
    const page = await open('/login?returnUrl=%2Fcalendar');

    await signIn(page);
    const request = backend.expectOne({ method: 'POST', url: '/api/auth/login' });
    expect(request.request.body).toEqual({ email: 'marie@cdc-exemple.org', password: 'secret-password' });
    expect(page.querySelector('progress')).not.toBeNull();
    request.flush(aMe());
    await settle(harness.fixture);

    expect(TestBed.inject(Router).url).toBe('/calendar');
    expect(TestBed.inject(Session).me()?.name).toBe('Marie Tremblay');
  });

  it('goes to the home page when no return address was given', async () => {
    const page = await open();

    await signIn(page);
    backend.expectOne('/api/auth/login').flush(aMe());
    await settle(harness.fixture);

    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('shows a wrong e-mail or password inline, without a snack bar', async () => {
    const page = await open();

    await signIn(page, 'marie@cdc-exemple.org', 'wrong-password');
    flushApiError(backend.expectOne('/api/auth/login'), 401, 'INVALID_CREDENTIALS', 'Invalid e-mail or password.');
    await settle(harness.fixture);

    expect(alertText(page)).toBe('Courriel ou mot de passe incorrect.');
    expect(document.querySelector('mat-snack-bar-container')).toBeNull();
    expect(TestBed.inject(Router).url).toBe('/login');
    expect(page.querySelector('progress')).toBeNull();
  });

  it('says how many minutes to wait after too many attempts', async () => {
    const page = await open();

    await signIn(page);
    flushApiError(backend.expectOne('/api/auth/login'), 429, 'RATE_LIMITED', 'Too many attempts.', {
      retryAfterSeconds: 601,
    });
    await settle(harness.fixture);

    expect(alertText(page)).toBe('Trop de tentatives. Réessayez dans 11 minutes.');
  });

  it('shows the messages in English after a language switch', async () => {
    const page = await open();
    await TestBed.inject(AppLanguage).use('en');
    await settle(harness.fixture);

    expect(inputLabelled(page, 'E-mail')).toBeTruthy();
    expect(inputLabelled(page, 'Password')).toBeTruthy();
    buttonNamed(page, 'Sign in').click();
    await settle(harness.fixture);
    expect(textOf(page)).toContain('Enter your e-mail.');

    typeInto(inputLabelled(page, 'E-mail'), 'john@example.org');
    typeInto(inputLabelled(page, 'Password'), 'wrong-password');
    buttonNamed(page, 'Sign in').click();
    await settle(harness.fixture);
    flushApiError(backend.expectOne('/api/auth/login'), 429, 'RATE_LIMITED', 'Too many attempts.', { retryAfterSeconds: 45 });
    await settle(harness.fixture);

    expect(alertText(page)).toBe('Too many attempts. Try again in 1 minute.');
  });
});

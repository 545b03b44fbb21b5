import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { buttonNamed, inputLabelled, settle, textOf, typeInto } from '../../../testing/dom-testing';
import { aMe, flushApiError, signInAs } from '../../../testing/session-testing';
import { translocoTesting } from '../../../testing/transloco-testing';
import { Session } from '../../core/auth/session';
import { PasswordPage } from './password-page';

@Component({ template: '<h1>Accueil</h1>' })
class StubPage {}

describe('PasswordPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let page: HTMLElement;

  async function open(mustChangePassword = false): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideRouter([
          { path: 'account/password', component: PasswordPage },
          { path: '', component: StubPage },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    signInAs(aMe({ mustChangePassword }));
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create('/account/password');
    page = harness.routeNativeElement as HTMLElement;
  }

  afterEach(() => backend.verify());

  async function change(current: string, next: string, confirmation = next): Promise<void> {
    typeInto(inputLabelled(page, 'Mot de passe actuel'), current);
    typeInto(inputLabelled(page, 'Nouveau mot de passe'), next);
    typeInto(inputLabelled(page, 'Confirmer le nouveau mot de passe'), confirmation);
    buttonNamed(page, 'Changer le mot de passe').click();
    await settle(harness.fixture);
  }

  it('says the current password is wrong, inline', async () => {
    await open();

    await change('not-my-password', 'jardin-collectif');
    flushApiError(backend.expectOne('/api/auth/password'), 401, 'INVALID_CREDENTIALS', 'Invalid credentials.');
    await settle(harness.fixture);

    expect(textOf(page.querySelector('[role="alert"]'))).toBe('Le mot de passe actuel est incorrect.');
    expect(TestBed.inject(Session).signedIn()).toBe(true);
  });

  it('explains the password rule when the API finds the new password weak', async () => {
    await open();

    await change('my-password', 'motdepasse');
    flushApiError(backend.expectOne('/api/auth/password'), 400, 'WEAK_PASSWORD', 'Weak password.');
    await settle(harness.fixture);

    expect(textOf(page.querySelector('[role="alert"]'))).toBe(
      'Nouveau mot de passe trop faible : au moins 10 caractères, ni courant, ni votre courriel, ni votre nom.',
    );
  });

  it('says why the API refused the new password (a common one)', async () => {
    await open();

    await change('my-password', 'motdepasse');
    flushApiError(backend.expectOne('/api/auth/password'), 400, 'WEAK_PASSWORD', 'Weak password.', {
      reason: 'too-common',
      minLength: 10,
    });
    await settle(harness.fixture);

    expect(textOf(page.querySelector('[role="alert"]'))).toBe(
      'Ce mot de passe est trop courant ou trop facile à deviner : ajoutez des mots ou des caractères inattendus.',
    );
  });

  it('says that a new password has at least 10 characters', async () => {
    await open();

    expect(textOf(page)).toContain('Au moins 10 caractères');
  });

  it('checks the rule and the confirmation before calling the API', async () => {
    await open();

    await change('my-password', 'aaaa', 'bbbb');

    expect(textOf(page)).toContain('Mot de passe trop faible');
    expect(textOf(page)).toContain('Les deux mots de passe ne sont pas identiques.');
    backend.expectNone('/api/auth/password');
  });

  it('lets a user with a temporary password continue once it is changed', async () => {
    await open(true);
    expect(textOf(page)).toContain('Votre mot de passe est temporaire');

    await change('temporaire-123', 'jardin-collectif');
    const request = backend.expectOne({ method: 'POST', url: '/api/auth/password' });
    expect(request.request.body).toEqual({ currentPassword: 'temporaire-123', newPassword: 'jardin-collectif' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle(harness.fixture);

    expect(TestBed.inject(Session).me()?.mustChangePassword).toBe(false);
    expect(TestBed.inject(Router).url).toBe('/');
    expect(textOf(document.querySelector('mat-snack-bar-container'))).toContain('Mot de passe modifié.');
  });
});

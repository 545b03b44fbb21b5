import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { buttonNamed, inputLabelled, settle, textOf, typeInto } from '../../../testing/dom-testing';
import { flushApiError } from '../../../testing/session-testing';
import { translocoTesting } from '../../../testing/transloco-testing';
import { ForgotPasswordPage } from './forgot-password-page';
import { ResetPasswordPage } from './reset-password-page';

@Component({ template: '<h1>Connexion</h1>' })
class StubPage {}

describe('password reset pages', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [provideRouter([{ path: 'login', component: StubPage }]), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => backend.verify());

  it('asks for a link and says the same whether or not the address has an account', async () => {
    const fixture = TestBed.createComponent(ForgotPasswordPage);
    const page = fixture.nativeElement as HTMLElement;
    await settle(fixture);
    typeInto(inputLabelled(page, 'Courriel'), 'lea@example.test');
    buttonNamed(page, 'Envoyer le lien').click();
    const request = backend.expectOne({ method: 'POST', url: '/api/auth/password-reset' });
    expect(request.request.body).toEqual({ email: 'lea@example.test' });
    request.flush(null, { status: 202, statusText: 'Accepted' });
    await settle(fixture);
    expect(textOf(page.querySelector('[role="status"]'))).toContain('Si un compte Mutualis existe pour lea@example.test');
  });

  it('sets the new password from the link, then goes to the sign-in page', async () => {
    const fixture = TestBed.createComponent(ResetPasswordPage);
    fixture.componentRef.setInput('token', 'pwr_abc');
    const page = fixture.nativeElement as HTMLElement;
    await settle(fixture);
    typeInto(inputLabelled(page, 'Nouveau mot de passe'), 'a brand new passphrase');
    buttonNamed(page, 'Enregistrer le mot de passe').click();
    const request = backend.expectOne({ method: 'POST', url: '/api/auth/password-reset/confirm' });
    expect(request.request.body).toEqual({ token: 'pwr_abc', password: 'a brand new passphrase' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    expect(TestBed.inject(Router).url).toBe('/login');
  });

  it('explains a used or expired link next to the form', async () => {
    const fixture = TestBed.createComponent(ResetPasswordPage);
    fixture.componentRef.setInput('token', 'pwr_old');
    const page = fixture.nativeElement as HTMLElement;
    await settle(fixture);
    typeInto(inputLabelled(page, 'Nouveau mot de passe'), 'a brand new passphrase');
    buttonNamed(page, 'Enregistrer le mot de passe').click();
    flushApiError(
      backend.expectOne('/api/auth/password-reset/confirm'),
      410,
      'RESET_LINK_INVALID',
      'Ce lien de réinitialisation est invalide, expiré ou déjà utilisé ; demandez-en un nouveau.',
    );
    await settle(fixture);
    expect(textOf(page.querySelector('app-inline-error-message'))).toContain('demandez-en un nouveau');
  });
});

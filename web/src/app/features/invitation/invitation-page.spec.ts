import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { InvitationPreview } from '@mutualis/contracts';
import { buttonNamed, inputLabelled, queryButtonNamed, settle, textOf, typeInto } from '../../../testing/dom-testing';
import { aMe, flushApiError } from '../../../testing/session-testing';
import { translocoTesting } from '../../../testing/transloco-testing';
import { Session } from '../../core/auth/session';
import { InvitationPage } from './invitation-page';

@Component({ template: '<h1>Accueil</h1>' })
class StubPage {}

const PREVIEW_URL = '/api/auth/invitations/tok-123';
const ACCEPT_URL = '/api/auth/invitations/tok-123/accept';

function preview(overrides: Partial<InvitationPreview> = {}): InvitationPreview {
  return {
    organisationName: 'Centre des femmes',
    email: 'lea@exemple.org',
    role: 'member',
    existingAccount: false,
    ...overrides,
  };
}

describe('InvitationPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideRouter(
          [
            { path: 'invitation/:token', component: InvitationPage },
            { path: '', component: StubPage },
            { path: 'login', component: StubPage },
          ],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/invitation/tok-123');
    page = harness.routeNativeElement as HTMLElement;
  });

  afterEach(() => backend.verify());

  async function showPreview(value: InvitationPreview): Promise<void> {
    backend.expectOne(PREVIEW_URL).flush(value);
    await settle(harness.fixture);
  }

  it('shows the organisation and the role, and asks a new person for a name and a confirmed password', async () => {
    await showPreview(preview());

    expect(textOf(page.querySelector('h1'))).toBe('Rejoindre Centre des femmes');
    expect(textOf(page)).toContain('Vous êtes invité·e à rejoindre Centre des femmes à titre de membre.');
    expect(inputLabelled(page, 'Votre nom')).toBeTruthy();
    expect(inputLabelled(page, 'Mot de passe').getAttribute('autocomplete')).toBe('new-password');
    expect(inputLabelled(page, 'Confirmer le mot de passe')).toBeTruthy();
    expect(queryButtonNamed(page, 'Créer mon compte et accepter')).not.toBeNull();
  });

  it('creates the account, signs the person in and lands on the home page', async () => {
    await showPreview(preview());

    typeInto(inputLabelled(page, 'Votre nom'), 'Léa Gagnon');
    typeInto(inputLabelled(page, 'Mot de passe'), 'jardin-collectif');
    typeInto(inputLabelled(page, 'Confirmer le mot de passe'), 'jardin-collectif');
    buttonNamed(page, 'Créer mon compte et accepter').click();
    await settle(harness.fixture);
    const accept = backend.expectOne({ method: 'POST', url: ACCEPT_URL });
    expect(accept.request.body).toEqual({ name: 'Léa Gagnon', password: 'jardin-collectif' });
    accept.flush(aMe({ name: 'Léa Gagnon' }));
    await settle(harness.fixture);

    expect(TestBed.inject(Session).me()?.name).toBe('Léa Gagnon');
    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('refuses two different passwords before calling the API', async () => {
    await showPreview(preview());

    typeInto(inputLabelled(page, 'Votre nom'), 'Léa Gagnon');
    typeInto(inputLabelled(page, 'Mot de passe'), 'jardin-collectif');
    typeInto(inputLabelled(page, 'Confirmer le mot de passe'), 'jardin-colectif');
    buttonNamed(page, 'Créer mon compte et accepter').click();
    await settle(harness.fixture);

    expect(textOf(page)).toContain('Les deux mots de passe ne sont pas identiques.');
    backend.expectNone(ACCEPT_URL);
  });

  it('asks someone who already has an account for its password only', async () => {
    await showPreview(preview({ existingAccount: true, role: 'admin' }));

    expect(textOf(page)).toContain('à titre d’administrateur·trice.');
    expect(textOf(page)).toContain('Vous avez déjà un compte Mutualis avec ce courriel');
    expect(() => inputLabelled(page, 'Votre nom')).toThrow();
    expect(() => inputLabelled(page, 'Confirmer le mot de passe')).toThrow();
    expect(inputLabelled(page, 'Mot de passe').getAttribute('autocomplete')).toBe('current-password');

    typeInto(inputLabelled(page, 'Mot de passe'), 'my-old-password');
    buttonNamed(page, 'Accepter l’invitation').click();
    await settle(harness.fixture);
    const accept = backend.expectOne(ACCEPT_URL);
    expect(accept.request.body).toEqual({ password: 'my-old-password' });
    flushApiError(accept, 401, 'INVALID_CREDENTIALS', 'Invalid credentials.');
    await settle(harness.fixture);

    expect(textOf(page.querySelector('[role="alert"]'))).toBe('Mot de passe incorrect pour ce compte.');
  });

  it('says clearly that an expired or used invitation is no longer valid', async () => {
    flushApiError(backend.expectOne(PREVIEW_URL), 410, 'INVITATION_INVALID', 'Invitation invalid.');
    await settle(harness.fixture);

    expect(textOf(page.querySelector('h1'))).toBe('Cette invitation n’est plus valide');
    expect(page.querySelector('form')).toBeNull();
  });

  it('shows the invalid state when the invitation expires while the form is open', async () => {
    await showPreview(preview({ existingAccount: true }));

    typeInto(inputLabelled(page, 'Mot de passe'), 'my-old-password');
    buttonNamed(page, 'Accepter l’invitation').click();
    await settle(harness.fixture);
    flushApiError(backend.expectOne(ACCEPT_URL), 410, 'INVITATION_INVALID', 'Invitation invalid.');
    await settle(harness.fixture);

    expect(textOf(page.querySelector('h1'))).toBe('Cette invitation n’est plus valide');
  });
});

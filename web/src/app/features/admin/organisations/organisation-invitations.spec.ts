import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture } from '@angular/core/testing';
import type { InvitationView } from '@mutualis/contracts';
import { buttonNamed, inputLabelled, settle, textOf, typeInto } from '../../../../testing/dom-testing';
import { flushApiError } from '../../../../testing/session-testing';
import { renderComponent } from '../../../../testing/component-testing';
import { OrganisationInvitations } from './organisation-invitations';

const INVITATIONS_URL = '/api/organisations/org-1/invitations';
const PENDING: InvitationView = {
  id: 'inv-1',
  organisationId: 'org-1',
  email: 'lea@exemple.org',
  role: 'member',
  createdAt: '2026-03-01T14:00:00Z',
  expiresAt: '2026-03-15T14:00:00Z',
  acceptedAt: null,
};

describe('OrganisationInvitations', () => {
  let fixture: ComponentFixture<OrganisationInvitations>;
  let backend: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    ({ fixture, root: page, backend } = await renderComponent(OrganisationInvitations, { inputs: { organisationId: 'org-1' } }));
    backend.expectOne({ method: 'GET', url: INVITATIONS_URL }).flush([PENDING]);
    await settle(fixture);
  });

  afterEach(() => backend.verify());

  async function invite(email: string): Promise<void> {
    typeInto(inputLabelled(page, 'Courriel'), email);
    buttonNamed(page, 'Inviter').click();
    await settle(fixture);
  }

  it('lists the pending invitations with their role and expiry date', () => {
    const cells = Array.from(page.querySelectorAll('tr.mat-mdc-row td')).map((cell) => textOf(cell));

    expect(cells).toEqual(['lea@exemple.org', 'Membre', '15 mars 2026', 'Révoquer']);
  });

  it('gives the full link to send to the invited person, since no e-mail is sent yet', async () => {
    await invite('paul@exemple.org');
    const post = backend.expectOne({ method: 'POST', url: INVITATIONS_URL });
    expect(post.request.body).toEqual({ email: 'paul@exemple.org', role: 'member' });
    post.flush({ ...PENDING, id: 'inv-2', email: 'paul@exemple.org', acceptUrl: '/invitation/tok-456' });
    await settle(fixture);

    expect(inputLabelled(page, 'Lien d’invitation').value).toBe(`${location.origin}/invitation/tok-456`);
    expect(textOf(page)).toContain('copiez ce lien et envoyez-le vous-même à paul@exemple.org');
    expect(page.querySelectorAll('tr.mat-mdc-row')).toHaveLength(2);
  });

  it('says when the person is already a member', async () => {
    await invite('lea@exemple.org');
    flushApiError(backend.expectOne(INVITATIONS_URL), 409, 'EMAIL_TAKEN', 'Already a member.');
    await settle(fixture);

    expect(textOf(page.querySelector('[role="alert"]'))).toBe('Cette personne est déjà membre de l’organisme.');
  });
});

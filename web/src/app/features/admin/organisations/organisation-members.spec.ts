import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture } from '@angular/core/testing';
import type { MemberView } from '@mutualis/contracts';
import { buttonNamed, settle, textOf } from '../../../../testing/dom-testing';
import { aMe, flushApiError } from '../../../../testing/session-testing';
import { renderComponent } from '../../../../testing/component-testing';
import { provideAppIcons } from '../../../core/shell/app-icons';
import { OrganisationMembers } from './organisation-members';

const MEMBERS_URL = '/api/organisations/org-1/members';
const ADMIN: MemberView = {
  userId: 'user-1',
  email: 'marie@cdc-exemple.org',
  name: 'Marie Tremblay',
  role: 'admin',
  active: true,
};
const MEMBER: MemberView = { userId: 'user-2', email: 'luc@cdc-exemple.org', name: 'Luc Bouchard', role: 'member', active: true };

describe('OrganisationMembers', () => {
  let fixture: ComponentFixture<OrganisationMembers>;
  let backend: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    ({
      fixture,
      root: page,
      backend,
    } = await renderComponent(OrganisationMembers, {
      me: aMe({ memberships: [{ organisationId: 'org-1', organisationName: 'Maison des jeunes', role: 'admin' }] }),
      inputs: { organisationId: 'org-1' },
      providers: [provideAppIcons()],
    }));
    backend.expectOne(MEMBERS_URL).flush([ADMIN, MEMBER]);
    await settle(fixture);
  });

  afterEach(() => backend.verify());

  function roleSelect(name: string): HTMLElement {
    const select = page.querySelector<HTMLElement>(`mat-select[aria-label="Rôle de ${name}"]`);
    if (!select) throw new Error(`No role select for ${name}`);
    return select;
  }

  async function chooseRole(name: string, role: string): Promise<void> {
    roleSelect(name).querySelector<HTMLElement>('.mat-mdc-select-trigger')!.click();
    await settle(fixture);
    const option = Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find((each) => textOf(each) === role);
    option!.click();
    await settle(fixture);
  }

  async function openActions(name: string): Promise<void> {
    buttonNamed(page, `Actions pour ${name}`).click();
    await settle(fixture);
  }

  function alertText(): string {
    return textOf(page.querySelector('[role="alert"]'));
  }

  it('lists the members with their e-mail, role and state', () => {
    const rows = Array.from(page.querySelectorAll('tr.mat-mdc-row')).map((row) =>
      Array.from(row.querySelectorAll('td'))
        .slice(0, 4)
        .map((cell) => textOf(cell)),
    );

    expect(rows).toEqual([
      ['Marie Tremblay', 'marie@cdc-exemple.org', 'Administrateur·trice', 'Actif'],
      ['Luc Bouchard', 'luc@cdc-exemple.org', 'Membre', 'Actif'],
    ]);
  });

  it('changes a member’s role through the API', async () => {
    await chooseRole('Luc Bouchard', 'Administrateur·trice');

    const patch = backend.expectOne({ method: 'PATCH', url: `${MEMBERS_URL}/user-2` });
    expect(patch.request.body).toEqual({ role: 'admin' });
    patch.flush([ADMIN, { ...MEMBER, role: 'admin' }]);
    await settle(fixture);

    expect(textOf(roleSelect('Luc Bouchard'))).toBe('Administrateur·trice');
    expect(textOf(document.querySelector('mat-snack-bar-container'))).toContain('Rôle de Luc Bouchard modifié.');
  });

  it('explains that the last admin must stay, and shows the role that was kept', async () => {
    await chooseRole('Marie Tremblay', 'Membre');

    flushApiError(backend.expectOne(`${MEMBERS_URL}/user-1`), 409, 'LAST_ADMIN', 'An organisation needs an admin.');
    await settle(fixture);

    expect(alertText()).toBe('Impossible : l’organisme doit garder au moins une personne administratrice.');
    expect(textOf(roleSelect('Marie Tremblay'))).toBe('Administrateur·trice');
  });

  it('removes a member once the removal is confirmed', async () => {
    await openActions('Luc Bouchard');
    buttonNamed(document.body, 'Retirer de l’organisme').click();
    await settle(fixture);
    const dialog = document.querySelector<HTMLElement>('mat-dialog-container')!;
    expect(textOf(dialog.querySelector('h2'))).toBe('Retirer Luc Bouchard de l’organisme?');
    buttonNamed(dialog, 'Retirer de l’organisme').click();
    await settle(fixture);

    backend.expectOne({ method: 'DELETE', url: `${MEMBERS_URL}/user-2` }).flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);

    expect(page.querySelectorAll('tr.mat-mdc-row')).toHaveLength(1);
  });

  it('deactivates another member’s account after confirmation', async () => {
    await openActions('Luc Bouchard');
    buttonNamed(document.body, 'Désactiver le compte').click();
    await settle(fixture);
    buttonNamed(document.querySelector<HTMLElement>('mat-dialog-container')!, 'Désactiver le compte').click();
    await settle(fixture);

    backend
      .expectOne({ method: 'POST', url: '/api/users/user-2/deactivate' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);

    expect(textOf(page.querySelectorAll('tr.mat-mdc-row')[1])).toContain('Désactivé');
  });

  it('does not offer to deactivate one’s own account', async () => {
    await openActions('Marie Tremblay');

    expect(textOf(document.querySelector('.mat-mdc-menu-panel'))).not.toContain('Désactiver le compte');
    expect(textOf(document.querySelector('.mat-mdc-menu-panel'))).toContain('Retirer de l’organisme');
  });
});

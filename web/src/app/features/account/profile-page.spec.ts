import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { buttonNamed, inputLabelled, settle, textOf, typeInto } from '../../../testing/dom-testing';
import { aMe } from '../../../testing/session-testing';
import { renderComponent } from '../../../testing/component-testing';
import { Session } from '../../core/auth/session';
import { AppLanguage } from '../../core/i18n/app-language';
import { ProfilePage } from './profile-page';

describe('ProfilePage', () => {
  let fixture: ComponentFixture<ProfilePage>;
  let backend: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    ({
      fixture,
      root: page,
      backend,
    } = await renderComponent(ProfilePage, {
      me: aMe({ coordinatorOf: [{ networkId: 'net-1', networkName: 'CDC de l’Estrie' }] }),
    }));
  });

  afterEach(() => backend.verify());

  it('shows the user’s e-mail, name and what they belong to', () => {
    expect(inputLabelled(page, 'Courriel').value).toBe('marie@cdc-exemple.org');
    expect(inputLabelled(page, 'Nom').value).toBe('Marie Tremblay');
    expect(Array.from(page.querySelectorAll('li')).map((item) => textOf(item))).toEqual([
      'Maison des jeunes — Membre',
      'CDC de l’Estrie — Coordonnateur·trice',
    ]);
  });

  it('saves the name and the language, and switches the interface to that language', async () => {
    typeInto(inputLabelled(page, 'Nom'), 'Marie-Ève Tremblay');
    page.querySelector<HTMLElement>('.mat-mdc-select-trigger')!.click();
    await settle(fixture);
    Array.from(document.querySelectorAll<HTMLElement>('mat-option'))
      .find((option) => textOf(option) === 'English')!
      .click();
    buttonNamed(page, 'Enregistrer').click();
    await settle(fixture);

    const patch = backend.expectOne({ method: 'PATCH', url: '/api/auth/me' });
    expect(patch.request.body).toEqual({ name: 'Marie-Ève Tremblay', locale: 'en' });
    patch.flush(aMe({ name: 'Marie-Ève Tremblay', locale: 'en' }));
    await settle(fixture);

    expect(TestBed.inject(Session).me()?.name).toBe('Marie-Ève Tremblay');
    expect(TestBed.inject(AppLanguage).lang()).toBe('en');
    expect(textOf(document.querySelector('mat-snack-bar-container'))).toContain('Profile saved.');
  });
});

import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture } from '@angular/core/testing';
import type { ApiTokenView } from '@mutualis/contracts';
import { buttonNamed, inputLabelled, queryButtonNamed, settle, textOf, typeInto } from '../../../testing/dom-testing';
import { renderComponent } from '../../../testing/component-testing';
import { TokensPage } from './tokens-page';

const EXPORT_TOKEN: ApiTokenView = {
  id: 'tok-1',
  name: 'Export comptable',
  prefix: 'mt_ab12',
  createdAt: '2026-03-03T14:00:00Z',
  lastUsedAt: null,
};

describe('TokensPage', () => {
  let fixture: ComponentFixture<TokensPage>;
  let backend: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    ({ fixture, root: page, backend } = await renderComponent(TokensPage));
  });

  afterEach(() => backend.verify());

  async function showTokens(tokens: ApiTokenView[]): Promise<void> {
    backend.expectOne({ method: 'GET', url: '/api/auth/tokens' }).flush(tokens);
    await settle(fixture);
  }

  function rows(): string[] {
    return Array.from(page.querySelectorAll('tr.mat-mdc-row')).map((row) =>
      Array.from(row.querySelectorAll('td'))
        .map((cell) => textOf(cell))
        .join(' | '),
    );
  }

  function dialog(): HTMLElement | null {
    return document.querySelector('mat-dialog-container');
  }

  it('says there is no token yet', async () => {
    await showTokens([]);

    expect(textOf(page)).toContain('Aucun jeton d’API pour l’instant.');
    expect(page.querySelector('table')).toBeNull();
  });

  it('lists each token with its start, its creation date and when it was last used', async () => {
    await showTokens([
      EXPORT_TOKEN,
      { ...EXPORT_TOKEN, id: 'tok-2', name: 'Tableau de bord', lastUsedAt: '2026-03-10T13:00:00Z' },
    ]);

    expect(rows()).toEqual([
      'Export comptable | mt_ab12… | 3 mars 2026 | Jamais | Révoquer',
      'Tableau de bord | mt_ab12… | 3 mars 2026 | mar. 10 mars 2026, 9 h | Révoquer',
    ]);
  });

  it('shows a new token once, with a copy button and a warning, then never again', async () => {
    await showTokens([]);

    typeInto(inputLabelled(page, 'Nom du jeton'), 'Export comptable');
    buttonNamed(page, 'Créer le jeton').click();
    await settle(fixture);
    const create = backend.expectOne({ method: 'POST', url: '/api/auth/tokens' });
    expect(create.request.body).toEqual({ name: 'Export comptable' });
    create.flush({ ...EXPORT_TOKEN, token: 'mt_ab12-secret-value' });
    await settle(fixture);

    expect(inputLabelled(page, 'Jeton').value).toBe('mt_ab12-secret-value');
    expect(queryButtonNamed(page, 'Copier')).not.toBeNull();
    expect(textOf(page)).toContain('Copiez ce jeton maintenant : il ne sera plus jamais affiché.');
    expect(rows()).toEqual(['Export comptable | mt_ab12… | 3 mars 2026 | Jamais | Révoquer']);

    buttonNamed(page, 'J’ai copié le jeton').click();
    await settle(fixture);

    expect(textOf(page)).not.toContain('mt_ab12-secret-value');
    expect(() => inputLabelled(page, 'Jeton')).toThrow();
  });

  it('asks for confirmation before revoking, and keeps the token when the user cancels', async () => {
    await showTokens([EXPORT_TOKEN]);

    buttonNamed(page, 'Révoquer le jeton « Export comptable »').click();
    await settle(fixture);

    expect(textOf(dialog()?.querySelector('h2'))).toBe('Révoquer le jeton « Export comptable »?');
    buttonNamed(dialog()!, 'Annuler').click();
    await settle(fixture);

    backend.expectNone({ method: 'DELETE' });
    expect(rows()).toHaveLength(1);
  });

  it('revokes the token once confirmed', async () => {
    await showTokens([EXPORT_TOKEN]);

    buttonNamed(page, 'Révoquer le jeton « Export comptable »').click();
    await settle(fixture);
    buttonNamed(dialog()!, 'Révoquer').click();
    await settle(fixture);
    backend.expectOne({ method: 'DELETE', url: '/api/auth/tokens/tok-1' }).flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);

    expect(textOf(page)).toContain('Aucun jeton d’API pour l’instant.');
    expect(textOf(document.querySelector('mat-snack-bar-container'))).toContain('Jeton « Export comptable » révoqué.');
  });
});

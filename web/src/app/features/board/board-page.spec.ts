import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { BOARD_COUNT_CAP, type BoardPostPage, type BoardPostView } from '@mutualis/contracts';
import boardEn from '../../../../public/i18n/board/en.json';
import boardFr from '../../../../public/i18n/board/fr.json';
import { buttonNamed, settle, textOf } from '../../../testing/dom-testing';
import { aMe, signInAs } from '../../../testing/session-testing';
import { translocoTesting } from '../../../testing/transloco-testing';
import { BoardPage } from './board-page';
import { aBoardPost } from './board-testing';

const POST = aBoardPost({
  organisationId: 'o-1',
  organisationName: 'Maison de la famille',
  authorName: 'Ana',
  category: 'premises',
  title: 'Salle libre le mardi <b>gras</b>',
  description: '',
  quantity: '1 salle',
  hoursPerWeek: null,
  startsOn: null,
  endsOn: null,
  rrule: null,
  expiresOn: '2027-01-15',
  isMine: false,
});

describe('BoardPage', () => {
  let backend: HttpTestingController;

  async function render() {
    TestBed.configureTestingModule({
      imports: [BoardPage, translocoTesting({ board: { fr: boardFr, en: boardEn } })],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    signInAs(aMe());
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(BoardPage);
    fixture.detectChanges();
    backend.expectOne('/api/networks').flush([]);
    backend.expectOne('/api/board/follows').flush({ categories: [] });
    return fixture;
  }
  afterEach(() => backend.verify());

  it('lists the posts as text, with their kind and category, and searches with the words typed', async () => {
    const fixture = await render();
    const first = backend.expectOne((r) => r.url === '/api/board/posts');
    expect(first.request.params.get('limit')).toBe('50');
    first.flush({ items: [POST], total: 1 } satisfies BoardPostPage);
    await settle(fixture);
    const root = fixture.nativeElement as HTMLElement;
    expect(root.querySelector('h1')?.textContent).toContain('Babillard de la mutualisation');
    const item = root.querySelector('.post') as HTMLElement;
    expect(textOf(item)).toContain('Salle libre le mardi <b>gras</b>');
    expect(item.querySelector('b')).toBeNull();
    expect(textOf(item)).toContain('Offre');
    expect(textOf(item)).toContain('Locaux');
    expect(textOf(root.querySelector('.count') as HTMLElement)).toBe('1 annonce');

    const search = root.querySelector('input[name=q]') as HTMLInputElement;
    search.value = 'equipement';
    search.dispatchEvent(new Event('input'));
    buttonNamed(root, 'Rechercher').click();
    const searched = backend.expectOne((r) => r.url === '/api/board/posts');
    expect(searched.request.params.get('q')).toBe('equipement');
    searched.flush({ items: [], total: 0 } satisfies BoardPostPage);
    await settle(fixture);
    expect(textOf(root)).toContain('Aucune annonce ne correspond à votre recherche.');
  });

  it('shows the thumbnail of a post with a photo, sized before it loads, and nothing for a post without', async () => {
    const fixture = await render();
    const withPhoto: BoardPostView = { ...POST, id: 'p-2', title: 'Camion réfrigéré', hasPhoto: true };
    backend.expectOne((r) => r.url === '/api/board/posts').flush({ items: [POST, withPhoto], total: 2 } satisfies BoardPostPage);
    await settle(fixture);
    const [without, withIt] = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('.post'));
    expect(without.querySelector('img')).toBeNull();
    const img = withIt.querySelector('img') as HTMLImageElement;
    expect(img.getAttribute('src')).toBe(`/api/board/posts/p-2/thumbnail?v=${encodeURIComponent(POST.updatedAt)}`);
    expect(img.alt).toBe('Camion réfrigéré');
    expect(img.getAttribute('loading')).toBe('lazy');
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['96', '96']);

    // A thumbnail that cannot load (the photo removed meanwhile) is not left broken.
    img.dispatchEvent(new Event('error'));
    await settle(fixture);
    expect(withIt.querySelector('img')).toBeNull();
    expect(textOf(withIt as HTMLElement)).toContain('Camion réfrigéré');
  });

  it('says « et plus » when the API stopped counting', async () => {
    const fixture = await render();
    backend
      .expectOne((r) => r.url === '/api/board/posts')
      .flush({ items: [POST], total: BOARD_COUNT_CAP } satisfies BoardPostPage);
    await settle(fixture);
    expect(textOf(fixture.nativeElement.querySelector('.count'))).toBe(`${BOARD_COUNT_CAP} annonces et plus`);
  });

  it('shows « Mes annonces » from the tab', async () => {
    const fixture = await render();
    backend.expectOne((r) => r.url === '/api/board/posts').flush({ items: [], total: 0 });
    await settle(fixture);
    const root = fixture.nativeElement as HTMLElement;
    (Array.from(root.querySelectorAll('mat-button-toggle button')) as HTMLButtonElement[])
      .find((b) => b.textContent?.includes('Mes annonces'))
      ?.click();
    const mine = backend.expectOne((r) => r.url === '/api/board/posts');
    expect(mine.request.params.get('mine')).toBe('true');
    mine.flush({ items: [], total: 0 });
    await settle(fixture);
    expect(textOf(root)).toContain('Votre organisme n’a encore publié aucune annonce.');
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { BoardPostView, ResourceView } from '@mutualis/contracts';
import boardEn from '../../../../public/i18n/board/en.json';
import boardFr from '../../../../public/i18n/board/fr.json';
import { buttonNamed, settle as settleFixture, textOf } from '../../../testing/dom-testing';
import { aMe, signInAs } from '../../../testing/session-testing';
import { aSpace, bookingsTranslocoTesting, chooseOption } from '../bookings/bookings-testing';
import { PostDetailPage } from './post-detail-page';
import { aBoardPost } from './board-testing';

const POST = aBoardPost({
  description: '',
  endsOn: null,
  municipality: '',
  hasPhoto: true,
  updatedAt: '2026-11-17T09:30:00Z',
  conversations: [
    { id: 'c-1', organisationId: 'org-2', organisationName: 'Centre culturel', messageCount: 2, lastMessageAt: null },
  ],
});

describe('PostDetailPage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<PostDetailPage>;
  const settle = () => settleFixture(fixture);
  const root = () => fixture.nativeElement as HTMLElement;

  async function render(post: BoardPostView, resources: ResourceView[] = []) {
    TestBed.configureTestingModule({
      imports: [PostDetailPage, bookingsTranslocoTesting({ board: { fr: boardFr, en: boardEn } })],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    signInAs(aMe());
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PostDetailPage);
    fixture.componentRef.setInput('id', post.id);
    fixture.detectChanges();
    backend.expectOne(`/api/board/posts/${post.id}`).flush(post);
    await settle();
    if (post.isMine) backend.expectOne('/api/resources').flush(resources);
    await settle();
  }
  afterEach(() => backend.verify());

  it('shows the photo described by the title, the rule in words and « Modifier » for the organisation', async () => {
    await render(POST);
    const photo = root().querySelector('img.photo') as HTMLImageElement;
    expect(photo.alt).toBe('Comptable disponible');
    expect(photo.getAttribute('src')).toBe(`/api/board/posts/p-1/photo?v=${encodeURIComponent(POST.updatedAt)}`);
    const repeats = Array.from(root().querySelectorAll('.facts div')).find(
      (row) => textOf(row.querySelector('dt')) === 'Répétition',
    );
    expect(textOf(repeats?.querySelector('dd'))).toBe('Toutes les semaines le mardi');
    const edit = Array.from(root().querySelectorAll('a')).find((a) => textOf(a) === 'Modifier');
    expect(edit?.getAttribute('href')).toBe('/board/posts/p-1/edit');
  });

  it('shows no photo, and no « Modifier », to another organisation', async () => {
    await render({ ...POST, hasPhoto: false, isMine: false, conversations: [] });
    expect(root().querySelector('img.photo')).toBeNull();
    expect(Array.from(root().querySelectorAll('a')).some((a) => textOf(a) === 'Modifier')).toBe(false);
  });

  it('picks the pooled employee of an agreement by name, among the post network’s only', async () => {
    const staff = (id: string, name: string, networkId = 'n-1'): ResourceView => ({
      ...aSpace({ id, name }),
      type: 'staff',
      networkId,
      siteId: null,
      siteName: null,
    });
    await render(POST, [
      staff('s-2', 'Zoé Gagnon'),
      staff('s-1', 'Bruno Côté'),
      staff('s-9', 'Ailleurs', 'n-2'),
      { ...aSpace({ id: 'r-1', name: 'Salle Marie-Lacoste' }), networkId: 'n-1' },
    ]);
    await chooseOption(root(), 'Créer', 'Une entente d’heures', settle);
    (root().querySelector('mat-select[name=resource]') as HTMLElement).click();
    await settle();
    expect(Array.from(document.querySelectorAll('mat-option')).map((o) => textOf(o as HTMLElement))).toEqual([
      'Bruno Côté',
      'Zoé Gagnon',
    ]);
    (document.querySelectorAll<HTMLElement>('mat-option')[1] as HTMLElement).click();
    await settle();
    buttonNamed(root(), 'Jumeler').click();
    const match = backend.expectOne({ method: 'POST', url: '/api/board/posts/p-1/match' });
    expect(match.request.body).toEqual({ organisationId: 'org-2', create: 'agreement', resourceId: 's-2' });
    match.flush({ ...POST, status: 'matched', matchedOrganisationId: 'org-2', createdAgreementId: 'a-1' });
    await settle();
    expect(textOf(root())).toContain('Une entente d’heures a été créée à partir de l’annonce.');
  });

  it('says when the network has no pooled employee to choose', async () => {
    await render(POST, []);
    await chooseOption(root(), 'Créer', 'Une entente d’heures', settle);
    expect(textOf(root().querySelector('form.match'))).toContain('Aucune personne du personnel partagé dans ce réseau.');
  });
});

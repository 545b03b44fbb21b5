import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { BoardPostView } from '@mutualis/contracts';
import boardEn from '../../../../public/i18n/board/en.json';
import boardFr from '../../../../public/i18n/board/fr.json';
import { buttonNamed, settle as settleFixture, textOf, typeInto } from '../../../testing/dom-testing';
import { aMe, flushApiError, signInAs } from '../../../testing/session-testing';
import { bookingsTranslocoTesting, chooseOption, fieldLabelled } from '../bookings/bookings-testing';
import { PostFormPage } from './post-form-page';
import { aBoardPost } from './board-testing';

const POST = aBoardPost();

/** A 1×1 PNG, as a file the person picks. */
const PNG = new File(
  [
    Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mPQSjsDAAIaAV2ICfB2AAAAAElFTkSuQmCC'), (c) =>
      c.charCodeAt(0),
    ),
  ],
  'salle.png',
  {
    type: 'image/png',
  },
);

describe('PostFormPage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<PostFormPage>;
  const settle = () => settleFixture(fixture);
  const root = () => fixture.nativeElement as HTMLElement;

  async function render(id?: string, post: BoardPostView = POST) {
    TestBed.configureTestingModule({
      imports: [PostFormPage, bookingsTranslocoTesting({ board: { fr: boardFr, en: boardEn } })],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    signInAs(aMe());
    backend = TestBed.inject(HttpTestingController);
    jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    fixture = TestBed.createComponent(PostFormPage);
    if (id) fixture.componentRef.setInput('id', id);
    fixture.detectChanges();
    backend.expectOne('/api/organisations').flush([{ id: 'org-1', name: 'Maison des jeunes', networkIds: ['n-1'] }]);
    backend.expectOne('/api/sites').flush([]);
    backend.expectOne('/api/networks').flush([{ id: 'n-1', name: 'Réseau' }]);
    if (id) backend.expectOne(`/api/board/posts/${id}`).flush(post);
    await settle();
  }
  afterEach(() => backend.verify());

  async function pickPhoto(file: File): Promise<void> {
    const input = root().querySelector<HTMLInputElement>('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    // FileReader answers on its own schedule.
    for (let i = 0; i < 20 && !root().querySelector('img.preview'); i++) await settle();
  }

  it('publishes with a weekly rule from the recurrence builder and the chosen photo, then opens the post', async () => {
    await render();
    typeInto(fieldLabelled(root(), 'Titre'), 'Salle libre le mardi');
    typeInto(fieldLabelled(root(), 'À partir du'), '2027-01-05');
    await settle();
    await chooseOption(root(), 'Répétition', 'Toutes les semaines le…', settle);
    // The next five Tuesdays, as days: a post has no time of day.
    const days = Array.from(root().querySelectorAll('app-recurrence-preview li')).map((li) => textOf(li));
    expect(days).toHaveLength(5);
    expect(days.join(' ')).not.toMatch(/\d h/);
    await pickPhoto(PNG);
    const preview = root().querySelector('img.preview') as HTMLImageElement;
    expect(preview.src).toMatch(/^data:image\/png;base64,/);
    expect(preview.alt).toBe('Photo de l’annonce «\u00a0Salle libre le mardi\u00a0»');
    expect(textOf(root())).toContain('Remplacer la photo');

    buttonNamed(root(), 'Publier').click();
    const create = backend.expectOne({ method: 'POST', url: '/api/board/posts' });
    expect(create.request.body).toMatchObject({ title: 'Salle libre le mardi', startsOn: '2027-01-05' });
    expect(create.request.body.rrule).toMatch(/^FREQ=WEEKLY;(.*;)?BYDAY=TU/);
    create.flush({ ...POST, id: 'p-9' });
    await settle();
    const photo = backend.expectOne({ method: 'PUT', url: '/api/board/posts/p-9/photo' });
    expect(photo.request.body).toBe(PNG);
    expect(photo.request.headers.get('Content-Type')).toBe('image/png');
    photo.flush({ ...POST, id: 'p-9', hasPhoto: true });
    await settle();
    expect(TestBed.inject(Router).navigate).toHaveBeenCalledWith(['/board/posts', 'p-9']);
  });

  it('refuses a photo over 1 MB before sending it', async () => {
    await render();
    const big = new File([new Uint8Array(1024 * 1024 + 1)], 'grande.jpg', { type: 'image/jpeg' });
    await pickPhoto(big);
    await settle();
    expect(textOf(root().querySelector('.photo [role=alert]'))).toBe('Cette photo dépasse 1 Mo : choisissez-en une plus légère.');
    expect(root().querySelector('img.preview')).toBeNull();
  });

  it('says next to the photo that the file is not an image, and the saved post is then changed, not published twice', async () => {
    await render();
    typeInto(fieldLabelled(root(), 'Titre'), 'Camion');
    const renamed = new File(['du texte'], 'camion.png', { type: 'image/png' });
    await pickPhoto(renamed);
    buttonNamed(root(), 'Publier').click();
    backend.expectOne({ method: 'POST', url: '/api/board/posts' }).flush({ ...POST, id: 'p-5', title: 'Camion' });
    await settle();
    flushApiError(backend.expectOne({ method: 'PUT', url: '/api/board/posts/p-5/photo' }), 415, 'PHOTO_NOT_AN_IMAGE');
    await settle();
    expect(textOf(root().querySelector('.photo [role=alert]'))).toBe('Ce fichier n’est pas une image JPEG, PNG, WebP ou GIF.');
    expect(TestBed.inject(Router).navigate).not.toHaveBeenCalled();

    buttonNamed(root(), 'Enregistrer').click();
    backend.expectOne({ method: 'PATCH', url: '/api/board/posts/p-5' }).flush({ ...POST, id: 'p-5', title: 'Camion' });
    await settle();
    backend.expectOne({ method: 'PUT', url: '/api/board/posts/p-5/photo' }).flush({ ...POST, id: 'p-5', hasPhoto: true });
    await settle();
    expect(TestBed.inject(Router).navigate).toHaveBeenCalledWith(['/board/posts', 'p-5']);
  });

  it('edits a post: the form is filled from it, emptied facts are cleared, the expiry is left as it was', async () => {
    await render('p-1');
    expect(textOf(root().querySelector('h1'))).toBe('Modifier l’annonce');
    expect(fieldLabelled(root(), 'Titre').value).toBe('Comptable disponible');
    expect(fieldLabelled(root(), 'Heures par semaine').value).toBe('4');
    expect(textOf(root())).toContain('Toutes les semaines le…');

    typeInto(fieldLabelled(root(), 'Titre'), 'Comptable, 4 h le mardi');
    typeInto(fieldLabelled(root(), 'Jusqu’au'), '');
    await chooseOption(root(), 'Répétition', 'Ne se répète pas', settle);
    buttonNamed(root(), 'Enregistrer').click();
    const patch = backend.expectOne({ method: 'PATCH', url: '/api/board/posts/p-1' });
    expect(patch.request.body).toMatchObject({ title: 'Comptable, 4 h le mardi', endsOn: null, rrule: null, hoursPerWeek: 4 });
    // The expiry was not touched: a post past its date can still be corrected.
    expect(patch.request.body).not.toHaveProperty('expiresOn');
    patch.flush(POST);
    await settle();
    expect(TestBed.inject(Router).navigate).toHaveBeenCalledWith(['/board/posts', 'p-1']);
  });

  it('shows the post to change only once it is read, so that nothing typed before is overwritten', async () => {
    TestBed.configureTestingModule({
      imports: [PostFormPage, bookingsTranslocoTesting({ board: { fr: boardFr, en: boardEn } })],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    signInAs(aMe());
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PostFormPage);
    fixture.componentRef.setInput('id', 'p-1');
    fixture.detectChanges();
    backend.expectOne('/api/organisations').flush([{ id: 'org-1', name: 'Maison des jeunes', networkIds: ['n-1'] }]);
    backend.expectOne('/api/sites').flush([]);
    backend.expectOne('/api/networks').flush([{ id: 'n-1', name: 'Réseau' }]);
    await settle();
    expect(root().querySelector('form')).toBeNull();
    expect(root().querySelector('mat-progress-bar')).not.toBeNull();
    backend.expectOne('/api/board/posts/p-1').flush(POST);
    await settle();
    expect(fieldLabelled(root(), 'Titre').value).toBe('Comptable disponible');
  });

  it('shows the current photo when editing, and removes it on save', async () => {
    await render('p-2', { ...POST, id: 'p-2', hasPhoto: true });
    const current = root().querySelector('img.preview') as HTMLImageElement;
    expect(current.getAttribute('src')).toBe(`/api/board/posts/p-2/photo?v=${encodeURIComponent(POST.updatedAt)}`);
    buttonNamed(root(), 'Retirer la photo').click();
    await settle();
    expect(textOf(root())).toContain('La photo sera retirée à l’enregistrement.');
    buttonNamed(root(), 'Enregistrer').click();
    backend.expectOne({ method: 'PATCH', url: '/api/board/posts/p-2' }).flush({ ...POST, id: 'p-2', hasPhoto: true });
    await settle();
    backend.expectOne({ method: 'DELETE', url: '/api/board/posts/p-2/photo' }).flush(null);
    await settle();
    expect(TestBed.inject(Router).navigate).toHaveBeenCalledWith(['/board/posts', 'p-2']);
  });

  it('says so when the post is not the organisation’s', async () => {
    await render('p-3', { ...POST, id: 'p-3', isMine: false });
    expect(textOf(root().querySelector('[role=alert]'))).toContain('Seul l’organisme qui a publié l’annonce');
    expect(root().querySelector('form')).toBeNull();
  });
});

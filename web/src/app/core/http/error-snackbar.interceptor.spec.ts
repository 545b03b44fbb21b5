import { HttpClient, HttpContext, HttpErrorResponse, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { translocoTesting } from '../../../testing/transloco-testing';
import { AppLanguage } from '../i18n/app-language';
import { errorSnackbarInterceptor, SKIP_ERROR_SNACKBAR } from './error-snackbar.interceptor';

describe('errorSnackbarInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [provideHttpClient(withInterceptors([errorSnackbarInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  /** Sends a GET, answers it with `respond`, and returns what the caller received. */
  async function failedRequest(respond: (url: string) => void, context?: HttpContext): Promise<unknown> {
    let received: unknown;
    http.get('/api/bookings', { context }).subscribe({ error: (error: unknown) => (received = error) });
    respond('/api/bookings');
    await TestBed.inject(ApplicationRef).whenStable();
    return received;
  }

  function snackBarText(): string | undefined {
    return document.querySelector('mat-snack-bar-container')?.textContent?.replace(/\s+/g, ' ').trim();
  }

  it('shows the message the API sent with its error code, and still fails the request', async () => {
    const error = await failedRequest((url) =>
      backend
        .expectOne(url)
        .flush(
          { code: 'CONFLICT', message: 'Ce local est déjà réservé à cette heure.' },
          { status: 409, statusText: 'Conflict' },
        ),
    );

    expect(snackBarText()).toContain('Ce local est déjà réservé à cette heure.');
    expect(snackBarText()).toContain('Fermer');
    expect(error).toBeInstanceOf(HttpErrorResponse);
    expect((error as HttpErrorResponse).status).toBe(409);
  });

  it('says the server does not answer when there is no response at all', async () => {
    await failedRequest((url) => backend.expectOne(url).error(new ProgressEvent('error'), { status: 0 }));

    expect(snackBarText()).toContain('Le serveur ne répond pas.');
  });

  it('shows a generic message when the error body is not an API error', async () => {
    await failedRequest((url) => backend.expectOne(url).flush('<h1>Oops</h1>', { status: 500, statusText: 'Server Error' }));

    expect(snackBarText()).toContain('Une erreur inattendue est survenue.');
  });

  it('shows the generic message in English when the user chose English', async () => {
    await TestBed.inject(AppLanguage).use('en');

    await failedRequest((url) => backend.expectOne(url).flush(null, { status: 500, statusText: 'Server Error' }));

    expect(snackBarText()).toContain('An unexpected error occurred.');
  });

  it('stays quiet for a request that shows its errors inline, and still fails it', async () => {
    const error = await failedRequest(
      (url) =>
        backend.expectOne(url).flush({ code: 'NOT_FOUND', message: 'Introuvable' }, { status: 404, statusText: 'Not Found' }),
      new HttpContext().set(SKIP_ERROR_SNACKBAR, true),
    );

    expect(snackBarText()).toBeUndefined();
    expect((error as HttpErrorResponse).status).toBe(404);
  });

  it('does nothing to successful responses', async () => {
    let body: unknown;
    http.get('/api/health').subscribe((value) => (body = value));
    backend.expectOne('/api/health').flush({ status: 'ok' });
    await TestBed.inject(ApplicationRef).whenStable();

    expect(body).toEqual({ status: 'ok' });
    expect(snackBarText()).toBeUndefined();
  });
});

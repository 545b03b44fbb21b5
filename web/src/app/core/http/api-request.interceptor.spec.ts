import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { translocoTesting } from '../../../testing/transloco-testing';
import { AppLanguage } from '../i18n/app-language';
import { apiRequestInterceptor } from './api-request.interceptor';

describe('apiRequestInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [provideHttpClient(withInterceptors([apiRequestInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('sends same-origin requests with credentials and the user’s language', async () => {
    http.get('/api/health').subscribe();
    const french = backend.expectOne('/api/health');
    expect(french.request.withCredentials).toBe(true);
    expect(french.request.headers.get('Accept-Language')).toBe('fr-CA');
    french.flush({});

    await TestBed.inject(AppLanguage).use('en');
    http.get('/api/health').subscribe();
    const english = backend.expectOne('/api/health');
    expect(english.request.headers.get('Accept-Language')).toBe('en-CA');
    english.flush({});
  });

  it('leaves requests to other origins without cookies', () => {
    http.get('https://example.org/data.json').subscribe();
    const request = backend.expectOne('https://example.org/data.json');

    expect(request.request.withCredentials).toBe(false);
    expect(request.request.headers.has('Accept-Language')).toBe(false);
    request.flush({});
  });
});

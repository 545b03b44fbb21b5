import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { translocoTesting } from '../../../testing/transloco-testing';
import { errorSnackbarInterceptor } from '../../core/http/error-snackbar.interceptor';
import { ApiHealthStatus } from './api-health-status';

describe('ApiHealthStatus', () => {
  let fixture: ComponentFixture<ApiHealthStatus>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApiHealthStatus, translocoTesting()],
      providers: [provideHttpClient(withInterceptors([errorSnackbarInterceptor])), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ApiHealthStatus);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  function statusLine(): string | undefined {
    return (fixture.nativeElement as HTMLElement).querySelector('[role="status"]')?.textContent?.replace(/\s+/g, ' ').trim();
  }

  it('says it is checking the server while the request is pending', () => {
    expect(statusLine()).toBe('Vérification de l’état du serveur…');
    backend.expectOne('/api/health').flush({ status: 'ok', database: 'up', version: '0.1.0' });
  });

  it('shows that the server and its database are up, with the version', async () => {
    backend.expectOne('/api/health').flush({ status: 'ok', database: 'up', version: '0.1.0' });
    await fixture.whenStable();

    expect(statusLine()).toBe('Serveur en ligne, base de données disponible (version 0.1.0).');
  });

  it('shows that the database is down when the API answers 503 with its health', async () => {
    backend
      .expectOne('/api/health')
      .flush({ status: 'degraded', database: 'down', version: '0.1.0' }, { status: 503, statusText: 'Service Unavailable' });
    await fixture.whenStable();

    expect(statusLine()).toBe('Serveur en ligne, mais la base de données est indisponible (version 0.1.0).');
  });

  it('says the server is unreachable inline, without a snack bar, and checks again on request', async () => {
    backend.expectOne('/api/health').error(new ProgressEvent('error'), { status: 0 });
    await fixture.whenStable();

    expect(statusLine()).toBe('Le serveur est injoignable pour le moment.');
    expect(document.querySelector('mat-snack-bar-container')).toBeNull();

    const retry = (fixture.nativeElement as HTMLElement).querySelector('button');
    expect(retry?.textContent?.trim()).toBe('Réessayer');
    retry?.click();
    await fixture.whenStable();
    expect(statusLine()).toBe('Vérification de l’état du serveur…');

    backend.expectOne('/api/health').flush({ status: 'ok', database: 'up', version: '0.1.0' });
    await fixture.whenStable();
    expect(statusLine()).toContain('Serveur en ligne');
  });
});

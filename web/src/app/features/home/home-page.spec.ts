import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { translocoTesting } from '../../../testing/transloco-testing';
import { HomePage } from './home-page';

describe('HomePage', () => {
  it('welcomes the user and checks the server status', async () => {
    TestBed.configureTestingModule({
      imports: [HomePage, translocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;

    expect(root.querySelector('h1')?.textContent?.trim()).toBe('Bienvenue sur Mutualis');
    expect(root.textContent).toContain('partager leurs locaux et leur personnel');
    TestBed.inject(HttpTestingController).expectOne('/api/health').flush({ status: 'ok', database: 'up', version: '0.1.0' });
  });
});

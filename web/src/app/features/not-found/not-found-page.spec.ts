import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { translocoTesting } from '../../../testing/transloco-testing';
import { NotFoundPage } from './not-found-page';

describe('NotFoundPage', () => {
  it('says the page cannot be found and links back home', async () => {
    TestBed.configureTestingModule({ imports: [NotFoundPage, translocoTesting()], providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(NotFoundPage);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;

    expect(root.querySelector('h1')?.textContent?.trim()).toBe('Page introuvable');
    const homeLink = root.querySelector('a');
    expect(homeLink?.textContent?.trim()).toBe('Retour à l’accueil');
    expect(homeLink?.getAttribute('href')).toBe('/');
  });
});

import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { translocoTesting } from '../testing/transloco-testing';
import { appRoutes } from './app.routes';

describe('app routes', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [provideRouter(appRoutes, withComponentInputBinding())],
    });
  });

  async function visit(url: string): Promise<HTMLElement> {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    return harness.routeNativeElement as HTMLElement;
  }

  it.each([
    ['/calendar', 'Calendrier'],
    ['/bookings', 'Réservations'],
    ['/staff', 'Personnel partagé'],
    ['/reports', 'Rapports'],
    ['/admin', 'Administration'],
  ])('shows %s as a section coming soon titled « %s »', async (url, title) => {
    const page = await visit(url);

    expect(page.querySelector('h1')?.textContent?.trim()).toBe(title);
    expect(page.textContent).toContain('À venir');
  });

  it('shows « Page introuvable » for an unknown address', async () => {
    const page = await visit('/nowhere/at-all');

    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Page introuvable');
  });
});

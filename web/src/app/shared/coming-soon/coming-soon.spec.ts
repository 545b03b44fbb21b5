import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { translocoTesting } from '../../../testing/transloco-testing';
import { ComingSoon } from './coming-soon';

describe('ComingSoon', () => {
  beforeEach(() => TestBed.configureTestingModule({ imports: [ComingSoon, translocoTesting()] }));

  async function render(): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(ComingSoon);
    fixture.componentRef.setInput('titleKey', 'reports.title');
    fixture.componentRef.setInput('descriptionKey', 'reports.description');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the section title, a « À venir » badge and what the section will do', async () => {
    const root = await render();

    expect(root.querySelector('h1')?.textContent?.trim()).toBe('Rapports');
    expect(root.querySelector('.badge')?.textContent?.trim()).toBe('À venir');
    expect(root.querySelector('.description')?.textContent).toContain('répartition des coûts');
  });

  it('reads “Coming soon” in English', async () => {
    TestBed.inject(TranslocoService).setActiveLang('en');
    const root = await render();

    expect(root.querySelector('h1')?.textContent?.trim()).toBe('Reports');
    expect(root.querySelector('.badge')?.textContent?.trim()).toBe('Coming soon');
  });
});

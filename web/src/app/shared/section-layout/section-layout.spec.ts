import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { settle, textOf } from '../../../testing/dom-testing';
import { translocoTesting } from '../../../testing/transloco-testing';
import { SectionLayout, type SectionTab } from './section-layout';

const SECTIONS: SectionTab[] = [
  { path: '/things', labelKey: 'things.tabs.all', exact: true },
  { path: '/things/archive', labelKey: 'things.tabs.archive' },
];

const tabs = signal<SectionTab[]>(SECTIONS);

@Component({
  selector: 'app-things-layout',
  imports: [SectionLayout],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<app-section-layout titleKey="things.title" navLabelKey="things.tabs.label" [tabs]="tabs()" />`,
})
class ThingsLayout {
  protected readonly tabs = tabs;
}

@Component({ selector: 'app-all-things', template: '<p>Toutes les choses</p>' })
class AllThings {}

@Component({ selector: 'app-archived-things', template: '<p>Les choses archivées</p>' })
class ArchivedThings {}

describe('SectionLayout', () => {
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    tabs.set(SECTIONS);
    TestBed.configureTestingModule({
      imports: [
        // A made-up feature's scope: the layout shows whatever keys its section passes.
        translocoTesting({
          things: {
            fr: { title: 'Choses', tabs: { label: 'Sections des choses', all: 'Toutes', archive: 'Archives' } },
            en: { title: 'Things', tabs: { label: 'Sections of things', all: 'All', archive: 'Archive' } },
          },
        }),
      ],
      providers: [
        provideRouter([
          {
            path: 'things',
            component: ThingsLayout,
            children: [
              { path: '', component: AllThings },
              { path: 'archive', component: ArchivedThings },
            ],
          },
        ]),
      ],
    });
    harness = await RouterTestingHarness.create();
  });

  async function visit(url: string): Promise<HTMLElement> {
    await harness.navigateByUrl(url);
    await settle(harness.fixture);
    return harness.fixture.nativeElement as HTMLElement;
  }

  const tabLinks = (page: HTMLElement) => Array.from(page.querySelectorAll<HTMLAnchorElement>('nav a'));

  it('shows the heading, a named tab per section, and the section visited', async () => {
    const page = await visit('/things/archive');

    expect(textOf(page.querySelector('h1'))).toBe('Choses');
    expect(page.querySelector('nav')?.getAttribute('aria-label')).toBe('Sections des choses');
    expect(tabLinks(page).map((link) => [textOf(link), link.getAttribute('href')])).toEqual([
      ['Toutes', '/things'],
      ['Archives', '/things/archive'],
    ]);
    expect(textOf(page.querySelector('mat-tab-nav-panel'))).toBe('Les choses archivées');
  });

  it('marks the tab of the section shown, the root one only on the root itself', async () => {
    const active = (page: HTMLElement) =>
      tabLinks(page)
        .filter((link) => link.getAttribute('aria-selected') === 'true')
        .map((link) => textOf(link));

    expect(active(await visit('/things/archive'))).toEqual(['Archives']);
    expect(active(await visit('/things'))).toEqual(['Toutes']);
  });

  it('shows no tabs to a person with one section, only the section', async () => {
    tabs.set([SECTIONS[0]]);

    const page = await visit('/things');

    expect(textOf(page.querySelector('h1'))).toBe('Choses');
    expect(page.querySelector('nav')).toBeNull();
    expect(page.textContent).toContain('Toutes les choses');
  });
});

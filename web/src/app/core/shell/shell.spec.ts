import { BreakpointObserver, BreakpointState } from '@angular/cdk/layout';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, Router } from '@angular/router';
import { of } from 'rxjs';
import { translocoTesting } from '../../../testing/transloco-testing';
import { LANG_STORAGE_KEY } from '../i18n/app-language';
import { provideStartupLanguage } from '../i18n/provide-i18n';
import { provideAppIcons } from './app-icons';
import { Shell } from './shell';

@Component({ template: '<h1>Page</h1>' })
class StubPage {}

async function renderShell(options: { narrow?: boolean } = {}): Promise<ComponentFixture<Shell>> {
  const screen: Partial<BreakpointObserver> = {
    observe: () => of<BreakpointState>({ matches: options.narrow ?? false, breakpoints: {} }),
  };
  TestBed.configureTestingModule({
    imports: [Shell, translocoTesting()],
    providers: [
      provideRouter([
        { path: '', component: StubPage },
        { path: 'calendar', component: StubPage },
      ]),
      provideStartupLanguage(),
      provideAppIcons(),
      { provide: BreakpointObserver, useValue: screen },
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const fixture = TestBed.createComponent(Shell);
  await fixture.whenStable();
  return fixture;
}

function navLinkTexts(root: HTMLElement): string[] {
  return Array.from(root.querySelectorAll('nav a')).map((link) => link.textContent?.trim() ?? '');
}

function languageSwitch(root: HTMLElement): HTMLButtonElement {
  const button = root.querySelector<HTMLButtonElement>('app-language-switch button');
  if (!button) throw new Error('No language switch');
  return button;
}

describe('Shell', () => {
  beforeEach(() => localStorage.clear());

  it('shows the main navigation in French by default', async () => {
    const root = (await renderShell()).nativeElement as HTMLElement;

    expect(root.querySelector('nav')?.getAttribute('aria-label')).toBe('Navigation principale');
    expect(navLinkTexts(root)).toEqual([
      'Accueil',
      'Calendrier',
      'Réservations',
      'Personnel partagé',
      'Rapports',
      'Administration',
    ]);
    expect(languageSwitch(root).textContent?.trim()).toBe('English');
    expect(document.documentElement.lang).toBe('fr-CA');
  });

  it('has a header, a navigation and a main landmark', async () => {
    const root = (await renderShell()).nativeElement as HTMLElement;

    expect(root.querySelector('header')?.textContent).toContain('Mutualis');
    expect(root.querySelector('nav')).not.toBeNull();
    expect(root.querySelector('main#main-content')).not.toBeNull();
  });

  it('switches the whole shell to English and remembers the choice', async () => {
    const fixture = await renderShell();
    const root = fixture.nativeElement as HTMLElement;

    languageSwitch(root).click();
    await fixture.whenStable();

    expect(navLinkTexts(root)).toEqual(['Home', 'Calendar', 'Bookings', 'Shared staff', 'Reports', 'Administration']);
    expect(root.querySelector('nav')?.getAttribute('aria-label')).toBe('Main navigation');
    expect(languageSwitch(root).textContent?.trim()).toBe('Français');
    expect(languageSwitch(root).getAttribute('lang')).toBe('fr');
    expect(document.documentElement.lang).toBe('en-CA');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
  });

  it('starts in the language chosen on a previous visit', async () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'en');

    const root = (await renderShell()).nativeElement as HTMLElement;

    expect(navLinkTexts(root)).toContain('Calendar');
    expect(document.documentElement.lang).toBe('en-CA');
  });

  it('marks the link of the current page with aria-current', async () => {
    const fixture = await renderShell();
    await TestBed.inject(Router).navigateByUrl('/calendar');
    await fixture.whenStable();
    const links = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('nav a'));

    const current = links.filter((link) => link.getAttribute('aria-current') === 'page');
    expect(current.map((link) => link.textContent?.trim())).toEqual(['Calendrier']);
  });

  it('offers a skip link that moves the focus to the main content', async () => {
    const root = (await renderShell()).nativeElement as HTMLElement;
    const skipLink = root.querySelector<HTMLAnchorElement>('a.skip-link');

    expect(skipLink?.textContent?.trim()).toBe('Aller au contenu principal');
    skipLink?.click();

    expect(document.activeElement).toBe(root.querySelector('main'));
  });

  it('keeps the navigation visible without a menu button on wide screens', async () => {
    const root = (await renderShell()).nativeElement as HTMLElement;

    expect(root.querySelector('header button[aria-controls="main-navigation"]')).toBeNull();
    expect(root.querySelector('mat-sidenav')?.classList).toContain('mat-drawer-opened');
  });

  it('hides the navigation behind a menu button on narrow screens', async () => {
    const fixture = await renderShell({ narrow: true });
    const root = fixture.nativeElement as HTMLElement;
    const menuButton = root.querySelector<HTMLButtonElement>('header button[aria-controls="main-navigation"]');

    expect(menuButton?.getAttribute('aria-label')).toBe('Ouvrir le menu de navigation');
    expect(menuButton?.getAttribute('aria-expanded')).toBe('false');

    menuButton?.click();
    await fixture.whenStable();

    expect(menuButton?.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector('mat-sidenav')?.classList).toContain('mat-drawer-opened');
  });
});

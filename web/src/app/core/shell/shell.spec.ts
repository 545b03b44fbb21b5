import { BreakpointObserver, BreakpointState } from '@angular/cdk/layout';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { MeResponse } from '@mutualis/contracts';
import { of } from 'rxjs';
import { accessibleName, buttonNamed, queryButtonNamed, settle, textOf } from '../../../testing/dom-testing';
import { aMe, signInAs } from '../../../testing/session-testing';
import { translocoTesting } from '../../../testing/transloco-testing';
import { Session } from '../auth/session';
import { LANG_STORAGE_KEY } from '../i18n/app-language';
import { provideStartupLanguage } from '../i18n/provide-i18n';
import { provideAppIcons } from './app-icons';
import { Shell } from './shell';

@Component({ template: '<h1>Page</h1>' })
class StubPage {}

const ADMIN = aMe({ memberships: [{ organisationId: 'org-1', organisationName: 'Maison des jeunes', role: 'admin' }] });

async function renderShell(options: { narrow?: boolean; me?: MeResponse | null } = {}): Promise<ComponentFixture<Shell>> {
  const screen: Partial<BreakpointObserver> = {
    observe: () => of<BreakpointState>({ matches: options.narrow ?? false, breakpoints: {} }),
  };
  TestBed.configureTestingModule({
    imports: [Shell, translocoTesting()],
    providers: [
      provideRouter([
        { path: '', component: StubPage },
        { path: 'calendar', component: StubPage },
        { path: 'login', component: StubPage },
      ]),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideStartupLanguage(),
      provideAppIcons(),
      { provide: BreakpointObserver, useValue: screen },
    ],
  });
  const me = options.me === undefined ? ADMIN : options.me;
  if (me) signInAs(me);
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
      'Matériel',
      'Personnel partagé',
      'Babillard',
      'Rapports',
      'Impact',
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

  it('switches the whole shell to English and remembers the choice, on this device and in the account', async () => {
    const fixture = await renderShell();
    const root = fixture.nativeElement as HTMLElement;

    languageSwitch(root).click();
    await fixture.whenStable();

    expect(navLinkTexts(root)).toEqual([
      'Home',
      'Calendar',
      'Bookings',
      'Equipment',
      'Shared staff',
      'Board',
      'Reports',
      'Impact',
      'Administration',
    ]);
    expect(root.querySelector('nav')?.getAttribute('aria-label')).toBe('Main navigation');
    TestBed.inject(HttpTestingController)
      .expectOne({ method: 'PATCH', url: '/api/auth/me' })
      .flush({ ...ADMIN, locale: 'en' });
    expect(languageSwitch(root).textContent?.trim()).toBe('Français');
    expect(languageSwitch(root).getAttribute('lang')).toBe('fr');
    expect(document.documentElement.lang).toBe('en-CA');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
  });

  it('starts in the language chosen on a previous visit', async () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'en');

    const root = (await renderShell({ me: null })).nativeElement as HTMLElement;

    expect(textOf(languageSwitch(root))).toBe('Français');
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

  it('shows only the brand and the language switch to a signed-out visitor', async () => {
    const root = (await renderShell({ me: null })).nativeElement as HTMLElement;

    expect(root.querySelector('nav')).toBeNull();
    expect(queryButtonNamed(root, 'Menu du compte')).toBeNull();
    expect(textOf(languageSwitch(root))).toBe('English');
    expect(root.querySelector('main#main-content')).not.toBeNull();
  });

  it('hides the administration from a member without admin rights', async () => {
    const root = (await renderShell({ me: aMe() })).nativeElement as HTMLElement;

    expect(navLinkTexts(root)).not.toContain('Administration');
    expect(navLinkTexts(root)).not.toContain('Impact');
    expect(navLinkTexts(root)).toContain('Calendrier');
  });

  it('opens the account menu, named « Menu du compte », from the user’s name', async () => {
    const fixture = await renderShell();
    const root = fixture.nativeElement as HTMLElement;
    const menuButton = buttonNamed(root, 'Menu du compte');

    expect(textOf(menuButton)).toBe('Marie Tremblay');
    menuButton.click();
    await settle(fixture);

    const items = Array.from(document.querySelectorAll('[role="menuitem"]')).map((item) => textOf(item));
    expect(items).toEqual(['Mon compte', 'Jetons d’API', 'Se déconnecter']);
  });

  it('signs out from the account menu and goes to the login page', async () => {
    const fixture = await renderShell();
    const root = fixture.nativeElement as HTMLElement;

    buttonNamed(root, 'Menu du compte').click();
    await settle(fixture);
    buttonNamed(document.body, 'Se déconnecter').click();
    await settle(fixture);
    TestBed.inject(HttpTestingController)
      .expectOne({ method: 'POST', url: '/api/auth/logout' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);

    expect(TestBed.inject(Session).signedIn()).toBe(false);
    expect(TestBed.inject(Router).url).toBe('/login');
    expect(root.querySelector('nav')).toBeNull();
  });

  it('shows the counts of « Accueil » as badges on the sections where they are handled, refreshed after each navigation', async () => {
    const fixture = await renderShell({
      me: aMe({
        memberships: [{ organisationId: 'org-1', organisationName: 'Maison des jeunes', role: 'admin' }],
        coordinatorOf: [{ networkId: 'n-1', networkName: 'Réseau' }],
      }),
    });
    const root = fixture.nativeElement as HTMLElement;
    await TestBed.inject(Router).navigateByUrl('/calendar');
    const counts = {
      approvalsWaiting: 2,
      hourRequestsWaiting: 0,
      timesheetsToSubmit: 0,
      timesheetsToConfirm: 1,
      disputes: 1,
      invitationsPending: 0,
      periodsToClose: 0,
    };
    TestBed.inject(HttpTestingController)
      .expectOne('/api/home')
      .flush({ now: '2026-11-16T14:00:00Z', counts, nextBookings: [], hourBanks: [], owedThisMonth: [] });
    await settle(fixture);

    const link = (path: string) => root.querySelector<HTMLAnchorElement>(`nav a[href="${path}"]`);
    expect(link('/bookings')?.querySelector('.nav-badge [aria-hidden="true"]')?.textContent?.trim()).toBe('2');
    expect(link('/staff')?.querySelector('.nav-badge [aria-hidden="true"]')?.textContent?.trim()).toBe('2');
    expect(link('/reports')?.querySelector('.nav-badge')).toBeNull();
    expect(link('/bookings')?.querySelector('.nav-badge .visually-hidden')?.textContent).toBe(', 2 à traiter');

    await TestBed.inject(Router).navigateByUrl('/');
    TestBed.inject(HttpTestingController)
      .expectOne('/api/home')
      .flush({
        now: '2026-11-16T14:00:00Z',
        counts: { ...counts, approvalsWaiting: 0 },
        nextBookings: [],
        hourBanks: [],
        owedThisMonth: [],
      });
    await settle(fixture);
    expect(link('/bookings')?.querySelector('.nav-badge')).toBeNull();
  });

  it('offers no organisation switcher to someone in a single organisation', async () => {
    const root = (await renderShell()).nativeElement as HTMLElement;

    expect(root.querySelector('app-organisation-switcher button')).toBeNull();
  });

  it('switches the active organisation from the top bar', async () => {
    const fixture = await renderShell({
      me: aMe({
        memberships: [
          { organisationId: 'org-1', organisationName: 'Maison des jeunes', role: 'member' },
          { organisationId: 'org-2', organisationName: 'Centre des femmes', role: 'admin' },
        ],
      }),
    });
    const root = fixture.nativeElement as HTMLElement;
    const switcher = buttonNamed(root, 'Organisme actif : Maison des jeunes');

    expect(textOf(switcher)).toBe('Maison des jeunes');
    switcher.click();
    await settle(fixture);
    const choices = Array.from(document.querySelectorAll<HTMLElement>('[role="menuitemradio"]'));
    expect(choices.map((choice) => [textOf(choice), choice.getAttribute('aria-checked')])).toEqual([
      ['Maison des jeunes', 'true'],
      ['Centre des femmes', 'false'],
    ]);
    choices[1].click();
    await settle(fixture);

    expect(TestBed.inject(Session).activeOrganisation()?.organisationId).toBe('org-2');
    expect(accessibleName(switcher)).toBe('Organisme actif : Centre des femmes');
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import type { HomeCounts, HomeView } from '@mutualis/contracts';
import { aMe, signInAs } from '../../../testing/session-testing';
import { translocoTesting } from '../../../testing/transloco-testing';
import { HomePage } from './home-page';

const spaced = (text: string | null | undefined): string =>
  (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const NONE: HomeCounts = {
  approvalsWaiting: 0,
  hourRequestsWaiting: 0,
  timesheetsToSubmit: 0,
  timesheetsToConfirm: 0,
  disputes: 0,
  invitationsPending: 0,
  periodsToClose: 0,
};

function aView(overrides: Partial<HomeView> = {}): HomeView {
  return { now: '2026-11-16T14:00:00.000Z', counts: NONE, nextBookings: [], hourBanks: [], owedThisMonth: [], ...overrides };
}

async function render(me = aMe()) {
  TestBed.configureTestingModule({
    imports: [HomePage, translocoTesting()],
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
  });
  signInAs(me);
  const fixture = TestBed.createComponent(HomePage);
  fixture.detectChanges();
  const http = TestBed.inject(HttpTestingController);
  const root = fixture.nativeElement as HTMLElement;
  return {
    root,
    async answer(view: HomeView) {
      http.expectOne('/api/home').flush(view);
      await fixture.whenStable();
    },
    async fail() {
      http.expectOne('/api/home').flush({ code: 'INTERNAL' }, { status: 503, statusText: 'Unavailable' });
      await fixture.whenStable();
    },
    fixture,
  };
}

describe('HomePage', () => {
  it('shows progress while loading, then the coordinator’s counts, each a link to where it is handled', async () => {
    const page = await render(aMe({ memberships: [], coordinatorOf: [{ networkId: 'n-1', networkName: 'Réseau' }] }));
    expect(page.root.querySelector('mat-progress-bar')).not.toBeNull();
    expect(page.root.querySelectorAll('.skeleton .card')).toHaveLength(3);

    await page.answer(aView({ counts: { ...NONE, approvalsWaiting: 3, periodsToClose: 1 } }));

    expect(spaced(page.root.querySelector('h1')?.textContent)).toBe('Bonjour, Marie');
    expect(spaced(page.root.querySelector('.intro')?.textContent)).toBe(
      'Ce qui vous attend aujourd’hui, lundi 16 novembre 2026.',
    );
    const cards = Array.from(page.root.querySelectorAll<HTMLAnchorElement>('a.todo'));
    expect(cards.map((card) => [spaced(card.textContent), card.getAttribute('href')])).toEqual([
      ['3 réservations à approuver', '/bookings/approvals'],
      ['1 mois terminé à clôturer', '/reports'],
    ]);
    // A coordinator with no organisation has no bookings of their own.
    expect(page.root.textContent).not.toContain('Vos prochaines réservations');
  });

  it('shows a member their next bookings, hour bank with its bar, and what the organisation owes', async () => {
    const page = await render();
    await page.answer(
      aView({
        nextBookings: [
          {
            occurrenceId: 'o-1',
            seriesId: 's-1',
            resourceId: 'r-1',
            resourceName: 'Salle Desjardins',
            resourceType: 'space',
            organisationId: 'org-1',
            organisationName: 'Maison des jeunes',
            title: 'Conseil d’administration',
            start: '2026-11-17T18:00:00.000Z',
            end: '2026-11-17T19:30:00.000Z',
            timeZone: 'America/Toronto',
            status: 'pending',
          },
        ],
        hourBanks: [
          {
            resourceId: 'staff-1',
            resourceName: 'Comptable partagée',
            organisationId: 'org-1',
            organisationName: 'Maison des jeunes',
            period: { unit: 'month', start: '2026-11-01', end: '2026-12-01' },
            allottedMinutes: 600,
            carriedOverMinutes: 120,
            bookedMinutes: 180,
            workedMinutes: 90,
            remainingMinutes: 540,
          },
        ],
        owedThisMonth: [
          {
            organisationId: 'org-1',
            organisationName: 'Maison des jeunes',
            networkId: 'n-1',
            from: '2026-11-01',
            to: '2026-12-01',
            amountCents: 123456,
          },
        ],
      }),
    );

    expect(page.root.querySelector('.empty-state')?.textContent).toContain('Rien ne vous attend');
    const booking = page.root.querySelector('.booking');
    expect(spaced(booking?.querySelector('.when')?.textContent)).toMatch(/^mar\. 17 nov\. 2026/);
    expect(spaced(booking?.textContent)).toContain('Conseil d’administration');
    expect(spaced(booking?.textContent)).toContain('Salle Desjardins · Maison des jeunes');
    expect(spaced(booking?.querySelector('.status')?.textContent)).toBe('En attente');

    const bank = page.root.querySelector('.bank');
    expect(spaced(bank?.querySelector('.period')?.textContent)).toBe('Maison des jeunes · novembre 2026');
    expect(bank?.querySelector('mat-progress-bar')?.getAttribute('aria-label')).toBe('3 h réservées sur 12 h');
    expect(bank?.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('25');
    expect(spaced(bank?.querySelector('.figures')?.textContent)).toBe(
      '3 h réservées sur 12 h (dont 2 h reportées) · 9 h restantes',
    );

    expect(spaced(page.root.querySelector('.owed')?.textContent)).toBe('Maison des jeunes : 1 234,56 $');
    expect(page.root.querySelector('a[href="/reports"]')).not.toBeNull();
  });

  it('says so when nothing is booked, and offers to book', async () => {
    const page = await render();
    await page.answer(aView());
    expect(page.root.textContent).toContain('Aucune réservation à venir.');
    expect(page.root.querySelector('a[href="/calendar"]')?.textContent?.trim()).toBe('Réserver une salle');
  });

  it('explains a failure and retries on request', async () => {
    const page = await render();
    await page.fail();
    const alert = page.root.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Impossible de charger votre accueil');
    alert?.querySelector('button')?.click();
    await page.answer(aView({ counts: { ...NONE, invitationsPending: 2 } }));
    expect(page.root.querySelector('[role="alert"]')).toBeNull();
    expect(spaced(page.root.querySelector('a.todo')?.textContent)).toBe('2 invitations sans réponse');
  });

  it('speaks English, plurals included', async () => {
    const page = await render();
    TestBed.inject(TranslocoService).setActiveLang('en');
    await page.answer(aView({ counts: { ...NONE, hourRequestsWaiting: 1, timesheetsToSubmit: 2 } }));
    page.fixture.detectChanges();
    expect(spaced(page.root.querySelector('h1')?.textContent)).toBe('Hello, Marie');
    expect(Array.from(page.root.querySelectorAll('a.todo')).map((card) => spaced(card.textContent))).toEqual([
      '1 hour request waiting for your answer',
      '2 timesheet weeks to submit',
    ]);
  });
});

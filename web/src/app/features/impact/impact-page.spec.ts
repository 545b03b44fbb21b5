import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ChartConfiguration } from 'chart.js';
import type { ImpactReport, ImpactSummary } from '@mutualis/contracts';
import impactEn from '../../../../public/i18n/impact/en.json';
import impactFr from '../../../../public/i18n/impact/fr.json';
import { aMe, signInAs } from '../../../testing/session-testing';
import { CHART_RENDERER } from '../reports/chart-canvas';
import { SAVE_FILE } from '../reports/report-exports';
import { REPORTS_NOW } from '../reports/reports-clock';
import { ImpactPage } from './impact-page';
import { translocoTesting } from '../../../testing/transloco-testing';

const spaced = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const SUMMARY: ImpactSummary = {
  occupancyRate: 0.25,
  bookedMinutes: 1500,
  plannedMinutes: 300,
  deliveredMinutes: 270,
  organisationsServed: 2,
  savedCents: 106_000,
  sharedSquareMetreHours: 980,
};

function aReport(overrides: Partial<ImpactReport> = {}): ImpactReport {
  const empty = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const open = empty.map((row) => row.map((_, hour) => (hour >= 9 && hour < 17 ? 60 : 0)));
  const booked = empty.map((row, day) => row.map((_, hour) => (day === 1 && hour === 10 ? 60 : 0)));
  return {
    networkId: 'n-1',
    networkName: 'Réseau',
    organisationId: null,
    organisationName: null,
    from: '2026-10-01',
    to: '2026-11-01',
    summary: SUMMARY,
    comparison: {
      previous: { from: '2026-09-01', to: '2026-10-01', summary: { ...SUMMARY, occupancyRate: 0.2, savedCents: 0 } },
      lastYear: { from: '2025-10-01', to: '2025-11-01', summary: { ...SUMMARY, deliveredMinutes: 540 } },
    },
    occupancy: {
      rooms: [
        {
          resourceId: 'r-1',
          name: 'Salle Desjardins',
          siteId: 's-1',
          siteName: 'Centre communautaire',
          floorAreaM2: 40,
          bookedMinutes: 1440,
          openMinutes: 5760,
          rate: 0.25,
          byMonth: [{ month: '2026-10-01', bookedMinutes: 1440, openMinutes: 5760, rate: 0.25 }],
        },
      ],
      sites: [{ siteId: 's-1', name: 'Centre communautaire', bookedMinutes: 1440, openMinutes: 5760, rate: 0.25 }],
      total: { bookedMinutes: 1440, openMinutes: 5760, rate: 0.25 },
      heatMap: { booked, open },
      rarelyUsedResourceIds: [],
    },
    staff: {
      lines: [
        {
          resourceId: 'st-1',
          name: 'Comptable partagée',
          jobTitle: 'Comptabilité',
          organisationId: 'o-1',
          organisationName: 'Maison de la famille',
          plannedMinutes: 180,
          deliveredMinutes: 150,
        },
      ],
      byRole: [{ role: 'Comptabilité', plannedMinutes: 180, deliveredMinutes: 150 }],
      employees: [
        {
          resourceId: 'st-1',
          name: 'Comptable partagée',
          jobTitle: 'Comptabilité',
          contractedMinutes: 9600,
          workedMinutes: 150,
          utilisation: 150 / 9600,
        },
      ],
      hourBanks: [],
      total: { plannedMinutes: 180, deliveredMinutes: 150 },
    },
    reach: {
      organisationsServed: 2,
      bookings: 6,
      hourRequests: 2,
      people: 3,
      boardPosts: 5,
      boardConversations: 2,
      boardMatches: 1,
      boardCreations: 1,
    },
    savings: {
      lines: [
        {
          organisationId: 'o-1',
          organisationName: 'Maison de la famille',
          standAloneCents: 90_000,
          chargedCents: 50_000,
          savedCents: 40_000,
          explanation: ['Salle Desjardins : 4,00 h × 50,00 $/h = 200,00 $'],
        },
      ],
      total: { standAloneCents: 90_000, chargedCents: 50_000, savedCents: 40_000 },
    },
    environment: { sharedSquareMetreHours: 980 },
    indicators: [
      {
        id: 'i-1',
        stage: 'output',
        nameFr: 'Heures livrées',
        nameEn: 'Hours delivered',
        metric: 'hours_delivered',
        target: 10,
        targetBasis: 'prorated',
        targetSources: [{ from: '2026-04-01', to: '2027-04-01', target: 120 }],
        defaultTarget: null,
        position: 1,
        value: 4.5,
        valueBasis: null,
        progress: 0.45,
      },
      {
        id: 'i-2',
        stage: 'effect',
        nameFr: 'Nouvelles collaborations',
        nameEn: 'New collaborations',
        metric: 'entered',
        target: 4,
        targetBasis: 'period',
        targetSources: [{ from: '2026-10-01', to: '2026-11-01', target: 4 }],
        defaultTarget: null,
        position: 1,
        value: null,
        valueBasis: null,
        progress: null,
      },
      {
        id: 'i-3',
        stage: 'output',
        nameFr: 'Taux d’occupation',
        nameEn: 'Occupancy',
        metric: 'occupancy_percent',
        target: null,
        targetBasis: null,
        targetSources: [],
        defaultTarget: null,
        position: 2,
        value: 25,
        valueBasis: null,
        progress: null,
      },
    ],
    ...overrides,
  };
}

/** 22 h on 31 December 2026 in Montréal: already 1 January 2027 in UTC. */
const NEW_YEARS_EVE = Date.UTC(2027, 0, 1, 3);

async function render(now = NEW_YEARS_EVE) {
  const charts: ChartConfiguration[] = [];
  const saved: Array<{ blob: Blob; name: string }> = [];
  TestBed.configureTestingModule({
    imports: [ImpactPage, translocoTesting({ impact: { fr: impactFr, en: impactEn } })],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: SAVE_FILE, useValue: (blob: Blob, name: string) => saved.push({ blob, name }) },
      { provide: REPORTS_NOW, useValue: () => now },
      {
        provide: CHART_RENDERER,
        useValue: (_: HTMLCanvasElement, config: ChartConfiguration) => (charts.push(config), { destroy: () => undefined }),
      },
    ],
  });
  signInAs(aMe({ memberships: [], coordinatorOf: [{ networkId: 'n-1', networkName: 'Réseau' }] }));
  const fixture = TestBed.createComponent(ImpactPage);
  fixture.detectChanges();
  const http = TestBed.inject(HttpTestingController);
  http
    .expectOne('/api/networks')
    .flush([{ id: 'n-1', name: 'Réseau', showOrganisationNames: true, organisationCount: 2, isCoordinator: true }]);
  http
    .expectOne('/api/organisations')
    .flush([{ id: 'o-1', name: 'Maison de la famille', networkIds: ['n-1'], myRole: null, canManage: true }]);
  await fixture.whenStable();
  fixture.detectChanges();
  return { fixture, http, charts, saved, root: fixture.nativeElement as HTMLElement };
}

describe('ImpactPage', () => {
  it('asks for the last complete month on Montréal’s calendar for the whole network, showing progress until it comes', async () => {
    const page = await render();
    const request = page.http.expectOne((req) => req.url === '/api/impact');
    expect(request.request.params.get('networkId')).toBe('n-1');
    expect([request.request.params.get('from'), request.request.params.get('to')]).toEqual(['2026-11-01', '2026-12-01']);
    expect(request.request.params.has('organisationId')).toBe(false);
    expect(page.root.querySelector('mat-progress-bar')).not.toBeNull();
    expect(page.root.querySelectorAll('.skeleton .card')).toHaveLength(3);
    request.flush(aReport());
    await page.fixture.whenStable();
    page.fixture.detectChanges();
    expect(page.root.querySelector('.skeleton')).toBeNull();
  });

  it('shows the headline figures with their comparisons, the charts, tables, savings explained and the logic model', async () => {
    const page = await render();
    page.http.expectOne((req) => req.url === '/api/impact').flush(aReport());
    await page.fixture.whenStable();
    page.fixture.detectChanges();

    const occupancyCard = spaced(page.root.querySelector('[data-key="occupancy"]')?.textContent);
    expect(occupancyCard).toContain('25,00 %');
    expect(occupancyCard).toContain('+25,00 % par rapport à la période précédente');
    expect(spaced(page.root.querySelector('[data-key="delivered"]')?.textContent)).toContain(
      '-50,00 % par rapport à l’an dernier',
    );
    expect(spaced(page.root.querySelector('[data-key="saved"]')?.textContent)).toContain('1 060,00 $');
    expect(spaced(page.root.querySelector('[data-key="saved"]')?.textContent)).toContain('— par rapport à la période précédente');

    expect(page.charts.map((chart) => chart.type)).toEqual(['bar', 'bar', 'bar']);
    expect(spaced(page.root.querySelector('app-chart-canvas canvas')?.getAttribute('aria-label'))).toBe(
      'Salle Desjardins : 25,00 %',
    );
    const roomRow = spaced(page.root.querySelector('table.data tbody tr')?.textContent);
    expect(roomRow).toContain('Salle Desjardins');
    expect(roomRow).toContain('24 h');
    expect(roomRow).toContain('96 h');
    expect(spaced(page.root.querySelector('table.heat tbody tr:nth-child(2) td:nth-of-type(2)')?.textContent)).toBe('100,00 %');

    expect(spaced(page.root.querySelector('table.savings')?.textContent)).toContain(
      'Salle Desjardins : 4,00 h × 50,00 $/h = 200,00 $',
    );
    expect(page.root.textContent).toContain('980 m²·heures de locaux partagés');
    const indicators = Array.from(page.root.querySelectorAll('.indicator')).map((li) => spaced(li.textContent));
    // Each target says where it comes from unless it is set for the period itself.
    expect(indicators[0]).toBe('Heures livrées 4,5 / 10 au prorata de la cible de 2026-2027');
    expect(indicators[1]).toBe('Taux d’occupation 25,00 % aucune cible pour cette période');
    expect(indicators[2]).toBe('Nouvelles collaborations — / 4 Valeur à saisir pour cette période.');
  });

  it('explains a failure and retries', async () => {
    const page = await render();
    page.http.expectOne((req) => req.url === '/api/impact').flush({ code: 'INTERNAL' }, { status: 500, statusText: 'Error' });
    await page.fixture.whenStable();
    page.fixture.detectChanges();
    const alert = page.root.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Impossible de calculer l’impact');
    alert?.querySelector('button')?.click();
    page.http.expectOne((req) => req.url === '/api/impact').flush(aReport());
    await page.fixture.whenStable();
    page.fixture.detectChanges();
    expect(page.root.querySelector('[role="alert"]')).toBeNull();
  });

  it('narrows the report to one organisation when the coordinator chooses it', async () => {
    const page = await render();
    page.http.expectOne((req) => req.url === '/api/impact').flush(aReport());
    await page.fixture.whenStable();
    (page.fixture.componentInstance as unknown as { organisationId: { set(v: string): void } }).organisationId.set('o-1');
    page.fixture.detectChanges();
    await page.fixture.whenStable();
    const request = page.http.expectOne((req) => req.url === '/api/impact');
    expect(request.request.params.get('organisationId')).toBe('o-1');
  });

  it('downloads the funder report as PDF for the period on screen, and says so when it fails', async () => {
    const page = await render();
    page.http.expectOne((req) => req.url === '/api/impact').flush(aReport());
    await page.fixture.whenStable();
    page.fixture.detectChanges();
    const [pdfButton, xlsxButton] = Array.from(page.root.querySelectorAll<HTMLButtonElement>('.exports button'));
    expect(pdfButton.textContent?.trim()).toBe('Télécharger le rapport (PDF)');
    pdfButton.click();
    page.fixture.detectChanges();
    expect(pdfButton.disabled).toBe(true);
    const request = page.http.expectOne((req) => req.url === '/api/impact.pdf');
    expect(request.request.params.get('from')).toBe('2026-10-01');
    expect(request.request.headers.get('Accept-Language')).toBe('fr-CA');
    request.flush(new Blob(['%PDF-']));
    await new Promise((resolve) => setTimeout(resolve));
    expect(page.saved.map((file) => file.name)).toEqual(['rapport-impact-2026-10-01_2026-11-01.pdf']);

    page.fixture.detectChanges();
    xlsxButton.click();
    page.http.expectOne((req) => req.url === '/api/impact.xlsx').flush(new Blob(['x']), { status: 500, statusText: 'Error' });
    await new Promise((resolve) => setTimeout(resolve));
    page.fixture.detectChanges();
    expect(page.root.querySelector('.export-status [role="alert"]')?.textContent).toContain('n’a pas pu être préparé');
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import type { AllocationReport, PeriodView } from '@mutualis/contracts';
import { buttonNamed, queryButtonNamed, settle, textOf, typeInto } from '../../../testing/dom-testing';
import { aMe, flushApiError, signInAs } from '../../../testing/session-testing';
import { AppLanguage } from '../../core/i18n/app-language';
import { AllocationReportPage } from './allocation-report-page';
import {
  aReport,
  controlLabelled,
  reportsTestProviders,
  reportsTranslocoTesting,
  type ReportsTestDoubles,
} from './reports-testing';

describe('AllocationReportPage', () => {
  let fixture: ComponentFixture<AllocationReportPage>;
  let backend: HttpTestingController;
  let page: HTMLElement;
  let doubles: ReportsTestDoubles;

  beforeEach(async () => {
    localStorage.clear();
    doubles = { charts: [], saved: [] };
    TestBed.configureTestingModule({
      imports: [AllocationReportPage, reportsTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), reportsTestProviders(doubles)],
    });
    signInAs(aMe({ memberships: [], coordinatorOf: [{ networkId: 'network-1', networkName: 'Réseau de l’Estrie' }] }));
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AllocationReportPage);
    page = fixture.nativeElement as HTMLElement;
    await settle(fixture);
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    backend.verify();
  });

  const dialog = () => document.querySelector<HTMLElement>('mat-dialog-container')!;

  /** Answers the two reports (planned, actual) of the window asked for, and the periods. */
  async function answer(
    planned: Partial<AllocationReport> = {},
    actual: Partial<AllocationReport> = planned,
    periods: PeriodView[] = [],
  ) {
    const requests = backend.match((request) => request.url === '/api/reports/allocation');
    expect(requests.map((request) => request.request.params.get('basis'))).toEqual(['planned', 'actual']);
    requests[0].flush(aReport(planned));
    requests[1].flush(aReport({ basis: 'actual', ...actual }));
    for (const request of backend.match('/api/periods?networkId=network-1')) request.flush(periods);
    await settle(fixture);
  }

  function reportParams(): string[] {
    return backend
      .match((request) => request.url === '/api/reports/allocation')
      .map((request) => {
        const params = request.request.params;
        const text = `${params.get('from')}→${params.get('to')} ${params.get('basis')}`;
        request.flush(aReport());
        return text;
      });
  }

  /** Money has no-break spaces: compare accessible names as a person reads them. */
  const spaced = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');

  it('opens on this month and asks for both bases of the coordinator’s network, in the UI’s language', async () => {
    const requests = backend.match((request) => request.url === '/api/reports/allocation');
    expect(requests.map((request) => request.request.params.toString())).toEqual([
      'networkId=network-1&from=2026-11-01&to=2026-12-01&basis=planned',
      'networkId=network-1&from=2026-11-01&to=2026-12-01&basis=actual',
    ]);
    expect(requests[0].request.headers.get('Accept-Language')).toBe('fr-CA');
    requests.forEach((request) => request.flush(aReport()));
    backend.expectOne('/api/periods?networkId=network-1').flush([]);
    await settle(fixture);

    expect(textOf(page.querySelector('h2'))).toBe('Répartition des coûts');
    expect(textOf(page.querySelector('.current'))).toBe('Novembre 2026, du 1er nov. 2026 au 30 nov. 2026');
  });

  it('asks the report again in English after a language switch, so the explanations are English too', async () => {
    await answer();
    await TestBed.inject(AppLanguage).use('en');
    await settle(fixture);

    const requests = backend.match((request) => request.url === '/api/reports/allocation');
    expect(requests.map((request) => request.request.headers.get('Accept-Language'))).toEqual(['en-CA', 'en-CA']);
    requests.forEach((request) => request.flush(aReport()));
    backend.match('/api/periods?networkId=network-1').forEach((request) => request.flush([]));
    await settle(fixture);
  });

  it('totals each organisation, and opens an organisation on its pool lines and their explanations', async () => {
    await answer();

    const table = page.querySelector('.organisation-totals')!;
    const rows = Array.from(table.querySelectorAll('tr.organisation-row')).map((row) =>
      Array.from(row.querySelectorAll('th, td')).map((cell) => textOf(cell)),
    );
    expect(rows).toEqual([
      ['Centre des femmes', '4 900,00 $', '68,06 %', 'Relevé PDF'],
      ['Maison des jeunes', '2 300,00 $', '31,94 %', 'Relevé PDF'],
    ]);
    expect(Array.from(table.querySelectorAll(':scope > tfoot th, :scope > tfoot td')).map((cell) => textOf(cell))).toEqual([
      'Total',
      '7 200,00 $',
      '100,00 %',
      '',
    ]);

    const toggle = buttonNamed(table, 'Maison des jeunes');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await settle(fixture);

    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const lines = Array.from(table.querySelectorAll('table.lines tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('th, td')).map((cell) => textOf(cell)),
    );
    expect(lines).toEqual([
      ['Comptable', '0 h', '50,00 %', '1 000,00 $', '1 organisme sur 2'],
      ['Loyer', '14 h 30', '25,00 %', '1 300,00 $', '14 h 30 sur 58 h réservées = 25,00 % de 5 200,00 $'],
    ]);
  });

  it('draws stacked bars and a donut as images whose names sum up the figures', async () => {
    await answer();

    const canvases = Array.from(page.querySelectorAll('canvas'));
    expect(canvases.map((canvas) => canvas.getAttribute('role'))).toEqual(['img', 'img']);
    expect(spaced(canvases[0].getAttribute('aria-label'))).toBe(
      'Diagramme à barres empilées : montant de chaque enveloppe par organisme. Enveloppes : Loyer : 5 200,00 $ ; Comptable : 2 000,00 $. Organismes : Centre des femmes : 4 900,00 $ ; Maison des jeunes : 2 300,00 $.',
    );
    expect(spaced(canvases[1].getAttribute('aria-label'))).toBe(
      'Diagramme en anneau : part de chaque organisme dans le total de 7 200,00 $. Centre des femmes : 4 900,00 $ (68,06 %) ; Maison des jeunes : 2 300,00 $ (31,94 %).',
    );
    const [bars, donut] = doubles.charts;
    expect(bars.type).toBe('bar');
    expect(bars.data.labels).toEqual(['Centre des femmes', 'Maison des jeunes']);
    expect(bars.data.datasets.map((dataset) => [dataset.label, dataset.data])).toEqual([
      ['Loyer', [3900, 1300]],
      ['Comptable', [1000, 1000]],
    ]);
    expect(donut.type).toBe('doughnut');
    expect(donut.data.datasets[0].data).toEqual([4900, 2300]);
  });

  it('shows planned and actual side by side, and switches the details to actual', async () => {
    await answer(
      {},
      {
        totals: {
          byOrganisation: [
            { organisationId: 'org-1', organisationName: 'Maison des jeunes', amountCents: 250000 },
            { organisationId: 'org-2', organisationName: 'Centre des femmes', amountCents: 470000 },
          ],
          byPool: [],
          grandCents: 720000,
        },
      },
    );

    const comparison = Array.from(page.querySelectorAll('.planned-actual tbody tr, .planned-actual tfoot tr')).map((row) =>
      Array.from(row.querySelectorAll('th, td')).map((cell) => textOf(cell)),
    );
    expect(comparison).toEqual([
      ['Centre des femmes', '4 900,00 $', '4 700,00 $', '-200,00 $'],
      ['Maison des jeunes', '2 300,00 $', '2 500,00 $', '+200,00 $'],
      ['Total', '7 200,00 $', '7 200,00 $', '0,00 $'],
    ]);

    buttonNamed(page, 'Réel').click();
    await settle(fixture);

    expect(textOf(page.querySelector('.organisation-totals tr.organisation-row td'))).toBe('4 700,00 $');
    expect(backend.match((request) => request.url === '/api/reports/allocation')).toEqual([]);
  });

  it('moves to the previous month, then to the fiscal year (April to March) holding it', async () => {
    await answer();

    buttonNamed(page, 'Période précédente').click();
    await settle(fixture);
    expect(reportParams()).toEqual(['2026-10-01→2026-11-01 planned', '2026-10-01→2026-11-01 actual']);
    await settle(fixture);
    expect(textOf(page.querySelector('.current strong'))).toBe('Octobre 2026');

    buttonNamed(page, 'Exercice (avril à mars)').click();
    await settle(fixture);
    expect(reportParams()).toEqual(['2026-04-01→2027-04-01 planned', '2026-04-01→2027-04-01 actual']);
    await settle(fixture);
    expect(textOf(page.querySelector('.current'))).toBe('Exercice 2026-2027, du 1er avr. 2026 au 31 mars 2027');

    expect(textOf(page.querySelector('.is-current'))).toBe('Période en cours');
    expect(queryButtonNamed(page, 'Revenir à la période en cours')).toBeNull();

    buttonNamed(page, 'Période suivante').click();
    await settle(fixture);
    expect(reportParams()).toEqual(['2027-04-01→2028-04-01 planned', '2027-04-01→2028-04-01 actual']);
    await settle(fixture);

    expect(page.querySelector('.is-current')).toBeNull();
    buttonNamed(page, 'Revenir à la période en cours').click();
    await settle(fixture);
    expect(reportParams()).toEqual(['2026-04-01→2027-04-01 planned', '2026-04-01→2027-04-01 actual']);
  });

  it('closes an ended period once the coordinator confirms', async () => {
    await answer();
    buttonNamed(page, 'Période précédente').click();
    await settle(fixture);
    expect(reportParams()).toEqual(['2026-10-01→2026-11-01 planned', '2026-10-01→2026-11-01 actual']);
    for (const request of backend.match('/api/periods?networkId=network-1')) request.flush([]);
    await settle(fixture);

    buttonNamed(page, 'Fermer la période').click();
    await settle(fixture);
    expect(textOf(dialog().querySelector('h2'))).toBe('Fermer la période Octobre 2026 ?');
    buttonNamed(dialog(), 'Fermer la période').click();
    await settle(fixture);

    const close = backend.expectOne({ method: 'POST', url: '/api/periods/close' });
    expect(close.request.body).toEqual({ networkId: 'network-1', from: '2026-10-01', to: '2026-11-01' });
    close.flush({ id: 'period-1' });
    await settle(fixture);
    reportParams();
    for (const request of backend.match('/api/periods?networkId=network-1')) request.flush([]);
  });

  it('closes the period before its end only as a warned, explicit choice, then shows the figures again', async () => {
    await answer();

    buttonNamed(page, 'Fermer la période').click();
    await settle(fixture);
    expect(textOf(dialog().querySelector('h2'))).toBe('La période Novembre 2026 n’est pas terminée : la fermer quand même ?');
    expect(textOf(dialog().querySelector('p'))).toContain('bloque toute réservation');
    buttonNamed(dialog(), 'Fermer quand même').click();
    await settle(fixture);

    const close = backend.expectOne({ method: 'POST', url: '/api/periods/close' });
    expect(close.request.body).toEqual({ networkId: 'network-1', from: '2026-11-01', to: '2026-12-01', force: true });
    close.flush({ id: 'period-1' });
    await settle(fixture);

    await answer({ closed: true, periodId: 'period-1' }, { closed: true, periodId: 'period-1' }, [
      {
        id: 'period-1',
        networkId: 'network-1',
        from: '2026-11-01',
        to: '2026-12-01',
        status: 'closed',
        closedAt: '2026-12-02T14:00:00Z',
        closedBy: 'user-1',
        reopenedAt: null,
        reopenReason: null,
      },
    ]);
    expect(textOf(page.querySelector('[role="status"].banner'))).toBe(
      'Période fermée Fermée le 2 déc. 2026. Les montants sont figés : ils ne changeront plus. Rouvrir',
    );
    expect(queryButtonNamed(page, 'Fermer la période')).toBeNull();
  });

  it('does nothing when the coordinator backs out of closing', async () => {
    await answer();

    buttonNamed(page, 'Fermer la période').click();
    await settle(fixture);
    buttonNamed(dialog(), 'Annuler').click();
    await settle(fixture);

    backend.expectNone('/api/periods/close');
  });

  it('reopens a closed period only with a reason', async () => {
    await answer({ closed: true, periodId: 'period-1' }, { closed: true, periodId: 'period-1' });
    expect(textOf(page.querySelector('.banner strong'))).toBe('Période fermée');

    buttonNamed(page, 'Rouvrir').click();
    await settle(fixture);
    expect(textOf(dialog().querySelector('h2'))).toBe('Rouvrir la période Novembre 2026 ?');
    buttonNamed(dialog(), 'Rouvrir').click();
    await settle(fixture);
    expect(textOf(dialog().querySelector('mat-error'))).toBe('Indiquez pourquoi la période est rouverte.');
    backend.expectNone('/api/periods/reopen');

    typeInto(controlLabelled(dialog(), 'Raison de la réouverture'), '  Feuilles de temps corrigées ');
    buttonNamed(dialog(), 'Rouvrir').click();
    await settle(fixture);

    const reopen = backend.expectOne({ method: 'POST', url: '/api/periods/reopen' });
    expect(reopen.request.body).toEqual({
      networkId: 'network-1',
      from: '2026-11-01',
      to: '2026-12-01',
      reason: 'Feuilles de temps corrigées',
    });
    reopen.flush({ id: 'period-1' });
    await settle(fixture);
    await answer();
    expect(queryButtonNamed(page, 'Fermer la période')).not.toBeNull();
  });

  it('says why closing failed, in the API’s words', async () => {
    await answer();

    buttonNamed(page, 'Fermer la période').click();
    await settle(fixture);
    buttonNamed(dialog(), 'Fermer quand même').click();
    await settle(fixture);
    flushApiError(backend.expectOne('/api/periods/close'), 409, 'PERIOD_CLOSED', 'Une période fermée chevauche celle-ci.');
    await settle(fixture);

    expect(textOf(page.querySelector('app-period-status [role="alert"]'))).toBe('Une période fermée chevauche celle-ci.');
  });

  it('downloads the CSV of the period shown, with a progress bar meanwhile', async () => {
    await answer();

    buttonNamed(page, 'Télécharger CSV').click();
    await settle(fixture);
    expect(page.querySelector('mat-progress-bar.download-progress')).not.toBeNull();
    expect(buttonNamed(page, 'Télécharger Excel').disabled).toBe(true);

    const download = backend.expectOne((request) => request.url === '/api/reports/allocation.csv');
    expect(download.request.params.toString()).toBe('networkId=network-1&from=2026-11-01&to=2026-12-01&basis=planned');
    download.flush(new Blob(['csv']));
    await settle(fixture);

    expect(doubles.saved.map((each) => each.fileName)).toEqual(['repartition-2026-11.csv']);
    expect(page.querySelector('mat-progress-bar.download-progress')).toBeNull();
  });

  it('downloads one organisation’s PDF statement from its row', async () => {
    await answer();

    buttonNamed(page, 'Télécharger le relevé PDF de Maison des jeunes').click();
    await settle(fixture);
    const download = backend.expectOne((request) => request.url === '/api/reports/allocation.pdf');
    expect(download.request.params.get('organisationId')).toBe('org-1');
    download.flush(new Blob(['%PDF']));
    await settle(fixture);

    expect(doubles.saved.map((each) => each.fileName)).toEqual(['releve-maison-des-jeunes-2026-11.pdf']);
  });

  it('downloads the whole network’s report as a PDF', async () => {
    await answer();

    buttonNamed(page, 'Télécharger PDF').click();
    await settle(fixture);
    const download = backend.expectOne((request) => request.url === '/api/reports/allocation.pdf');
    expect(download.request.params.toString()).toBe('networkId=network-1&from=2026-11-01&to=2026-12-01&basis=planned');
    download.flush(new Blob(['%PDF']));
    await settle(fixture);

    expect(doubles.saved.map((each) => each.fileName)).toEqual(['repartition-2026-11.pdf']);
  });

  it('shows the API’s message when the report is refused', async () => {
    const requests = backend.match((request) => request.url === '/api/reports/allocation');
    flushApiError(requests[0], 400, 'INVALID_WINDOW', 'La fenêtre dépasse cinq ans.');
    backend.expectOne('/api/periods?networkId=network-1').flush([]);
    await settle(fixture);

    expect(textOf(page.querySelector('app-inline-error-message [role="alert"]'))).toBe('La fenêtre dépasse cinq ans.');
    expect(page.querySelector('.organisation-totals')).toBeNull();
  });

  it('says when there is nothing to allocate, with a way to the cost pools', async () => {
    const empty = { pools: [], lines: [], totals: { byOrganisation: [], byPool: [], grandCents: 0 } };
    await answer(empty, empty);

    expect(textOf(page.querySelector('.empty-state'))).toBe(
      'Aucune enveloppe de coûts pour cette période : rien à répartir. Gérer les enveloppes de coûts',
    );
    expect(page.querySelector('.empty-state a')?.getAttribute('href')).toBe('/reports/pools');
    expect(page.querySelector('canvas')).toBeNull();
  });
});

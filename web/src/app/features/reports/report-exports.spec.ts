import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { exportFileName, fileSlug, ReportExports } from './report-exports';
import { periodContaining } from './report-period';
import { reportsTestProviders, reportsTranslocoTesting, type ReportsTestDoubles } from './reports-testing';

const FRENCH = { allocation: 'repartition', statement: 'releve', actual: 'reel', quarter: 'T' };
const query = { networkId: 'network-1', from: '2026-11-01', to: '2026-12-01', basis: 'planned' as const };
const november = periodContaining('month', '2026-11-26');

describe('report exports', () => {
  it('names files after the period, the basis when actual, and the organisation of a statement', () => {
    expect(exportFileName({ format: 'csv', query, period: november }, FRENCH)).toBe('repartition-2026-11.csv');
    expect(
      exportFileName(
        { format: 'xlsx', query: { ...query, basis: 'actual' }, period: periodContaining('quarter', '2026-11-26') },
        FRENCH,
      ),
    ).toBe('repartition-2026-T4-reel.xlsx');
    expect(
      exportFileName(
        {
          format: 'pdf',
          query,
          period: periodContaining('fiscalYear', '2026-11-26'),
          organisation: { id: 'org-1', name: 'Maison des Jeunes d’Iberville' },
        },
        FRENCH,
      ),
    ).toBe('releve-maison-des-jeunes-d-iberville-2026-2027.pdf');
    expect(
      exportFileName(
        { format: 'csv', query, period: november },
        { allocation: 'allocation', statement: 'statement', actual: 'actual', quarter: 'Q' },
      ),
    ).toBe('allocation-2026-11.csv');
  });

  it('keeps file names to plain letters, digits and dashes', () => {
    expect(fileSlug('  Centre d’action bénévole « Ça bouge » !')).toBe('centre-d-action-benevole-ca-bouge');
  });

  describe('downloading', () => {
    let backend: HttpTestingController;
    let exports: ReportExports;
    let doubles: ReportsTestDoubles;

    beforeEach(() => {
      doubles = { charts: [], saved: [] };
      TestBed.configureTestingModule({
        imports: [reportsTranslocoTesting()],
        providers: [provideHttpClient(), provideHttpClientTesting(), reportsTestProviders(doubles), ReportExports],
      });
      backend = TestBed.inject(HttpTestingController);
      exports = TestBed.inject(ReportExports);
    });

    afterEach(() => backend.verify());

    it('asks the API for the file in the UI’s language, shows the progress, then saves it under its name', async () => {
      const done = exports.download({ format: 'csv', query, period: november });
      const request = backend.expectOne((each) => each.url === '/api/reports/allocation.csv');
      expect(request.request.params.toString()).toBe('networkId=network-1&from=2026-11-01&to=2026-12-01&basis=planned');
      expect(request.request.headers.get('Accept-Language')).toBe('fr-CA');
      expect(request.request.responseType).toBe('blob');
      expect(exports.active()).toEqual({ id: 'csv', percent: null });

      request.event({ type: HttpEventType.DownloadProgress, loaded: 512, total: 2048 });
      expect(exports.active()).toEqual({ id: 'csv', percent: 25 });

      const file = new Blob(['organisme;montant'], { type: 'text/csv' });
      request.flush(file);
      await done;

      expect(doubles.saved).toEqual([{ blob: file, fileName: 'repartition-2026-11.csv' }]);
      expect(exports.active()).toBeNull();
    });

    it('asks for one organisation’s PDF statement', async () => {
      const done = exports.download({
        format: 'pdf',
        query,
        period: november,
        organisation: { id: 'org-1', name: 'Maison des jeunes' },
      });
      const request = backend.expectOne((each) => each.url === '/api/reports/allocation.pdf');
      expect(request.request.params.get('organisationId')).toBe('org-1');
      request.flush(new Blob(['%PDF']));
      await done;

      expect(doubles.saved.map((each) => each.fileName)).toEqual(['releve-maison-des-jeunes-2026-11.pdf']);
    });

    it('shows the API’s message when the file is refused', async () => {
      const done = exports.download({ format: 'xlsx', query, period: november });
      const body = new Blob([JSON.stringify({ code: 'INVALID_WINDOW', message: 'La période dépasse cinq ans.' })], {
        type: 'application/json',
      });
      backend
        .expectOne((each) => each.url === '/api/reports/allocation.xlsx')
        .flush(body, { status: 400, statusText: 'Bad Request' });
      await done;

      expect(exports.error()).toEqual({ text: 'La période dépasse cinq ans.' });
      expect(doubles.saved).toEqual([]);
    });
  });
});

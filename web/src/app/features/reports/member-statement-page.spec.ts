import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { AllocationReport } from '@mutualis/contracts';
import { buttonNamed, settle, textOf } from '../../../testing/dom-testing';
import { aMe, signInAs } from '../../../testing/session-testing';
import { MemberStatementPage } from './member-statement-page';
import { aReport, reportsTestProviders, reportsTranslocoTesting, type ReportsTestDoubles } from './reports-testing';

describe('MemberStatementPage', () => {
  let fixture: ComponentFixture<MemberStatementPage>;
  let backend: HttpTestingController;
  let page: HTMLElement;
  let doubles: ReportsTestDoubles;

  async function open(me = aMe()): Promise<void> {
    localStorage.clear();
    doubles = { charts: [], saved: [] };
    TestBed.configureTestingModule({
      imports: [MemberStatementPage, reportsTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), reportsTestProviders(doubles)],
    });
    signInAs(me);
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MemberStatementPage);
    page = fixture.nativeElement as HTMLElement;
    await settle(fixture);
  }

  afterEach(() => backend.verify());

  /** The member's organisation (org-1) belongs to network-1. */
  async function answerDirectory(): Promise<void> {
    backend.expectOne('/api/organisations').flush([
      { id: 'org-1', name: 'Maison des jeunes', networkIds: ['network-1'], myRole: 'member', canManage: false },
      { id: 'org-2', name: 'Centre des femmes', networkIds: ['network-1'], myRole: null, canManage: false },
    ]);
    backend
      .expectOne('/api/networks')
      .flush([
        { id: 'network-1', name: 'Réseau de l’Estrie', showOrganisationNames: true, organisationCount: 3, isCoordinator: false },
      ]);
    await settle(fixture);
  }

  async function answerReport(report: Partial<AllocationReport> = {}): Promise<void> {
    const request = backend.expectOne((each) => each.url === '/api/reports/allocation');
    expect(request.request.params.toString()).toBe('networkId=network-1&from=2026-11-01&to=2026-12-01&basis=planned');
    request.flush(aReport(report));
    await settle(fixture);
  }

  it('shows only the organisation’s own lines and its total for this month', async () => {
    await open();
    await answerDirectory();
    // Even if the API sent more, the page shows the member's organisation only.
    await answerReport();

    expect(textOf(page.querySelector('h2'))).toBe('Ce que nous devons');
    expect(textOf(page.querySelector('.organisation'))).toBe('Pour Maison des jeunes');
    expect(textOf(page.querySelector('.total-amount'))).toBe('2 300,00 $');
    const rows = Array.from(page.querySelectorAll('.own-lines tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('th, td')).map((cell) => textOf(cell)),
    );
    expect(rows).toEqual([
      ['Comptable', '0 h', '50,00 %', '1 000,00 $', '1 organisme sur 2'],
      ['Loyer', '14 h 30', '25,00 %', '1 300,00 $', '14 h 30 sur 58 h réservées = 25,00 % de 5 200,00 $'],
    ]);
    expect(page.textContent).not.toContain('Centre des femmes');
    expect(page.querySelector('canvas')).toBeNull();
  });

  it('downloads the organisation’s PDF statement and the CSV', async () => {
    await open();
    await answerDirectory();
    await answerReport();

    buttonNamed(page, 'Télécharger le relevé PDF').click();
    await settle(fixture);
    const pdf = backend.expectOne((each) => each.url === '/api/reports/allocation.pdf');
    expect(pdf.request.params.toString()).toBe(
      'networkId=network-1&from=2026-11-01&to=2026-12-01&basis=planned&organisationId=org-1',
    );
    pdf.flush(new Blob(['%PDF']));
    await settle(fixture);

    buttonNamed(page, 'Télécharger CSV').click();
    await settle(fixture);
    const csv = backend.expectOne((each) => each.url === '/api/reports/allocation.csv');
    expect(csv.request.params.has('organisationId')).toBe(false);
    csv.flush(new Blob(['csv']));
    await settle(fixture);

    expect(doubles.saved.map((each) => each.fileName)).toEqual([
      'releve-maison-des-jeunes-2026-11.pdf',
      'repartition-2026-11.csv',
    ]);
  });

  it('says the period is closed, without offering to reopen it', async () => {
    await open();
    await answerDirectory();
    await answerReport({ closed: true, periodId: 'period-1' });

    expect(textOf(page.querySelector('.banner strong'))).toBe('Période fermée');
    expect(page.querySelector('.banner button')).toBeNull();
  });

  it('says when there is nothing to pay', async () => {
    await open();
    await answerDirectory();
    await answerReport({ lines: [], totals: { byOrganisation: [], byPool: [], grandCents: 0 } });

    expect(textOf(page.querySelector('.total-amount'))).toBe('0,00 $');
    expect(textOf(page.querySelector('.empty-state'))).toBe('Rien à payer pour cette période.');
  });

  it('explains that someone outside any organisation has nothing to see', async () => {
    await open(aMe({ memberships: [] }));
    await answerDirectory();

    expect(textOf(page.querySelector('.empty-state'))).toBe('Vous n’êtes membre d’aucun organisme : aucun montant à afficher.');
  });
});

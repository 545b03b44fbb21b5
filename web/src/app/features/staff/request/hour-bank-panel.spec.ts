import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { settle as settleFixture, textOf } from '../../../../testing/dom-testing';
import { signInAs } from '../../../../testing/session-testing';
import { anAgreement, aStaff, NOW, staffTranslocoTesting } from '../staff-testing';
import { HourBankPanel } from './hour-bank-panel';
import { provideFixedClock } from '../../../../testing/clock-testing';

describe('HourBankPanel', () => {
  let fixture: ComponentFixture<HourBankPanel>;
  let backend: HttpTestingController;
  let page: HTMLElement;
  const settle = () => settleFixture(fixture);

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [HourBankPanel, staffTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideFixedClock(NOW)],
    });
    signInAs();
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(HourBankPanel);
    fixture.componentRef.setInput('organisationId', 'org-1');
    fixture.componentRef.setInput('organisationName', 'Maison des jeunes');
    fixture.componentRef.setInput('staff', [
      aStaff(),
      aStaff({ id: 'staff-2', name: 'Alex Communications', jobTitle: 'Communications' }),
    ]);
    fixture.componentRef.setInput('selectedStaffId', 'staff-2');
    page = fixture.nativeElement as HTMLElement;
    await settle();
  });

  afterEach(() => backend.verify());

  it('shows the banks of the agreements in force, the requested employee first, and booked hours alone without a cap', async () => {
    const agreements = backend.expectOne((request) => request.url === '/api/agreements');
    expect(agreements.request.params.get('organisationId')).toBe('org-1');
    agreements.flush([
      anAgreement(),
      anAgreement({ id: 'shares', resourceId: 'staff-2', minutesPerPeriod: null, fixedSharePercent: 40, periodUnit: 'year' }),
      anAgreement({ id: 'ended', resourceId: 'staff-2', endsOn: '2026-01-01', startsOn: '2025-01-01' }),
    ]);
    await settle();
    const banks = backend.match((request) => request.url === '/api/hour-bank');
    expect(
      banks.map((bank) => [
        bank.request.params.get('resourceId'),
        bank.request.params.get('from'),
        bank.request.params.get('to'),
      ]),
    ).toEqual([
      ['staff-1', '2026-03-01', '2026-06-01'],
      ['staff-2', '2026-01-01', '2029-01-01'],
    ]);
    banks[0].flush({
      resourceId: 'staff-1',
      organisationId: 'org-1',
      agreementId: 'agreement-1',
      lines: [
        {
          period: { unit: 'month', start: '2026-03-01', end: '2026-04-01' },
          allottedMinutes: 720,
          carriedOverMinutes: 0,
          bookedMinutes: 780,
          workedMinutes: 0,
          remainingMinutes: -60,
        },
      ],
    });
    banks[1].flush({
      resourceId: 'staff-2',
      organisationId: 'org-1',
      agreementId: 'shares',
      lines: [
        {
          period: { unit: 'year', start: '2026-01-01', end: '2027-01-01' },
          allottedMinutes: 0,
          carriedOverMinutes: 0,
          bookedMinutes: 120,
          workedMinutes: 0,
          remainingMinutes: -120,
        },
      ],
    });
    await settle();

    const articles = Array.from(page.querySelectorAll('article'));
    expect(articles.map((article) => textOf(article.querySelector('h3')))).toEqual([
      'Alex Communications · Communications',
      'Julie Comptable · Comptable',
    ]);
    expect(textOf(articles[0].querySelector('.no-cap'))).toBe('L’entente ne fixe pas d’heures par période.');
    expect(textOf(articles[0].querySelector('.period'))).toBe('année 2026 · en cours');
    expect(textOf(articles[0].querySelector('.figures'))).toBe('2 h réservées');
    expect(articles[0].querySelector('mat-progress-bar')).toBeNull();
    expect(textOf(articles[1].querySelector('li.line'))).toBe(
      'mars 2026 · en cours 13 h réservées sur 12 h · dépassement de 1 h',
    );
    expect(articles[1].querySelector('li.line')?.classList).toContain('over');
  });

  it('says when the organisation has no agreement in force', async () => {
    backend.expectOne((request) => request.url === '/api/agreements').flush([]);
    await settle();

    expect(textOf(page.querySelector('.empty-state'))).toBe(
      'Votre organisme n’a aucune entente en vigueur avec une ressource partagée.',
    );
  });
});

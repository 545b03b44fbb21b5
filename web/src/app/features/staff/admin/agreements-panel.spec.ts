import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { OrganisationView } from '@mutualis/contracts';
import {
  buttonNamed,
  settle as settleFixture,
  textOf,
  typeInto,
  chooseOption,
  fieldLabelled,
} from '../../../../testing/dom-testing';
import { aMe, flushApiError, signInAs } from '../../../../testing/session-testing';
import { anAgreement, aStaff, NOW, staffTranslocoTesting } from '../staff-testing';
import { AgreementsPanel } from './agreements-panel';
import { provideFixedClock } from '../../../../testing/clock-testing';

const organisation = (id: string, name: string): OrganisationView => ({
  id,
  name,
  networkIds: ['network-1'],
  myRole: null,
  canManage: true,
});

const YOUTH = anAgreement({ id: 'a-youth', fixedSharePercent: 40 });
const WOMEN = anAgreement({
  id: 'a-women',
  organisationId: 'org-2',
  organisationName: 'Centre des femmes',
  minutesPerPeriod: 450,
  periodUnit: 'week',
  endsOn: '2027-01-01',
  overQuota: 'warn',
  rollover: 'next',
  rolloverCapMinutes: 120,
  fixedSharePercent: 35,
});
const ENDED = anAgreement({
  id: 'a-ended',
  organisationId: 'org-3',
  organisationName: 'Coop de solidarité',
  endsOn: '2026-02-01',
  fixedSharePercent: 50,
});

describe('AgreementsPanel', () => {
  let fixture: ComponentFixture<AgreementsPanel>;
  let backend: HttpTestingController;
  let page: HTMLElement;
  const settle = () => settleFixture(fixture);

  function rows(): string[][] {
    return Array.from(page.querySelectorAll('tr.mat-mdc-row')).map((row) =>
      Array.from(row.querySelectorAll('td'))
        .slice(0, 6)
        .map((cell) => textOf(cell)),
    );
  }

  function dialog(): HTMLElement {
    return document.querySelector<HTMLElement>('mat-dialog-container')!;
  }

  async function choose(label: string): Promise<void> {
    Array.from(dialog().querySelectorAll<HTMLElement>('label'))
      .find((each) => textOf(each) === label)!
      .click();
    await settle();
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [AgreementsPanel, staffTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideFixedClock(NOW)],
    });
    signInAs(aMe({ coordinatorOf: [{ networkId: 'network-1', networkName: 'Réseau de l’Estrie' }] }));
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AgreementsPanel);
    fixture.componentRef.setInput('staff', aStaff());
    fixture.componentRef.setInput('organisations', [
      organisation('org-2', 'Centre des femmes'),
      organisation('org-3', 'Coop de solidarité'),
      organisation('org-1', 'Maison des jeunes'),
    ]);
    page = fixture.nativeElement as HTMLElement;
    await settle();
    const list = backend.expectOne((request) => request.url === '/api/agreements');
    expect(list.request.params.get('resourceId')).toBe('staff-1');
    list.flush([YOUTH, WOMEN, ENDED]);
    await settle();
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    backend.verify();
  });

  it('lists the agreements with their hours, dates and policies, and the sum of the fixed shares in force today', () => {
    expect(rows()).toEqual([
      [
        'Centre des femmes',
        '7 h 30 par semaine',
        'du 1er janv. 2026 au 31 déc. 2026',
        'Avertir',
        'Période suivante, au plus 2 h',
        '35 %',
      ],
      ['Coop de solidarité', '12 h par mois', 'du 1er janv. 2026 au 31 janv. 2026', 'Refuser', 'Aucun', '50 %'],
      ['Maison des jeunes', '12 h par mois', 'depuis le 1er janv. 2026', 'Refuser', 'Aucun', '40 %'],
    ]);
    expect(textOf(page.querySelector('.shares'))).toBe(
      'Total des parts fixes en vigueur aujourd’hui : 75 %. Il manque 25 % pour couvrir tout le coût.',
    );
  });

  it('creates an agreement with hours in minutes, the day after the last as its end, and updates the sum', async () => {
    buttonNamed(page, 'Ajouter une entente').click();
    await settle();
    expect(textOf(dialog().querySelector('h2'))).toBe('Nouvelle entente avec Julie Comptable');
    await chooseOption(dialog(), 'Organisme', 'Coop de solidarité', settle);
    typeInto(fieldLabelled(dialog(), 'Heures par période'), '10');
    await chooseOption(dialog(), 'Période', 'Semaine', settle);
    expect(fieldLabelled(dialog(), 'Premier jour').value).toBe('2026-03-04');
    typeInto(fieldLabelled(dialog(), 'Dernier jour'), '2026-12-31');
    await choose('Accepter la demande avec un avertissement');
    await choose('Reportées à la période suivante');
    typeInto(fieldLabelled(dialog(), 'Report maximal (heures)'), '2,5');
    typeInto(fieldLabelled(dialog(), 'Part fixe du coût (%)'), '25');
    buttonNamed(dialog(), 'Enregistrer').click();
    await settle();

    const post = backend.expectOne({ method: 'POST', url: '/api/agreements' });
    expect(post.request.body).toEqual({
      organisationId: 'org-3',
      resourceId: 'staff-1',
      minutesPerPeriod: 600,
      periodUnit: 'week',
      startsOn: '2026-03-04',
      endsOn: '2027-01-01',
      overQuota: 'warn',
      rollover: 'next',
      rolloverCapMinutes: 150,
      fixedSharePercent: 25,
    });
    post.flush(
      anAgreement({
        id: 'a-coop',
        organisationId: 'org-3',
        organisationName: 'Coop de solidarité',
        minutesPerPeriod: 600,
        periodUnit: 'week',
        startsOn: '2026-03-04',
        endsOn: '2027-01-01',
        fixedSharePercent: 25,
      }),
    );
    await settle();

    expect(rows()).toHaveLength(4);
    expect(textOf(page.querySelector('.shares'))).toBe('Total des parts fixes en vigueur aujourd’hui : 100 %.');
    expect(textOf(document.querySelector('mat-snack-bar-container'))).toContain('Entente avec Coop de solidarité ajoutée.');
  });

  it('explains an agreement whose dates overlap another of the same organisation', async () => {
    buttonNamed(page, 'Ajouter une entente').click();
    await settle();
    await chooseOption(dialog(), 'Organisme', 'Maison des jeunes', settle);
    buttonNamed(dialog(), 'Enregistrer').click();
    await settle();
    flushApiError(backend.expectOne('/api/agreements'), 409, 'CONFLICT', 'Overlap');
    await settle();

    expect(textOf(dialog().querySelector('app-inline-error-message [role="alert"]'))).toBe(
      'Une autre entente de cet organisme avec cette ressource couvre déjà une partie de ces dates.',
    );
  });

  it('changes the terms of an agreement, never its organisation', async () => {
    buttonNamed(page, 'Modifier l’entente de Maison des jeunes').click();
    await settle();
    expect(fieldLabelled<HTMLElement>(dialog(), 'Organisme').getAttribute('aria-disabled')).toBe('true');
    expect(fieldLabelled(dialog(), 'Heures par période').value).toBe('12');
    typeInto(fieldLabelled(dialog(), 'Heures par période'), '15');
    typeInto(fieldLabelled(dialog(), 'Part fixe du coût (%)'), '');
    buttonNamed(dialog(), 'Enregistrer').click();
    await settle();

    const patch = backend.expectOne({ method: 'PATCH', url: '/api/agreements/a-youth' });
    expect(patch.request.body).toEqual({
      minutesPerPeriod: 900,
      periodUnit: 'month',
      startsOn: '2026-01-01',
      endsOn: null,
      overQuota: 'refuse',
      rollover: 'none',
      rolloverCapMinutes: null,
      fixedSharePercent: null,
    });
    patch.flush({ ...YOUTH, minutesPerPeriod: 900, fixedSharePercent: null });
    await settle();

    expect(rows()[2]).toEqual(['Maison des jeunes', '15 h par mois', 'depuis le 1er janv. 2026', 'Refuser', 'Aucun', '—']);
    expect(textOf(page.querySelector('.shares'))).toContain('35 %');
  });

  it('deletes an agreement once confirmed', async () => {
    buttonNamed(page, 'Supprimer l’entente de Coop de solidarité').click();
    await settle();
    buttonNamed(dialog(), 'Supprimer').click();
    await settle();
    backend.expectOne({ method: 'DELETE', url: '/api/agreements/a-ended' }).flush(null);
    await settle();

    expect(rows().map((row) => row[0])).toEqual(['Centre des femmes', 'Maison des jeunes']);
  });
});

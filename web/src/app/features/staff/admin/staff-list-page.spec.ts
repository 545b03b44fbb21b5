import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { settle, textOf } from '../../../../testing/dom-testing';
import { aMe, signInAs } from '../../../../testing/session-testing';
import { aStaff, staffTranslocoTesting } from '../staff-testing';
import { StaffListPage } from './staff-list-page';

describe('StaffListPage', () => {
  let fixture: ComponentFixture<StaffListPage>;
  let backend: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [StaffListPage, staffTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    signInAs(aMe({ coordinatorOf: [{ networkId: 'network-1', networkName: 'Réseau de l’Estrie' }] }));
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(StaffListPage);
    page = fixture.nativeElement as HTMLElement;
    await settle(fixture);
  });

  afterEach(() => backend.verify());

  it('lists the employees of the networks the user coordinates, with their carrier, account and state', async () => {
    backend.expectOne('/api/staff').flush([
      aStaff({
        id: 'staff-2',
        name: 'Marc Informaticien',
        jobTitle: 'Technicien',
        carrierOrganisationId: null,
        userId: null,
        active: false,
      }),
      aStaff(),
      aStaff({ id: 'staff-far', name: 'Ressource d’un autre réseau', networkId: 'network-2' }),
    ]);
    backend
      .expectOne('/api/organisations')
      .flush([{ id: 'org-carrier', name: 'CDC de l’Estrie', networkIds: ['network-1'], myRole: null, canManage: true }]);
    await settle(fixture);

    const rows = Array.from(page.querySelectorAll('tr.mat-mdc-row')).map((row) =>
      Array.from(row.querySelectorAll('td')).map((cell) => textOf(cell)),
    );
    expect(rows).toEqual([
      ['Julie Comptable', 'Comptable', 'CDC de l’Estrie', 'Oui', 'Active', 'Modifier'],
      ['Marc Informaticien', 'Technicien', '—', 'Non', 'Inactive', 'Modifier'],
    ]);
    const edit = page.querySelector('a[aria-label="Modifier Julie Comptable"]');
    expect(edit?.getAttribute('href')).toBe('/staff/admin/staff-1');
  });

  it('says when there is nobody yet', async () => {
    backend.expectOne('/api/staff').flush([]);
    backend.expectOne('/api/organisations').flush([]);
    await settle(fixture);

    expect(textOf(page.querySelector('.empty-state'))).toBe('Aucune ressource humaine partagée dans vos réseaux.');
  });
});

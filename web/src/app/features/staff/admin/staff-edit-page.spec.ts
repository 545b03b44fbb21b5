import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
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
import { aStaff, NOW, staffTranslocoTesting } from '../staff-testing';
import { StaffEditPage } from './staff-edit-page';
import { provideFixedClock } from '../../../../testing/clock-testing';

const anOrganisation = (id: string, name: string, networkIds = ['network-1']): OrganisationView => ({
  id,
  name,
  networkIds,
  myRole: null,
  canManage: true,
});

const ORGANISATIONS = [
  anOrganisation('org-carrier', 'CDC de l’Estrie'),
  anOrganisation('org-1', 'Maison des jeunes'),
  anOrganisation('org-far', 'Organisme d’un autre réseau', ['network-2']),
];

describe('StaffEditPage', () => {
  let fixture: ComponentFixture<StaffEditPage>;
  let backend: HttpTestingController;
  let page: HTMLElement;
  const settle = () => settleFixture(fixture);

  const labelled = (label: string) => page.querySelector<HTMLInputElement>(`[aria-label="${label}"]`)!;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [StaffEditPage, staffTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideFixedClock(NOW)],
    });
    signInAs(aMe({ coordinatorOf: [{ networkId: 'network-1', networkName: 'Réseau de l’Estrie' }] }));
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  async function openNew(): Promise<void> {
    fixture = TestBed.createComponent(StaffEditPage);
    page = fixture.nativeElement as HTMLElement;
    await settle();
    backend.expectOne('/api/organisations').flush(ORGANISATIONS);
    await settle();
  }

  async function openExisting(): Promise<void> {
    fixture = TestBed.createComponent(StaffEditPage);
    fixture.componentRef.setInput('staffId', 'staff-1');
    page = fixture.nativeElement as HTMLElement;
    await settle();
    backend.expectOne('/api/organisations').flush(ORGANISATIONS);
    backend.expectOne('/api/staff/staff-1').flush(aStaff());
    await settle();
    backend.expectOne((request) => request.url === '/api/agreements').flush([]);
    await settle();
  }

  it('creates an employee with the cost in cents, caps in minutes and working hours per weekday', async () => {
    await openNew();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    typeInto(fieldLabelled(page, 'Nom'), 'Julie Comptable');
    typeInto(fieldLabelled(page, 'Titre du poste'), 'Comptable');
    await chooseOption(page, 'Organisme porteur', 'CDC de l’Estrie', settle);
    typeInto(fieldLabelled(page, 'Courriel du compte lié'), 'julie@cdc-estrie.org');
    typeInto(fieldLabelled(page, 'Coût horaire ($)'), '45,50');
    typeInto(fieldLabelled(page, 'Maximum d’heures par jour'), '7,5');
    typeInto(fieldLabelled(page, 'Maximum d’heures par semaine'), '35');
    buttonNamed(page, 'Ajouter une plage le lundi').click();
    buttonNamed(page, 'Ajouter une plage le mardi').click();
    await settle();
    typeInto(labelled('Fin, mardi, plage 1'), '12:00');
    await settle();
    expect(textOf(page.querySelector('.total'))).toBe('Total : 11 h par semaine.');

    buttonNamed(page, 'Ajouter la ressource').click();
    await settle();

    const post = backend.expectOne({ method: 'POST', url: '/api/staff' });
    expect(post.request.body).toEqual({
      networkId: 'network-1',
      name: 'Julie Comptable',
      jobTitle: 'Comptable',
      carrierOrganisationId: 'org-carrier',
      userEmail: 'julie@cdc-estrie.org',
      timeZone: 'America/Toronto',
      hourlyCostCents: 4550,
      maxMinutesPerDay: 450,
      maxMinutesPerWeek: 2100,
      holidaysOff: true,
      workingHours: [
        { week: 'every', weekday: 1, start: '09:00', end: '17:00' },
        { week: 'every', weekday: 2, start: '09:00', end: '12:00' },
      ],
    });
    const invitation = { email: 'julie@cdc-estrie.org', expiresAt: '2026-11-23T14:00:00.000Z', acceptUrl: '/invitation/inv_abc' };
    post.flush({ ...aStaff({ userId: null }), invitation }, { status: 201, statusText: 'Created' });
    await settle();

    expect(navigate).toHaveBeenCalledWith(['/staff/admin', 'staff-1'], { state: { invitation } });
    expect(textOf(document.querySelector('mat-snack-bar-container'))).toContain('« Julie Comptable » ajoutée.');
    expect(textOf(page.querySelector('.invitation-link [role="status"]'))).toContain(
      'Invitation créée pour julie@cdc-estrie.org : le compte sera lié quand la personne l’acceptera.',
    );
    expect(fieldLabelled(page, 'Lien d’invitation').value).toBe(`${location.origin}/invitation/inv_abc`);
  });

  it('offers only the organisations of the network as carrier', async () => {
    await openNew();
    fieldLabelled<HTMLElement>(page, 'Organisme porteur').click();
    await settle();

    expect(Array.from(document.querySelectorAll('mat-option')).map((option) => textOf(option))).toEqual([
      'Aucun',
      'CDC de l’Estrie',
      'Maison des jeunes',
    ]);
  });

  it('shows overlapping ranges under their day and sends nothing until they are fixed', async () => {
    await openNew();
    typeInto(fieldLabelled(page, 'Nom'), 'Julie Comptable');
    buttonNamed(page, 'Ajouter une plage le jeudi').click();
    buttonNamed(page, 'Ajouter une plage le jeudi').click();
    await settle();
    typeInto(labelled('Début, jeudi, plage 2'), '16:00');
    await settle();

    const thursday = page.querySelectorAll('.day')[3];
    expect(textOf(thursday.querySelector('[role="alert"]'))).toBe('Deux plages se chevauchent.');
    buttonNamed(page, 'Ajouter la ressource').click();
    await settle();
    backend.expectNone('/api/staff');

    buttonNamed(page, 'Retirer la plage 2 du jeudi').click();
    await settle();
    expect(textOf(thursday.querySelector('[role="alert"]'))).toBe('');
  });

  it('asks for the Monday of a week A and a week for each range when weeks alternate', async () => {
    await openNew();
    fieldLabelled(page, 'Horaire en semaines alternées (A et B)').click();
    await settle();
    typeInto(fieldLabelled(page, 'Lundi d’une semaine A'), '2026-03-04');
    buttonNamed(page, 'Ajouter une plage le vendredi').click();
    await settle();

    expect(textOf(page.querySelector('mat-error'))).toBe('Cette date n’est pas un lundi.');
    expect(page.querySelector('[aria-label="Semaine, vendredi, plage 1"]')).not.toBeNull();
    expect(textOf(page.querySelector('.total'))).toBe('Total : 8 h en semaine A, 8 h en semaine B.');
  });

  it('edits an employee: shows dollars and hours, sends cents and minutes with the active state', async () => {
    await openExisting();
    expect(textOf(page.querySelector('h2'))).toBe('Julie Comptable');
    expect(fieldLabelled(page, 'Coût horaire ($)').value).toBe('45,50');
    expect(fieldLabelled(page, 'Maximum d’heures par jour').value).toBe('7,5');
    expect(fieldLabelled(page, 'Maximum d’heures par semaine').value).toBe('35');
    expect(textOf(page.querySelector('mat-hint'))).toBe(
      'Un compte est lié. Entrez un autre courriel pour inviter une autre personne à le remplacer.',
    );

    typeInto(fieldLabelled(page, 'Coût horaire ($)'), '50');
    buttonNamed(page, 'Enregistrer').click();
    await settle();

    const patch = backend.expectOne({ method: 'PATCH', url: '/api/staff/staff-1' });
    expect(patch.request.body).toEqual({
      name: 'Julie Comptable',
      jobTitle: 'Comptable',
      carrierOrganisationId: 'org-carrier',
      timeZone: 'America/Toronto',
      hourlyCostCents: 5000,
      maxMinutesPerDay: 450,
      maxMinutesPerWeek: 2100,
      holidaysOff: true,
      workingHours: [
        { week: 'every', weekday: 2, start: '09:00', end: '12:00' },
        { week: 'every', weekday: 2, start: '13:00', end: '17:00' },
        { week: 'every', weekday: 4, start: '09:00', end: '16:00' },
      ],
      active: true,
    });
    patch.flush(aStaff({ hourlyCostCents: 5000 }));
    await settle();

    expect(fieldLabelled(page, 'Coût horaire ($)').value).toBe('50,00');
    expect(textOf(document.querySelector('mat-snack-bar-container'))).toContain('« Julie Comptable » enregistrée.');
  });

  it('links another account only through an invitation, and explains an account that is already another employee’s', async () => {
    await openExisting();
    typeInto(fieldLabelled(page, 'Courriel du compte lié'), 'autre@exemple.org');
    buttonNamed(page, 'Enregistrer').click();
    await settle();
    flushApiError(
      backend.expectOne('/api/staff/staff-1'),
      409,
      'CONFLICT',
      'This account is already the account of another pooled employee.',
    );
    await settle();
    expect(textOf(page.querySelector('app-inline-error-message [role="alert"]'))).toBe(
      'Ce compte est déjà celui d’une autre ressource partagée.',
    );

    buttonNamed(page, 'Enregistrer').click();
    await settle();
    const invitation = { email: 'autre@exemple.org', expiresAt: '2026-11-23T14:00:00.000Z', acceptUrl: '/invitation/inv_xyz' };
    backend.expectOne('/api/staff/staff-1').flush({ ...aStaff(), invitation });
    await settle();
    expect(fieldLabelled(page, 'Lien d’invitation').value).toBe(`${location.origin}/invitation/inv_xyz`);
  });
});

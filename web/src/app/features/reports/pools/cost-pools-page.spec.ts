import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { CostPoolView } from '@mutualis/contracts';
import { buttonNamed, settle, textOf, typeInto } from '../../../../testing/dom-testing';
import { aMe, flushApiError, signInAs } from '../../../../testing/session-testing';
import {
  aCostPool,
  chooseOption,
  controlLabelled,
  fieldErrorOf,
  reportsTestProviders,
  reportsTranslocoTesting,
} from '../reports-testing';
import { CostPoolsPage } from './cost-pools-page';

describe('CostPoolsPage', () => {
  let fixture: ComponentFixture<CostPoolsPage>;
  let backend: HttpTestingController;
  let page: HTMLElement;
  const settlePage = () => settle(fixture);
  const dialog = () => document.querySelector<HTMLElement>('mat-dialog-container')!;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [CostPoolsPage, reportsTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), reportsTestProviders({ charts: [], saved: [] })],
    });
    signInAs(aMe({ memberships: [], coordinatorOf: [{ networkId: 'network-1', networkName: 'Réseau de l’Estrie' }] }));
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CostPoolsPage);
    page = fixture.nativeElement as HTMLElement;
    await settle(fixture);
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    backend.verify();
  });

  async function answer(pools: CostPoolView[]): Promise<void> {
    backend.expectOne('/api/cost-pools?networkId=network-1').flush(pools);
    backend.expectOne('/api/organisations').flush([
      { id: 'org-carrier', name: 'CDC de l’Estrie', networkIds: ['network-1'], myRole: null, canManage: true },
      { id: 'org-far', name: 'Organisme d’un autre réseau', networkIds: ['network-2'], myRole: null, canManage: false },
    ]);
    backend.expectOne('/api/staff').flush([{ id: 'staff-1', networkId: 'network-1', name: 'Comptable partagé·e' }]);
    backend
      .expectOne('/api/resources?type=space')
      .flush([{ id: 'room-1', networkId: 'network-1', name: 'Salle polyvalente', siteName: 'Maison communautaire' }]);
    backend.expectOne('/api/sites').flush([{ id: 'site-1', networkId: 'network-1', name: 'Maison communautaire' }]);
    await settle(fixture);
  }

  it('says when the network has no cost pool yet', async () => {
    await answer([]);

    expect(textOf(page.querySelector('.empty-state'))).toBe(
      'Aucune enveloppe de coûts dans ce réseau. Créez-en une pour répartir un salaire ou un loyer.',
    );
  });

  it('lists the pools with their key, carrier, what they cover and their amounts', async () => {
    await answer([
      aCostPool(),
      aCostPool({
        id: 'pool-building',
        name: 'Bâtiment',
        description: '',
        carrierOrganisationId: null,
        resourceIds: [],
        siteId: 'site-1',
        key: {
          kind: 'hybrid',
          parts: [
            { key: 'equal_split', percent: 40 },
            { key: 'usage_share', percent: 60 },
          ],
        },
        amounts: [],
      }),
    ]);

    const rows = Array.from(page.querySelectorAll('table.pools tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('th, td')).map((cell) => textOf(cell)),
    );
    expect(rows).toEqual([
      [
        'Bâtiment',
        'Hybride : 40 % Parts égales + 60 % Part d’utilisation',
        '—',
        'Tout le lieu : Maison communautaire',
        'Aucun montant',
        'Modifier Supprimer',
      ],
      [
        'Loyer Loyer et services de la maison communautaire',
        'Part d’utilisation',
        'CDC de l’Estrie',
        'Salle polyvalente',
        '2 montants, du 1er janv. 2026 au 28 févr. 2026',
        'Modifier Supprimer',
      ],
    ]);
  });

  it('creates a monthly pool from the dialog and lists it', async () => {
    await answer([]);

    buttonNamed(page, 'Nouvelle enveloppe').click();
    await settlePage();
    expect(textOf(dialog().querySelector('h2'))).toBe('Nouvelle enveloppe de coûts');
    typeInto(controlLabelled(dialog(), 'Nom'), 'Comptable partagé·e');
    await chooseOption(dialog(), 'Organisme porteur', 'CDC de l’Estrie', settlePage);
    await chooseOption(dialog(), 'Ressources', 'Comptable partagé·e', settlePage);
    document.querySelector<HTMLElement>('.cdk-overlay-transparent-backdrop')?.click();
    await settlePage();
    await chooseOption(dialog(), 'Clé de répartition', 'Parts égales', settlePage);
    typeInto(controlLabelled(dialog(), 'Nombre de mois'), '6');
    typeInto(controlLabelled(dialog(), 'Montant mensuel'), '2 000,00');
    buttonNamed(dialog(), 'Enregistrer').click();
    await settlePage();

    const create = backend.expectOne({ method: 'POST', url: '/api/cost-pools' });
    expect(create.request.body).toEqual({
      networkId: 'network-1',
      name: 'Comptable partagé·e',
      description: '',
      carrierOrganisationId: 'org-carrier',
      resourceIds: ['staff-1'],
      siteId: null,
      key: { kind: 'equal_split', fallback: 'equal_split', minChargeCents: null, capCents: null },
      recurring: { fromMonth: '2026-11', months: 6, amountCents: 200000 },
    });
    create.flush(aCostPool({ id: 'pool-new', name: 'Comptable partagé·e', resourceIds: ['staff-1'] }));
    await settlePage();

    expect(document.querySelector('mat-dialog-container')).toBeNull();
    expect(textOf(page.querySelector('table.pools tbody th'))).toContain('Comptable partagé·e');
  });

  it('refuses hybrid parts that do not add up to 100 %', async () => {
    await answer([]);

    buttonNamed(page, 'Nouvelle enveloppe').click();
    await settlePage();
    typeInto(controlLabelled(dialog(), 'Nom'), 'Bâtiment');
    await chooseOption(dialog(), 'Clé de répartition', 'Hybride', settlePage);
    typeInto(controlLabelled(dialog(), 'Pourcentage, partie 2'), '40');
    typeInto(controlLabelled(dialog(), 'Montant mensuel'), '1000');
    buttonNamed(dialog(), 'Enregistrer').click();
    await settlePage();

    expect(textOf(dialog().querySelector('.problem[role="alert"]'))).toBe(
      'Les deux parties totalisent 90 % : elles doivent totaliser 100 %.',
    );
    backend.expectNone('/api/cost-pools');
  });

  it('shows the API’s validation messages on their fields, and overlapping amounts on the first month', async () => {
    await answer([aCostPool()]);

    buttonNamed(page, 'Modifier l’enveloppe Loyer').click();
    await settlePage();
    expect(controlLabelled(dialog(), 'Nom').value).toBe('Loyer');
    buttonNamed(dialog(), 'Enregistrer').click();
    await settlePage();
    flushApiError(
      backend.expectOne({ method: 'PATCH', url: '/api/cost-pools/pool-rent' }),
      400,
      'VALIDATION_FAILED',
      'Champs invalides : name.',
      {
        fields: [{ field: 'name', messages: ['Ce nom est déjà pris dans le réseau.'] }],
      },
    );
    await settlePage();

    expect(fieldErrorOf(dialog(), 'Nom')).toBe('Ce nom est déjà pris dans le réseau.');
    expect(textOf(dialog().querySelector('app-inline-error-message [role="alert"]'))).toBe('Champs invalides : name.');

    // Adding twelve months from March overlaps nothing here, but the API says otherwise.
    typeInto(controlLabelled(dialog(), 'Nom'), 'Loyer 2026');
    dialog().querySelector<HTMLElement>('mat-radio-button[value="recurring"] input')!.click();
    await settlePage();
    buttonNamed(dialog(), 'Enregistrer').click();
    await settlePage();
    const patch = backend.expectOne({ method: 'PATCH', url: '/api/cost-pools/pool-rent' });
    expect(patch.request.body.recurring).toEqual({ fromMonth: '2026-03', months: 12, amountCents: 520000 });
    flushApiError(patch, 409, 'CONFLICT', 'Ces mois ont déjà un montant.');
    await settlePage();

    expect(fieldErrorOf(dialog(), 'Premier mois')).toBe('Ces dates chevauchent des montants déjà inscrits pour cette enveloppe.');
  });

  it('deletes a pool once the coordinator confirms', async () => {
    await answer([aCostPool()]);

    buttonNamed(page, 'Supprimer l’enveloppe Loyer').click();
    await settlePage();
    expect(textOf(dialog().querySelector('h2'))).toBe('Supprimer l’enveloppe Loyer ?');
    buttonNamed(dialog(), 'Supprimer').click();
    await settlePage();

    backend
      .expectOne({ method: 'DELETE', url: '/api/cost-pools/pool-rent' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await settlePage();
    expect(textOf(page.querySelector('.empty-state'))).toContain('Aucune enveloppe de coûts dans ce réseau.');
  });

  it('says why a pool cannot be deleted', async () => {
    await answer([aCostPool()]);

    buttonNamed(page, 'Supprimer l’enveloppe Loyer').click();
    await settlePage();
    buttonNamed(dialog(), 'Supprimer').click();
    await settlePage();
    flushApiError(
      backend.expectOne({ method: 'DELETE', url: '/api/cost-pools/pool-rent' }),
      409,
      'PERIOD_CLOSED',
      'Cette enveloppe a des montants dans une période fermée.',
    );
    await settlePage();

    expect(textOf(page.querySelector('app-inline-error-message [role="alert"]'))).toBe(
      'Cette enveloppe a des montants dans une période fermée.',
    );
    expect(page.querySelectorAll('table.pools tbody tr')).toHaveLength(1);
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { OrganisationView } from '@mutualis/contracts';
import { buttonNamed, settle, textOf, typeInto, fieldLabelled } from '../../../testing/dom-testing';
import { aMe, flushApiError, signInAs } from '../../../testing/session-testing';
import { aSpace } from '../bookings/bookings-testing';
import { PREMISES_ADMIN_ROUTES } from './premises-admin.routes';
import { aSite, premisesTranslocoTesting } from './premises-testing';

@Component({ template: '' })
class Stub {}

const ORGANISATIONS: OrganisationView[] = [
  { id: 'org-1', name: 'Maison des jeunes', networkIds: ['network-1'], myRole: null, canManage: false },
  { id: 'org-9', name: 'Ailleurs', networkIds: ['network-9'], myRole: null, canManage: false },
];

describe('SpacePage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [premisesTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'admin/rooms', children: PREMISES_ADMIN_ROUTES },
            { path: '**', component: Stub },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    signInAs(aMe({ coordinatorOf: [{ networkId: 'network-1', networkName: 'Réseau de l’Estrie' }] }));
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  async function open(url: string): Promise<HTMLElement> {
    await harness.navigateByUrl(url);
    await settle(harness.fixture);
    backend.expectOne('/api/sites').flush([aSite()]);
    backend.expectOne('/api/organisations').flush(ORGANISATIONS);
    return harness.routeNativeElement!;
  }

  it('creates a room with its rate in cents and its equipment, then goes back to the site', async () => {
    const page = await open('/admin/rooms/site-1/rooms/new');
    await settle(harness.fixture);
    expect(textOf(page.querySelector('h2'))).toBe('Nouvelle salle');

    typeInto(fieldLabelled(page, 'Nom de la salle'), 'Salle Mauricie');
    typeInto(fieldLabelled(page, 'Capacité (personnes)'), '12');
    typeInto(fieldLabelled(page, 'Tarif horaire ($)'), '19,99');
    const equipment = page.querySelector<HTMLInputElement>('input[placeholder="Ajouter un équipement"]')!;
    equipment.value = 'Tableau blanc';
    equipment.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true }));
    await settle(harness.fixture);
    expect(textOf(page.querySelector('mat-chip-row'))).toContain('Tableau blanc');

    buttonNamed(page, 'Enregistrer la salle').click();
    await settle(harness.fixture);

    const post = backend.expectOne({ method: 'POST', url: '/api/spaces' });
    expect(post.request.body).toMatchObject({
      siteId: 'site-1',
      name: 'Salle Mauricie',
      capacity: 12,
      hourlyRateCents: 1999,
      equipment: ['Tableau blanc'],
    });
    post.flush(aSpace({ id: 'room-9', name: 'Salle Mauricie' }));
    await settle(harness.fixture);

    expect(TestBed.inject(Router).url).toBe('/admin/rooms/site-1');
    expect(textOf(document.querySelector('mat-snack-bar-container'))).toContain('Salle « Salle Mauricie » ajoutée.');
    // The site page loads next.
    backend.match(() => true).forEach((request) => request.flush([]));
  });

  it('edits a room: its rate in dollars, who may book it, and explains a refusal', async () => {
    const page = await open('/admin/rooms/site-1/rooms/room-1');
    backend.expectOne('/api/resources/room-1').flush(aSpace({ hourlyRateCents: 2550 }));
    await settle(harness.fixture);
    backend.expectOne('/api/blackouts?resourceId=room-1').flush([]);
    await settle(harness.fixture);

    expect(textOf(page.querySelector('h2'))).toBe('Salle « Salle Laurentides »');
    expect(fieldLabelled(page, 'Tarif horaire ($)').value).toBe('25,50');

    typeInto(fieldLabelled(page, 'Tarif horaire ($)'), '30');
    Array.from(page.querySelectorAll<HTMLElement>('label'))
      .find((label) => textOf(label) === 'Seulement ces organismes')!
      .click();
    await settle(harness.fixture);
    fieldLabelled<HTMLElement>(page, 'Organismes autorisés').click();
    await settle(harness.fixture);
    const options = Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
    expect(options.map((option) => textOf(option))).toEqual(['Maison des jeunes']);
    options[0].click();
    await settle(harness.fixture);
    buttonNamed(page, 'Enregistrer la salle').click();
    await settle(harness.fixture);

    const patch = backend.expectOne({ method: 'PATCH', url: '/api/spaces/room-1' });
    expect(patch.request.body).toMatchObject({
      hourlyRateCents: 3000,
      rules: { bookableBy: 'list', bookableOrganisationIds: ['org-1'] },
    });
    flushApiError(patch, 403, 'FORBIDDEN', 'Forbidden');
    await settle(harness.fixture);

    expect(textOf(page.querySelector('app-inline-error-message [role="alert"]'))).toBe(
      'Seule la coordination du réseau peut modifier ces locaux.',
    );
  });

  it('shows the organisation a room is dedicated to (floor-area key), and makes it shared again', async () => {
    const page = await open('/admin/rooms/site-1/rooms/room-1');
    backend.expectOne('/api/resources/room-1').flush(aSpace({ dedicatedOrganisationId: 'org-1' }));
    await settle(harness.fixture);
    backend.expectOne('/api/blackouts?resourceId=room-1').flush([]);
    await settle(harness.fixture);

    const dedicated = fieldLabelled<HTMLElement>(page, 'Espace dédié à');
    expect(textOf(dedicated)).toBe('Maison des jeunes');
    dedicated.click();
    await settle(harness.fixture);
    const options = Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
    expect(options.map((option) => textOf(option))).toEqual(['Aucun organisme (espace partagé)', 'Maison des jeunes']);
    options[0].click();
    await settle(harness.fixture);
    buttonNamed(page, 'Enregistrer la salle').click();
    await settle(harness.fixture);

    const patch = backend.expectOne({ method: 'PATCH', url: '/api/spaces/room-1' });
    expect(patch.request.body).toMatchObject({ dedicatedOrganisationId: null });
    patch.flush(aSpace());
    await settle(harness.fixture);
    backend.match(() => true).forEach((request) => request.flush([]));
  });

  it('will not save a rate that is not an amount', async () => {
    const page = await open('/admin/rooms/site-1/rooms/new');
    await settle(harness.fixture);
    typeInto(fieldLabelled(page, 'Nom de la salle'), 'Salle Mauricie');
    typeInto(fieldLabelled(page, 'Tarif horaire ($)'), '12,345');
    buttonNamed(page, 'Enregistrer la salle').click();
    await settle(harness.fixture);

    backend.expectNone('/api/spaces');
    expect(textOf(page)).toContain('Entrez un montant en dollars, par exemple 25,50.');
  });
});

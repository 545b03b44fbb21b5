import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { buttonNamed, settle, textOf, typeInto, fieldLabelled } from '../../../testing/dom-testing';
import { aMe, signInAs } from '../../../testing/session-testing';
import { PREMISES_ADMIN_ROUTES } from './premises-admin.routes';
import { aSite, premisesTranslocoTesting } from './premises-testing';

@Component({ template: '' })
class Stub {}

describe('SitesPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

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
    await harness.navigateByUrl('/admin/rooms');
    await settle(harness.fixture);
    backend.expectOne('/api/sites').flush([aSite()]);
    await settle(harness.fixture);
    page = harness.routeNativeElement!;
  });

  afterEach(() => backend.verify());

  it('lists the sites, each leading to its page', () => {
    expect(textOf(page.querySelector('tr.mat-mdc-row'))).toContain('Carrefour communautaire');
    expect(page.querySelector('a[href="/admin/rooms/site-1"]')).not.toBeNull();
  });

  it('adds a site to the coordinator’s network and opens it', async () => {
    typeInto(fieldLabelled(page, 'Nom'), ' Maison de quartier ');
    typeInto(fieldLabelled(page, 'Adresse'), '45, rue Wellington');
    buttonNamed(page, 'Ajouter le lieu').click();
    await settle(harness.fixture);

    const post = backend.expectOne({ method: 'POST', url: '/api/sites' });
    expect(post.request.body).toEqual({
      networkId: 'network-1',
      name: 'Maison de quartier',
      address: '45, rue Wellington',
      timeZone: 'America/Toronto',
    });
    post.flush(aSite({ id: 'site-2', name: 'Maison de quartier', openingHours: [] }));
    await settle(harness.fixture);

    expect(TestBed.inject(Router).url).toBe('/admin/rooms/site-2');
    backend.match(() => true).forEach((request) => request.flush([]));
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { NetworkView, OrganisationView } from '@mutualis/contracts';
import { buttonNamed, inputLabelled, settle, textOf, typeInto } from '../../../../testing/dom-testing';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { NetworkCard } from './network-card';

const NETWORK: NetworkView = {
  id: 'net-1',
  name: 'CDC de l’Estrie',
  showOrganisationNames: false,
  organisationCount: 1,
  isCoordinator: true,
};
const YOUTH_CENTRE: OrganisationView = {
  id: 'org-1',
  name: 'Maison des jeunes',
  networkIds: ['net-1'],
  myRole: null,
  canManage: true,
};

describe('NetworkCard', () => {
  let fixture: ComponentFixture<NetworkCard>;
  let backend: HttpTestingController;
  let card: HTMLElement;

  async function render(network: NetworkView = NETWORK): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [NetworkCard, translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(NetworkCard);
    fixture.componentRef.setInput('network', network);
    fixture.componentRef.setInput('organisations', [YOUTH_CENTRE]);
    card = fixture.nativeElement as HTMLElement;
    await settle(fixture);
  }

  afterEach(() => backend.verify());

  it('links each organisation of the network to its page', async () => {
    await render();

    const link = card.querySelector<HTMLAnchorElement>('ul a');
    expect(textOf(link)).toBe('Maison des jeunes');
    expect(link?.getAttribute('href')).toBe('/admin/organisations/org-1');
  });

  it('lets the coordinator show the organisation names to the other members', async () => {
    await render();
    const changes: NetworkView[] = [];
    fixture.componentInstance.networkChange.subscribe((network) => changes.push(network));

    const toggle = card.querySelector<HTMLButtonElement>('mat-slide-toggle button[role="switch"]')!;
    expect(textOf(card.querySelector('mat-slide-toggle'))).toBe('Montrer le nom des organismes aux autres membres');
    toggle.click();
    await settle(fixture);
    const patch = backend.expectOne({ method: 'PATCH', url: '/api/networks/net-1' });
    expect(patch.request.body).toEqual({ showOrganisationNames: true });
    patch.flush({ ...NETWORK, showOrganisationNames: true });
    await settle(fixture);

    expect(changes).toEqual([{ ...NETWORK, showOrganisationNames: true }]);
  });

  it('adds an organisation to the network', async () => {
    await render();
    const added: OrganisationView[] = [];
    fixture.componentInstance.organisationAdded.subscribe((organisation) => added.push(organisation));

    typeInto(inputLabelled(card, 'Nom de l’organisme'), 'Centre des femmes');
    buttonNamed(card, 'Ajouter un organisme').click();
    await settle(fixture);
    const post = backend.expectOne({ method: 'POST', url: '/api/networks/net-1/organisations' });
    expect(post.request.body).toEqual({ name: 'Centre des femmes' });
    post.flush({ ...YOUTH_CENTRE, id: 'org-2', name: 'Centre des femmes' });
    await settle(fixture);

    expect(added.map((organisation) => organisation.name)).toEqual(['Centre des femmes']);
  });

  it('adds a co-coordinator without claiming that the e-mail has an account (the API does not say)', async () => {
    await render();

    typeInto(inputLabelled(card, 'Courriel de la personne'), 'inconnu@exemple.org');
    buttonNamed(card, 'Ajouter à la coordination').click();
    await settle(fixture);
    const post = backend.expectOne({ method: 'POST', url: '/api/networks/net-1/coordinators' });
    expect(post.request.body).toEqual({ email: 'inconnu@exemple.org' });
    post.flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);

    expect(textOf(document.body)).toContain('Si un compte Mutualis a le courriel inconnu@exemple.org');
  });

  it('shows a network the user does not coordinate without its settings', async () => {
    await render({ ...NETWORK, isCoordinator: false });

    expect(card.querySelector('mat-slide-toggle')).toBeNull();
    expect(card.querySelector('form')).toBeNull();
    expect(textOf(card)).toContain('Les membres voient qu’une plage est prise, sans le nom de l’organisme.');
  });
});

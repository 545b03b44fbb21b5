import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { BlackoutView } from '@mutualis/contracts';
import { buttonNamed, settle, textOf, typeInto, fieldLabelled } from '../../../testing/dom-testing';
import { flushApiError } from '../../../testing/session-testing';
import { BlackoutsPanel } from './blackouts-panel';
import { premisesTranslocoTesting } from './premises-testing';

const HOLIDAYS: BlackoutView = {
  id: 'blackout-1',
  siteId: 'site-1',
  resourceId: null,
  start: '2026-12-24T12:00:00-05:00',
  end: '2027-01-04T08:00:00-05:00',
  reason: 'Vacances des fêtes',
};

describe('BlackoutsPanel', () => {
  let fixture: ComponentFixture<BlackoutsPanel>;
  let backend: HttpTestingController;
  let panel: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [BlackoutsPanel, premisesTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(BlackoutsPanel);
    fixture.componentRef.setInput('target', { siteId: 'site-1' });
    fixture.componentRef.setInput('timeZone', 'America/Toronto');
    panel = fixture.nativeElement as HTMLElement;
    await settle(fixture);
    backend.expectOne('/api/blackouts?siteId=site-1').flush([HOLIDAYS]);
    await settle(fixture);
  });

  afterEach(() => backend.verify());

  it('lists the closures with their period in the site’s zone and their reason', () => {
    const closure = panel.querySelector('.blackouts li');
    expect(textOf(closure?.querySelector('.when'))).toBe('jeu. 24 déc. 2026, 12 h – lun. 4 janv. 2027, 8 h');
    expect(textOf(closure?.querySelector('.reason'))).toBe('Vacances des fêtes');
  });

  it('adds a closure from a date-time range read on the site’s clock', async () => {
    typeInto(fieldLabelled(panel, 'Date de début'), '2027-03-02');
    typeInto(fieldLabelled(panel, 'Heure de début'), '08:00');
    typeInto(fieldLabelled(panel, 'Date de fin'), '2027-03-02');
    typeInto(fieldLabelled(panel, 'Heure de fin'), '17:00');
    typeInto(fieldLabelled(panel, 'Raison'), 'Entretien du plancher');
    buttonNamed(panel, 'Ajouter la fermeture').click();
    await settle(fixture);

    const post = backend.expectOne({ method: 'POST', url: '/api/blackouts' });
    expect(post.request.body).toEqual({
      siteId: 'site-1',
      start: '2027-03-02T08:00:00-05:00',
      end: '2027-03-02T17:00:00-05:00',
      reason: 'Entretien du plancher',
    });
    post.flush({
      ...HOLIDAYS,
      id: 'blackout-2',
      start: '2027-03-02T08:00:00-05:00',
      end: '2027-03-02T17:00:00-05:00',
      reason: 'Entretien du plancher',
    });
    await settle(fixture);

    expect(panel.querySelectorAll('.blackouts li')).toHaveLength(2);
  });

  it('refuses a closure ending before it starts', async () => {
    typeInto(fieldLabelled(panel, 'Date de début'), '2027-03-02');
    typeInto(fieldLabelled(panel, 'Date de fin'), '2027-03-01');
    typeInto(fieldLabelled(panel, 'Raison'), 'Erreur');
    buttonNamed(panel, 'Ajouter la fermeture').click();
    await settle(fixture);

    backend.expectNone('/api/blackouts');
    expect(textOf(panel.querySelector('.form-error'))).toBe('La fin doit suivre le début.');
  });

  it('deletes a closure only once confirmed, and explains a refusal', async () => {
    const label = 'Supprimer la fermeture « Vacances des fêtes » du jeu. 24 déc. 2026, 12 h – lun. 4 janv. 2027, 8 h';
    buttonNamed(panel, label).click();
    await settle(fixture);
    const dialog = document.querySelector<HTMLElement>('mat-dialog-container')!;
    expect(textOf(dialog.querySelector('h2'))).toBe('Supprimer la fermeture « Vacances des fêtes »?');
    buttonNamed(dialog, 'Supprimer').click();
    await settle(fixture);

    flushApiError(backend.expectOne({ method: 'DELETE', url: '/api/blackouts/blackout-1' }), 403, 'FORBIDDEN', 'Forbidden');
    await settle(fixture);
    expect(textOf(panel.querySelector('[role="alert"]'))).toBe('Seule la coordination du réseau peut modifier ces locaux.');

    buttonNamed(panel, label).click();
    await settle(fixture);
    buttonNamed(document.querySelector<HTMLElement>('mat-dialog-container')!, 'Supprimer').click();
    await settle(fixture);
    backend.expectOne('/api/blackouts/blackout-1').flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);

    expect(textOf(panel.querySelector('.empty-state'))).toBe('Aucune fermeture prévue.');
  });
});

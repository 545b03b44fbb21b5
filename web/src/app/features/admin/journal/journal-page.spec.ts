import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture } from '@angular/core/testing';
import type { AuditEventView, Page } from '@mutualis/contracts';
import { buttonNamed, inputLabelled, settle, textOf, typeInto } from '../../../../testing/dom-testing';
import { renderComponent } from '../../../../testing/component-testing';
import { provideAppIcons } from '../../../core/shell/app-icons';
import { JournalPage } from './journal-page';

const RENAMED: AuditEventView = {
  id: 'evt-1',
  at: '2026-03-03T14:00:00Z',
  actorUserId: 'user-1',
  actorName: 'Marie Tremblay',
  organisationId: 'org-1',
  networkId: null,
  entity: 'organisation',
  entityId: 'org-1',
  action: 'update',
  before: { name: 'Maison des jeunes' },
  after: { name: 'Maison des jeunes de Sherbrooke' },
  requestId: 'req-1',
};

function page(items: AuditEventView[], total = items.length): Page<AuditEventView> {
  return { items, total, page: 1, pageSize: 25 };
}

describe('JournalPage', () => {
  let fixture: ComponentFixture<JournalPage>;
  let backend: HttpTestingController;
  let root: HTMLElement;

  beforeEach(async () => {
    ({ fixture, root, backend } = await renderComponent(JournalPage, { providers: [provideAppIcons()] }));
  });

  afterEach(() => backend.verify());

  function auditRequest(): TestRequest {
    return backend.expectOne((request) => request.url === '/api/audit');
  }

  it('lists the newest events with who did what, in words', async () => {
    const request = auditRequest();
    expect(request.request.params.get('page')).toBe('1');
    expect(request.request.params.get('pageSize')).toBe('25');
    request.flush(page([RENAMED]));
    await settle(fixture);

    const cells = Array.from(root.querySelectorAll('tr.event-row td'))
      .slice(0, 4)
      .map((cell) => textOf(cell));
    expect(cells).toEqual(['mar. 3 mars 2026, 9 h', 'Marie Tremblay', 'Organisme', 'Modification']);
  });

  it('names every entity and action the API records, never its internal codes', async () => {
    const event = (id: string, entity: string, action: string): AuditEventView => ({ ...RENAMED, id, entity, action });
    auditRequest().flush(
      page([
        event('e1', 'timesheet_week', 'confirmed'),
        event('e2', 'booking_series', 'approve'),
        event('e3', 'booking_series', 'cancel:following'),
        event('e4', 'network', 'seed-demo'),
        event('e5', 'period', 'close'),
      ]),
    );
    await settle(fixture);

    const rows = Array.from(root.querySelectorAll('tr.event-row')).map((row) =>
      Array.from(row.querySelectorAll('td'))
        .slice(2, 4)
        .map((cell) => textOf(cell)),
    );
    expect(rows).toEqual([
      ['Feuille de temps (semaine)', 'Confirmation'],
      ['Réservation', 'Approbation'],
      ['Réservation', 'Annulation · cette occurrence et les suivantes'],
      ['Réseau', 'Données de démonstration'],
      ['Période', 'Fermeture de période'],
    ]);
  });

  it('shows the state before and after a change when the row is expanded', async () => {
    auditRequest().flush(page([RENAMED]));
    await settle(fixture);
    const toggle = buttonNamed(root, 'Afficher l’avant et l’après');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');

    toggle.click();
    await settle(fixture);

    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const [before, after] = Array.from(root.querySelectorAll('pre')).map((block) => block.textContent);
    expect(JSON.parse(before ?? '')).toEqual({ name: 'Maison des jeunes' });
    expect(after).toContain('"name": "Maison des jeunes de Sherbrooke"');
  });

  it('says when no event matches', async () => {
    auditRequest().flush(page([]));
    await settle(fixture);

    expect(textOf(root)).toContain('Aucun événement pour ces critères.');
  });

  it('filters by entity and by days, the last day included', async () => {
    auditRequest().flush(page([RENAMED], 80));
    await settle(fixture);

    root.querySelector<HTMLElement>('.mat-mdc-select-trigger')!.click();
    await settle(fixture);
    Array.from(document.querySelectorAll<HTMLElement>('mat-option'))
      .find((option) => textOf(option) === 'Jeton d’API')!
      .click();
    typeInto(inputLabelled(root, 'Du'), '2026-03-01');
    typeInto(inputLabelled(root, 'Au'), '2026-03-31');
    buttonNamed(root, 'Filtrer').click();
    await settle(fixture);

    const params = auditRequest().request.params;
    expect(params.get('entity')).toBe('api_token');
    expect(params.get('from')).toBe(new Date(2026, 2, 1).toISOString());
    expect(params.get('to')).toBe(new Date(2026, 3, 1).toISOString());
    expect(params.get('page')).toBe('1');
  });

  it('refuses a range that ends before it starts', async () => {
    auditRequest().flush(page([]));
    await settle(fixture);

    typeInto(inputLabelled(root, 'Du'), '2026-03-31');
    typeInto(inputLabelled(root, 'Au'), '2026-03-01');
    buttonNamed(root, 'Filtrer').click();
    await settle(fixture);

    expect(textOf(root.querySelector('[role="alert"]'))).toBe('La date de fin doit suivre la date de début.');
    backend.expectNone((request) => request.url === '/api/audit');
  });

  it('asks the API for the next page', async () => {
    auditRequest().flush(page([RENAMED], 80));
    await settle(fixture);

    buttonNamed(root, 'Page suivante').click();
    await settle(fixture);

    expect(auditRequest().request.params.get('page')).toBe('2');
    expect(textOf(root.querySelector('.mat-mdc-paginator-range-label'))).toBe('26 à 50 sur 80');
  });
});

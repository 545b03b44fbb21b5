import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { LeaveView } from '@mutualis/contracts';
import {
  buttonNamed,
  settle as settleFixture,
  textOf,
  typeInto,
  chooseOption,
  fieldLabelled,
} from '../../../../testing/dom-testing';
import { flushApiError, signInAs } from '../../../../testing/session-testing';
import { aLeave, staffTranslocoTesting } from '../staff-testing';
import { openLeaveDialog } from './leave-dialog';

describe('LeaveDialog', () => {
  let backend: HttpTestingController;
  let closedWith: LeaveView | undefined | 'open';
  const app = { whenStable: () => TestBed.inject(ApplicationRef).whenStable() };
  const settle = () => settleFixture(app);

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [staffTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    signInAs();
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    backend.verify();
  });

  async function open(): Promise<HTMLElement> {
    closedWith = 'open';
    void openLeaveDialog(TestBed.inject(MatDialog), { staffId: 'staff-1', timeZone: 'America/Toronto', date: '2026-03-16' }).then(
      (leave) => (closedWith = leave),
    );
    await settle();
    return document.querySelector<HTMLElement>('mat-dialog-container')!;
  }

  it('proposes the whole day, and records leave of the chosen kind in the employee’s zone with its note', async () => {
    const dialog = await open();
    expect(textOf(dialog.querySelector('h2'))).toBe('Ajouter un congé');
    expect(fieldLabelled(dialog, 'Début').value).toBe('2026-03-16 0 h');
    expect(fieldLabelled(dialog, 'Fin').value).toBe('2026-03-17 0 h');

    await chooseOption(dialog, 'Type de congé', 'Formation', settle);
    typeInto(fieldLabelled(dialog, 'Fin'), '2026-03-18T12:00');
    typeInto(fieldLabelled(dialog, 'Note') as unknown as HTMLInputElement, '  Colloque à Québec ');
    buttonNamed(dialog, 'Enregistrer le congé').click();
    await settle();

    const post = backend.expectOne({ method: 'POST', url: '/api/staff/staff-1/leave' });
    expect(post.request.body).toEqual({
      kind: 'training',
      start: '2026-03-16T00:00:00-04:00',
      end: '2026-03-18T12:00:00-04:00',
      note: 'Colloque à Québec',
    });
    const recorded = aLeave({ kind: 'training', flaggedOccurrences: 0 });
    post.flush(recorded);
    await settle();

    expect(textOf(dialog.querySelector('[role="status"]'))).toBe('Aucune demande n’était prévue pendant ce congé.');
    buttonNamed(dialog, 'Fermer').click();
    await settle();
    expect(closedWith).toEqual(recorded);
  });

  it('refuses leave ending before it starts without asking the API', async () => {
    const dialog = await open();
    typeInto(fieldLabelled(dialog, 'Fin'), '2026-03-15T12:00');
    await settle();
    buttonNamed(dialog, 'Enregistrer le congé').click();
    await settle();

    expect(textOf(dialog.querySelector('.problem[role="alert"]'))).toBe('La fin du congé doit venir après son début.');
    backend.expectNone('/api/staff/staff-1/leave');
    expect(closedWith).toBe('open');
  });

  it('explains leave overlapping leave already recorded', async () => {
    const dialog = await open();
    buttonNamed(dialog, 'Enregistrer le congé').click();
    await settle();
    flushApiError(backend.expectOne('/api/staff/staff-1/leave'), 409, 'CONFLICT', 'This leave overlaps leave already recorded.');
    await settle();

    expect(textOf(dialog.querySelector('app-inline-error-message [role="alert"]'))).toBe(
      'Ce congé chevauche un congé déjà inscrit.',
    );
    expect(closedWith).toBe('open');
  });
});

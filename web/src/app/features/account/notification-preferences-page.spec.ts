import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture } from '@angular/core/testing';
import type { NotificationPreferences } from '@mutualis/contracts';
import { buttonNamed, settle, textOf } from '../../../testing/dom-testing';
import { renderComponent } from '../../../testing/component-testing';
import { NotificationPreferencesPage } from './notification-preferences-page';

const DEFAULTS: NotificationPreferences = {
  preferences: [
    { category: 'bookings', delivery: 'immediate' },
    { category: 'approvals', delivery: 'digest' },
    { category: 'reminder.booking-upcoming', delivery: 'immediate' },
  ],
};

describe('NotificationPreferencesPage', () => {
  let fixture: ComponentFixture<NotificationPreferencesPage>;
  let backend: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    ({ fixture, root: page, backend } = await renderComponent(NotificationPreferencesPage));
    backend.expectOne({ method: 'GET', url: '/api/notification-preferences' }).flush(DEFAULTS);
    await settle(fixture);
  });
  afterEach(() => backend.verify());

  const group = (legend: string) =>
    Array.from(page.querySelectorAll('fieldset')).find((f) => textOf(f.querySelector('legend')) === legend) as HTMLElement;
  const radio = (legend: string, label: string) =>
    Array.from(group(legend).querySelectorAll('mat-radio-button'))
      .find((r) => textOf(r) === label)
      ?.querySelector('input') as HTMLInputElement;

  it('shows each kind of message with its current choice; only reminders can be turned off', () => {
    expect(radio('Demandes à approuver', 'Résumé quotidien (7 h)').checked).toBe(true);
    expect(radio('Mes réservations (confirmées, approuvées, refusées, modifiées, annulées)', 'Désactivé')).toBeUndefined();
    expect(radio('Rappel 24 h avant une réservation', 'Désactivé')).toBeDefined();
  });

  it('saves the choices', async () => {
    radio('Rappel 24 h avant une réservation', 'Désactivé').click();
    await settle(fixture);
    buttonNamed(page, 'Enregistrer').click();
    const request = backend.expectOne({ method: 'PUT', url: '/api/notification-preferences' });
    expect(request.request.body.preferences).toContainEqual({ category: 'reminder.booking-upcoming', delivery: 'off' });
    request.flush({ preferences: request.request.body.preferences });
    await settle(fixture);
    expect(radio('Rappel 24 h avant une réservation', 'Désactivé').checked).toBe(true);
  });
});

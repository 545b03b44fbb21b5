import { aRoom } from '../bookings/bookings-testing';
import { createRoomRequestOf, DEFAULT_RULES, roomFormValueOf, updateRoomRequestOf } from './room-form';

describe('room form', () => {
  it('shows a room’s hourly rate in dollars, with the language’s decimal separator', () => {
    expect(roomFormValueOf(aRoom({ hourlyRateCents: 2550 }), 'fr').hourlyRate).toBe('25,50');
    expect(roomFormValueOf(aRoom({ hourlyRateCents: 2550 }), 'en').hourlyRate).toBe('25.50');
    expect(roomFormValueOf(aRoom({ hourlyRateCents: null }), 'fr').hourlyRate).toBe('');
  });

  it('starts a new room with the API’s default rules', () => {
    expect(roomFormValueOf(null, 'fr')).toMatchObject({ name: '', hourlyRate: '', active: true, rules: DEFAULT_RULES });
  });

  it('creates a room with its rate in integer cents and leaves empty fields out', () => {
    const value = { ...roomFormValueOf(null, 'fr'), name: ' Salle Mauricie ', hourlyRate: '19,99', equipment: ['Projecteur'] };

    expect(createRoomRequestOf('site-1', value)).toEqual({
      siteId: 'site-1',
      name: 'Salle Mauricie',
      equipment: ['Projecteur'],
      accessibilityNotes: '',
      hourlyRateCents: 1999,
      rules: DEFAULT_RULES,
    });
  });

  it('updates a room with every field, a cleared rate as null and the list of organisations only when listed', () => {
    const value = roomFormValueOf(aRoom(), 'fr');
    const update = updateRoomRequestOf({
      ...value,
      hourlyRate: '',
      rules: { ...value.rules, bookableBy: 'network', bookableOrganisationIds: ['org-2'], weeklyMinutesPerOrganisation: 600 },
    });

    expect(update).toMatchObject({
      name: 'Salle Laurentides',
      capacity: 20,
      floorAreaM2: 45,
      hourlyRateCents: null,
      active: true,
    });
    expect(update.rules).toMatchObject({ bookableBy: 'network', bookableOrganisationIds: [], weeklyMinutesPerOrganisation: 600 });
    expect('siteId' in update).toBe(false);
  });

  it('sends the organisation a space is dedicated to, and null once it is shared again', () => {
    const dedicated = roomFormValueOf(aRoom({ dedicatedOrganisationId: 'org-1' }), 'fr');
    expect(dedicated.dedicatedOrganisationId).toBe('org-1');
    expect(createRoomRequestOf('site-1', dedicated).dedicatedOrganisationId).toBe('org-1');
    expect(updateRoomRequestOf({ ...dedicated, dedicatedOrganisationId: '' }).dedicatedOrganisationId).toBeNull();
    expect('dedicatedOrganisationId' in createRoomRequestOf('site-1', roomFormValueOf(null, 'fr'))).toBe(false);
  });
});

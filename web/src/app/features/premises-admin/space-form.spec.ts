import { aSpace } from '../bookings/bookings-testing';
import { createSpaceRequestOf, DEFAULT_RULES, spaceFormValueOf, updateSpaceRequestOf } from './space-form';

describe('space form', () => {
  it('shows a room’s hourly rate in dollars, with the language’s decimal separator', () => {
    expect(spaceFormValueOf(aSpace({ hourlyRateCents: 2550 }), 'fr').hourlyRate).toBe('25,50');
    expect(spaceFormValueOf(aSpace({ hourlyRateCents: 2550 }), 'en').hourlyRate).toBe('25.50');
    expect(spaceFormValueOf(aSpace({ hourlyRateCents: null }), 'fr').hourlyRate).toBe('');
  });

  it('starts a new room with the API’s default rules', () => {
    expect(spaceFormValueOf(null, 'fr')).toMatchObject({ name: '', hourlyRate: '', active: true, rules: DEFAULT_RULES });
  });

  it('creates a room with its rate in integer cents and leaves empty fields out', () => {
    const value = { ...spaceFormValueOf(null, 'fr'), name: ' Salle Mauricie ', hourlyRate: '19,99', equipment: ['Projecteur'] };

    expect(createSpaceRequestOf('site-1', value)).toEqual({
      siteId: 'site-1',
      name: 'Salle Mauricie',
      equipment: ['Projecteur'],
      accessibilityNotes: '',
      hourlyRateCents: 1999,
      rules: DEFAULT_RULES,
    });
  });

  it('updates a room with every field, a cleared rate as null and the list of organisations only when listed', () => {
    const value = spaceFormValueOf(aSpace(), 'fr');
    const update = updateSpaceRequestOf({
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
    const dedicated = spaceFormValueOf(aSpace({ dedicatedOrganisationId: 'org-1' }), 'fr');
    expect(dedicated.dedicatedOrganisationId).toBe('org-1');
    expect(createSpaceRequestOf('site-1', dedicated).dedicatedOrganisationId).toBe('org-1');
    expect(updateSpaceRequestOf({ ...dedicated, dedicatedOrganisationId: '' }).dedicatedOrganisationId).toBeNull();
    expect('dedicatedOrganisationId' in createSpaceRequestOf('site-1', spaceFormValueOf(null, 'fr'))).toBe(false);
  });
});

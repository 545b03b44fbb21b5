import type { CalendarOccurrence } from '@mutualis/contracts';
import { toCalendarEvent } from './calendar-events';
import { organisationColour } from './organisation-colour';

const FRENCH = { booked: 'Réservé', pending: 'En attente' };

function occurrence(overrides: Partial<CalendarOccurrence> = {}): CalendarOccurrence {
  return {
    id: 'occ-1',
    seriesId: 'series-1',
    resourceId: 'room-1',
    start: '2026-06-17T10:00:00-04:00',
    end: '2026-06-17T11:30:00-04:00',
    status: 'confirmed',
    organisationId: 'org-1',
    organisationName: 'Maison des jeunes',
    title: 'Atelier de cuisine',
    isMine: false,
    canEdit: false,
    recurring: true,
    needsReschedule: false,
    proposedStart: null,
    proposedEnd: null,
    ...overrides,
  };
}

describe('toCalendarEvent', () => {
  it('shows a booking with its title, times and organisation colour, keeping the occurrence for its details', () => {
    const source = occurrence();
    const event = toCalendarEvent(source, FRENCH, 'Salle Bouleau');

    expect(event).toMatchObject({
      id: 'occ-1',
      groupId: 'series-1',
      title: 'Atelier de cuisine · Salle Bouleau · Maison des jeunes',
      start: '2026-06-17T10:00:00-04:00',
      end: '2026-06-17T11:30:00-04:00',
      backgroundColor: organisationColour('org-1').background,
      borderColor: organisationColour('org-1').background,
      extendedProps: { occurrence: source },
    });
    expect(event.classNames).toEqual(['booking', 'booking--other', 'booking--confirmed']);
  });

  it('titles another organisation’s private booking « Réservé », in the active language', () => {
    expect(toCalendarEvent(occurrence({ title: null, organisationName: null }), FRENCH)).toMatchObject({
      title: 'Réservé',
      classNames: ['booking', 'booking--other', 'booking--confirmed', 'booking--private'],
    });
    expect(toCalendarEvent(occurrence({ title: null }), { booked: 'Booked', pending: 'Pending' }).title).toBe(
      'Booked · Maison des jeunes',
    );
  });

  it('emphasises the user’s own bookings with the darker border', () => {
    const event = toCalendarEvent(occurrence({ isMine: true }), FRENCH);

    expect(event.borderColor).toBe(organisationColour('org-1').border);
    expect(event.classNames).toContain('booking--mine');
  });

  it('shows a pending booking lighter, striped and labelled « En attente »', () => {
    const event = toCalendarEvent(occurrence({ status: 'pending' }), FRENCH);

    expect(event.title).toBe('Atelier de cuisine · Maison des jeunes · En attente');
    expect(event.backgroundColor).toBe(organisationColour('org-1').pending);
    expect(event.classNames).toContain('booking--pending');
  });
});

describe('organisationColour', () => {
  it('gives an organisation the same colour every time, whatever else is on screen', () => {
    expect(organisationColour('0b7f6a1e-2d3c-4b5a-9e8f-7a6b5c4d3e2f')).toEqual(
      organisationColour('0b7f6a1e-2d3c-4b5a-9e8f-7a6b5c4d3e2f'),
    );
  });

  it('spreads organisations over the palette', () => {
    const ids = Array.from({ length: 60 }, (_, index) => `organisation-${index}`);

    expect(new Set(ids.map((id) => organisationColour(id).background)).size).toBeGreaterThanOrEqual(8);
  });
});

import type { CalendarOccurrence } from '@mutualis/contracts';
import { conflictsWith } from './booking-availability';

function booked(start: string, end: string, organisationName: string | null = 'Maison des jeunes'): CalendarOccurrence {
  return {
    id: `occ-${start}`,
    seriesId: 'series-1',
    resourceId: 'room-1',
    start,
    end,
    status: 'confirmed',
    organisationId: 'org-2',
    organisationName,
    title: null,
    isMine: false,
    canEdit: false,
    recurring: false,
    needsReschedule: false,
    proposedStart: null,
    proposedEnd: null,
  };
}

describe('conflictsWith', () => {
  const planned = [
    { start: '2026-06-17T10:00:00-04:00', end: '2026-06-17T11:00:00-04:00' },
    { start: '2026-06-24T10:00:00-04:00', end: '2026-06-24T11:00:00-04:00' },
  ];

  it('reports the bookings that overlap a planned occurrence, with the organisation when it is shown', () => {
    const conflicts = conflictsWith(planned, [
      booked('2026-06-17T10:30:00-04:00', '2026-06-17T12:00:00-04:00'),
      booked('2026-06-24T09:00:00-04:00', '2026-06-24T10:15:00-04:00', null),
      booked('2026-06-20T10:00:00-04:00', '2026-06-20T11:00:00-04:00'),
    ]);

    expect(conflicts).toEqual([
      {
        start: '2026-06-17T10:30:00-04:00',
        end: '2026-06-17T12:00:00-04:00',
        resourceId: 'room-1',
        organisationName: 'Maison des jeunes',
      },
      { start: '2026-06-24T09:00:00-04:00', end: '2026-06-24T10:15:00-04:00', resourceId: 'room-1' },
    ]);
  });

  it('lets a booking end exactly when the next one starts', () => {
    expect(conflictsWith(planned, [booked('2026-06-17T11:00:00-04:00', '2026-06-17T12:00:00-04:00')])).toEqual([]);
    expect(conflictsWith(planned, [booked('2026-06-17T09:00:00Z', '2026-06-17T14:00:00Z')])).toEqual([]);
  });
});

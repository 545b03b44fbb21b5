import { aStaff, aStaffOccurrence } from '../staff-testing';
import { proposalsOf } from './proposals';

describe('proposalsOf', () => {
  it('keeps the pending requests to pooled employees that carry another time, the soonest proposal first', () => {
    const proposals = proposalsOf(
      [
        {
          ...aStaffOccurrence({ id: 'a' }),
          proposedStart: '2026-03-12T14:00:00-04:00',
          proposedEnd: '2026-03-12T17:00:00-04:00',
        },
        {
          ...aStaffOccurrence({ id: 'b', seriesId: 'series-2', title: 'Paie' }),
          proposedStart: '2026-03-06T09:00:00-05:00',
          proposedEnd: '2026-03-06T10:00:00-05:00',
        },
        aStaffOccurrence({ id: 'c' }),
        {
          ...aStaffOccurrence({ id: 'd', status: 'confirmed' }),
          proposedStart: '2026-03-06T09:00:00-05:00',
          proposedEnd: '2026-03-06T10:00:00-05:00',
        },
        {
          ...aStaffOccurrence({ id: 'e', resourceId: 'room-1' }),
          proposedStart: '2026-03-06T09:00:00-05:00',
          proposedEnd: '2026-03-06T10:00:00-05:00',
        },
      ],
      [aStaff()],
    );

    expect(proposals.map(({ occurrenceId, seriesId, staffName }) => ({ occurrenceId, seriesId, staffName }))).toEqual([
      { occurrenceId: 'b', seriesId: 'series-2', staffName: 'Julie Comptable' },
      { occurrenceId: 'a', seriesId: 'series-1', staffName: 'Julie Comptable' },
    ]);
  });

  it('finds nothing in today’s list of bookings, which does not carry proposals', () => {
    expect(proposalsOf([aStaffOccurrence()], [aStaff()])).toEqual([]);
  });
});

import { anOccurrence } from '../bookings/bookings-testing';
import { dayWindow, placeBookings, SLOT_ROWS } from './resource-day-grid';

const COLUMNS = [{ id: 'room-1' }, { id: 'room-2' }];

describe('resource day grid', () => {
  it('asks for the day from midnight to midnight in the site’s zone', () => {
    expect(dayWindow('2026-06-17', 'America/Toronto')).toEqual({
      from: '2026-06-17T04:00:00.000Z',
      to: '2026-06-18T04:00:00.000Z',
    });
  });

  it('puts each booking in its resource’s column, on the half hours it covers', () => {
    const placed = placeBookings(
      [
        anOccurrence({ id: 'a', resourceId: 'room-2', start: '2026-06-17T09:30:00-04:00', end: '2026-06-17T11:30:00-04:00' }),
        anOccurrence({ id: 'b', resourceId: 'room-1', start: '2026-06-17T06:00:00-04:00', end: '2026-06-17T06:45:00-04:00' }),
        anOccurrence({ id: 'c', resourceId: 'room-9', start: '2026-06-17T09:00:00-04:00', end: '2026-06-17T10:00:00-04:00' }),
      ],
      COLUMNS,
      '2026-06-17',
      'America/Toronto',
    );

    expect(placed.map(({ occurrence, column, rowStart, rowEnd }) => [occurrence.id, column, rowStart, rowEnd])).toEqual([
      ['a', 2, 8, 12],
      ['b', 1, 1, 3],
    ]);
  });

  it('clips what starts before or ends after the hours shown, and leaves out cancelled bookings', () => {
    const placed = placeBookings(
      [
        anOccurrence({ id: 'late', start: '2026-06-17T22:00:00-04:00', end: '2026-06-18T01:00:00-04:00' }),
        anOccurrence({ id: 'gone', status: 'cancelled', start: '2026-06-17T10:00:00-04:00', end: '2026-06-17T11:00:00-04:00' }),
      ],
      COLUMNS,
      '2026-06-17',
      'America/Toronto',
    );
    expect(placed.map(({ occurrence, rowStart, rowEnd }) => [occurrence.id, rowStart, rowEnd])).toEqual([
      ['late', 33, SLOT_ROWS + 1],
    ]);
  });
});

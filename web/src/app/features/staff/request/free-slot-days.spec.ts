import { freeSlotDaysOf, freeSlotWindow } from './free-slot-days';

describe('free slots by day', () => {
  it('groups slots by their day in the employee’s zone, in time order, leaving out days without any', () => {
    const days = freeSlotDaysOf(
      [
        { start: '2026-03-05T13:00:00-05:00', end: '2026-03-05T14:00:00-05:00' },
        { start: '2026-03-03T09:00:00-05:00', end: '2026-03-03T10:00:00-05:00' },
        { start: '2026-03-05T09:00:00-05:00', end: '2026-03-05T10:00:00-05:00' },
      ],
      'America/Toronto',
    );

    expect(days.map((day) => [day.date, day.weekday, day.slots.map((slot) => slot.start.slice(11, 16))])).toEqual([
      ['2026-03-03', 2, ['09:00']],
      ['2026-03-05', 4, ['09:00', '13:00']],
    ]);
  });

  it('searches from the next half hour for the number of days asked', () => {
    expect(freeSlotWindow(Date.parse('2026-03-04T15:07:00Z'), 14)).toEqual({
      from: '2026-03-04T15:30:00.000Z',
      to: '2026-03-18T15:30:00.000Z',
    });
    expect(freeSlotWindow(Date.parse('2026-03-04T15:00:00Z'), 1).from).toBe('2026-03-04T15:00:00.000Z');
  });
});

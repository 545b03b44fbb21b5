import { daysOf, openingRangeAfter, weeklyHoursOf } from './opening-hours';

describe('opening hours', () => {
  const hours = [
    { weekday: 1, opens: '13:00', closes: '21:00' },
    { weekday: 1, opens: '08:00', closes: '12:00' },
    { weekday: 3, opens: '09:00', closes: '17:00' },
  ];

  it('shows the week as seven days, closed days empty, ranges in time order', () => {
    const days = daysOf(hours);

    expect(days.map((day) => day.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(days[0].ranges).toEqual([
      { start: '08:00', end: '12:00' },
      { start: '13:00', end: '21:00' },
    ]);
    expect(days[1].ranges).toEqual([]);
  });

  it('gives the API back the same hours it sent', () => {
    expect(weeklyHoursOf(daysOf(hours))).toEqual([
      { weekday: 1, opens: '08:00', closes: '12:00' },
      { weekday: 1, opens: '13:00', closes: '21:00' },
      { weekday: 3, opens: '09:00', closes: '17:00' },
    ]);
  });

  it('adds the day’s hours first, then the evening after its last range', () => {
    expect(openingRangeAfter(undefined)).toEqual({ start: '09:00', end: '17:00' });
    expect(openingRangeAfter({ start: '08:00', end: '12:00' })).toEqual({ start: '12:00', end: '21:00' });
    expect(openingRangeAfter({ start: '13:00', end: '21:00' })).toEqual({ start: '21:00', end: '24:00' });
  });
});

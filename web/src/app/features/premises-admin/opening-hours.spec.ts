import { dayProblem, daysOf, weeklyHoursOf } from './opening-hours';

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
      { opens: '08:00', closes: '12:00' },
      { opens: '13:00', closes: '21:00' },
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

  it('finds what is wrong with a day', () => {
    expect(dayProblem([])).toBeNull();
    expect(dayProblem([{ opens: '08:00', closes: '24:00' }])).toBeNull();
    expect(dayProblem([{ opens: '08:00', closes: '' }])).toBe('incomplete');
    expect(dayProblem([{ opens: '17:00', closes: '09:00' }])).toBe('closesBeforeOpens');
    expect(
      dayProblem([
        { opens: '08:00', closes: '12:00' },
        { opens: '11:00', closes: '14:00' },
      ]),
    ).toBe('overlap');
  });
});

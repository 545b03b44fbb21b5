import { rangesProblem, weekdaysOf } from './weekly-hours';

describe('weekly hours', () => {
  it('spreads entries over the seven days, empty days included, each day in time order', () => {
    const days = weekdaysOf(
      [
        { weekday: 1, from: '13:00', to: '21:00' },
        { weekday: 1, from: '08:00', to: '12:00' },
        { weekday: 3, from: '09:00', to: '17:00' },
      ],
      (entry) => ({ start: entry.from, end: entry.to }),
    );

    expect(days.map((day) => day.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(days[0].ranges).toEqual([
      { start: '08:00', end: '12:00' },
      { start: '13:00', end: '21:00' },
    ]);
    expect(days[1].ranges).toEqual([]);
  });

  it('finds what is wrong with a day: missing or malformed times, an end before its start, overlaps', () => {
    expect(rangesProblem([])).toBeNull();
    expect(rangesProblem([{ start: '08:00', end: '24:00' }])).toBeNull();
    expect(rangesProblem([{ start: '08:00', end: '' }])).toBe('incomplete');
    expect(rangesProblem([{ start: '9h', end: '12:00' }])).toBe('invalidTime');
    expect(rangesProblem([{ start: '17:00', end: '09:00' }])).toBe('endBeforeStart');
    expect(
      rangesProblem([
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '14:00' },
        { start: '11:00', end: '12:30' },
      ]),
    ).toBe('overlap');
  });

  it('lets ranges share hours when they never meet', () => {
    const ranges = [
      { start: '09:00', end: '12:00', week: 'A' },
      { start: '10:00', end: '13:00', week: 'B' },
    ];
    expect(rangesProblem(ranges, (a, b) => a.week !== b.week)).toBeNull();
  });
});

import {
  occurrencesOutsideWorkingTime,
  staffCapsExceeded,
  staffWorkingTime,
  weekParity,
  type StaffSchedule,
} from './staff-working-time';

const at = (iso: string, minutes: number) => ({ start: Date.parse(iso), end: Date.parse(iso) + minutes * 60_000 });
const accountant: StaffSchedule = {
  timeZone: 'America/Toronto',
  hours: [1, 2, 3, 4].map((weekday) => ({ week: 'every' as const, weekday, start: '08:30', end: '16:30' })),
  alternatingWeeksAnchor: null,
  holidaysOff: true,
};

describe('staff working time', () => {
  it('keeps 08:30–16:30 on the clock on both sides of the March 2026 DST change', () => {
    const week = staffWorkingTime(accountant, {
      start: Date.parse('2026-03-02T00:00:00-05:00'),
      end: Date.parse('2026-03-14T00:00:00-05:00'),
    });
    expect(week[0]).toEqual(at('2026-03-02T08:30:00-05:00', 480));
    expect(week).toContainEqual(at('2026-03-09T08:30:00-04:00', 480));
  });

  it('refuses requests outside the hours, on a day off or on a Quebec holiday', () => {
    const inside = at('2026-03-03T09:00:00-05:00', 120);
    const friday = at('2026-03-06T09:00:00-05:00', 60);
    const evening = at('2026-03-03T16:00:00-05:00', 60);
    const goodFriday = at('2026-04-06T09:00:00-04:00', 60); // Easter Monday is not a holiday here; Monday April 6, 2026 works
    const fetenationale = at('2026-06-24T09:00:00-04:00', 60);
    expect(occurrencesOutsideWorkingTime([inside, friday, evening, goodFriday, fetenationale], accountant)).toEqual([
      friday,
      evening,
      fetenationale,
    ]);
  });

  it('alternates week A and week B from the anchor Monday', () => {
    const schedule: StaffSchedule = {
      ...accountant,
      hours: [
        { week: 'A', weekday: 5, start: '09:00', end: '12:00' },
        { week: 'B', weekday: 5, start: '13:00', end: '17:00' },
      ],
      alternatingWeeksAnchor: '2026-03-02',
    };
    expect(weekParity(Date.parse('2026-03-06T10:00:00-05:00'), schedule)).toBe('A');
    expect(weekParity(Date.parse('2026-03-13T10:00:00-04:00'), schedule)).toBe('B');
    expect(
      occurrencesOutsideWorkingTime([at('2026-03-06T10:00:00-05:00', 60), at('2026-03-13T10:00:00-04:00', 60)], schedule),
    ).toEqual([at('2026-03-13T10:00:00-04:00', 60)]);
  });
});

describe('staff caps', () => {
  const limits = { timeZone: 'America/Toronto', maxMinutesPerDay: 420, maxMinutesPerWeek: 1200 };

  it('accepts exactly the daily cap and refuses a minute more', () => {
    expect(staffCapsExceeded([at('2026-03-03T09:00:00-05:00', 120)], new Map([['2026-03-03', 300]]), limits)).toEqual([]);
    expect(staffCapsExceeded([at('2026-03-03T09:00:00-05:00', 121)], new Map([['2026-03-03', 300]]), limits)).toEqual([
      { scope: 'day', date: '2026-03-03', limitMinutes: 420, totalMinutes: 421 },
    ]);
  });

  it('adds up the week from Monday', () => {
    const existing = new Map([
      ['2026-03-02', 400],
      ['2026-03-03', 400],
      ['2026-03-04', 300],
    ]);
    expect(staffCapsExceeded([at('2026-03-05T09:00:00-05:00', 120)], existing, limits)).toEqual([
      { scope: 'week', date: '2026-03-02', limitMinutes: 1200, totalMinutes: 1220 },
    ]);
  });
});

import { minutesByWeekdayHour, minutesOf, openIntervals } from './open-time';

const TORONTO = 'America/Toronto';
const at = (iso: string) => Date.parse(iso);
const WEEKDAYS_9_TO_17 = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' }));

describe('open time of a room', () => {
  it('counts weekly hours on the wall clock: a week of 9 h – 17 h is 40 hours, DST week included', () => {
    // The week of Sunday 8 March 2026 (spring forward) and of Sunday 1 November 2026 (fall back).
    for (const monday of ['2026-03-09', '2026-11-02', '2026-03-02']) {
      const start = at(`${monday}T00:00:00-05:00`);
      const open = openIntervals({
        timeZone: TORONTO,
        hours: WEEKDAYS_9_TO_17,
        window: { start, end: start + 7 * 86_400_000 },
        closures: [],
        closedOnHolidays: null,
      });
      expect(minutesOf(open)).toBe(40 * 60);
      expect(new Date(open[0].start).toISOString()).toMatch(/T1[34]:00:00/);
    }
  });

  it('makes a spring-forward day 23 hours and a fall-back day 25 hours long', () => {
    const day = (date: string, offset: string, nextOffset: string) =>
      minutesOf(
        openIntervals({
          timeZone: TORONTO,
          hours: EVERY_DAY,
          window: { start: at(`${date}T00:00:00${offset}`), end: at(`${date}T23:59:59${nextOffset}`) + 1000 },
          closures: [],
          closedOnHolidays: null,
        }),
      );
    expect(day('2026-03-08', '-05:00', '-04:00')).toBe(23 * 60);
    expect(day('2026-11-01', '-04:00', '-05:00')).toBe(25 * 60);
  });

  it('removes closures and statutory holidays', () => {
    // Week of Monday 7 September 2026: Labour Day, and a closure on Wednesday morning.
    const start = at('2026-09-07T00:00:00-04:00');
    const open = openIntervals({
      timeZone: TORONTO,
      hours: WEEKDAYS_9_TO_17,
      window: { start, end: start + 7 * 86_400_000 },
      closures: [{ start: at('2026-09-09T09:00:00-04:00'), end: at('2026-09-09T12:00:00-04:00') }],
      closedOnHolidays: 'QC',
    });
    expect(minutesOf(open)).toBe((32 - 3) * 60);
  });

  it('has no open time without opening hours', () => {
    expect(
      openIntervals({
        timeZone: TORONTO,
        hours: [],
        window: { start: 0, end: 86_400_000 },
        closures: [],
        closedOnHolidays: 'QC',
      }),
    ).toEqual([]);
  });

  it('spreads open minutes over the weekday × hour grid in local time', () => {
    const start = at('2026-11-02T00:00:00-05:00');
    const open = openIntervals({
      timeZone: TORONTO,
      hours: [{ weekday: 2, start: '09:30', end: '11:00' }],
      window: { start, end: start + 7 * 86_400_000 },
      closures: [],
      closedOnHolidays: null,
    });
    const grid = minutesByWeekdayHour(open, TORONTO);
    expect(grid[1][9]).toBe(30);
    expect(grid[1][10]).toBe(60);
    expect(grid.flat().reduce((a, b) => a + b, 0)).toBe(90);
  });
});

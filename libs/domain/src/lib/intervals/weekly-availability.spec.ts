import { weeklyAvailability } from './weekly-availability';

const iso = (ms: number) => new Date(ms).toISOString();

function availability(
  hours: Parameters<typeof weeklyAvailability>[0]['hours'],
  from: string,
  to: string,
  timeZone = 'America/Toronto',
) {
  return weeklyAvailability({ timeZone, hours, window: { start: Date.parse(from), end: Date.parse(to) } }).map((interval) => [
    iso(interval.start),
    iso(interval.end),
  ]);
}

describe('weeklyAvailability', () => {
  it('turns Tuesday and Thursday mornings into instants for one week', () => {
    const hours = [
      { weekday: 2, start: '09:00', end: '12:00' },
      { weekday: 4, start: '09:00', end: '12:00' },
    ];
    expect(availability(hours, '2026-03-16T04:00:00Z', '2026-03-23T04:00:00Z')).toEqual([
      ['2026-03-17T13:00:00.000Z', '2026-03-17T16:00:00.000Z'],
      ['2026-03-19T13:00:00.000Z', '2026-03-19T16:00:00.000Z'],
    ]);
  });

  it('keeps 09:00–17:00 on the clock on both sides of the March DST change', () => {
    const hours = [
      { weekday: 5, start: '09:00', end: '17:00' },
      { weekday: 1, start: '09:00', end: '17:00' },
    ];
    expect(availability(hours, '2026-03-06T00:00:00Z', '2026-03-10T00:00:00Z')).toEqual([
      ['2026-03-06T14:00:00.000Z', '2026-03-06T22:00:00.000Z'],
      ['2026-03-09T13:00:00.000Z', '2026-03-09T21:00:00.000Z'],
    ]);
  });

  it('gives the night of the spring change one hour less (00:00–05:00 lasts 4 hours)', () => {
    const [[start, end]] = availability(
      [{ weekday: 7, start: '00:00', end: '05:00' }],
      '2026-03-08T00:00:00Z',
      '2026-03-09T00:00:00Z',
    );
    expect(Date.parse(end) - Date.parse(start)).toBe(4 * 3_600_000);
  });

  it('merges a block ending at 24:00 with the next day’s block starting at 00:00', () => {
    const hours = [
      { weekday: 1, start: '20:00', end: '24:00' },
      { weekday: 2, start: '00:00', end: '02:00' },
    ];
    expect(availability(hours, '2026-06-01T00:00:00Z', '2026-06-03T00:00:00Z', 'UTC')).toEqual([
      ['2026-06-01T20:00:00.000Z', '2026-06-02T02:00:00.000Z'],
    ]);
  });

  it('clips hours to the window', () => {
    const hours = [{ weekday: 2, start: '09:00', end: '12:00' }];
    expect(availability(hours, '2026-03-17T14:00:00Z', '2026-03-17T15:00:00Z')).toEqual([
      ['2026-03-17T14:00:00.000Z', '2026-03-17T15:00:00.000Z'],
    ]);
  });

  it('refuses malformed hours and unknown zones', () => {
    const window = { start: 0, end: 1 };
    expect(() =>
      weeklyAvailability({ timeZone: 'America/Toronto', hours: [{ weekday: 8, start: '09:00', end: '10:00' }], window }),
    ).toThrow(RangeError);
    expect(() =>
      weeklyAvailability({ timeZone: 'America/Toronto', hours: [{ weekday: 1, start: '10:00', end: '09:00' }], window }),
    ).toThrow(RangeError);
    expect(() =>
      weeklyAvailability({ timeZone: 'America/Toronto', hours: [{ weekday: 1, start: '9h', end: '10:00' }], window }),
    ).toThrow(RangeError);
    expect(() => weeklyAvailability({ timeZone: 'Nowhere/Land', hours: [], window })).toThrow(RangeError);
  });
});

import fc from 'fast-check';
import type { Interval } from '../intervals/interval';
import { weeklyAvailability, type WorkingHours } from '../intervals/weekly-availability';
import { occurrencesOutsideHours } from './check-booking-rules';

const HOUR_MS = 3_600_000;
const ZONES = ['America/Toronto', 'Europe/Paris', 'Australia/Sydney', 'America/St_Johns'];
const pad = (value: number) => String(value).padStart(2, '0');

/**
 * Up to six entries on any weekdays, on even hours (so that occurrences often start or end right at an
 * opening or a closing), some ending at 24:00, some touching.
 */
const hours = fc.array(
  fc
    .record({
      weekday: fc.integer({ min: 1, max: 7 }),
      from: fc.integer({ min: 0, max: 11 }),
      length: fc.integer({ min: 1, max: 12 }),
    })
    .map(({ weekday, from, length }): WorkingHours => {
      const to = Math.min(12, from + length);
      return { weekday, start: `${pad(from * 2)}:00`, end: to === 12 ? '24:00' : `${pad(to * 2)}:00` };
    })
    .filter((entry) => entry.start < entry.end),
  { minLength: 1, maxLength: 6 },
);

/** Occurrences of one hour to two days on the hour, over two years (so across DST changes). */
const occurrences = fc.array(
  fc
    .record({ start: fc.integer({ min: 0, max: 2 * 365 * 24 }), length: fc.integer({ min: 1, max: 48 }) })
    .map(({ start, length }): Interval => {
      const startMs = Date.UTC(2026, 0, 1) + start * HOUR_MS;
      return { start: startMs, end: startMs + length * HOUR_MS };
    }),
  { minLength: 1, maxLength: 40 },
);

/** The reference: the hours over the whole span of the occurrences, each occurrence inside one open interval or not. */
function outsideOverWholeSpan(list: Interval[], weekly: WorkingHours[], timeZone: string): Interval[] {
  const window = {
    start: Math.min(...list.map((o) => o.start)) - 24 * HOUR_MS,
    end: Math.max(...list.map((o) => o.end)) + 24 * HOUR_MS,
  };
  const open = weeklyAvailability({ timeZone, hours: weekly, window });
  return list.filter((o) => !open.some((interval) => interval.start <= o.start && o.end <= interval.end));
}

describe('occurrencesOutsideHours', () => {
  it('finds, checking each occurrence against its own days, what the hours over the whole span find (DST days, 24:00, touching hours)', () => {
    fc.assert(
      fc.property(occurrences, hours, fc.constantFrom(...ZONES), (list, weekly, timeZone) => {
        expect(occurrencesOutsideHours(list, weekly, timeZone)).toEqual(outsideOverWholeSpan(list, weekly, timeZone));
      }),
      { numRuns: 500 },
    );
  });
});

import fc from 'fast-check';
import { DateTime } from 'luxon';
import { expandSeries } from './expand-series';
import { WEEKDAY_CODES } from './recurrence-rule';
import type { ExpandSeriesInput } from './series-definition';

const ZONES = ['America/Toronto', 'Europe/Paris', 'Australia/Sydney', 'America/St_Johns', 'Asia/Kolkata'];
const DAY_MS = 86_400_000;

const pad = (value: number) => String(value).padStart(2, '0');

/** A series start between 2024 and 2027, at any quarter hour (DST gaps included). */
const start = fc
  .record({
    year: fc.integer({ min: 2024, max: 2027 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.constantFrom(0, 15, 30, 45),
  })
  .map(({ year, month, day, hour, minute }) => `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`);

const weekdays = fc.subarray([...WEEKDAY_CODES], { minLength: 1 });

/** A window of up to 400 days starting within a year of 2025-01-01. */
const window = fc
  .tuple(fc.integer({ min: 0, max: 365 * 3 }), fc.integer({ min: 1, max: 400 }))
  .map(([offsetDays, lengthDays]) => {
    const from = Date.UTC(2024, 0, 1) + offsetDays * DAY_MS;
    return { from: new Date(from), to: new Date(from + lengthDays * DAY_MS) };
  });

const timeOf = (local: string) => local.slice(11, 16);

/** Luxon moves a nonexistent local time forward; an unchanged time means it exists. */
function existsInZone(localDate: string, time: string, zone: string): boolean {
  const local = `${localDate}T${time}`;
  return DateTime.fromISO(local, { zone }).toFormat("yyyy-MM-dd'T'HH:mm") === local;
}

function expand(input: Omit<ExpandSeriesInput, 'durationMinutes'>) {
  return expandSeries({ durationMinutes: 45, maxOccurrences: 100_000, ...input }).occurrences;
}

describe('expandSeries laws', () => {
  it('gives weekly occurrences only on the rule’s weekdays, at the start time, inside the window, in order', () => {
    fc.assert(
      fc.property(
        start,
        weekdays,
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom(...ZONES),
        window,
        (first, days, interval, zone, win) => {
          const occurrences = expand({
            start: first,
            timeZone: zone,
            rrule: `FREQ=WEEKLY;INTERVAL=${interval};BYDAY=${days.join(',')}`,
            window: win,
          });
          occurrences.forEach((occurrence, index) => {
            const localDate = occurrence.localStart.slice(0, 10);
            const weekday = WEEKDAY_CODES[DateTime.fromISO(localDate, { zone: 'UTC' }).weekday - 1];
            expect(days).toContain(weekday);
            if (timeOf(occurrence.localStart) !== timeOf(first)) {
              expect(existsInZone(localDate, timeOf(first), zone)).toBe(false);
            }
            expect(occurrence.startMs < win.to.getTime() && occurrence.endMs > win.from.getTime()).toBe(true);
            expect(occurrence.endMs - occurrence.startMs).toBe(45 * 60_000);
            expect(occurrence.localStart >= first).toBe(true);
            if (index > 0) expect(occurrence.startMs).toBeGreaterThan(occurrences[index - 1].startMs);
          });
        },
      ),
    );
  });

  it('keeps daily and weekly wall-clock times constant for a year, except on a day when that time does not exist', () => {
    fc.assert(
      fc.property(start, fc.constantFrom('DAILY', 'WEEKLY'), fc.constantFrom(...ZONES), (first, freq, zone) => {
        // 366 local days from the start's midnight: the exact number of daily and weekly starts is known.
        const from = DateTime.fromISO(first.slice(0, 10), { zone });
        const yearWindow = { from: from.toJSDate(), to: from.plus({ days: 366 }).toJSDate() };
        const occurrences = expand({ start: first, timeZone: zone, rrule: `FREQ=${freq}`, window: yearWindow });
        expect(occurrences.length).toBe(freq === 'DAILY' ? 366 : 53);
        for (const occurrence of occurrences) {
          if (timeOf(occurrence.localStart) !== timeOf(first)) {
            expect(existsInZone(occurrence.localStart.slice(0, 10), timeOf(first), zone)).toBe(false);
          }
        }
      }),
      { numRuns: 50 },
    );
  });

  it('returns with a limit exactly the first occurrences of the unlimited expansion', () => {
    fc.assert(
      fc.property(
        start,
        weekdays,
        fc.constantFrom(...ZONES),
        window,
        fc.integer({ min: 1, max: 20 }),
        (first, days, zone, win, limit) => {
          const input = {
            start: first,
            timeZone: zone,
            rrule: `FREQ=WEEKLY;BYDAY=${days.join(',')}`,
            window: win,
            durationMinutes: 45,
          };
          const all = expandSeries({ ...input, maxOccurrences: 100_000 });
          const limited = expandSeries({ ...input, limit });
          expect(limited.occurrences).toEqual(all.occurrences.slice(0, limit));
          expect(limited.truncated).toBe(all.occurrences.length > limit);
        },
      ),
    );
  });

  it('finds in a late window exactly what a long expansion finds there (scanning may skip ahead)', () => {
    const rule = fc.oneof(
      fc.record({
        freq: fc.constant('DAILY'),
        interval: fc.integer({ min: 1, max: 9 }),
        days: fc.option(weekdays, { nil: undefined }),
      }),
      fc.record({
        freq: fc.constant('WEEKLY'),
        interval: fc.integer({ min: 1, max: 4 }),
        days: fc.option(weekdays, { nil: undefined }),
      }),
    );
    fc.assert(
      fc.property(
        start,
        rule,
        fc.constantFrom(...WEEKDAY_CODES),
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 2000 }),
        (first, { freq, interval, days }, wkst, zone, lateDays) => {
          const rrule = `FREQ=${freq};INTERVAL=${interval};WKST=${wkst}${days ? `;BYDAY=${days.join(',')}` : ''}`;
          const lateFrom = Date.UTC(2024, 0, 1) + lateDays * DAY_MS;
          const late = { from: new Date(lateFrom), to: new Date(lateFrom + 60 * DAY_MS) };
          const long = expand({
            start: first,
            timeZone: zone,
            rrule,
            window: { from: new Date(Date.UTC(2023, 0, 1)), to: late.to },
          });
          const expected = long.filter((occurrence) => occurrence.endMs > lateFrom);
          expect(expand({ start: first, timeZone: zone, rrule, window: late })).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('honours COUNT: never more occurrences than COUNT, wherever the window is', () => {
    fc.assert(
      fc.property(start, weekdays, fc.integer({ min: 1, max: 30 }), fc.constantFrom(...ZONES), (first, days, count, zone) => {
        const occurrences = expand({
          start: first,
          timeZone: zone,
          rrule: `FREQ=WEEKLY;BYDAY=${days.join(',')};COUNT=${count}`,
          window: { from: new Date(Date.UTC(2020, 0, 1)), to: new Date(Date.UTC(2030, 0, 1)) },
        });
        expect(occurrences).toHaveLength(count);
      }),
    );
  });
});

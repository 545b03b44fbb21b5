import fc from 'fast-check';
import { DateTime, IANAZone } from 'luxon';
import type { WallClock } from './wall-clock';
import { ZoneClock } from './zone-clock';

const ZONES = [
  'America/Toronto',
  'Europe/Paris',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'America/St_Johns',
  'Asia/Kolkata',
  'America/Santiago',
];
const MINUTE_MS = 60_000;

const instant = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) });
/** Wall clocks concentrated around the hours at which zones change offset. */
const wallClock = fc.record({
  year: fc.integer({ min: 1970, max: 2040 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  hour: fc.constantFrom(0, 1, 2, 3, 23, 9),
  minute: fc.constantFrom(0, 15, 30, 59),
});

const localOf = (instantMs: number, zone: string) => DateTime.fromMillis(instantMs, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");
const format = (wall: WallClock) => DateTime.fromObject(wall, { zone: 'UTC' }).toFormat("yyyy-MM-dd'T'HH:mm");

describe('ZoneClock laws', () => {
  it('reads the same offsets as luxon', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), (at, name) => {
        const zone = IANAZone.create(name);
        expect(new ZoneClock(zone).offsetAt(at)).toBe(zone.offset(at));
      }),
    );
  });

  it('reads the same offsets as luxon around every change of a year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1970, max: 2100 }), fc.constantFrom(...ZONES), (year, name) => {
        const zone = IANAZone.create(name);
        const clock = new ZoneClock(zone);
        for (let at = Date.UTC(year, 0, 1); at < Date.UTC(year + 1, 0, 1); at += 3_600_000) {
          if (zone.offset(at) === zone.offset(at + 3_600_000)) continue;
          // A change within the hour: every minute of it, and a millisecond either side of each.
          for (let probe = at; probe <= at + 3_600_000; probe += MINUTE_MS) {
            for (const ms of [probe - 1, probe, probe + 1]) expect(clock.offsetAt(ms)).toBe(zone.offset(ms));
          }
        }
      }),
      { numRuns: 8 },
    );
  });

  it('resolves a wall clock to its first instant, or past a gap as luxon does, as RFC 5545 §3.3.5 says', () => {
    fc.assert(
      fc.property(wallClock, fc.constantFrom(...ZONES), (wall, name) => {
        const local = format(wall);
        const luxonInstant = DateTime.fromObject(wall, { zone: name }).toMillis();
        // Zones shift by 30 or 60 minutes (Lord Howe by 30): the earlier instant showing the same time is among these.
        const showingIt = [luxonInstant - 60 * MINUTE_MS, luxonInstant - 30 * MINUTE_MS, luxonInstant].filter(
          (candidate) => localOf(candidate, name) === local,
        );
        const expected = showingIt.length > 0 ? Math.min(...showingIt) : luxonInstant;
        expect(new ZoneClock(IANAZone.create(name)).toInstant(wall)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

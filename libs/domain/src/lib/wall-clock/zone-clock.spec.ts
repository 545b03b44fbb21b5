import { DateTime } from 'luxon';
import { parseWallClock, resolveTimeZone } from './wall-clock';
import { formatInstant, instantToWallClock, wallClockToInstant, ZoneClock } from './zone-clock';

const toronto = resolveTimeZone('America/Toronto')!;

function instantOf(local: string, timeZone = 'America/Toronto'): string {
  const instant = wallClockToInstant(parseWallClock(local)!, resolveTimeZone(timeZone)!);
  return new Date(instant).toISOString();
}

describe('wallClockToInstant (RFC 5545 §3.3.5)', () => {
  it('converts an ordinary local time with the offset in force', () => {
    expect(instantOf('2026-07-01T09:00')).toBe('2026-07-01T13:00:00.000Z');
    expect(instantOf('2026-01-15T09:00')).toBe('2026-01-15T14:00:00.000Z');
  });

  it('reads a time skipped by spring forward with the offset before the gap (02:30 becomes 03:30 EDT)', () => {
    expect(instantOf('2026-03-08T02:30')).toBe('2026-03-08T07:30:00.000Z');
  });

  it('reads a time repeated by fall back as its first occurrence (EDT)', () => {
    expect(instantOf('2026-11-01T01:30')).toBe('2026-11-01T05:30:00.000Z');
  });

  it('handles zones that move the other way (Sydney falls back in April)', () => {
    expect(instantOf('2026-04-05T02:30', 'Australia/Sydney')).toBe('2026-04-04T15:30:00.000Z');
    expect(instantOf('2026-10-04T02:30', 'Australia/Sydney')).toBe('2026-10-03T16:30:00.000Z');
  });

  it('round-trips every ordinary time through instantToWallClock', () => {
    const wallClock = parseWallClock('2026-11-01T03:15')!;
    expect(instantToWallClock(wallClockToInstant(wallClock, toronto), toronto)).toEqual(wallClock);
  });
});

describe('formatInstant', () => {
  it('writes ISO-8601 with the zone offset and no milliseconds, like luxon', () => {
    const instant = Date.UTC(2026, 2, 10, 13, 0);
    expect(formatInstant(instant, toronto)).toBe('2026-03-10T09:00:00-04:00');
    expect(formatInstant(instant, toronto)).toBe(
      DateTime.fromMillis(instant, { zone: 'America/Toronto' }).toISO({ suppressMilliseconds: true }),
    );
  });
});

describe('ZoneClock', () => {
  it('gives the same answers with its remembered offsets as fresh conversions, across a DST year', () => {
    const clock = new ZoneClock(toronto);
    for (let day = 0; day < 400; day += 1) {
      for (const time of ['T00:30', 'T01:30', 'T02:30', 'T09:00', 'T23:59']) {
        const date = new Date(Date.UTC(2026, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
        const wallClock = parseWallClock(date + time)!;
        const instant = clock.toInstant(wallClock);
        expect(instant).toBe(wallClockToInstant(wallClock, toronto));
        expect(clock.format(instant + 45 * 60_000)).toBe(formatInstant(instant + 45 * 60_000, toronto));
      }
    }
  });

  it('formats offsets like luxon in zones with half-hour and negative offsets', () => {
    for (const zoneName of ['America/St_Johns', 'Asia/Kolkata', 'Asia/Kathmandu', 'UTC', 'Europe/London', 'Pacific/Kiritimati']) {
      const zone = resolveTimeZone(zoneName)!;
      for (const instant of [Date.UTC(2026, 0, 15, 12), Date.UTC(2026, 6, 15, 12)]) {
        expect(new ZoneClock(zone).format(instant)).toBe(
          DateTime.fromMillis(instant, { zone }).toISO({ suppressMilliseconds: true }),
        );
      }
    }
  });

  it('leaves local mean time (offsets with seconds, before 1900) to luxon', () => {
    const instant = Date.UTC(1880, 0, 1, 12);
    expect(formatInstant(instant, toronto)).toBe(
      DateTime.fromMillis(instant, { zone: toronto }).toISO({ suppressMilliseconds: true }),
    );
  });
});

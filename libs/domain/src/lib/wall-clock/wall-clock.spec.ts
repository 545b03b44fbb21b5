import { DateTime } from 'luxon';
import {
  formatInstant,
  formatWallClock,
  instantToWallClock,
  isoWeekday,
  parseLocalDate,
  parseWallClock,
  resolveTimeZone,
  wallClockToInstant,
} from './wall-clock';

const toronto = resolveTimeZone('America/Toronto')!;

function instantOf(local: string, timeZone = 'America/Toronto'): string {
  const instant = wallClockToInstant(parseWallClock(local)!, resolveTimeZone(timeZone)!);
  return new Date(instant).toISOString();
}

describe('parseWallClock', () => {
  it('reads a local date and time to the minute', () => {
    expect(parseWallClock('2026-03-10T09:05')).toEqual({ year: 2026, month: 3, day: 10, hour: 9, minute: 5 });
  });

  it('tolerates zero seconds', () => {
    expect(parseWallClock('2026-03-10T09:05:00')).toEqual(parseWallClock('2026-03-10T09:05'));
  });

  it.each([
    '2026-02-30T09:00',
    '2026-13-01T09:00',
    '2026-03-10T24:00',
    '2026-03-10 09:00',
    '2026-03-10T09:00Z',
    '2026-03-10',
    '',
  ])('rejects %p', (text) => {
    expect(parseWallClock(text)).toBeUndefined();
  });
});

describe('parseLocalDate', () => {
  it('reads a date and rejects impossible ones', () => {
    expect(parseLocalDate('2028-02-29')).toMatchObject({ year: 2028, month: 2, day: 29 });
    expect(parseLocalDate('2027-02-29')).toBeUndefined();
  });
});

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

describe('isoWeekday and formatWallClock', () => {
  it('counts Monday as 1 and Sunday as 7 whatever the process zone', () => {
    expect(isoWeekday(parseWallClock('2026-03-09T00:00')!)).toBe(1);
    expect(isoWeekday(parseWallClock('2026-03-08T23:59')!)).toBe(7);
    expect(formatWallClock(parseWallClock('0999-01-02T03:04')!)).toBe('0999-01-02T03:04');
  });
});

describe('resolveTimeZone', () => {
  it('knows IANA zones and refuses anything else', () => {
    expect(resolveTimeZone('America/Toronto')?.name).toBe('America/Toronto');
    expect(resolveTimeZone('Mars/Olympus_Mons')).toBeUndefined();
    expect(resolveTimeZone('+05:00')).toBeUndefined();
  });
});

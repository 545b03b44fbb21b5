import { formatInstant, parseWallClock, resolveTimeZone, wallClockToInstant } from '@mutualis/domain';

/**
 * The ISO instant (with the zone's offset) of a date and time read on the site's clock:
 * '2026-12-24' '17:00' in America/Toronto is '2026-12-24T17:00:00-05:00'. Null when invalid.
 */
export function instantOf(date: string, time: string, timeZone: string): string | null {
  const wallClock = parseWallClock(`${date}T${time.slice(0, 5)}`);
  const zone = resolveTimeZone(timeZone);
  return wallClock && zone ? formatInstant(wallClockToInstant(wallClock, zone), zone) : null;
}

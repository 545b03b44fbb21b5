import {
  addDays,
  formatInstant,
  formatLocalDate,
  instantToWallClock,
  parseLocalDate,
  wallClockToInstant,
} from '@mutualis/domain/wall-clock';
import { zoneOf } from '../../core/locale/zone-wall-clock';

/** 'YYYY-MM-DD' of an instant in a zone: « today » at the site. */
export function localDateOf(instantMs: number, timeZone: string): string {
  return formatLocalDate(instantToWallClock(instantMs, zoneOf(timeZone)));
}

/**
 * The instants of a period of whole days in a zone, from midnight on `startDate` to midnight after `endDate`
 * (a 23- or 25-hour day when the clocks change); null when a date is missing, malformed or before the start.
 */
export function availabilityWindow(startDate: string, endDate: string, timeZone: string): { from: string; to: string } | null {
  const first = parseLocalDate(startDate);
  const last = parseLocalDate(endDate || startDate);
  if (!first || !last || formatLocalDate(last) < formatLocalDate(first)) return null;
  const zone = zoneOf(timeZone);
  return {
    from: formatInstant(wallClockToInstant(first, zone), zone),
    to: formatInstant(wallClockToInstant(addDays(last, 1), zone), zone),
  };
}

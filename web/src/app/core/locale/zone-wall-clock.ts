import { formatWallClock, instantToWallClock, resolveTimeZone } from '@mutualis/domain/wall-clock';
import { IANAZone } from 'luxon';
import { DEFAULT_TIME_ZONE } from './date-time-format';

/**
 * Wall clocks in a resource's own zone, whatever the browser's: the one home of these helpers for
 * every feature (bookings, calendar, equipment, staff). Only the domain's wall-clock entry is
 * imported, so that the calendar's first load stays without rrule.
 */

/** The zone of a resource, site or employee, Montréal's when the name is unknown. */
export function zoneOf(timeZone: string): IANAZone {
  return resolveTimeZone(timeZone) ?? IANAZone.create(DEFAULT_TIME_ZONE);
}

/** The wall clock 'YYYY-MM-DDTHH:mm' an instant (ISO 8601 or epoch ms) shows in a zone: what date and time fields edit. */
export function wallClockOf(instant: string | number, timeZone = DEFAULT_TIME_ZONE): string {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  return formatWallClock(instantToWallClock(ms, zoneOf(timeZone)));
}

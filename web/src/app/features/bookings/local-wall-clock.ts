import { formatWallClock, instantToWallClock, resolveTimeZone } from '@mutualis/domain/wall-clock';
import { IANAZone } from 'luxon';
import { DEFAULT_TIME_ZONE } from '../../core/locale/date-time-format';

/** The zone of a room or site, Montréal's when the name is unknown. */
export function zoneOf(timeZone: string): IANAZone {
  return resolveTimeZone(timeZone) ?? IANAZone.create(DEFAULT_TIME_ZONE);
}

/** The wall clock 'YYYY-MM-DDTHH:mm' that an ISO instant shows in a zone: what booking forms edit. */
export function localWallClockOf(iso: string, timeZone = DEFAULT_TIME_ZONE): string {
  return formatWallClock(instantToWallClock(Date.parse(iso), zoneOf(timeZone)));
}

/** Whole minutes from one ISO instant to another. */
export function minutesBetween(start: string, end: string): number {
  return Math.round((Date.parse(end) - Date.parse(start)) / 60_000);
}

import { addDaysToDate, formatInstant, isoWeekday, parseLocalDate, parseWallClock, wallClockToInstant } from '@mutualis/domain';
import { wallClockOf, zoneOf } from '../../core/locale/zone-wall-clock';

/**
 * Calendar arithmetic in a pooled employee's zone: their days and weeks, whatever the zone of
 * the browser. Dates are 'YYYY-MM-DD', wall clocks 'YYYY-MM-DDTHH:mm', instants ISO 8601.
 */
/** The wall clock an instant shows in the zone: the web app's one helper, re-exported for the staff pages. */
export { wallClockOf } from '../../core/locale/zone-wall-clock';

/** The local date of an instant in the zone. */
export function localDateOf(instant: string | number, timeZone: string): string {
  return wallClockOf(instant, timeZone).slice(0, 10);
}

/** The instant, with the zone's offset, at which the zone shows a wall clock or a date's midnight. */
export function instantOf(wallClockOrDate: string, timeZone: string): string {
  const wallClock = parseWallClock(wallClockOrDate) ?? parseLocalDate(wallClockOrDate);
  if (!wallClock) throw new RangeError(`Expected 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm', got "${wallClockOrDate}"`);
  const zone = zoneOf(timeZone);
  return formatInstant(wallClockToInstant(wallClock, zone), zone);
}

/** The date `days` after (or before) a date: the domain's, under the name the staff pages use. */
export { addDaysToDate as addDays } from '@mutualis/domain';

/** The ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function weekdayOfDate(date: string): number {
  const parsed = parseLocalDate(date);
  if (!parsed) throw new RangeError(`Expected 'YYYY-MM-DD', got "${date}"`);
  return isoWeekday(parsed);
}

/** The Monday of the week containing a date: the domain's, so that web and API agree on weeks. */
export { mondayOf } from '@mutualis/domain';

/** The seven dates of the week starting on `monday`. */
export function weekDates(monday: string): string[] {
  return Array.from({ length: 7 }, (_, index) => addDaysToDate(monday, index));
}

/**
 * A local date as an instant LocaleFormat can show: `format.formatDate(dateAsInstant(date), 'UTC')`
 * reads the same date in any browser.
 */
export function dateAsInstant(date: string): string {
  return `${date}T12:00:00Z`;
}

import { instantToWallClock } from '@mutualis/domain/wall-clock';
import { zoneOf } from '../../core/locale/zone-wall-clock';

/** A day picked in the month view becomes a morning hour. */
const DAY_START = '09:00';

/**
 * The booking dialog's start and duration for a selection of the calendar: FullCalendar gives
 * the selection in the calendar's zone ('2026-06-17T10:00:00-04:00'), whose wall clock is the
 * booking's local start. A whole day (month view) becomes one hour at 09:00.
 */
export function bookingSlotOf(startStr: string, endStr: string, allDay: boolean): { start: string; durationMinutes: number } {
  if (allDay) return { start: `${startStr.slice(0, 10)}T${DAY_START}`, durationMinutes: 60 };
  const minutes = Math.round((Date.parse(endStr) - Date.parse(startStr)) / 60_000);
  return { start: startStr.slice(0, 16), durationMinutes: minutes > 0 ? minutes : 60 };
}

/** The next full hour of the zone's clock after `nowMs`, 'YYYY-MM-DDTHH:mm': where « Nouvelle réservation » starts. */
export function nextHourIn(timeZone: string, nowMs: number): string {
  const now = instantToWallClock(nowMs, zoneOf(timeZone));
  // Wall-clock arithmetic in UTC fields: 23:40 becomes 00:00 the next day, months and years roll over.
  const next = new Date(Date.UTC(now.year, now.month - 1, now.day, now.hour + 1, 0));
  return next.toISOString().slice(0, 16);
}

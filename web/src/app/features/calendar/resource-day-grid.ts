import type { CalendarOccurrence, ResourceView } from '@mutualis/contracts';
import { DateTime } from 'luxon';

/** The hours the grid shows, as the week view does. */
export const GRID_FIRST_HOUR = 6;
export const GRID_LAST_HOUR = 23;
/** One row per half hour. */
export const SLOT_MINUTES = 30;

/** A booking placed in its resource's column: rows counted from 1 (CSS grid lines), the end excluded. */
export interface PlacedBooking {
  readonly occurrence: CalendarOccurrence;
  readonly column: number;
  readonly rowStart: number;
  readonly rowEnd: number;
}

/** The day's window in the zone: from its midnight to the next (23 or 25 hours on a DST change). */
export function dayWindow(date: string, timeZone: string): { from: string; to: string } {
  const start = DateTime.fromISO(date, { zone: timeZone }).startOf('day');
  return { from: isoOf(start), to: isoOf(start.plus({ days: 1 })) };
}

/** Luxon returns null only for an invalid date, which the app never builds. */
function isoOf(instant: DateTime): string {
  return instant.toUTC().toISO() ?? '';
}

/** How many half-hour rows the grid has. */
export const SLOT_ROWS = ((GRID_LAST_HOUR - GRID_FIRST_HOUR) * 60) / SLOT_MINUTES;

/** The wall-clock start of each row: '06:00', '06:30'… */
export function slotTimes(): { hour: number; minute: number }[] {
  return Array.from({ length: SLOT_ROWS }, (_, index) => {
    const minutes = GRID_FIRST_HOUR * 60 + index * SLOT_MINUTES;
    return { hour: Math.floor(minutes / 60), minute: minutes % 60 };
  });
}

/**
 * Places the day's bookings in one column per resource (in the given order), on the half-hour rows
 * of the zone; what falls outside the shown hours is clipped to them, and bookings of resources
 * not shown are left out.
 */
export function placeBookings(
  occurrences: readonly CalendarOccurrence[],
  resources: readonly Pick<ResourceView, 'id'>[],
  date: string,
  timeZone: string,
): PlacedBooking[] {
  const dayStart = DateTime.fromISO(date, { zone: timeZone }).startOf('day');
  const row = (iso: string) => {
    const minutes = DateTime.fromISO(iso).setZone(timeZone).diff(dayStart, 'minutes').minutes;
    return (minutes - GRID_FIRST_HOUR * 60) / SLOT_MINUTES;
  };
  return occurrences.flatMap((occurrence) => {
    const column = resources.findIndex((resource) => resource.id === occurrence.resourceId);
    if (column < 0 || occurrence.status === 'cancelled' || occurrence.status === 'declined') return [];
    const first = Math.max(0, Math.floor(row(occurrence.start)));
    const last = Math.min(SLOT_ROWS, Math.ceil(row(occurrence.end)));
    if (last <= first) return [];
    return [{ occurrence, column: column + 1, rowStart: first + 1, rowEnd: last + 1 }];
  });
}

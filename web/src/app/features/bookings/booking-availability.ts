import type { BookingConflict, CalendarOccurrence } from '@mutualis/contracts';
import { overlaps } from '@mutualis/domain';

export interface PlannedSlot {
  /** ISO instants. */
  readonly start: string;
  readonly end: string;
}

/**
 * The booked occurrences that overlap the planned ones, as the API would report them: a
 * preview of BOOKING_CONFLICT before submitting. Buffers are the API's to add; it stays the judge.
 */
export function conflictsWith(planned: readonly PlannedSlot[], booked: readonly CalendarOccurrence[]): BookingConflict[] {
  const slots = planned.map((slot) => ({ start: Date.parse(slot.start), end: Date.parse(slot.end) }));
  return booked
    .filter((occurrence) => {
      const booked = { start: Date.parse(occurrence.start), end: Date.parse(occurrence.end) };
      return slots.some((slot) => overlaps(slot, booked));
    })
    .map((occurrence) => ({
      start: occurrence.start,
      end: occurrence.end,
      resourceId: occurrence.resourceId,
      ...(occurrence.organisationName ? { organisationName: occurrence.organisationName } : {}),
    }));
}

import type { BookingConflict, CalendarOccurrence } from '@mutualis/contracts';

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
      const start = Date.parse(occurrence.start);
      const end = Date.parse(occurrence.end);
      return slots.some((slot) => slot.start < end && start < slot.end);
    })
    .map((occurrence) => ({
      start: occurrence.start,
      end: occurrence.end,
      resourceId: occurrence.resourceId,
      ...(occurrence.organisationName ? { organisationName: occurrence.organisationName } : {}),
    }));
}

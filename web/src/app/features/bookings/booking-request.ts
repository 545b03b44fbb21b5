import type { BundledItemRequest, CreateBookingRequest, ResourceView } from '@mutualis/contracts';
import type { RecurrenceValue } from '../../shared/recurrence-builder/recurrence-pattern';

/** The booking dialog's fields. */
export interface BookingFormValue {
  readonly title: string;
  readonly resourceId: string;
  /** The organisation a coordinator books for ('' for the acting one). */
  readonly organisationId?: string;
  /** 'YYYY-MM-DD' and 'HH:mm', in the room's zone. */
  readonly date: string;
  readonly time: string;
  readonly durationMinutes: number;
  readonly recurrence: RecurrenceValue;
  readonly private: boolean;
  readonly notes: string;
  readonly skipConflicts: boolean;
}

/**
 * `POST /api/bookings` for the dialog's fields: the start as the room's wall clock, the room's
 * zone, and only the options that apply (no rule for a one-off, skipConflicts only when asked, equipment
 * only when some rides with the room).
 */
export function createBookingRequest(
  value: BookingFormValue,
  room: Pick<ResourceView, 'id' | 'timeZone'>,
  organisationId: string | null,
  equipment: readonly BundledItemRequest[] = [],
): CreateBookingRequest {
  const { rrule, skipHolidays } = value.recurrence;
  const notes = value.notes.trim();
  return {
    resourceId: room.id,
    ...(organisationId ? { organisationId } : {}),
    title: value.title.trim(),
    start: `${value.date}T${value.time.slice(0, 5)}`,
    timeZone: room.timeZone,
    durationMinutes: Number(value.durationMinutes),
    ...(rrule ? { rrule } : {}),
    ...(rrule && skipHolidays ? { skipHolidays: 'QC' as const } : {}),
    ...(value.skipConflicts ? { skipConflicts: true } : {}),
    private: value.private,
    ...(notes ? { notes } : {}),
    ...(equipment.length > 0 ? { equipment: [...equipment] } : {}),
  };
}

import type { BundledItemRequest, CreateBookingRequest, ResourceView } from '@mutualis/contracts';
import type { RecurrenceValue } from '../../shared/recurrence-builder/recurrence-pattern';

/** The booking dialog's fields. */
export interface BookingFormValue {
  readonly title: string;
  readonly resourceId: string;
  /** The organisation a coordinator books for ('' for the acting one). */
  readonly organisationId?: string;
  /** 'YYYY-MM-DD' and 'HH:mm', in the space's zone. */
  readonly date: string;
  readonly time: string;
  readonly durationMinutes: number;
  readonly recurrence: RecurrenceValue;
  readonly private: boolean;
  readonly notes: string;
  readonly skipConflicts: boolean;
}

/**
 * `POST /api/bookings` for the dialog's fields: the start as the space's wall clock, the space's
 * zone, and only the options that apply (no rule for a one-off, skipConflicts only when asked, equipment
 * only when some rides with the space).
 */
export function createBookingRequest(
  value: BookingFormValue,
  space: Pick<ResourceView, 'id' | 'timeZone'>,
  organisationId: string | null,
  equipment: readonly BundledItemRequest[] = [],
): CreateBookingRequest {
  const { rrule, skipHolidays } = value.recurrence;
  const notes = value.notes.trim();
  return {
    resourceId: space.id,
    ...(organisationId ? { organisationId } : {}),
    title: value.title.trim(),
    start: `${value.date}T${value.time.slice(0, 5)}`,
    timeZone: space.timeZone,
    durationMinutes: Number(value.durationMinutes),
    ...(rrule ? { rrule } : {}),
    ...(rrule && skipHolidays ? { skipHolidays: 'QC' as const } : {}),
    ...(value.skipConflicts ? { skipConflicts: true } : {}),
    private: value.private,
    ...(notes ? { notes } : {}),
    ...(equipment.length > 0 ? { equipment: [...equipment] } : {}),
  };
}

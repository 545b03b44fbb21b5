import type { CreateBookingRequest } from '@mutualis/contracts';
import type { RecurrenceValue } from '../../../shared/recurrence-builder/recurrence-pattern';

/** The request form's fields. */
export interface HourRequestFormValue {
  readonly title: string;
  /** 'YYYY-MM-DD' and 'HH:mm', in the employee's zone. */
  readonly date: string;
  readonly time: string;
  readonly durationMinutes: number;
  readonly recurrence: RecurrenceValue;
  readonly notes: string;
}

/**
 * `POST /api/bookings` asking a pooled employee for time on behalf of an organisation: the start
 * as the employee's wall clock (the API reads it in the employee's zone) and only the options
 * that apply (no rule for a one-off, no empty notes).
 */
export function hourRequestOf(value: HourRequestFormValue, staffId: string, organisationId: string): CreateBookingRequest {
  const { rrule, skipHolidays } = value.recurrence;
  const notes = value.notes.trim();
  return {
    resourceId: staffId,
    organisationId,
    title: value.title.trim(),
    start: `${value.date}T${value.time.slice(0, 5)}`,
    durationMinutes: Number(value.durationMinutes),
    ...(rrule ? { rrule } : {}),
    ...(rrule && skipHolidays ? { skipHolidays: 'QC' as const } : {}),
    ...(notes ? { notes } : {}),
  };
}

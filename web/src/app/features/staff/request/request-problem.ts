import type { BookingConflict, ErrorCode, LeaveKind, QuotaWarning } from '@mutualis/contracts';
import { apiErrorOf } from '../../../core/http/api-error-of';
import { type InlineError, inlineErrorOf } from '../../../core/http/inline-error';

export interface StaffCap {
  readonly scope: 'day' | 'week';
  /** The day, or the Monday of the week, 'YYYY-MM-DD'. */
  readonly date: string;
  readonly limitMinutes: number;
  readonly totalMinutes: number;
}

export type QuotaOverrun = Omit<QuotaWarning, 'code'>;

/** Why a pooled employee cannot be booked as asked, with what the form needs to explain it. */
export type HourRequestProblem =
  | { readonly kind: 'outsideWorkingHours'; readonly occurrences: readonly { start: string; end: string }[] }
  | { readonly kind: 'onLeave'; readonly occurrences: readonly { start: string; kind: LeaveKind }[] }
  | { readonly kind: 'caps'; readonly caps: readonly StaffCap[] }
  | { readonly kind: 'quota'; readonly overruns: readonly QuotaOverrun[] }
  | { readonly kind: 'conflicts'; readonly conflicts: readonly BookingConflict[] }
  | { readonly kind: 'message'; readonly error: InlineError };

/** Codes explained by a sentence of our own; the others show the API's (translated) message. */
const MESSAGE_KEYS: Partial<Record<ErrorCode, string>> = {
  RRULE_INVALID: 'staff.request.errors.rruleInvalid',
  RRULE_UNSUPPORTED: 'staff.request.errors.rruleInvalid',
  TOO_MANY_OCCURRENCES: 'staff.request.errors.tooManyOccurrences',
};

/** Reads a refused request (422 OUTSIDE_WORKING_HOURS, ON_LEAVE, STAFF_CAP_EXCEEDED, QUOTA_EXCEEDED, 409 BOOKING_CONFLICT…). */
export function hourRequestProblemOf(error: unknown): HourRequestProblem {
  const apiError = apiErrorOf(error);
  const details = (apiError?.details ?? {}) as Record<string, unknown>;
  switch (apiError?.code) {
    case 'OUTSIDE_WORKING_HOURS':
      return { kind: 'outsideWorkingHours', occurrences: listOf(details['occurrences']) };
    case 'ON_LEAVE':
      return { kind: 'onLeave', occurrences: listOf(details['occurrences']) };
    case 'STAFF_CAP_EXCEEDED':
      return { kind: 'caps', caps: listOf(details['caps']) };
    case 'QUOTA_EXCEEDED': {
      // Every period over quota when the API lists them, else the first one it reports.
      const periods = listOf<QuotaOverrun>(details['periods']);
      return {
        kind: 'quota',
        overruns: periods.length > 0 ? periods : details['period'] ? [details as unknown as QuotaOverrun] : [],
      };
    }
    case 'BOOKING_CONFLICT':
      return { kind: 'conflicts', conflicts: listOf(details['conflicts']) };
    default:
      return { kind: 'message', error: inlineErrorOf(error, MESSAGE_KEYS) };
  }
}

function listOf<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/**
 * Stable error codes of the API. Clients switch on `code`, never on `message`.
 * Adding a code means adding its HTTP status in the API's error filter (an exhaustive switch).
 */
export const ERROR_CODES = [
  'NOT_FOUND',
  'MALFORMED_JSON',
  'VALIDATION_FAILED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'PHOTO_TOO_LARGE',
  'PHOTO_NOT_AN_IMAGE',
  'PHOTO_UNREADABLE',
  'METHOD_NOT_ALLOWED',
  'INVALID_QUERY',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'CSRF_REJECTED',
  'INVITATION_INVALID',
  'RESET_LINK_INVALID',
  'WEAK_PASSWORD',
  'PASSWORD_CHANGE_REQUIRED',
  'EMAIL_TAKEN',
  'LAST_ADMIN',
  'RRULE_INVALID',
  'RRULE_UNSUPPORTED',
  'TOO_MANY_OCCURRENCES',
  'INVALID_TIME_ZONE',
  'INVALID_START',
  'INVALID_DURATION',
  'INVALID_WINDOW',
  'RATE_LIMITED',
  'CONFLICT',
  'BOOKING_CONFLICT',
  'INSUFFICIENT_QUANTITY',
  'QUANTITY_BELOW_BOOKINGS',
  'PAST_OCCURRENCE',
  'INVALID_STATE',
  'OUTSIDE_OPENING_HOURS',
  'BLACKOUT',
  'RULE_VIOLATION',
  'OUTSIDE_WORKING_HOURS',
  'ON_LEAVE',
  'STAFF_CAP_EXCEEDED',
  'QUOTA_EXCEEDED',
  'TIMESHEET_LOCKED',
  'PERIOD_CLOSED',
  'PERIOD_NOT_ENDED',
  'FUTURE_WORK_DATE',
  'DATABASE_UNAVAILABLE',
  'OVERLOADED',
  'INTERNAL_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The body of every error response. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  details?: unknown;
  requestId?: string;
}

/** One offending field of a VALIDATION_FAILED error. */
export interface FieldError {
  field: string;
  messages: string[];
}

export function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiError).code === 'string' &&
    typeof (value as ApiError).message === 'string'
  );
}

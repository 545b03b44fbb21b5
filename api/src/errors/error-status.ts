import type { ErrorCode } from '@mutualis/contracts';

/** The only place where an error code becomes an HTTP status. */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'MALFORMED_JSON':
    case 'VALIDATION_FAILED':
    case 'INVALID_QUERY':
    case 'WEAK_PASSWORD':
    case 'RRULE_INVALID':
    case 'RRULE_UNSUPPORTED':
    case 'TOO_MANY_OCCURRENCES':
    case 'INVALID_TIME_ZONE':
    case 'INVALID_START':
    case 'INVALID_DURATION':
    case 'INVALID_WINDOW':
      return 400;
    case 'UNAUTHENTICATED':
    case 'INVALID_CREDENTIALS':
      return 401;
    case 'FORBIDDEN':
    case 'PASSWORD_CHANGE_REQUIRED':
    case 'CSRF_REJECTED':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'METHOD_NOT_ALLOWED':
      return 405;
    case 'CONFLICT':
    case 'BOOKING_CONFLICT':
    case 'INSUFFICIENT_QUANTITY':
    case 'QUANTITY_BELOW_BOOKINGS':
    case 'PAST_OCCURRENCE':
    case 'INVALID_STATE':
    case 'TIMESHEET_LOCKED':
    case 'PERIOD_CLOSED':
    case 'PERIOD_NOT_ENDED':
    case 'EMAIL_TAKEN':
    case 'LAST_ADMIN':
      return 409;
    case 'INVITATION_INVALID':
    case 'RESET_LINK_INVALID':
      return 410;
    case 'OUTSIDE_OPENING_HOURS':
    case 'BLACKOUT':
    case 'RULE_VIOLATION':
    case 'OUTSIDE_WORKING_HOURS':
    case 'ON_LEAVE':
    case 'STAFF_CAP_EXCEEDED':
    case 'QUOTA_EXCEEDED':
    case 'FUTURE_WORK_DATE':
    case 'PHOTO_UNREADABLE':
      return 422;
    case 'PAYLOAD_TOO_LARGE':
    case 'PHOTO_TOO_LARGE':
      return 413;
    case 'UNSUPPORTED_MEDIA_TYPE':
    case 'PHOTO_NOT_AN_IMAGE':
      return 415;
    case 'RATE_LIMITED':
      return 429;
    case 'INTERNAL_ERROR':
      return 500;
    case 'DATABASE_UNAVAILABLE':
    case 'OVERLOADED':
      return 503;
    default:
      return assertNever(code);
  }
}

function assertNever(code: never): never {
  throw new Error(`Unmapped error code ${String(code)}`);
}

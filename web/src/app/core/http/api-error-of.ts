import { HttpErrorResponse } from '@angular/common/http';
import { type ApiError, isApiError } from '@mutualis/contracts';

/** The API error in an HTTP error response, if the API sent one. */
export function apiErrorOf(error: unknown): ApiError | null {
  return error instanceof HttpErrorResponse && isApiError(error.error) ? error.error : null;
}

/** The session cookie is missing or expired: the caller must sign in again. */
export function isSessionExpiry(error: unknown): boolean {
  return error instanceof HttpErrorResponse && error.status === 401 && apiErrorOf(error)?.code === 'UNAUTHENTICATED';
}

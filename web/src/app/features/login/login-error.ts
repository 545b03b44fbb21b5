import { HttpErrorResponse } from '@angular/common/http';
import { apiErrorOf } from '../../core/http/api-error-of';
import { InlineError, inlineErrorOf } from '../../core/http/inline-error';

/** How long to wait after too many attempts, from the error's details or its Retry-After header. */
function retryAfterSeconds(error: unknown): number | null {
  const details = apiErrorOf(error)?.details;
  if (typeof details === 'object' && details !== null && 'retryAfterSeconds' in details) {
    const seconds = Number((details as { retryAfterSeconds: unknown }).retryAfterSeconds);
    if (Number.isFinite(seconds)) return seconds;
  }
  const header = error instanceof HttpErrorResponse ? Number(error.headers.get('Retry-After')) : NaN;
  return Number.isFinite(header) && header > 0 ? header : null;
}

/** « Courriel ou mot de passe incorrect. », « Trop de tentatives. Réessayez dans 15 minutes. », or the API's message. */
export function loginErrorOf(error: unknown): InlineError {
  const code = apiErrorOf(error)?.code;
  if (code === 'RATE_LIMITED') {
    const seconds = retryAfterSeconds(error);
    if (seconds === null) return { key: 'login.errors.rateLimitedLater' };
    const minutes = Math.max(1, Math.ceil(seconds / 60));
    return minutes === 1
      ? { key: 'login.errors.rateLimitedOneMinute' }
      : { key: 'login.errors.rateLimited', params: { minutes } };
  }
  return inlineErrorOf(error, { INVALID_CREDENTIALS: 'login.errors.invalidCredentials' });
}

import { HttpContextToken, HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject, Injector } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { isApiError } from '@mutualis/contracts';
import { catchError, throwError } from 'rxjs';
import { isSessionExpiry } from './api-error-of';

/** Set on a request whose errors the caller shows inline: `new HttpContext().set(SKIP_ERROR_SNACKBAR, true)`. */
export const SKIP_ERROR_SNACKBAR = new HttpContextToken<boolean>(() => false);

// No response at all (status 0), or a proxy/gateway saying the API is not there.
const UNREACHABLE_STATUSES = new Set([0, 502, 503, 504]);

/** The message to show for an HTTP error: the API's own message when it sent one, else a translation key. */
export function errorMessageOf(error: HttpErrorResponse): { text: string } | { key: string } {
  if (isApiError(error.error)) return { text: error.error.message };
  return { key: UNREACHABLE_STATUSES.has(error.status) ? 'errors.unreachable' : 'errors.unexpected' };
}

/** The snack bar (and the overlay it needs) is fetched with the first error, not on the login page. */
async function showSnackBar(injector: Injector, text: string, action: string): Promise<void> {
  const { MatSnackBar } = await import('@angular/material/snack-bar');
  injector.get(MatSnackBar).open(text, action, { duration: 8000, politeness: 'assertive' });
}

/**
 * Shows every failed request in a snack bar (unless opted out) and rethrows the error to the caller.
 * An ended session (401 UNAUTHENTICATED) is not shown: the user is sent to the login page instead.
 */
export const errorSnackbarInterceptor: HttpInterceptorFn = (request, next) => {
  const injector = inject(Injector);
  const transloco = inject(TranslocoService);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && !request.context.get(SKIP_ERROR_SNACKBAR) && !isSessionExpiry(error)) {
        const message = errorMessageOf(error);
        const text = 'text' in message ? message.text : transloco.translate(message.key);
        void showSnackBar(injector, text, transloco.translate('errors.dismiss'));
      }
      return throwError(() => error);
    }),
  );
};

import { HttpClient, HttpContext, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { HealthResponse } from '@mutualis/contracts';
import { catchError, Observable, of, throwError } from 'rxjs';
import { SKIP_ERROR_SNACKBAR } from '../../core/http/error-snackbar.interceptor';

function isHealthResponse(value: unknown): value is HealthResponse {
  return typeof value === 'object' && value !== null && 'database' in value && 'version' in value;
}

@Injectable({ providedIn: 'root' })
export class HealthApi {
  private readonly http = inject(HttpClient);

  /** The API answers 503 with the same body when its database is down: that is a result, not a failure. */
  check(): Observable<HealthResponse> {
    return this.http
      .get<HealthResponse>('/api/health', { context: new HttpContext().set(SKIP_ERROR_SNACKBAR, true) })
      .pipe(
        catchError((error: unknown) =>
          error instanceof HttpErrorResponse && error.status === 503 && isHealthResponse(error.error)
            ? of(error.error)
            : throwError(() => error),
        ),
      );
  }
}

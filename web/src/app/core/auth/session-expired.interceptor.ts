import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { isSessionExpiry } from '../http/api-error-of';
import { Session } from './session';

// These answer 401 as part of their normal job: the session store and the login page handle it.
const SESSION_ENDPOINTS = ['/api/auth/me', '/api/auth/login', '/api/auth/logout'];

/**
 * A 401 UNAUTHENTICATED from any other call means the session ended (expired, signed out
 * elsewhere, account deactivated): forget the user and send them to sign in, then back here.
 * The error snack bar stays quiet for it.
 */
export const sessionExpiredInterceptor: HttpInterceptorFn = (request, next) => {
  const session = inject(Session);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      const path = request.url.split('?')[0];
      if (isSessionExpiry(error) && !SESSION_ENDPOINTS.includes(path) && session.signedIn()) {
        session.clear();
        const returnUrl = router.url;
        const queryParams = returnUrl && returnUrl !== '/' && !returnUrl.startsWith('/login') ? { returnUrl } : {};
        void router.navigate(['/login'], { queryParams });
      }
      return throwError(() => error);
    }),
  );
};

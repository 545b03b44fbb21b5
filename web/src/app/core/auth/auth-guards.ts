import { inject } from '@angular/core';
import { CanActivateChildFn, CanActivateFn, Router } from '@angular/router';
import { safeReturnUrl } from './return-url';
import { Session } from './session';

/** Where a user whose password was reset by an admin must go before anything else. */
export const CHANGE_PASSWORD_URL = '/account/password';
export const ACCESS_DENIED_URL = '/access-denied';

/**
 * Signed-in users only (the session is loaded by an app initializer, so this is known before the
 * first navigation). A temporary password must be changed before going anywhere else.
 */
export const signedInGuard: CanActivateFn & CanActivateChildFn = (_route, state) => {
  const router = inject(Router);
  const me = inject(Session).me();
  if (!me) return router.createUrlTree(['/login'], { queryParams: state.url === '/' ? {} : { returnUrl: state.url } });
  if (me.mustChangePassword && !state.url.startsWith(CHANGE_PASSWORD_URL)) return router.createUrlTree([CHANGE_PASSWORD_URL]);
  return true;
};

/** The login page is for signed-out visitors; a signed-in user goes where they were heading. */
export const signedOutGuard: CanActivateFn = (route) => {
  if (!inject(Session).signedIn()) return true;
  return inject(Router).parseUrl(safeReturnUrl(route.queryParamMap.get('returnUrl')));
};

/** Coordinators and organisation admins. */
export const administrationGuard: CanActivateFn = () =>
  inject(Session).canAdminister() || inject(Router).parseUrl(ACCESS_DENIED_URL);

/** Coordinators of at least one network. */
export const coordinatorGuard: CanActivateFn = () =>
  inject(Session).isCoordinator() || inject(Router).parseUrl(ACCESS_DENIED_URL);

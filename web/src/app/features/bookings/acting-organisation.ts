import { computed, inject, InjectionToken, type Signal } from '@angular/core';
import { Session } from '../../core/auth/session';

/**
 * The organisation bookings are made and listed for: the shell's active organisation (the one
 * chosen in the top bar, else the first membership of `GET /api/auth/me`). A token, so a page
 * or a test can act for another organisation without touching the session.
 */
export const ACTING_ORGANISATION = new InjectionToken<Signal<string | null>>('ACTING_ORGANISATION', {
  providedIn: 'root',
  factory: () => {
    const session = inject(Session);
    return computed(() => session.activeOrganisation()?.organisationId ?? null);
  },
});

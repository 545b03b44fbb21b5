import { inject, InjectionToken } from '@angular/core';
import { Clock } from '../../core/clock/clock';

/** Now, in milliseconds: the report opens on the current month. Reads the app's `Clock`; specs may still set the token. */
export const REPORTS_NOW = new InjectionToken<() => number>('REPORTS_NOW', {
  providedIn: 'root',
  factory: () => {
    const clock = inject(Clock);
    return () => clock.nowMs();
  },
});

import { InjectionToken } from '@angular/core';

/** Now, in milliseconds: the report opens on the current month. A token so specs choose the day. */
export const REPORTS_NOW = new InjectionToken<() => number>('REPORTS_NOW', {
  providedIn: 'root',
  factory: () => () => Date.now(),
});

import { InjectionToken } from '@angular/core';

/** Now, in milliseconds: « cette semaine », the next two weeks, upcoming leave. A token so tests choose the day. */
export const STAFF_NOW = new InjectionToken<() => number>('STAFF_NOW', {
  providedIn: 'root',
  factory: () => () => Date.now(),
});

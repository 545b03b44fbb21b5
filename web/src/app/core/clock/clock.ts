import { Injectable } from '@angular/core';

/**
 * The web app's one source of "now" (the API has its own, decision 0006): components and services ask
 * it instead of calling `Date.now()` or `new Date()`, so that specs fix the day (`provideFixedClock`)
 * and nothing depends on the date the tests run. Lint refuses the direct calls elsewhere.
 */
@Injectable({ providedIn: 'root' })
export class Clock {
  /** Now, in milliseconds since the epoch. */
  nowMs(): number {
    return Date.now();
  }

  /** Now, as an ISO-8601 instant. */
  nowIso(): string {
    return new Date(this.nowMs()).toISOString();
  }
}

import type { Provider } from '@angular/core';
import { Clock } from '../app/core/clock/clock';

/** A clock stopped at `now`, whatever the date the specs run. */
export class FixedClock extends Clock {
  constructor(private readonly ms: number) {
    super();
  }

  override nowMs(): number {
    return this.ms;
  }
}

/** `providers: [provideFixedClock(NOW)]`: every component of the spec reads `now` as the time. */
export function provideFixedClock(now: number | string | Date): Provider {
  return { provide: Clock, useValue: new FixedClock(new Date(now).getTime()) };
}

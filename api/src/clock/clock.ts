/**
 * The one source of "now" for every rule that reads it (lead time, advance limit, expiry, horizon,
 * periods, sessions, throttling). Inject `Clock`; never call `Date.now()` or SQL `now()` for a rule.
 * Tests replace it with a `FixedClock` so that their literal dates never expire.
 */
export abstract class Clock {
  abstract nowMs(): number;

  now(): Date {
    return new Date(this.nowMs());
  }
}

export class SystemClock extends Clock {
  nowMs(): number {
    return Date.now();
  }
}

/** A clock that stands still until moved: for tests and benchmarks. */
export class FixedClock extends Clock {
  constructor(private current: number) {
    super();
  }

  nowMs(): number {
    return this.current;
  }

  set(instant: Date | number): void {
    this.current = typeof instant === 'number' ? instant : instant.getTime();
  }

  advance(ms: number): void {
    this.current += ms;
  }
}

import { fromFieldsAsUtc, toFieldsAsUtc, type WallClock } from '../wall-clock/wall-clock';

/** The Gregorian calendar repeats itself exactly (weekdays and leap years) every 400 years. */
const GREGORIAN_CYCLE_YEARS = 400;
/** rrule gives up on a rule only when its scan passes this year. */
const RRULE_LAST_YEAR = 9999;

/**
 * The bridge between wall clocks and rrule's "floating" dates: Date objects whose UTC fields
 * are read as the series' wall clock, so that expansion never touches the process time zone.
 *
 * rrule stops iterating only when it produces an occurrence past the query or reaches year
 * 9999, so a rule that matches rarely (or never) scans up to 8,000 years: seconds of CPU for a
 * DAILY rule. The floating calendar is therefore moved forward by whole 400-year cycles, which
 * preserves every weekday and leap day, so that year 9999 lies less than 400 years after the
 * last year the caller cares about. That bounds every expansion.
 */
export class FloatingCalendar {
  private readonly shiftYears: number;

  constructor(lastYearOfInterest: number) {
    const cycles = Math.floor((RRULE_LAST_YEAR - 1 - lastYearOfInterest) / GREGORIAN_CYCLE_YEARS);
    this.shiftYears = Math.max(0, cycles) * GREGORIAN_CYCLE_YEARS;
  }

  toFloating(wallClock: WallClock): Date {
    return new Date(toFieldsAsUtc({ ...wallClock, year: wallClock.year + this.shiftYears }));
  }

  fromFloating(date: Date): WallClock {
    const wallClock = fromFieldsAsUtc(date.getTime());
    return { ...wallClock, year: wallClock.year - this.shiftYears };
  }
}

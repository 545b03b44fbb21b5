import type { AgreementView, HourBankLine, QuotaPeriodUnit } from '@mutualis/contracts';
import { periodContaining } from '@mutualis/domain';

/** How many periods the bank shows: the current one and the next two. */
export const BANK_PERIODS = 3;

/** Whether an agreement is in force on a date ('YYYY-MM-DD'; `endsOn` is the first day it no longer applies). */
export function inForceOn(agreement: Pick<AgreementView, 'startsOn' | 'endsOn'>, date: string): boolean {
  return agreement.startsOn <= date && (agreement.endsOn === null || date < agreement.endsOn);
}

/**
 * The `from` and `to` of `GET /api/hour-bank` for the period containing `today` and the next two.
 * The API reads the terms of the agreement in force on `from`: for an agreement that began during
 * the current period, `from` is its first day (the API still counts the whole period).
 */
export function hourBankWindow(today: string, unit: QuotaPeriodUnit, startsOn = ''): { from: string; to: string } {
  let period = periodContaining(today, unit);
  const from = startsOn > period.start ? startsOn : period.start;
  for (let index = 1; index < BANK_PERIODS; index++) period = periodContaining(period.end, unit);
  return { from, to: period.end };
}

/** A line of the bank as the progress bar shows it: booked against allotted plus carried over. */
export interface HourBankProgress {
  readonly availableMinutes: number;
  readonly bookedMinutes: number;
  readonly remainingMinutes: number;
  /** 0–100, full when over. */
  readonly percent: number;
  readonly over: boolean;
}

export function hourBankProgressOf(line: HourBankLine): HourBankProgress {
  const available = line.allottedMinutes + line.carriedOverMinutes;
  const percent =
    available > 0 ? Math.min(100, Math.round((line.bookedMinutes / available) * 100)) : line.bookedMinutes > 0 ? 100 : 0;
  return {
    availableMinutes: available,
    bookedMinutes: line.bookedMinutes,
    remainingMinutes: available - line.bookedMinutes,
    percent,
    over: line.bookedMinutes > available,
  };
}

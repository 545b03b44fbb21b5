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

/** What an agreement still allows in one period: dates 'YYYY-MM-DD', `end` excluded. */
export interface QuotaWindow {
  readonly start: string;
  readonly end: string;
  readonly remainingMinutes: number;
}

/** The periods of a capped agreement's bank, with what is left in each (never below zero). */
export function quotaWindowsOf(lines: readonly HourBankLine[]): QuotaWindow[] {
  return lines.map((line) => ({
    start: line.period.start,
    end: line.period.end,
    remainingMinutes: Math.max(0, hourBankProgressOf(line).remainingMinutes),
  }));
}

/**
 * Whether a request of `minutes` on `date` stays within the quota. A date outside every known
 * period is not limited here (the API still flags it), nor is anything without a quota (null).
 */
export function fitsQuota(date: string, minutes: number, quota: readonly QuotaWindow[] | null): boolean {
  const window = quota?.find((each) => each.start <= date && date < each.end);
  return !window || minutes <= window.remainingMinutes;
}

/** The lengths worth offering: those that fit in at least one period (all of them without a quota). */
export function durationsWithinQuota(durations: readonly number[], quota: readonly QuotaWindow[] | null): number[] {
  if (!quota || quota.length === 0) return [...durations];
  const most = Math.max(...quota.map((window) => window.remainingMinutes));
  return durations.filter((minutes) => minutes <= most);
}

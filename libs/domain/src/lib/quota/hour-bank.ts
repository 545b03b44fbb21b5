import { carryOver, periodContaining, type QuotaPeriod, type QuotaTerms } from './quota-periods';

/** One period of an agreement's hour bank: allotted, carried over from the period before, booked, worked, remaining. */
export interface HourBankLedgerLine {
  period: QuotaPeriod;
  allottedMinutes: number;
  carriedOverMinutes: number;
  /** Pending and confirmed time both count. */
  bookedMinutes: number;
  workedMinutes: number;
  /** Allotted plus carried over minus booked; below zero when over. */
  remainingMinutes: number;
}

/** What one period of the bank holds, minutes are per period. */
export interface HourBankPeriodUse {
  /** Booked in the period before; null when it is not counted (nothing carries over). */
  bookedBefore: number | null;
  booked: number;
  worked: number;
}

/** One line of the bank: the allotment (none without a cap), plus what the period before carries over. */
export function hourBankLine(terms: QuotaTerms, period: QuotaPeriod, use: HourBankPeriodUse): HourBankLedgerLine {
  const allotted = terms.minutesPerPeriod ?? 0;
  const carried = use.bookedBefore === null ? 0 : carryOver(terms, allotted, use.bookedBefore);
  return {
    period,
    allottedMinutes: allotted,
    carriedOverMinutes: carried,
    bookedMinutes: use.booked,
    workedMinutes: use.worked,
    remainingMinutes: allotted + carried - use.booked,
  };
}

/** Minutes per local date ('YYYY-MM-DD') summed per period of `unit`, keyed by the period's first day. */
export function minutesByPeriod(minutesByDay: ReadonlyMap<string, number>, unit: QuotaTerms['unit']): Map<string, number> {
  const totals = new Map<string, number>();
  for (const [day, minutes] of minutesByDay) {
    const start = periodContaining(day, unit).start;
    totals.set(start, (totals.get(start) ?? 0) + minutes);
  }
  return totals;
}

/**
 * The bank period by period, from the one containing `from` to the last starting before `to`
 * (dates 'YYYY-MM-DD'): each period carries over from the one before it; the first carries nothing.
 */
export function hourBankLedger(
  terms: QuotaTerms,
  window: { from: string; to: string },
  bookedByDay: ReadonlyMap<string, number>,
  workedByDay: ReadonlyMap<string, number>,
): HourBankLedgerLine[] {
  const booked = minutesByPeriod(bookedByDay, terms.unit);
  const worked = minutesByPeriod(workedByDay, terms.unit);
  const lines: HourBankLedgerLine[] = [];
  let bookedBefore: number | null = null;
  for (
    let period = periodContaining(window.from, terms.unit);
    period.start < window.to;
    period = periodContaining(period.end, terms.unit)
  ) {
    const line = hourBankLine(terms, period, {
      bookedBefore,
      booked: booked.get(period.start) ?? 0,
      worked: worked.get(period.start) ?? 0,
    });
    lines.push(line);
    bookedBefore = line.bookedMinutes;
  }
  return lines;
}

/** The unit an agreement counts hours in. */
export type QuotaPeriodUnit = 'week' | 'month' | 'year';

/** A local calendar period: [start, end) as 'YYYY-MM-DD' dates in the resource's zone. */
export interface QuotaPeriod {
  unit: QuotaPeriodUnit;
  start: string;
  end: string;
}

const DAY_MS = 86_400_000;

function toUtcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The week (Monday to Monday), month or year containing a local date. */
export function periodContaining(date: string, unit: QuotaPeriodUnit): QuotaPeriod {
  const day = toUtcDate(date);
  if (unit === 'week') {
    const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS);
    return { unit, start: format(monday), end: format(new Date(monday.getTime() + 7 * DAY_MS)) };
  }
  if (unit === 'month') {
    const start = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
    return { unit, start: format(start), end: format(new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1))) };
  }
  return { unit, start: `${day.getUTCFullYear()}-01-01`, end: `${day.getUTCFullYear() + 1}-01-01` };
}

/** The period just before. */
export function previousPeriod(period: QuotaPeriod): QuotaPeriod {
  return periodContaining(format(new Date(toUtcDate(period.start).getTime() - DAY_MS)), period.unit);
}

export interface QuotaTerms {
  /** Minutes allotted per period; null means no cap. */
  minutesPerPeriod: number | null;
  unit: QuotaPeriodUnit;
  /** 'next': unused minutes of a period carry into the next one, up to `rolloverCapMinutes`. */
  rollover: 'none' | 'next';
  rolloverCapMinutes: number | null;
}

export interface QuotaLine {
  period: QuotaPeriod;
  allottedMinutes: number;
  carriedOverMinutes: number;
  usedMinutes: number;
  requestedMinutes: number;
  remainingMinutes: number;
  exceeded: boolean;
}

/**
 * For each period a request touches: what is allotted (plus what the previous period carries over),
 * what is already used (pending and confirmed time both count), what is requested, and whether it
 * exceeds. Exactly at quota is within quota.
 */
export function assessQuota(
  terms: QuotaTerms,
  requestedByPeriodStart: ReadonlyMap<string, number>,
  usedByPeriodStart: ReadonlyMap<string, number>,
): QuotaLine[] {
  if (terms.minutesPerPeriod === null) return [];
  const allotted = terms.minutesPerPeriod;
  return [...requestedByPeriodStart.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([start, requestedMinutes]) => {
      const period = periodContaining(start, terms.unit);
      const carriedOverMinutes = carryOver(terms, allotted, usedByPeriodStart.get(previousPeriod(period).start) ?? 0);
      const usedMinutes = usedByPeriodStart.get(period.start) ?? 0;
      const remainingMinutes = allotted + carriedOverMinutes - usedMinutes - requestedMinutes;
      return {
        period,
        allottedMinutes: allotted,
        carriedOverMinutes,
        usedMinutes,
        requestedMinutes,
        remainingMinutes,
        exceeded: remainingMinutes < 0,
      };
    });
}

/** What a period leaves to the next: its unused allotment, capped (one period deep: carried minutes do not carry again). */
export function carryOver(terms: QuotaTerms, allotted: number, usedInPrevious: number): number {
  if (terms.rollover !== 'next') return 0;
  const unused = Math.max(0, allotted - usedInPrevious);
  return terms.rolloverCapMinutes === null ? unused : Math.min(unused, terms.rolloverCapMinutes);
}

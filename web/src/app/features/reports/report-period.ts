/** The periods a report covers. `fiscalYear` is Quebec's usual fiscal year, April to March. */
export type PeriodKind = 'month' | 'quarter' | 'year' | 'fiscalYear';

export const PERIOD_KINDS: readonly PeriodKind[] = ['month', 'quarter', 'year', 'fiscalYear'];

/** A report window: `from` inclusive, `to` exclusive, both 'YYYY-MM-DD' (as the API reads them). */
export interface ReportPeriod {
  readonly kind: PeriodKind;
  readonly from: string;
  readonly to: string;
}

const MONTHS_IN: Record<PeriodKind, number> = { month: 1, quarter: 3, year: 12, fiscalYear: 12 };
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Months since year 0 (January = 0): whole-number arithmetic, no Date and no time zone. */
function monthIndexOf(day: string): number {
  const match = ISO_DAY.exec(day);
  if (!match) throw new RangeError(`Expected a 'YYYY-MM-DD' day, got "${day}"`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

function firstDayOf(monthIndex: number): string {
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

/** The first month of the period of `kind` holding the month `monthIndex`. */
function startOf(kind: PeriodKind, monthIndex: number): number {
  const month = monthIndex % 12;
  switch (kind) {
    case 'month':
      return monthIndex;
    case 'quarter':
      return monthIndex - (month % 3);
    case 'year':
      return monthIndex - month;
    case 'fiscalYear':
      // April (3) opens the fiscal year; January to March belong to the one that began the April before.
      return monthIndex - ((month + 9) % 12);
  }
}

function periodStartingAt(kind: PeriodKind, start: number): ReportPeriod {
  return { kind, from: firstDayOf(start), to: firstDayOf(start + MONTHS_IN[kind]) };
}

/** The month, quarter, year or fiscal year (April–March) holding `day`. */
export function periodContaining(kind: PeriodKind, day: string): ReportPeriod {
  return periodStartingAt(kind, startOf(kind, monthIndexOf(day)));
}

/** The period `steps` periods later (negative: earlier), of the same kind. */
export function shiftPeriod(period: ReportPeriod, steps: number): ReportPeriod {
  return periodStartingAt(period.kind, monthIndexOf(period.from) + steps * MONTHS_IN[period.kind]);
}

/** The same moment seen as another kind of period: the quarter holding the month shown, and so on. */
export function changeKind(period: ReportPeriod, kind: PeriodKind): ReportPeriod {
  return periodContaining(kind, period.from);
}

/** The last day of the period, inclusive (the day before `to`). */
export function lastDayOf(period: Pick<ReportPeriod, 'to'>): string {
  const [year, month, day] = period.to.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}

/** Today's date, 'YYYY-MM-DD', on the wall calendar of `timeZone` (a month starts at local midnight). */
export function todayIn(timeZone: string, now: number): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The numbers that name a period: its year, and its month or quarter; a fiscal year names both its years. */
export function periodParts(period: ReportPeriod): { year: number; month: number; quarter: number; endYear: number } {
  const start = monthIndexOf(period.from);
  return {
    year: Math.floor(start / 12),
    month: (start % 12) + 1,
    quarter: Math.floor((start % 12) / 3) + 1,
    endYear: Math.floor((monthIndexOf(period.to) - 1) / 12),
  };
}

/**
 * How a period reads in a file name: `2026-11`, `2026-T4` (`2026-Q4` in English), `2026`,
 * `2026-2027` for a fiscal year.
 */
export function periodSlug(period: ReportPeriod, quarterLetter: string): string {
  const { year, month, quarter, endYear } = periodParts(period);
  switch (period.kind) {
    case 'month':
      return `${year}-${String(month).padStart(2, '0')}`;
    case 'quarter':
      return `${year}-${quarterLetter}${quarter}`;
    case 'year':
      return String(year);
    case 'fiscalYear':
      return `${year}-${endYear}`;
  }
}

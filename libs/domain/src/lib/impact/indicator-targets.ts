/**
 * Targets of logic-model indicators per reporting period. A coordinator sets a target for a month,
 * a quarter, a calendar year or a fiscal year (April to March); the report shows, for the window on
 * screen, the target set for exactly that period, else one derived from the targets of the periods
 * that cover it, else the indicator's default target — and says which.
 */

/** Local dates 'YYYY-MM-DD', `to` exclusive. */
export interface TargetWindow {
  from: string;
  to: string;
}

export type ReportingPeriodKind = 'month' | 'quarter' | 'year' | 'fiscal_year';

export interface PeriodTarget extends TargetWindow {
  target: number;
}

/**
 * - `period`: set for exactly this period;
 * - `prorated`: shares of the targets of the periods covering the window, month by month (a month
 *   of a fiscal year gets a twelfth of its target; a calendar year across two fiscal years gets
 *   nine twelfths of one and three of the other);
 * - `enclosing`: the target of a longer period containing the window, as is (a rate or a count of
 *   distinct organisations does not divide);
 * - `default`: the indicator's own target, for any period without one.
 */
export type TargetBasis = 'period' | 'prorated' | 'enclosing' | 'default';

export interface ResolvedTarget {
  target: number;
  basis: TargetBasis;
  /** The period targets it comes from, in date order (none for the default). */
  sources: PeriodTarget[];
}

interface YearMonth {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

function parse(day: string): YearMonth | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const back = new Date(Date.UTC(year, month - 1, date));
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== date) return null;
  return { year, month, day: date };
}

const monthIndex = (d: YearMonth) => d.year * 12 + (d.month - 1);
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;
const iso = (index: number) => new Date(Date.UTC(Math.floor(index / 12), index % 12, 1)).toISOString().slice(0, 10);

/**
 * Which reporting period the window is: a month, a calendar quarter, a calendar year or a fiscal
 * year (April to March); null for any other window (those take no target of their own).
 */
export function reportingPeriodKind(window: TargetWindow): ReportingPeriodKind | null {
  const from = parse(window.from);
  const to = parse(window.to);
  if (!from || !to || from.day !== 1 || to.day !== 1) return null;
  const months = monthIndex(to) - monthIndex(from);
  if (months === 1) return 'month';
  if (months === 3 && from.month % 3 === 1) return 'quarter';
  if (months === 12 && from.month === 1) return 'year';
  if (months === 12 && from.month === 4) return 'fiscal_year';
  return null;
}

const contains = (outer: TargetWindow, inner: TargetWindow) => outer.from <= inner.from && inner.to <= outer.to;
const length = (w: TargetWindow) => dayNumber(w.to) - dayNumber(w.from);

/** The window cut at month boundaries, each piece with the whole month it lies in. */
function monthPieces(window: TargetWindow): Array<{ piece: TargetWindow; month: TargetWindow }> {
  const from = parse(window.from);
  if (!from) return [];
  const pieces: Array<{ piece: TargetWindow; month: TargetWindow }> = [];
  for (let index = monthIndex(from); iso(index) < window.to; index += 1) {
    const month = { from: iso(index), to: iso(index + 1) };
    pieces.push({
      piece: { from: month.from < window.from ? window.from : month.from, to: month.to > window.to ? window.to : month.to },
      month,
    });
  }
  return pieces;
}

/** The shortest target period containing `inner`; ties go to the one starting first. */
function smallestContaining(targets: readonly PeriodTarget[], inner: TargetWindow): PeriodTarget | null {
  let best: PeriodTarget | null = null;
  for (const t of targets) {
    if (!contains(t, inner)) continue;
    if (!best || length(t) < length(best) || (length(t) === length(best) && t.from < best.from)) best = t;
  }
  return best;
}

function monthsIn(period: TargetWindow): number {
  const from = parse(period.from);
  const to = parse(period.to);
  return from && to ? monthIndex(to) - monthIndex(from) : 0;
}

/**
 * The target of `window`. `additive` figures (hours, counts of bookings, savings, entered values
 * summed over the window) take a share of longer periods' targets; the others (rates, counts of
 * distinct organisations or people) take a longer period's target as is. Targets are periods as
 * `reportingPeriodKind` knows them; anything else is ignored.
 */
export function resolveTarget(
  window: TargetWindow,
  targets: readonly PeriodTarget[],
  defaultTarget: number | null,
  additive: boolean,
): ResolvedTarget | null {
  const periods = targets.filter((t) => reportingPeriodKind(t) !== null);
  const exact = periods.find((t) => t.from === window.from && t.to === window.to);
  if (exact) return { target: exact.target, basis: 'period', sources: [exact] };
  const derived = additive ? prorated(window, periods) : enclosing(window, periods);
  if (derived) return derived;
  return defaultTarget === null ? null : { target: defaultTarget, basis: 'default', sources: [] };
}

function enclosing(window: TargetWindow, periods: readonly PeriodTarget[]): ResolvedTarget | null {
  const outer = smallestContaining(periods, window);
  return outer ? { target: outer.target, basis: 'enclosing', sources: [outer] } : null;
}

/** Every month of the window must be covered, or there is no prorated target (never a partial one). */
function prorated(window: TargetWindow, periods: readonly PeriodTarget[]): ResolvedTarget | null {
  const pieces = monthPieces(window);
  if (pieces.length === 0) return null;
  let target = 0;
  const used = new Set<PeriodTarget>();
  for (const { piece, month } of pieces) {
    const source = smallestContaining(periods, month);
    if (!source) return null;
    used.add(source);
    target += (source.target / monthsIn(source)) * (length(piece) / length(month));
  }
  const sources = [...used].sort((a, b) => (a.from === b.from ? a.to.localeCompare(b.to) : a.from.localeCompare(b.from)));
  return { target, basis: 'prorated', sources };
}

import type { ImpactIndicatorView, IndicatorMetric } from '@mutualis/contracts';
import { resolveTarget } from '@mutualis/domain';
import type { IndicatorRow } from './impact-indicators.repository';
import type { DateWindow } from './impact-window';

/**
 * Whether a metric's figures add up over time, so that a month takes a share of its year's target:
 * hours, bookings, savings and entered values (summed over the window) do; rates and counts of
 * distinct organisations or people do not (a year's 20 organisations are not 20 ÷ 12 a month).
 */
const ADDITIVE: Record<IndicatorMetric, boolean> = {
  entered: true,
  hours_booked: true,
  hours_delivered: true,
  bookings: true,
  hour_requests: true,
  board_posts: true,
  board_matches: true,
  savings_cents: true,
  shared_m2_hours: true,
  occupancy_percent: false,
  delivery_percent: false,
  organisations_served: false,
  people: false,
};

/** The logic model for a window: each indicator's figure, the window's target and the progress towards it. */
export function indicatorViews(
  rows: IndicatorRow[],
  window: DateWindow,
  computed: (metric: Exclude<IndicatorMetric, 'entered'>) => number,
): ImpactIndicatorView[] {
  return rows.map((row) => {
    const value = row.metric === 'entered' ? row.entered_value : computed(row.metric);
    const resolved = resolveTarget(window, row.targets, row.target, ADDITIVE[row.metric]);
    // Savings are whole cents, like every amount; other figures keep two decimals, like the stored targets.
    const target = resolved === null ? null : roundTo(resolved.target, row.metric === 'savings_cents' ? 0 : 2);
    return {
      id: row.id,
      stage: row.stage,
      nameFr: row.name_fr,
      nameEn: row.name_en,
      metric: row.metric,
      target,
      targetBasis: resolved?.basis ?? null,
      targetSources: resolved?.sources ?? [],
      defaultTarget: row.target,
      position: row.position,
      value,
      valueBasis: row.metric !== 'entered' || row.entered_periods === 0 ? null : row.entered_exactly ? 'period' : 'sum',
      progress: value !== null && target ? value / target : null,
    };
  });
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

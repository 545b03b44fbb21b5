import type { AllocationReport, ImpactSavings, Locale } from '@mutualis/contracts';
import { savingsOf, standAloneCost, type StandAloneExplanation } from '@mutualis/domain';
import { formatDecimal, formatMoney } from '../reports/exports/export-labels';
import type { MinutesRow, RateRow } from './impact.repository';

/**
 * Savings per organisation: what the same use would cost alone (each resource's stand-alone rate
 * applied to the organisation's booked room time or delivered staff time) against what the
 * allocation charged it, with one explanation per resource.
 */
export function buildSavings(
  rates: RateRow[],
  roomUse: MinutesRow[],
  staffUse: MinutesRow[],
  allocation: AllocationReport,
  names: Map<string, string>,
  locale: Locale,
): ImpactSavings {
  const rateOf = new Map(rates.filter((r) => r.kind !== null && r.rate_cents !== null).map((r) => [r.resource_id, r]));
  const standAlone = new Map<string, number>();
  const explanations = new Map<string, string[]>();
  for (const use of [...roomUse, ...staffUse]) {
    const rate = rateOf.get(use.resource_id);
    if (!rate || (use.minutes <= 0 && (use.months ?? 0) <= 0)) continue;
    const cost = standAloneCost({
      rate: { kind: rate.kind as 'per_hour' | 'per_m2_month', cents: Number(rate.rate_cents) },
      minutes: use.minutes,
      monthsUsed: use.months ?? 0,
      floorAreaCentiM2: rate.floor_area_m2 === null ? null : Math.round(rate.floor_area_m2 * 100),
    });
    standAlone.set(use.organisation_id, (standAlone.get(use.organisation_id) ?? 0) + cost.amountCents);
    explanations.set(use.organisation_id, [
      ...(explanations.get(use.organisation_id) ?? []),
      explain(rate.resource_name, cost, locale),
    ]);
  }
  const charged = new Map<string, number>();
  for (const line of allocation.lines)
    charged.set(line.organisationId, (charged.get(line.organisationId) ?? 0) + line.amountCents);
  const result = savingsOf(standAlone, charged);
  return {
    lines: result.lines
      .map((line) => ({
        ...line,
        organisationName: names.get(line.organisationId) ?? '—',
        explanation: [
          ...(explanations.get(line.organisationId) ?? []),
          locale === 'fr'
            ? `Répartition des coûts : ${formatMoney(line.chargedCents, locale)}`
            : `Cost allocation: ${formatMoney(line.chargedCents, locale)}`,
        ],
      }))
      .sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'fr')),
    total: result.total,
  };
}

/** « Salle A : 12 h × 45,00 $/h = 540,00 $ » / "Room A: 12 h × $45.00/h = $540.00". */
export function explain(resource: string, cost: StandAloneExplanation, locale: Locale): string {
  const colon = locale === 'fr' ? '\u00a0:' : ':';
  const money = (cents: number) => formatMoney(cents, locale);
  if (cost.kind === 'per_hour') {
    return `${resource}${colon} ${formatDecimal(cost.minutes / 60, locale)} h × ${money(cost.rateCents)}/h = ${money(cost.amountCents)}`;
  }
  if (cost.kind === 'per_m2_month') {
    const area = formatDecimal(cost.floorAreaCentiM2 / 100, locale);
    const months = locale === 'fr' ? `${cost.months} mois` : `${cost.months} month${cost.months === 1 ? '' : 's'}`;
    const unit = locale === 'fr' ? '/m²·mois' : '/m²·month';
    return `${resource}${colon} ${months} × ${area} m² × ${money(cost.rateCents)}${unit} = ${money(cost.amountCents)}`;
  }
  return locale === 'fr'
    ? `${resource}${colon} superficie inconnue, coût en solo non calculé`
    : `${resource}${colon} floor area unknown, no stand-alone cost`;
}

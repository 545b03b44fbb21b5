import type { ImpactIndicatorView } from '@mutualis/contracts';
import type { AppLocale } from '../../core/i18n/app-language';
import { periodLabel } from './impact-periods';

/**
 * Where an indicator's target for the period on screen comes from, as a translation key and its
 * parameters: « au prorata de la cible de 2026-2027 », « cible de T4 2026 », « cible par défaut »;
 * null when the target is set for the period itself.
 */
export function targetBasisLabel(
  indicator: Pick<ImpactIndicatorView, 'targetBasis' | 'targetSources'>,
  locale: AppLocale,
  and: string,
): { key: string; params: { periods: string } } | null {
  const names = indicator.targetSources.map((source) => periodLabel(source, locale));
  const periods = names.length > 1 ? `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}` : (names[0] ?? '');
  switch (indicator.targetBasis) {
    case 'prorated':
    case 'enclosing':
    case 'default':
      return { key: `impact.model.basis.${indicator.targetBasis}`, params: { periods } };
    case null:
      return { key: 'impact.model.basis.none', params: { periods } };
    case 'period':
      return null;
  }
}
